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

# A word: letters/digits, with inner apostrophes of any kind ("Benjamin’s", "don't").
WORD_RE = re.compile(r"[^\W_]+(?:['’‘ʼ`´][^\W_]+)*")
# Apostrophe-like marks removed inside words, so every typing of "they've" is one word.
_DROP_APOSTROPHES = str.maketrans("", "", "'’‘ʼ`´")
# Text between two words that ends a unit: sentence punctuation, or a quote mark (a quote
# span that runs over a cue, `...outs," a source added. "Natalie...`).
UNIT_BREAK_RE = re.compile(r"[.!?;:…\"“”„‟«»]")


def norm_word(word: str) -> str:
    """Normalise one word as matched: lower case, no apostrophes."""
    return word.lower().translate(_DROP_APOSTROPHES)


def normalize_words(text: str) -> list[str]:
    """Return the normalised words of ``text``, in order.

    Args:
        text: Any text, typically a quote's content.

    Returns:
        Lower-cased words without apostrophes or punctuation:
        ``"They’ve SAID: ‘no.’"`` -> ``["theyve", "said", "no"]``.
    """
    return [w.lower().translate(_DROP_APOSTROPHES) for w in WORD_RE.findall(text)]


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
    words: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    units: list[int] = []
    unit = 0
    prev_end = 0
    for m in WORD_RE.finditer(text):
        s = m.start()
        if words and UNIT_BREAK_RE.search(text, prev_end, s):
            unit += 1
        words.append(norm_word(m.group()))
        starts.append(s)
        ends.append(m.end())
        units.append(unit)
        prev_end = m.end()
    return words, starts, ends, units
