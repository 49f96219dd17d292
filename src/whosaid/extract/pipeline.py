"""The spaCy pipeline: loaded once, the only place whosaid touches spaCy models."""

from __future__ import annotations

import functools
import logging

from whosaid.config import DEFAULT
from whosaid.errors import ModelMissing

log = logging.getLogger("whosaid")


@functools.lru_cache(maxsize=4)
def load_nlp(model: str = DEFAULT.model):
    """Load the spaCy model package ``model`` once per process.

    Raises:
        ModelMissing: the model package is not installed.
    """
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as e:
        raise ModelMissing(
            f"spaCy model {model!r} is not installed",
            hint="run `make demo` (or pip install -r requirements/model.txt --require-hashes)",
        ) from e
    log.debug("loaded %s with %s", model, nlp.pipe_names)
    return nlp

