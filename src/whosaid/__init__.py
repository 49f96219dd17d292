"""whosaid: who said what, to whom, when — and who copied whom — across news articles.

The pipeline reads: ingest → extract → link → assess → store → report. Each stage is a
subpackage; these are the names most programs need. They are imported on first use, so
``import whosaid`` stays cheap (spaCy loads only when extraction runs).
"""

import importlib
import logging

from whosaid.errors import InputError, ModelMissing, NotFound, StoreError, WhosaidError

__version__ = "0.1.0"

_LAZY = {
    "Store": "whosaid.store",
    "assess": "whosaid.assess",
    "build_dossier": "whosaid.report",
    "extract_articles": "whosaid.extract",
    "link_quotes": "whosaid.link",
    "read_articles": "whosaid.ingest",
    "render_dossier": "whosaid.report",
}
__all__ = ["InputError", "ModelMissing", "NotFound", "StoreError", "WhosaidError", *sorted(_LAZY)]

logging.getLogger("whosaid").addHandler(logging.NullHandler())


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'whosaid' has no attribute {name!r}")
