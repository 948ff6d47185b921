"""What the store raises: the library's errors, each also the builtin it refines."""

from __future__ import annotations

from quanhelaodong.errors import QuanHeLaoDongError

__all__ = ["SchemaVersionError", "StoreConflictError", "StoreError", "StoreUnavailableError",
           "UnknownProgrammeError"]


class StoreError(QuanHeLaoDongError):
    """Base of the store's errors; a database fault it did not expect is one too, wrapping it.

    >>> from quanhelaodong.store import Store
    >>> try: Store("sqlite://").load("hue-2023")
    ... except StoreError as error: print(type(error).__name__)
    UnknownProgrammeError
    """


class StoreUnavailableError(StoreError, ConnectionError):
    """The store's URL names no database that can be opened; the message says which and why.

    The password of a URL is never repeated in the message.

    >>> from quanhelaodong.store import Store
    >>> try: Store("mysql-nosuchdriver://user:secret@localhost/tracking")
    ... except ConnectionError as error: print(str(error).split(":")[0])
    cannot open the store 'mysql-nosuchdriver'
    """


class StoreConflictError(StoreError, ValueError):
    """What is to be added is already in the store: a programme or an agency with that id.

    >>> from quanhelaodong.io import load_bundled
    >>> from quanhelaodong.store import Store
    >>> store = Store("sqlite://")
    >>> store.save(load_bundled("hue-2023"))
    >>> try: store.save(load_bundled("hue-2023"))
    ... except ValueError as error: print(error)
    programme 'hue-2023' is already in the store
    """


class UnknownProgrammeError(StoreError, KeyError):
    """No programme with this id is in the store; ``available`` lists the closest ids stored.

    >>> from quanhelaodong.store import Store
    >>> try: Store("sqlite://").load("hue-2023")
    ... except KeyError as error: print(error)
    no programme 'hue-2023' in the store
    """

    def __init__(self, programme_id: str, available: tuple[str, ...] = ()):
        self.programme_id = programme_id
        self.available = available
        super().__init__(programme_id)

    def __str__(self) -> str:
        message = f"no programme {self.programme_id!r} in the store"
        if self.available:
            message += "; closest stored: " + ", ".join(repr(name) for name in self.available)
        return message


class SchemaVersionError(StoreError, RuntimeError):
    """The database's schema is newer than this library, or older and not to be upgraded.

    >>> import pathlib, tempfile
    >>> from quanhelaodong.store import Store, migrate
    >>> url = f"sqlite:///{pathlib.Path(tempfile.mkdtemp()) / 'old.db'}"
    >>> migrate(url, to=1)
    1
    >>> try: Store(url, upgrade=False)
    ... except RuntimeError as error: print(error)
    the store's schema is at version 1, this library needs version 7; open it with upgrade=True
    """
