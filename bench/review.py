"""How fast the Review list opens and filters over a team's stored calls, on SQLite or PostgreSQL.

Fills a fresh store with generated calls (100,000 from 200 trainees by default: a team's year),
then measures, as medians over several runs on the offscreen Qt platform:

- open_list_ms: ReviewWorkspace created until the model is ready (COUNT + first page of rows
  read on a pool thread and shown), and gui_blocked_ms: how long the GUI thread itself was busy
  in that constructor; choices_ms: the filter bar's lists (trainees, personas, total);
  first_open_ms: the same for the process's first workspace, with its one-off start-up costs;
- filter_*_ms: a filter (trainee, words in the transcript, score range, outcome, reviewed, and
  trainee with a score range) from set_filter until the list is ready;
- sort_overall_ms: a header sort until ready; last_page_ms: scrolling to the very end;
- sql_*_ms: the same queries without Qt (COUNT and the page of 200 rows).

It prints JSON with the backend, the counts, each figure and whether each goal was met: the list
opens in at most 150 ms, a filter answers in at most 100 ms.

    python bench/review.py --json [--backend sqlite|postgresql] [--database-url URL]
                           [--sessions 100000] [--trainees 200] [--repeat 5]

PostgreSQL runs on a throwaway server (initdb in a temporary folder, as the tests do) unless
--database-url names an empty database; it is vacuumed and analysed after the fill, as its
autovacuum would. SQLite is measured without statistics, as the app leaves it.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GOALS_MS = {"open_list_ms": 150.0, "filter_ms": 100.0}


def _median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 1)


def _filters(review, sample_data, trainees: int) -> dict:
    """The filters measured, by name: each a SessionFilter a trainer would set."""
    trainee = sample_data.trainee_names(trainees)[min(3, trainees - 1)]
    return {
        "trainee": review.SessionFilter(trainee=trainee),
        "words": review.SessionFilter(words="heard of us"),
        "score": review.SessionFilter(score_min=20, score_max=80),
        "outcome": review.SessionFilter(outcome="meeting"),
        "reviewed": review.SessionFilter(reviewed=False),
        "trainee_score": review.SessionFilter(trainee=trainee, score_min=20, score_max=80),
    }


def _analyse(store) -> None:
    """PostgreSQL's table statistics and visibility map, as autovacuum keeps them on a running
    server a minute after a bulk load. SQLite is measured as the app leaves it: no statistics."""
    from sqlalchemy import text

    if store.engine.dialect.name == "postgresql":
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))


def throwaway_postgres() -> contextlib.AbstractContextManager[str]:
    """A throwaway UTF-8 cluster on a Unix socket, fsync on as on a real server (the tests'
    own, tests/support/postgres_server.py)."""
    from tests.support.postgres_server import throwaway_server

    return throwaway_server("trainer-bench-pg-", options="")


def measure(url: str, sessions: int, trainees: int, repeat: int) -> dict:
    """Fill the store at `url` and time the review list on it; the figures as a dict."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from trainer.exchange import sample_data
    from trainer.store import Store, review
    from trainer.ui.review import ReviewWorkspace
    from trainer.workers.tasks import wait_for_tasks

    app = QApplication.instance() or QApplication(sys.argv[:1])
    store = Store(url)
    started = time.perf_counter()
    sample_data.fill(store, sessions, trainees=trainees, reviewed_share=0.15)
    fill_s = time.perf_counter() - started
    _analyse(store)
    filters = _filters(review, sample_data, trainees)

    def wait_for(signal, action) -> float:
        """Seconds from `action()` to `signal`, with the Qt event loop running."""
        loop = QEventLoop()
        signal.connect(loop.quit)
        timeout = QTimer(singleShot=True, interval=120_000)
        timeout.timeout.connect(loop.quit)
        t0 = time.perf_counter()
        action()
        timeout.start()
        loop.exec()
        elapsed = time.perf_counter() - t0
        signal.disconnect(loop.quit)
        return elapsed

    samples: dict[str, list[float]] = {}

    def note(key: str, seconds: float) -> None:
        samples.setdefault(key, []).append(seconds)

    # The first workspace of a process pays one-off costs (imports, Qt's fonts and styles, the
    # settings and keyring read): reported apart, as first_open_ms, not as the list's.
    loop = QEventLoop()
    t0 = time.perf_counter()
    first = ReviewWorkspace(store)
    first.model.ready.connect(loop.quit)
    loop.exec()
    first_open = time.perf_counter() - t0
    wait_for_tasks()
    first.deleteLater()
    app.processEvents()

    for _ in range(repeat):
        loop = QEventLoop()
        t0 = time.perf_counter()
        ws = ReviewWorkspace(store)
        note("gui_blocked_ms", time.perf_counter() - t0)
        ws.model.ready.connect(loop.quit)
        loop.exec()
        note("open_list_ms", time.perf_counter() - t0)
        assert ws.model.rowCount() == sessions, ws.model.rowCount()
        wait_for_tasks()  # the filter bar's lists, read beside the list
        note("choices_ms", time.perf_counter() - t0)
        for name, flt in filters.items():
            note(
                f"filter_{name}_ms",
                wait_for(ws.model.ready, lambda ws=ws, flt=flt: ws.model.set_filter(flt)),
            )
        wait_for(ws.model.ready, lambda ws=ws: ws.model.set_filter(review.SessionFilter()))
        note(
            "sort_overall_ms",
            wait_for(
                ws.model.ready, lambda ws=ws: ws.table.sortByColumn(7, Qt.SortOrder.AscendingOrder)
            ),
        )
        last = ws.model.rowCount() - 1
        note(
            "last_page_ms",
            wait_for(ws.model.page_loaded, lambda ws=ws, r=last: ws.model.row_at(r)),
        )
        wait_for_tasks()
        ws.deleteLater()
        app.processEvents()

    def sql(key: str, fn) -> None:
        for _ in range(repeat):
            t0 = time.perf_counter()
            fn()
            note(key, time.perf_counter() - t0)

    everything = review.SessionFilter()
    sql("sql_count_ms", lambda: review.count_rows(store))
    sql("sql_first_page_ms", lambda: review.query_rows(store, limit=200))
    sql(
        "sql_last_page_ms",
        lambda: review.query_rows(store, limit=200, offset=sessions - 200),
    )
    sql("sql_sort_overall_ms", lambda: review.query_rows(store, sort="overall", limit=200))
    sql(
        "sql_choices_ms",
        lambda: (store.trainees(), review.distinct_personas(store), review.count_rows(store)),
    )
    matches = {}
    for name, flt in filters.items():
        sql(
            f"sql_filter_{name}_ms",
            lambda f=flt: (review.count_rows(store, f), review.query_rows(store, f)),
        )
        matches[name] = review.count_rows(store, flt)
    backend = store.engine.dialect.name
    with store.connect() as conn:
        from sqlalchemy import func, select

        from trainer.store.models import TraineeRow

        trainee_count = conn.execute(select(func.count(TraineeRow.id))).scalar()
    assert review.count_rows(store, everything) == sessions
    store.close()

    figures = {"first_open_ms": _median_ms([first_open])}
    figures.update({key: _median_ms(values) for key, values in samples.items()})
    goals = {
        "open_list_ms": figures["open_list_ms"] <= GOALS_MS["open_list_ms"],
        **{
            key: figures[key] <= GOALS_MS["filter_ms"]
            for key in figures
            if key.startswith("filter_")
        },
    }
    return {
        "backend": backend,
        "sessions": sessions,
        "trainees": trainee_count,
        "repeat": repeat,
        "fill_seconds": round(fill_s, 2),
        "matches": matches,
        **figures,
        "goal_ms": GOALS_MS,
        "goals": goals,
        "goals_met": all(goals.values()),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print JSON only")
    parser.add_argument("--backend", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument(
        "--database-url", help="an empty database to fill; default: a new SQLite file or server"
    )
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--trainees", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    if args.sessions < 200 or args.trainees < 1 or args.repeat < 1:
        parser.error("--sessions must be at least 200, --trainees and --repeat at least 1")

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.pop("TRAINER_DATABASE_URL", None)
    with contextlib.ExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="trainer-bench-")))
        os.environ["TRAINER_DATA_DIR"] = str(folder)
        if args.database_url:
            url = args.database_url
        elif args.backend == "sqlite":
            url = f"sqlite:///{folder / 'review.sqlite3'}"
        else:
            from tests.support.postgres_server import ServerUnavailable

            try:
                url = stack.enter_context(throwaway_postgres())
            except ServerUnavailable as exc:
                print(f"review: {exc}; install postgresql or give --database-url", file=sys.stderr)
                return 2
        result = measure(url, args.sessions, args.trainees, args.repeat)
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>28}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
