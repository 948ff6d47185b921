"""Building large structures without the cyclic garbage collector in the way.

Building a national graph allocates millions of small containers and frees
none of them. Each allocation burst starts a collection that walks every object
alive, so that the collector's share grows with the size of what is built: at
300,000 tasks it took more than half of a graph's build time. The structures
built here hold no reference cycles to reclaim, so the collector is paused
while they are built and resumed as it was afterwards, with one collection of
the young generations when much was built, so that the new objects are walked once, then, rather than
in the middle of a later query.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["collector_paused"]


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block, then restore its state.

    The collector is the process's: while a block runs, other threads' garbage
    waits for it too (reference counting still frees what is not in a cycle).

    >>> import gc
    >>> with collector_paused():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
            # Whatever was built while paused waits in the youngest generation, and would
            # be walked by the next few collections, at some later moment (a query's).
            # Collecting the two young generations now walks it once (not the older heap)
            # and moves it to the oldest, where it is rarely walked.
            if gc.get_count()[0] > _SETTLE_AFTER:
                gc.collect(1)


#: Objects built while paused past which a collection settles them on leaving.
_SETTLE_AFTER = 100_000
