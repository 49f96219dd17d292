"""Linking quotes across articles: the same words printed by several articles.

``link_quotes`` groups verbatim or edited reuses (quote marks, apostrophes, cut, inserted
or changed words, fragments) into ``QuoteLink`` records; ``QuoteIndex`` does the same
incrementally, for a stream of articles.
"""

from whosaid.link.claims import group_claims as group_claims
from whosaid.link.cluster import QuoteIndex as QuoteIndex
from whosaid.link.cluster import link_quotes as link_quotes
from whosaid.link.normalize import normalize_words as normalize_words

__all__ = ["QuoteIndex", "group_claims", "link_quotes", "normalize_words"]
