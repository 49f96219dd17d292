"""Word normalisation for cross-article matching.

Outlets re-type quotes: curly or straight quote marks and apostrophes, case, punctuation
and sentence breaks differ while the words stay. Matching therefore compares sequences of
normalised words: case-folded, apostrophes removed (``they’ve`` == ``they've`` ==
``theyve``), punctuation dropped. Units (sentences or the pieces of a quote that a cue
interrupts) are kept as boundaries between word positions so that alignment can work at a
finer grain than the whole quote.
"""

from __future__ import annotations

import re

# A word: letters/digits, with inner apostrophes of any kind ("Benjamin’s", "don't") or
# hyphens ("state-of-the-art" is one word, not four: it must not count as 4 matched words).
# Digit groups ("643,000,000", "5.2") are one word too.
WORD_RE = re.compile(r"[^\W_]+(?:(?:['’‘ʼ`´\-‐]|(?<=\d)[.,](?=\d))[^\W_]+)*")
# Apostrophe-like marks removed inside words, so every typing of "they've" is one word.
_DROP_APOSTROPHES = str.maketrans(
    {"'": None, "’": None, "‘": None, "ʼ": None, "`": None, "´": None, "‐": "-"}
)
# Text between two words that ends a unit: sentence punctuation, or a quote mark (a quote
# span that runs over a cue, `...apart," a source added. "Lena...`).
UNIT_BREAK_RE = re.compile(r"[.!?;:…\"“”„‟«»]")


# A word, or a unit break (group 1 is the word): one pass over the text finds both.
_WORD_OR_BREAK_RE = re.compile(f"({WORD_RE.pattern})|{UNIT_BREAK_RE.pattern}")


def norm_word(word: str) -> str:
    """Normalise one word as matched: lower case, no apostrophes."""
    return word.lower().translate(_DROP_APOSTROPHES)


def _norm_all(words: list[str]) -> list[str]:
    # one lower() and translate() per quote instead of per word; NUL never occurs in words
    if not words:
        return []
    return "\x00".join(words).lower().translate(_DROP_APOSTROPHES).split("\x00")


def normalize_words(text: str) -> list[str]:
    """Return the normalised words of ``text``, in order.

    Args:
        text: Any text, typically a quote's content.

    Returns:
        Lower-cased words without apostrophes or punctuation:
        ``"They’ve SAID: ‘no.’"`` -> ``["theyve", "said", "no"]``.
    """
    return _norm_all(WORD_RE.findall(text))


def tokenize(text: str) -> tuple[list[str], list[int], list[int], list[int]]:
    """Split ``text`` into normalised words with offsets and unit numbers.

    The words are exactly those of :func:`normalize_words` (same regex, same order).

    Args:
        text: The text to split.

    Returns:
        ``(words, starts, ends, units)``: per word its normalised form, its character
        offsets in ``text`` (end exclusive) and the number of the unit (sentence or
        cue-separated piece) it belongs to, counting from 0.
    """
    raw: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    units: list[int] = []
    unit = 0
    broken = False
    for m in _WORD_OR_BREAK_RE.finditer(text):
        w = m.group(1)
        if w is None:
            broken = True
            continue
        if broken and raw:
            unit += 1
        broken = False
        raw.append(w)
        starts.append(m.start())
        ends.append(m.end())
        units.append(unit)
    return _norm_all(raw), starts, ends, units
