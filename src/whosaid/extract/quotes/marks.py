"""Quotation marks: where quotations open and close in raw text."""

from __future__ import annotations

import re
from bisect import bisect_right

from whosaid.extract import cues

# Characters trimmed from both ends of a content span (quotation marks, separators).
_TRIM = " \t\r\n\"'\u201c\u201d\u2018\u2019\u00ab\u00bb,;:\u2014\u2013\u2015-"


class Quotations(list):
    """``find_quotation_spans``' list, with its start and end offsets kept apart. The
    quotations never overlap (pairs form within a paragraph; headline single quotes only
    where the first line has no double ones), so both are sorted and a look-up is a
    bisection (``_inside``, ``spans._widen_to_quotes``), not a scan of every quotation."""

    def __init__(self, spans) -> None:
        super().__init__(spans)
        self.starts = [s for s, _, _ in self]
        self.ends = [e for _, e, _ in self]


def find_quotation_spans(text: str) -> Quotations:
    """Find text between quotation marks.

    Curly marks pair by direction; straight double marks pair by alternation within a
    paragraph (an unclosed mark runs to the paragraph end, the convention for quotes that
    continue in the next paragraph). Single marks count only in a headline-like first
    line, where a mark must sit at a word boundary so apostrophes are not taken.

    Returns:
        ``(start, end, kind)`` of each quotation's inside, in text order; kind is
        ``"double"`` or ``"single"``.
    """
    out: list[tuple[int, int, str]] = []
    pos = 0
    for para in text.split("\n"):
        out.extend((s + pos, e + pos, k) for s, e, k in _paragraph_quotes(para))
        pos += len(para) + 1
    first = text.split("\n", 1)[0]
    if first and not any(s < len(first) for s, _, _ in out):
        out.extend(_headline_single_quotes(first))
    out.sort()
    return Quotations(out)


_DOUBLE_MARK = re.compile(
    "["
    + re.escape("".join({*cues.DOUBLE_QUOTES, *cues.DOUBLE_QUOTES.values(), cues.STRAIGHT_DOUBLE}))
    + "]"
)


def _paragraph_quotes(para: str) -> list[tuple[int, int, str]]:
    # Two apostrophes stand for a straight double mark in some wire and archive texts
    # (''Like this,'' he said): the first of the pair acts as the mark, the second is
    # trimmed off the content like any quotation mark.
    para = para.replace("''", "\"'")
    out = []
    open_at = None
    closer = None
    nested = False
    for m in _DOUBLE_MARK.finditer(para):  # only the marks matter: skip to them
        i, ch = m.start(), m.group()
        if open_at is None:
            if ch in cues.DOUBLE_QUOTES:
                open_at, closer = i, cues.DOUBLE_QUOTES[ch]
            elif (
                ch == "\u201d"
                and (i == 0 or para[i - 1].isspace())
                and para[i + 1 : i + 2].isalnum()
            ):
                # a closing mark typed where an opening one belongs (”Fear. I am ...”)
                open_at, closer = i, "\u201d"
            elif ch == cues.STRAIGHT_DOUBLE:
                open_at, closer = i, cues.STRAIGHT_DOUBLE
        elif closer == cues.STRAIGHT_DOUBLE and ch == "\u201c":
            # '"... about \u201cEqual Justice\u201d anymore. ..."': curly marks inside a
            # straight-quoted quotation quote a phrase within it; their closing mark does
            # not close the quotation
            nested = True
        elif nested and ch == "\u201d":
            nested = False
        elif (
            ch == closer
            or (closer == "\u201d" and ch == cues.STRAIGHT_DOUBLE)
            or closer == cues.STRAIGHT_DOUBLE
            and ch == "\u201d"
        ):
            out.append((open_at + 1, i, "double"))
            open_at, nested = None, False  # (an inner phrase left open ends with it)
    if open_at is not None and len(para) - open_at > 1:
        out.append((open_at + 1, len(para.rstrip()), "double"))
    return [(s, e, k) for s, e, k in out if para[s:e].strip()]


_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s:(\[]))['\u2018](?=\w)(.+?)(?<=[\w.!?,])['\u2019](?!\w)")


def _headline_single_quotes(line: str) -> list[tuple[int, int, str]]:
    return [(m.start(1), m.end(1), "single") for m in _SINGLE.finditer(line)]


# A short quoted title ('on "This Week."', 'author of "Bitter Pill,"', 'the podcast "Here's
# the Thing"'): capitalised words, and small words between them; the marks may be two
# apostrophes ('on \'\'Meet the Press.\'\'').
_TITLE = re.compile(
    r"(?:[\"\u201c]|'')[A-Z][\w'\u2019-]*[ ,.:]*"
    r"(?:(?:(?:the|of|a|an|and|in|on|at|to|for|with|from) )*[A-Z][\w'\u2019-]*[ ,.:]*){0,5}"
    r"(?:[\"\u201d]|'')"
)


def _is_title(text: str, qs: int, qe: int) -> bool:
    """Whether the quotation of words ``qs``..``qe`` (inside its marks) is a short title."""
    title = _TITLE.match(text, qs - 1)
    return title is not None and title.end() >= qe


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in _TRIM:
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    return s, e


def _inside(marks: Quotations, s: int, e: int | None = None) -> tuple[int, int] | None:
    """The quotation containing offset ``s`` (and ``e``), if any: only the last one
    opening at or before ``s`` can."""
    e = s if e is None else e
    k = bisect_right(marks.starts, s) - 1
    if k >= 0 and e <= marks.ends[k]:
        return marks.starts[k], marks.ends[k]
    return None
