"""Assess stage: provenance of linked quotes and conflicts between stated facts."""

from whosaid.assess.claims import assess_claims, count_origins
from whosaid.assess.provenance import STALE_AFTER_DAYS, assess, assess_link

__all__ = ["STALE_AFTER_DAYS", "assess", "assess_claims", "assess_link", "count_origins"]
