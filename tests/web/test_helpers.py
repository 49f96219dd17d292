"""The web app's small pure helpers: escaping with marks, dates in words, names, hosts."""

from __future__ import annotations

import pytest

from whosaid.web.app import _safe_name, is_loopback, when
from whosaid.web.views import marked


@pytest.mark.parametrize(
    ("text", "marks", "expected"),
    [
        ("oil spill", [(0, 3)], "<mark>oil</mark> spill"),
        ("<b>oil</b>", [(3, 6)], "&lt;b&gt;<mark>oil</mark>&lt;/b&gt;"),
        ("a & b", [], "a &amp; b"),
        ("abc", [(1, 2), (0, 3)], "<mark>abc</mark>"),  # overlapping: first wins
        ("abc", [(2, 9), (-1, 1), (2, 2)], "abc"),  # out of range or empty: ignored
        ('"x"', [(1, 2)], "&#34;<mark>x</mark>&#34;"),
        (None, [], ""),
    ],
)
def test_marked_escapes_then_marks(text, marks, expected):
    assert str(marked(text, marks)) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, "—"),
        ("2024-01-27", "2024-01-27"),
        ("../2024-01-27", "by 2024-01-27"),
        ("2023-03/..", "from 2023-03"),
        ("2023-03-01/2023-08-07", "2023-03-01 to 2023-08-07"),
        ("PRESENT_REF", "PRESENT_REF"),
    ],
)
def test_when(value, expected):
    assert when(value) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("story.jsonl", "story.jsonl"),
        ("../../etc/passwd.txt", "passwd.txt"),
        ("C:\\Users\\me\\feed.jsonl", "feed.jsonl"),
        ("<script>.txt", "_script_.txt"),
        ("...", "upload-3"),
        (None, "upload-3"),
        ("a" * 300 + ".txt", "a" * 116 + ".txt"),
    ],
)
def test_safe_name(name, expected):
    assert _safe_name(name, 2) == expected


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("127.0.0.1", True),
        ("127.1.2.3", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("0.0.0.0", False),
        ("::", False),
        ("10.0.0.1", False),
        ("example.org", False),
        ("", False),
    ],
)
def test_is_loopback(host, expected):
    assert is_loopback(host) is expected
