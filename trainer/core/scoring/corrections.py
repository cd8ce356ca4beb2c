"""Totals with a trainer's corrections: the automatic criteria, with overridden scores put in.

The automatic score is never rewritten; these are the totals shown beside it (tiles, the
review list, reports) once a trainer has corrected a criterion.
"""

from __future__ import annotations

from trainer.core.scoring.result import CriterionResult, group_score


def corrected_totals(payload: dict | None, overrides: dict[str, int]) -> dict[str, int] | None:
    """{"needs", "time", "overall"} with `overrides` (criterion id → points); None if none apply."""
    if not payload or not overrides:
        return None
    totals: dict[str, int] = {}
    applied = False
    for group in ("needs", "time"):
        rows = []
        for crit in (payload.get(group) or {}).get("criteria") or []:
            cid = crit.get("id")
            score = crit.get("score") or 0
            if cid in overrides and crit.get("applicable", True):
                score, applied = overrides[cid], True
            rows.append(
                CriterionResult(
                    id=str(cid),
                    group=group,  # type: ignore[arg-type]
                    name=str(crit.get("name") or cid),
                    score=int(score),
                    max=int(crit.get("max") or 0),
                    applicable=bool(crit.get("applicable", True)),
                )
            )
        totals[group] = group_score(rows)
    if not applied:
        return None
    totals["overall"] = round((totals["needs"] + totals["time"]) / 2)
    return totals


def with_totals(payload: dict, totals: dict[str, int] | None) -> dict:
    """A copy of the score payload whose headline numbers are `totals` (criteria untouched)."""
    if not totals:
        return payload
    out = dict(payload)
    for group in ("needs", "time"):
        out[group] = {**(payload.get(group) or {}), "score": totals[group]}
    out["overall"] = totals["overall"]
    return out
