"""How fast the Review list opens and filters over 10,000 stored sessions, as JSON.

Fills a fresh data folder (a temporary one unless --data-dir is given) with generated sessions,
then measures, as medians over several runs on the offscreen Qt platform:

- open_list_ms: ReviewWorkspace created until the model is ready (COUNT + first page of rows
  read on a pool thread and shown), and gui_blocked_ms: how long the GUI thread itself was busy
  in that constructor;
- filter_ms: a filter (words in the transcript / trainee + score range) until the list is ready;
- sort_ms: a header sort until ready; last_page_ms: scrolling to the very end (deep OFFSET page);
- sql_*_ms: the same queries without Qt.

    python bench/review.py --json [--sessions 10000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path


def _median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print JSON only")
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--data-dir", help="use this (empty) folder instead of a temporary one")
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = None
    if args.data_dir:
        folder = Path(args.data_dir)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="trainer-bench-")
        folder = Path(tmp.name)
    os.environ["TRAINER_DATA_DIR"] = str(folder)
    os.environ.pop("TRAINER_DATABASE_URL", None)

    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from trainer.exchange import sample_data
    from trainer.store import Store, review
    from trainer.ui.review import ReviewWorkspace
    from trainer.workers.tasks import wait_for_tasks

    app = QApplication.instance() or QApplication(sys.argv[:1])
    store = Store()
    started = time.perf_counter()
    sample_data.fill(store, args.sessions)
    fill_s = time.perf_counter() - started

    def wait_for(signal, action) -> float:
        """Seconds from `action()` to `signal`, with the Qt event loop running."""
        loop = QEventLoop()
        signal.connect(loop.quit)
        timeout = QTimer(singleShot=True, interval=60_000)
        timeout.timeout.connect(loop.quit)
        t0 = time.perf_counter()
        action()
        timeout.start()
        loop.exec()
        elapsed = time.perf_counter() - t0
        signal.disconnect(loop.quit)
        return elapsed

    opens, blocked, filters, combined, sorts, last_pages = [], [], [], [], [], []
    for _ in range(args.repeat):
        loop = QEventLoop()
        t0 = time.perf_counter()
        ws = ReviewWorkspace(store)
        blocked.append(time.perf_counter() - t0)
        ws.model.ready.connect(loop.quit)
        loop.exec()
        opens.append(time.perf_counter() - t0)
        assert ws.model.rowCount() == args.sessions

        filters.append(
            wait_for(
                ws.model.ready,
                lambda ws=ws: ws.model.set_filter(review.SessionFilter(words="heard of us")),
            )
        )
        trainee = sample_data.TRAINEES[3]
        combined.append(
            wait_for(
                ws.model.ready,
                lambda ws=ws, t=trainee: ws.model.set_filter(
                    review.SessionFilter(trainee=t, score_min=20, score_max=80)
                ),
            )
        )
        wait_for(ws.model.ready, lambda ws=ws: ws.model.set_filter(review.SessionFilter()))
        sorts.append(
            wait_for(
                ws.model.ready,
                lambda ws=ws: ws.table.sortByColumn(7, Qt.SortOrder.AscendingOrder),
            )
        )
        last = ws.model.rowCount() - 1
        last_pages.append(wait_for(ws.model.page_loaded, lambda ws=ws, r=last: ws.model.row_at(r)))
        wait_for_tasks()
        ws.deleteLater()
        app.processEvents()

    def sql(fn) -> float:
        samples = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            fn()
            samples.append(time.perf_counter() - t0)
        return _median_ms(samples)

    words = review.SessionFilter(words="heard of us")
    result = {
        "sessions": args.sessions,
        "repeat": args.repeat,
        "fill_seconds": round(fill_s, 2),
        "open_list_ms": _median_ms(opens),
        "gui_blocked_ms": _median_ms(blocked),
        "filter_words_ms": _median_ms(filters),
        "filter_trainee_score_ms": _median_ms(combined),
        "sort_overall_ms": _median_ms(sorts),
        "last_page_ms": _median_ms(last_pages),
        "sql_count_ms": sql(lambda: review.count_rows(store)),
        "sql_first_page_ms": sql(lambda: review.query_rows(store, limit=200)),
        "sql_filter_words_ms": sql(
            lambda: (review.count_rows(store, words), review.query_rows(store, words, limit=200))
        ),
    }
    store.close()
    if tmp is not None:
        tmp.cleanup()
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>26}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
