"""Sentence case for a title-case headline, so that the tagger reads its verbs as verbs.

"Sanders Vows To Eliminate Tax Breaks Used By Developers" is tagged as a string of proper
nouns, and no cue rule fires on it. ``parse_text`` gives the parser the same text with the
first line in sentence case, "Sanders vows to eliminate tax breaks used by developers":
each common word capitalised only for the title is lower-cased; names keep their capital.
A word counts as a name when the article's body writes it capitalised at least as often as in
lower case, outside the start of a sentence. Only letters change case, so every offset
into the parsed text is an offset into the article's text.
"""

from __future__ import annotations

import re

# A headline line: no longer than this, and at least MIN_TITLE_WORDS words.
MAX_TITLE_CHARS = 300
MIN_TITLE_WORDS = 4
# Title case: this share of its words over three letters are capitalised.
TITLE_CAPS_SHARE = 0.8
# How much of the body is read to tell names: the headline's names come early, and a
# huge text costs no more than an article.
BODY_CHARS = 20_000

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
# What ends a sentence, so that the capital after it says nothing.
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\u2014\u2013-][\"'\u201d\u2019)]*)\s*$")
# A word at a sentence start in the body ("... last year. The plan ...").
_BODY_SENTENCE_START = re.compile(r"(?:^|\n|[.!?][\"'\u201d\u2019)]*\s)\s*$")


def _title_line(text: str) -> int:
    """The end of the first line if it is a title-case headline, else 0."""
    end = text.find("\n")
    if end <= 0 or end > MAX_TITLE_CHARS:
        return 0
    words = _WORD.findall(text, 0, end)
    longer = [w for w in words if len(w) > 3]
    if len(words) < MIN_TITLE_WORDS or not longer:
        return 0
    capitalised = sum(w[0].isupper() for w in longer)
    return end if capitalised >= TITLE_CAPS_SHARE * len(longer) else 0


def _is_name(word: str, body: str) -> bool:
    """Whether the body writes ``word`` capitalised (outside a sentence start) at least as
    often as in lower case."""
    caps = 0
    for m in re.finditer(r"(?<![\w@./])" + re.escape(word) + r"(?![\w@])", body):
        if not _BODY_SENTENCE_START.search(body, max(0, m.start() - 4), m.start()):
            caps += 1
    if not caps:
        return False
    low = word.lower()
    lows = len(re.findall(r"(?<![\w@./])" + re.escape(low) + r"(?![\w@])", body))
    return caps >= lows


def parse_text(text: str) -> str:
    """``text`` with a title-case first line in sentence case (same length, same offsets);
    any other text unchanged."""
    end = _title_line(text)
    if not end:
        return text
    body = text[end : end + BODY_CHARS]
    line = list(text[:end])
    for m in _WORD.finditer(text, 0, end):
        word = m.group()
        if not word[0].isupper() or any(c.isupper() for c in word[1:]):
            continue  # lower case already, or "GOP", "McCain"
        if len(word) == 1 and text[m.end() : m.end() + 1] == ".":
            continue  # an initial or "U.S."
        if _SENTENCE_END.search(text, 0, m.start()) or _is_name(word, body):
            continue
        line[m.start()] = word[0].lower()
    return "".join(line) + text[end:]
