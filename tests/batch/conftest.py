"""A real Dask cluster for the batch tests: two worker processes on loopback."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from strikemap.batch.runner import dask_client


@pytest.fixture(scope="session")
def client() -> Iterator[object]:
    """A LocalCluster of 2 single-threaded worker processes, shared by the batch tests."""
    logging.getLogger("distributed").setLevel(logging.ERROR)
    with dask_client(workers=2) as dask:
        yield dask
