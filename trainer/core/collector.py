"""Keeping Python's cycle collector out of a burst of short-lived objects."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the cycle collector off, and switch it back on after.

    Scoring a call makes tens of thousands of small objects that reference counting frees.
    Their number alone wakes the collector several times a call, and now and then it walks
    the whole heap: the model, the libraries, Qt. That costs a few milliseconds a call, and
    tens in the worst case. Any cycle the block makes is collected later, as usual. Another
    thread that pauses at the same time at worst switches the collector back on early.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
