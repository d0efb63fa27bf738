"""Pausing Python's cycle collector while a load builds many small objects.

A load's rows are millions of small dicts and lists, freed by reference counting when the
batch is written. The cycle collector's passes over them found nothing to free and took a
third of the bulk loader's time and a third of the incremental loader's CPU; each pause ends
with the batch, so what cycles the driver leaves are collected after it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Pause the cycle collector for the block (as it was before, after it)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
