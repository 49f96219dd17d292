"""Comparing names of outlets as articles write them ("The Daily Lantern", "the Lantern").

Shared by every stage, like ``model``: pure functions on strings, no dependencies.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W_]+")
# Words that do not tell two outlets apart on their own.
_GENERIC = frozenset({"the", "a", "an", "of", "magazine", "newspaper", "news", "online", "com"})


def outlet_words(name: str) -> frozenset[str]:
    """The distinctive lower-case words of an outlet name (articles and 'the' dropped)."""
    return frozenset(w for w in _WORD.findall(name.lower()) if w not in _GENERIC)


def same_outlet(a: str | None, b: str | None) -> bool:
    """True when two outlet names plausibly name the same outlet.

    Equal after normalisation, or one is a short form of the other ("the Lantern" and
    "The Daily Lantern"): every distinctive word of the shorter is in the longer, and the
    shorter keeps the longer's last word (the head of the name), so "Pop Weekly" and
    "Starwatch Weekly" stay apart.
    """
    if not a or not b:
        return False
    wa, wb = outlet_words(a), outlet_words(b)
    if not wa or not wb:
        return False
    if wa == wb:
        return True
    short, long_ = (a, b) if len(wa) < len(wb) else (b, a)
    ws, wl = outlet_words(short), outlet_words(long_)
    last = [w for w in _WORD.findall(long_.lower()) if w not in _GENERIC]
    return ws <= wl and last[-1] in ws and len(ws) < len(wl)


def canonical_outlets(names: list[str]) -> list[str]:
    """Merge names that ``same_outlet`` says are one outlet; keep the longest of each."""
    out: list[str] = []
    for n in sorted(set(names), key=lambda s: -len(s)):
        if not any(same_outlet(n, o) for o in out):
            out.append(n)
    return sorted(out)
