"""Local web app (FastAPI): ``create_app(db_path)`` and ``serve(db_path, host, port)``.

Needs the ``web`` extra (fastapi, uvicorn, python-multipart).
"""

from whosaid.web.app import create_app as create_app
from whosaid.web.app import serve as serve

__all__ = ["create_app", "serve"]
