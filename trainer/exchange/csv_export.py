"""The session list as CSV, for a spreadsheet: the columns the review list shows.

needs/time/overall include a trainer's corrections, as in the list; the *_auto columns are the
automatic scores beside them.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.core.errors import KnownError
from trainer.paths import open_private
from trainer.store import review

if TYPE_CHECKING:
    from trainer.store import Store

HEADER = [
    "id",
    "uid",
    "trainee",
    "persona_id",
    "persona",
    "language",
    "started_at",
    "duration_seconds",
    "outcome",
    "needs",
    "time",
    "overall",
    "needs_auto",
    "time_auto",
    "overall_auto",
    "turns",
    "reviewed",
]
PAGE = 1000
# What a spreadsheet reads as the start of a formula (OWASP, CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: object) -> str:
    """A cell a spreadsheet shows as text: a leading formula character (after any leading
    spaces) gets a single quote before it, so "=HYPERLINK(...)" is never evaluated."""
    text = "" if value is None else str(value)
    if text.lstrip(" \n\x0b\x0c").startswith(FORMULA_START):
        return "'" + text
    return text


def write_csv(
    store: Store,
    path: str | Path,
    flt: review.SessionFilter | None = None,
    sort: str = "started_at",
    descending: bool = False,
) -> int:
    """Write every matching session (paged, so memory stays flat); returns the row count."""
    path = Path(path)
    flt = flt or review.SessionFilter()
    count = 0
    try:
        # utf-8-sig: spreadsheet programs then read å, ä, ö, æ and ø correctly
        with open_private(path, "w", newline="", encoding="utf-8-sig") as fh:
            writer = csv.writer(fh)
            writer.writerow(HEADER)
            # Every cell passes through `cell`: names and personas may come from anywhere.
            write = lambda row: writer.writerow([cell(v) for v in row])  # noqa: E731
            offset = 0
            while True:
                rows = review.query_rows(store, flt, sort, descending, limit=PAGE, offset=offset)
                autos = review.auto_totals(store, [r.id for r in rows])
                for r in rows:
                    auto = autos.get(r.id, (None, None, None))
                    write(
                        [
                            r.id,
                            r.uid or "",
                            r.trainee,
                            r.persona_id,
                            r.persona_name,
                            r.language,
                            r.started_at.isoformat(timespec="seconds"),
                            "" if r.duration_seconds is None else f"{r.duration_seconds:.1f}",
                            r.outcome or "",
                            _n(r.needs),
                            _n(r.time),
                            _n(r.overall),
                            *(_n(v) for v in auto),
                            r.turn_count,
                            "yes" if r.reviewed else "no",
                        ]
                    )
                count += len(rows)
                if len(rows) < PAGE:
                    break
                offset += PAGE
    except OSError as exc:
        raise KnownError(f"{path}: cannot write the CSV file ({exc.strerror or exc})") from None
    return count


def _n(value: int | None) -> str:
    return "" if value is None else str(value)
