"""A store for programmes and their progress: SQLite by default, PostgreSQL at scale.

Install it with ``pip install 'quanhelaodong[store]'`` (SQLAlchemy 2 and psycopg 3);
``import quanhelaodong`` never loads it.

* :class:`Store` keeps programmes (tasks, assignments, reporting rules, reports,
  the bodies they name), your own agencies and every progress record (updates,
  completions, extensions) in a database: ``Store("sqlite:///tracking.db")`` on
  one machine, ``Store("postgresql+psycopg://user:password@host/db")`` on a
  server, the same code. The schema is created and upgraded by the library
  (:func:`migrate`, :data:`SCHEMA_VERSION`).
* History is only ever added to: each call of :meth:`Store.record` is one
  transaction, many desks may record at once, and a writer killed mid-way
  leaves the store as it was before that call.
* :meth:`Store.task_statuses` and :meth:`Store.overdue_tasks` answer, on any
  day, what :func:`quanhelaodong.followup.task_statuses` and
  :func:`~quanhelaodong.followup.overdue_tasks` answer in memory, as
  :class:`TaskStanding` values.

>>> from quanhelaodong.io import load_bundled
>>> from quanhelaodong.programmes import Completion
>>> store = Store("sqlite://")
>>> store.save(load_bundled("hue-2023"))
>>> store.record("hue-2023", Completion("II.2", "2023-12-15", agency="thua-thien-hue/so-ldtbxh"))
1
>>> [s.status.value for s in store.task_statuses("hue-2023", "2024-01-05") if s.task == "II.2"]
['done_on_time']
"""

from __future__ import annotations

from quanhelaodong.errors import MissingExtraError

try:
    import sqlalchemy  # noqa: F401
except ImportError as error:  # pragma: no cover - the extra is installed wherever tests run
    raise MissingExtraError("the store needs: pip install 'quanhelaodong[store]'") from error

from quanhelaodong.store._connections import migrate
from quanhelaodong.store._errors import (
    SchemaVersionError,
    StoreConflictError,
    StoreError,
    StoreUnavailableError,
    UnknownProgrammeError,
)
from quanhelaodong.store._schema import SCHEMA_VERSION
from quanhelaodong.store._standing import TaskStanding
from quanhelaodong.store._store import Store

__all__ = [
    "SCHEMA_VERSION",
    "SchemaVersionError",
    "Store",
    "StoreConflictError",
    "StoreError",
    "StoreUnavailableError",
    "TaskStanding",
    "UnknownProgrammeError",
    "migrate",
]
