"""Scale: run the extraction stage on a Dask cluster (``Settings.dask``)."""

from whosaid.scale.cluster import connect, extract_distributed

__all__ = ["connect", "extract_distributed"]
