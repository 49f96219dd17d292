"""Regenerate docs/cli.md from the CLI's own help: .venv/bin/python docs/gen_cli.py"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HEAD = """# Command line reference

Every command that uses the store takes `--db PATH` (default `./whosaid.db`, or `$WHOSAID_DB`;
`:memory:` for a throw-away store). Data goes to stdout, progress and errors to stderr.
Exit codes: 0 ok, 1 some inputs skipped, 2 usage, 3 bad input, 4 model missing, 5 store, 6 not found.
"""
COMMANDS = ["ingest", "extract", "link", "quotes", "dossier", "search", "trace", "serve"]


def main() -> None:
    env = dict(os.environ, COLUMNS="100", TERM="dumb")
    parts = [HEAD]
    for c in COMMANDS:
        out = subprocess.run([sys.executable, "-m", "whosaid", c, "--help"], env=env, capture_output=True,
                             text=True, check=True).stdout
        body = "\n".join(line.rstrip() for line in out.splitlines()).strip()
        parts.append(f"## whosaid {c}\n\n```text\n{body}\n```\n")
    (Path(__file__).parent / "cli.md").write_text("\n".join(parts))


if __name__ == "__main__":
    main()
