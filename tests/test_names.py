"""Outlet names as articles write them."""

from __future__ import annotations

import pytest

from whosaid.names import canonical_outlets, same_outlet


@pytest.mark.parametrize(
    "a,b,same",
    [
        ("The Harbour Gazette", "the Gazette", True),
        ("Harbour Gazette", "The Harbour Gazette", True),
        ("PAGE TWELVE", "Page Twelve", True),
        ("Pop Weekly", "Starwatch Weekly", False),
        ("The Gazette", "The Herald", False),
        ("Harbour Gazette", "Harbour", False),  # the head word "Gazette" is missing
        (None, "The Herald", False),
        ("The", "The Herald", False),
    ],
)
def test_same_outlet(a, b, same):
    assert same_outlet(a, b) is same
    assert same_outlet(b, a) is same


def test_canonical_outlets_keeps_the_longest_name():
    assert canonical_outlets(["the Gazette", "Harbour Gazette", "The Herald", "Herald"]) == [
        "Harbour Gazette", "The Herald"]
