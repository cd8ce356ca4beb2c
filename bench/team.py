"""Many at once: several processes completing calls on one database while a trainer reviews.

Each process stores calls the way the app does (Store: start, one commit per turn, end,
score); a trainer process meanwhile reads the review list and overrides scores. Reports turns
lost (stored vs said), errors (deadlocks included) and the time to store one turn, as JSON.

    python bench/team.py --json [--backend postgresql|sqlite] [--postgres-url URL]
                         [--processes 8] [--calls 5] [--turns 12]

Without --postgres-url a throwaway PostgreSQL server is started (as the tests do).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing as mp
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _payload() -> dict:
    crit = {"evidence": [], "quotes": [], "note": "", "tip": ""}
    return {
        "needs": {
            "score": 50,
            "criteria": [{"id": "open_questions", "score": 5, "max": 20, **crit}],
        },
        "time": {"score": 60, "criteria": [{"id": "reason_early", "score": 10, "max": 20, **crit}]},
        "overall": 55,
    }


def _caller(url: str, who: int, calls: int, turns: int, queue) -> None:
    from trainer.core.persona import load_catalog
    from trainer.core.transcript import Turn
    from trainer.paths import persona_folders
    from trainer.store import Store

    persona = load_catalog(persona_folders()).get("grumpy-ceo-en")
    times, errors, said = [], [], 0
    with Store(url) as store:
        for _ in range(calls):
            try:
                sid = store.start_session(f"Trainee {who}", persona, "scripted", None)
                for i in range(turns):
                    speaker = "trainee" if i % 2 else "prospect"
                    turn = Turn(
                        speaker=speaker, text=f"line {i} of caller {who}", start=i, end=i + 0.5
                    )
                    began = time.perf_counter()
                    store.add_turn(sid, i, turn)
                    times.append(time.perf_counter() - began)
                    said += 1
                store.end_session(sid, "meeting")
                store.save_score(sid, "auto", "bench", _payload())
            except Exception as exc:  # noqa: BLE001 - counted and reported
                errors.append(f"{type(exc).__name__}: {str(exc)[:120]}")
    queue.put({"times": times, "errors": errors, "said": said})


def _trainer(url: str, stop, queue) -> None:
    from trainer.store import Store, review

    reads, overrides, errors, read_times = 0, 0, [], []
    with Store(url) as store:
        while not stop.is_set():
            try:
                began = time.perf_counter()
                rows = review.query_rows(store, limit=200)
                review.count_rows(store)
                read_times.append(time.perf_counter() - began)
                reads += 1
                scored = [r for r in rows if r.overall is not None]
                if scored:
                    sid = scored[reads % len(scored)].id
                    review.set_override(store, sid, "open_questions", reads % 21, "bench")
                    review.set_reviewed(store, sid)
                    overrides += 1
            except Exception as exc:  # noqa: BLE001
                errors.append(f"{type(exc).__name__}: {str(exc)[:120]}")
            time.sleep(0.02)
    queue.put({"reads": reads, "overrides": overrides, "errors": errors, "read_times": read_times})


def throwaway_postgres() -> contextlib.AbstractContextManager[str]:
    """A throwaway UTF-8 cluster on a Unix socket, fsync on as on a real server (the tests'
    own, tests/support/postgres_server.py)."""
    from tests.support.postgres_server import throwaway_server

    return throwaway_server("trainer-bench-pg-", options="-c max_connections=50")


def _ms(values: list[float], q: float) -> float | None:
    if not values:
        return None
    values = sorted(values)
    return round(values[min(len(values) - 1, int(q * len(values)))] * 1000, 2)


def measure(url: str, processes: int, calls: int, turns: int) -> dict:
    from sqlalchemy import func, select

    from trainer.store import Store
    from trainer.store.models import TurnRow

    Store(url).close()  # the schema, before anyone starts
    ctx = mp.get_context("spawn")
    queue, stop = ctx.Queue(), ctx.Event()
    trainer = ctx.Process(target=_trainer, args=(url, stop, queue))
    trainer.start()
    began = time.perf_counter()
    callers = [
        ctx.Process(target=_caller, args=(url, i, calls, turns, queue)) for i in range(processes)
    ]
    for p in callers:
        p.start()
    results = [queue.get(timeout=600) for _ in callers]
    wall = time.perf_counter() - began
    stop.set()
    review = queue.get(timeout=60)
    for p in (*callers, trainer):
        p.join(30)
    times = [t for r in results for t in r["times"]]
    said = sum(r["said"] for r in results)
    with Store(url) as store, store.connect() as conn:
        stored = conn.execute(select(func.count(TurnRow.id))).scalar()
    errors = [e for r in results for e in r["errors"]] + review["errors"]
    return {
        "processes": processes,
        "calls": processes * calls,
        "turns_said": said,
        "turns_stored": stored,
        "turns_lost": said - stored,
        "errors": len(errors),
        "deadlocks": sum("deadlock" in e.lower() for e in errors),
        "error_samples": errors[:5],
        "turn_store_ms_p50": _ms(times, 0.5),
        "turn_store_ms_p95": _ms(times, 0.95),
        "trainer_reads": review["reads"],
        "trainer_overrides": review["overrides"],
        "trainer_read_ms_p50": _ms(review["read_times"], 0.5),
        "wall_seconds": round(wall, 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print JSON only")
    parser.add_argument("--backend", choices=["postgresql", "sqlite"], default="postgresql")
    parser.add_argument("--postgres-url", help="an empty database; default: a throwaway server")
    parser.add_argument("--processes", type=int, default=8)
    parser.add_argument("--calls", type=int, default=5, help="calls per process")
    parser.add_argument("--turns", type=int, default=12, help="turns per call")
    args = parser.parse_args(argv)
    folder = tempfile.TemporaryDirectory(prefix="trainer-bench-")
    os.environ["TRAINER_DATA_DIR"] = folder.name
    os.environ.pop("TRAINER_DATABASE_URL", None)
    with contextlib.ExitStack() as stack:
        if args.backend == "sqlite":
            url = f"sqlite:///{Path(folder.name) / 'team.sqlite3'}"
        elif args.postgres_url:
            url = args.postgres_url
        else:
            from tests.support.postgres_server import ServerUnavailable

            try:
                url = stack.enter_context(throwaway_postgres())
            except ServerUnavailable as exc:
                print(f"team: {exc}; install postgresql or give --postgres-url", file=sys.stderr)
                return 2
        result = {"backend": args.backend, **measure(url, args.processes, args.calls, args.turns)}
    folder.cleanup()
    print(json.dumps(result, indent=None if args.json else 2))
    return 0 if result["turns_lost"] == 0 and result["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
