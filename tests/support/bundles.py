"""Bundles written by hand for import tests: a valid record to mutate, and the zip around it."""

from __future__ import annotations

import copy
import hashlib
import json
import zipfile
from pathlib import Path
from typing import Any

import sqlalchemy as sa

TABLES = ("trainees", "sessions", "turns", "scores", "review_comments", "score_overrides")


def criterion(cid: str, score: int, top: int, evidence: list[int]) -> dict:
    return {
        "id": cid,
        "name": cid.replace("_", " ").capitalize(),
        "score": score,
        "max": top,
        "applicable": True,
        "evidence": evidence,
        "quotes": [],
        "note": "n",
        "tip": "t",
    }


def score_payload(needs: int = 100, time: int = 100) -> dict:
    return {
        "needs": {
            "name": "Needs",
            "score": needs,
            "criteria": [criterion("open_questions", 20, 20, [0])],
        },
        "time": {
            "name": "Time",
            "score": time,
            "criteria": [criterion("reason_early", 20, 20, [0])],
        },
        "overall": (needs + time) // 2,
        "metrics": {"questions": 1, "talk_ratio": 0.5},
        "tips": ["Ask about their plans."],
        "scorer_version": "v1",
        "language": "en",
    }


def record(uid: str = "0f275cbb-6089-4cfc-9b4a-1758bedad7a5", **changes: Any) -> dict:
    """A session record as `trainer export` writes it: a one-line call claiming 100/100/100."""
    data = {
        "uid": uid,
        "trainee": "Kim",
        "persona_id": "grumpy-ceo-en",
        "persona_name": "Larry Graham",
        "language": "en",
        "engine": "scripted",
        "model": None,
        "started_at": "2026-01-05T10:00:00+00:00",
        "ended_at": "2026-01-05T10:01:00+00:00",
        "outcome": "meeting",
        "exam_mode": False,
        "duration_seconds": 60.0,
        "needs": 100,
        "time": 100,
        "overall": 100,
        "reviewed": False,
        "reviewed_at": None,
        "transcript": {
            "format": "trainer.transcript/1",
            "persona": "grumpy-ceo-en",
            "language": "en",
            "trainee": "Kim",
            "outcome": "meeting",
            "agreed_time": None,
            "turns": [{"speaker": "trainee", "text": "hi", "start": 0.0, "end": 1.0}],
        },
        "turn_latency": {},
        "persona": None,
        "scores": [{"kind": "auto", "scorer_version": "v1", "payload": score_payload()}],
        "feedback": {
            "comments": [
                {
                    "uid": "c0000000-0000-4000-8000-000000000001",
                    "turn_index": 0,
                    "author": "Coach",
                    "text": "Good opener",
                    "created_at": "2026-01-06T09:00:00+00:00",
                }
            ],
            "overrides": [],
        },
    }
    data.update(changes)
    return copy.deepcopy(data)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_bundle(
    path: Path,
    records: list[dict | bytes],
    audio: dict[str, list[tuple[str, bytes]]] | None = None,
    manifest: bytes | None = None,
) -> Path:
    """A bundle with the given session records (dicts are dumped; bytes go in as they are)."""
    audio = audio or {}
    entries = []
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for n, rec in enumerate(records):
            uid = rec.get("uid") if isinstance(rec, dict) else None
            uid = uid if isinstance(uid, str) and uid.isascii() and "/" not in uid else f"raw-{n}"
            blob = json.dumps(rec).encode() if isinstance(rec, dict) else rec
            name = f"sessions/{uid}.json"
            zf.writestr(name, blob)
            files = []
            for file, data in audio.get(uid, []):
                member = f"audio/{uid}/{file}"
                zf.writestr(member, data)
                files.append({"file": member, "sha256": _sha(data)})
            entries.append({"uid": uid, "file": name, "sha256": _sha(blob), "audio": files})
        body = (
            manifest
            or json.dumps({"format": "trainer.bundle", "version": 1, "sessions": entries}).encode()
        )
        zf.writestr("manifest.json", body)
    return path


def row_counts(store) -> dict[str, int]:
    with store.engine.connect() as conn:
        return {t: conn.execute(sa.text(f"SELECT COUNT(*) FROM {t}")).scalar() for t in TABLES}
