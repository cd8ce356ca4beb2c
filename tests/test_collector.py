"""Cycles are freed on the GUI thread, however much a worker thread allocates."""

from __future__ import annotations

import gc
import threading

from trainer.ui import collector


class Cycle:
    """An object in a reference cycle that records the thread that frees it."""

    freed_on: list[str] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        Cycle.freed_on.append(threading.current_thread().name)


def test_a_cycle_made_anywhere_is_freed_on_the_gui_thread(qtbot, qapp):
    collector.install(qapp)
    assert not gc.isenabled()
    Cycle.freed_on.clear()

    def worker() -> None:
        Cycle()
        # Enough allocations that the automatic collector would have run here several times.
        keep = [[] for _ in range(20 * gc.get_threshold()[0])]
        del keep

    thread = threading.Thread(target=worker, name="worker")
    thread.start()
    thread.join()
    assert Cycle.freed_on == []  # nothing collected on the worker
    # The GUI thread allocates as an app does, so a collection is due at the next tick.
    pressure = [[] for _ in range(2 * gc.get_threshold()[0])]
    qtbot.waitUntil(lambda: bool(Cycle.freed_on), timeout=5000)
    del pressure
    assert Cycle.freed_on == [threading.main_thread().name]


def test_installing_twice_keeps_one_collector(qapp):
    assert collector.install(qapp) is collector.install(qapp)
