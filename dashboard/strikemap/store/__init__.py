"""The event store: embedded SQLite or shared PostgreSQL/PostGIS, behind one interface.

``EventStore(url)`` opens ``sqlite:///path`` (or a plain path; the default),
``postgresql://…`` or ``":memory:"``; see :mod:`strikemap.store.core` for how
writes and reads work, :mod:`strikemap.store.location` for where the default
store lives, :mod:`strikemap.store.publication` for public-link mode and
:mod:`strikemap.store.migrate` for schema migrations.
"""

from strikemap.store.core import (
    BATCH_ARTICLES,
    EventStore,
    Extractor,
    IngestReport,
    default_extractor,
)
from strikemap.store.location import (
    DB_FILENAME,
    ENV_VAR,
    Location,
    StoreError,
    default_location,
    private_temp_dir,
    resolve,
    resolve_path,
)
from strikemap.store.publication import Publication, PublicationError
from strikemap.store.query import BBox, EventQuery
from strikemap.store.schema import SCHEMA_VERSION

__all__ = [
    "BATCH_ARTICLES",
    "DB_FILENAME",
    "ENV_VAR",
    "SCHEMA_VERSION",
    "BBox",
    "EventQuery",
    "EventStore",
    "Extractor",
    "IngestReport",
    "Location",
    "Publication",
    "PublicationError",
    "StoreError",
    "default_extractor",
    "default_location",
    "private_temp_dir",
    "resolve",
    "resolve_path",
]
