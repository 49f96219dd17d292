"""The extraction stage on a real Dask LocalCluster gives what it gives in-process."""

from __future__ import annotations

from dataclasses import replace

import pytest

from whosaid.config import DEFAULT
from whosaid.extract import extract_articles
from whosaid.model import Article

pytest.importorskip(
    "dask.distributed", reason="the scale extra (dask[distributed]) is not installed"
)

TEXTS = [
    "“We will not sell the club,” the owner, Rita Vance, told the Harbour Gazette on Monday.",
    "A second insider said the deal was “dead in the water” after the vote last week.",
    "The mayor said that the bridge would reopen in March, according to a spokesman.",
    "No quotes here, only a date: the match was played on 4 May 2021.",
    "“It is over,” an aide claimed. “Nobody wants to admit it.”",
]


@pytest.fixture(scope="module")
def client():
    from whosaid.scale import connect

    c = connect(n_workers=2)
    yield c
    cluster = c.cluster
    c.close()
    cluster.close()


def test_distributed_extraction_matches_local_and_keeps_order(client):
    from whosaid.scale import extract_distributed

    arts = [Article(id=f"a{i}", text=t, published=None) for i, t in enumerate(TEXTS * 3)]
    settings = replace(DEFAULT, batch_size=2)
    local = list(extract_articles(arts, settings))
    remote = list(extract_distributed(iter(arts), client, settings))
    assert [x.article.id for x in remote] == [a.id for a in arts]
    assert remote == local
    assert sum(len(x.quotes) for x in remote) >= 3 * 3


def test_cluster_uses_more_than_one_worker(client):
    assert len(client.scheduler_info()["workers"]) == 2


@pytest.mark.parametrize("address", ["notanaddress", "tcp://", "tcp://127.0.0.1:port"])
def test_a_malformed_scheduler_address_is_an_input_error(address):
    from whosaid.errors import InputError
    from whosaid.scale import connect

    with pytest.raises(InputError, match=f"not a Dask scheduler address: '{address}'"):
        connect(address)
