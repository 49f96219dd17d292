"""Every command has help text and a section in docs/cli.md; the README names both commands."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer.main

from whosaid.cli import app

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = sorted(typer.main.get_command(app).commands)


@pytest.mark.parametrize("name", COMMANDS)
def test_command_is_documented(name):
    cmd = typer.main.get_command(app).commands[name]
    assert cmd.help and "Example:" in cmd.help
    assert f"## whosaid {name}" in (ROOT / "docs" / "cli.md").read_text()


def test_readme_gives_the_two_commands_and_ci_runs_the_test_one():
    readme = (ROOT / "README.md").read_text()
    assert "make demo" in readme and "make test" in readme
    ci = (ROOT / ".ci" / "run").read_text()
    assert "make test" in ci.splitlines()[-1]
