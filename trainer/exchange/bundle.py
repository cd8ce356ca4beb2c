"""Session bundles: a zip with a manifest that another installation imports exactly once.

Layout::

    manifest.json                 {"format": "trainer.bundle", "version": 1, "sessions": [...]}
    sessions/<uid>.json           one SessionRecord (transcript trainer.transcript/1 inside)
    audio/<uid>/0003-trainee.ogg  kept turn audio, only with --audio

Every file is listed in the manifest with its SHA-256. Import checks the whole bundle before it
writes anything, stores all new sessions in one transaction and moves audio into place only after
that transaction committed, so a bad file leaves the database and the audio folder untouched.
Sessions are matched by their uid: importing the same bundle twice skips them the second time.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from pydantic import ValidationError

from trainer import __version__
from trainer.core.errors import KnownError
from trainer.exchange.records import (
    BUNDLE_FORMAT,
    BUNDLE_VERSION,
    CommentRecord,
    FeedbackRecord,
    FileEntry,
    Manifest,
    ManifestSession,
    OverrideRecord,
    ScoreRecord,
    SessionRecord,
)
from trainer.paths import audio_dir
from trainer.store import review
from trainer.store.models import ScoreRow, SessionRow, TraineeRow, TurnRow, UTCDateTime

if TYPE_CHECKING:
    from trainer.store import Store

AUDIO_NAME = re.compile(r"^\d{4}-(trainee|prospect)\.(ogg|wav|flac)$")
MAX_MEMBER_BYTES = 512 * 1024 * 1024


class BundleError(KnownError):
    """A bundle that cannot be imported; nothing was stored. Exit code 2 on the command line."""

    exit_code = 2


@dataclass
class ImportResult:
    imported: list[str] = field(default_factory=list)  # uids
    skipped: list[str] = field(default_factory=list)
    session_ids: dict[str, int] = field(default_factory=dict)  # uid -> local id
    audio_files: int = 0


@dataclass
class ExportResult:
    path: Path
    sessions: int
    audio_files: int


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _dump(obj: object) -> bytes:
    return json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")


# --------------------------------------------------------------------------- export


def session_record(store: Store, session_id: int) -> SessionRecord:
    """Read one session with everything a review needs into its exchange form."""
    s, t = SessionRow.__table__, TraineeRow.__table__
    with store.engine.begin() as conn:
        uid = review.ensure_uid(store, session_id, conn)
        row = conn.execute(
            sa.select(s, t.c.name.label("trainee_name"), review.REVIEWED_COL.label("rv"))
            .add_columns(sa.literal_column("sessions.reviewed_at", UTCDateTime).label("rv_at"))
            .select_from(s.join(t, t.c.id == s.c.trainee_id))
            .where(s.c.id == session_id)
        ).first()
        if row is None:
            raise KnownError(f"session {session_id} does not exist; see `trainer sessions list`")
        turns = conn.execute(
            sa.select(TurnRow.__table__)
            .where(TurnRow.__table__.c.session_id == session_id)
            .order_by(TurnRow.__table__.c.index)
        ).all()
        scores = conn.execute(
            sa.select(ScoreRow.__table__)
            .where(ScoreRow.__table__.c.session_id == session_id)
            .order_by(ScoreRow.__table__.c.created_at, ScoreRow.__table__.c.id)
        ).all()
    feedback = review.feedback_for(store, session_id)
    transcript = store.get_transcript(session_id)
    return SessionRecord(
        uid=uid,
        trainee=row.trainee_name,
        persona_id=row.persona_id,
        persona_name=row.persona_name or "",
        language=row.language,
        engine=row.engine,
        model=row.model,
        started_at=row.started_at,
        ended_at=row.ended_at,
        outcome=row.outcome,
        exam_mode=bool(row.exam_mode),
        duration_seconds=row.duration_seconds,
        needs=row.needs,
        time=row.time,
        overall=row.overall,
        reviewed=bool(row.rv),
        reviewed_at=row.rv_at,
        transcript=transcript,
        turn_latency={tr.index: tr.latency for tr in turns if tr.latency},
        persona=row.persona_json,
        scores=[
            ScoreRecord(
                kind=sc.kind,
                scorer_version=sc.scorer_version,
                created_at=sc.created_at,
                payload=sc.payload,
            )
            for sc in scores
        ],
        feedback=FeedbackRecord(
            comments=[
                CommentRecord(
                    uid=c.uid,
                    turn_index=c.turn_index,
                    author=c.author,
                    text=c.text,
                    created_at=c.created_at,
                )
                for c in feedback.all_comments
            ],
            overrides=[
                OverrideRecord(
                    uid=o.uid,
                    criterion_id=o.criterion_id,
                    section=o.section,
                    auto_score=o.auto_score,
                    score=o.score,
                    max=o.max,
                    reason=o.reason,
                    author=o.author,
                    created_at=o.created_at,
                )
                for o in feedback.override_history
            ],
        ),
    )


def export_bundle(
    store: Store, session_ids: list[int], path: str | Path, with_audio: bool = False
) -> ExportResult:
    """Write the sessions to a bundle; the file appears only once it is complete."""
    path = Path(path)
    if not session_ids:
        raise KnownError("no sessions to export; name session ids, or use --all or --trainee")
    entries: list[ManifestSession] = []
    audio_count = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".trainer-export-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        with zipfile.ZipFile(tmp_name, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for session_id in session_ids:
                record = session_record(store, session_id)
                data = _dump(record.model_dump(mode="json"))
                name = f"sessions/{record.uid}.json"
                zf.writestr(name, data)
                audio: list[FileEntry] = []
                folder = audio_dir() / str(session_id)
                if with_audio and folder.is_dir():
                    for file in sorted(folder.iterdir()):
                        if not AUDIO_NAME.match(file.name):
                            continue
                        blob = file.read_bytes()
                        member = f"audio/{record.uid}/{file.name}"
                        zf.writestr(member, blob, compress_type=zipfile.ZIP_STORED)
                        audio.append(FileEntry(file=member, sha256=_sha256(blob)))
                        audio_count += 1
                entries.append(
                    ManifestSession(uid=record.uid, file=name, sha256=_sha256(data), audio=audio)
                )
            manifest = Manifest(
                format=BUNDLE_FORMAT,
                version=BUNDLE_VERSION,
                created_at=datetime.now(UTC),
                app=f"trainer {__version__}",
                sessions=entries,
            )
            zf.writestr("manifest.json", _dump(manifest.model_dump(mode="json")))
        os.replace(tmp_name, path)
    except OSError as exc:
        raise KnownError(f"{path}: cannot write the bundle ({exc.strerror or exc})") from None
    finally:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)
    return ExportResult(path=path, sessions=len(entries), audio_files=audio_count)


# --------------------------------------------------------------------------- import


def _read_member(zf: zipfile.ZipFile, name: str, source: str) -> bytes:
    try:
        info = zf.getinfo(name)
    except KeyError:
        raise BundleError(f"{source}: damaged bundle: {name} is missing") from None
    if info.file_size > MAX_MEMBER_BYTES:
        raise BundleError(f"{source}: damaged bundle: {name} is implausibly large")
    try:
        return zf.read(info)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        raise BundleError(f"{source}: damaged bundle: cannot read {name} ({exc})") from None


def _validation_line(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err["loc"]) or "top level"
    return f"{where}: {err['msg']}"


@dataclass
class _Checked:
    manifest: Manifest
    records: list[SessionRecord]
    audio: dict[str, list[tuple[str, bytes]]]  # uid -> [(file name, bytes)]


def read_bundle(path: str | Path) -> _Checked:
    """Open and verify a bundle completely (format, checksums, every record) without storing."""
    path = Path(path)
    source = str(path)
    if not path.is_file():
        raise BundleError(f"{source}: no such file")
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError):
        raise BundleError(
            f"{source}: not a trainer bundle (not a zip file, or cut short); "
            "export it again with `trainer export`"
        ) from None
    with zf:
        if "manifest.json" not in zf.namelist():
            raise BundleError(f"{source}: not a trainer bundle (no manifest.json inside)")
        raw = _read_member(zf, "manifest.json", source)
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise BundleError(
                f"{source}: damaged bundle: manifest.json is not valid JSON"
            ) from None
        if not isinstance(data, dict) or data.get("format") != BUNDLE_FORMAT:
            found = data.get("format") if isinstance(data, dict) else None
            raise BundleError(
                f"{source}: not a trainer bundle (format is {found!r}, expected {BUNDLE_FORMAT!r})"
            )
        try:
            manifest = Manifest.model_validate(data)
        except ValidationError as exc:
            raise BundleError(f"{source}: damaged manifest: {_validation_line(exc)}") from None
        if manifest.version > BUNDLE_VERSION:
            raise BundleError(
                f"{source}: made by a newer trainer (bundle version {manifest.version}); "
                "update trainer to import it"
            )
        records: list[SessionRecord] = []
        audio: dict[str, list[tuple[str, bytes]]] = {}
        seen: set[str] = set()
        for entry in manifest.sessions:
            if entry.uid in seen:
                raise BundleError(f"{source}: damaged manifest: session {entry.uid} listed twice")
            seen.add(entry.uid)
            if entry.file != f"sessions/{entry.uid}.json":
                raise BundleError(f"{source}: damaged manifest: unexpected file {entry.file}")
            blob = _read_member(zf, entry.file, source)
            if _sha256(blob) != entry.sha256:
                raise BundleError(
                    f"{source}: damaged bundle: {entry.file} does not match its checksum"
                )
            try:
                record = SessionRecord.model_validate_json(blob)
            except ValidationError as exc:
                raise BundleError(f"{source}: {entry.file}: {_validation_line(exc)}") from None
            if record.uid != entry.uid:
                raise BundleError(f"{source}: damaged bundle: {entry.file} has another uid")
            records.append(record)
            files: list[tuple[str, bytes]] = []
            for item in entry.audio:
                prefix = f"audio/{entry.uid}/"
                name = item.file[len(prefix) :] if item.file.startswith(prefix) else ""
                if not AUDIO_NAME.match(name):
                    raise BundleError(f"{source}: damaged manifest: unexpected file {item.file}")
                data_bytes = _read_member(zf, item.file, source)
                if _sha256(data_bytes) != item.sha256:
                    raise BundleError(
                        f"{source}: damaged bundle: {item.file} does not match its checksum"
                    )
                files.append((name, data_bytes))
            audio[entry.uid] = files
    return _Checked(manifest=manifest, records=records, audio=audio)


def _search_text(record: SessionRecord) -> str:
    """The folded words the store keeps for transcript search (as Store.add_turn builds them)."""
    return " ".join(" ".join(t.text.casefold().split()) for t in record.transcript.turns).strip()


def _insert(conn: sa.Connection, record: SessionRecord) -> int:
    t = TraineeRow.__table__
    trainee_id = conn.execute(sa.select(t.c.id).where(t.c.name == record.trainee)).scalar()
    if trainee_id is None:
        trainee_id = conn.execute(
            t.insert().values(name=record.trainee, created_at=datetime.now(UTC))
        ).inserted_primary_key[0]
    transcript = record.transcript
    session_id = conn.execute(
        SessionRow.__table__.insert().values(
            trainee_id=trainee_id,
            persona_id=record.persona_id,
            persona_name=record.persona_name,
            persona_json=record.persona,
            language=record.language,
            engine=record.engine,
            model=record.model,
            started_at=record.started_at,
            ended_at=record.ended_at,
            outcome=record.outcome,
            agreed_time=(
                transcript.agreed_time.model_dump(mode="json") if transcript.agreed_time else None
            ),
            exam_mode=record.exam_mode,
            needs=record.needs,
            time=record.time,
            overall=record.overall,
            duration_seconds=record.duration_seconds,
            turn_count=len(transcript.turns),
            search_text=_search_text(record),
        )
    ).inserted_primary_key[0]
    conn.execute(
        review.sessions_review.update()
        .where(review.sessions_review.c.id == session_id)
        .values(uid=record.uid, reviewed=record.reviewed, reviewed_at=record.reviewed_at)
    )
    rows = [
        {
            "session_id": session_id,
            "index": i,
            "speaker": turn.speaker,
            "text": turn.text,
            "start": turn.start,
            "end": turn.end,
            "cut_off": turn.cut_off,
            "acts": turn.acts,
            "llm_acts": turn.llm_acts,
        }
        for i, turn in enumerate(transcript.turns)
    ]
    # Turns without a latency keep SQL NULL (a JSON null would read as "measured").
    timed = [
        dict(r, latency=record.turn_latency[r["index"]])
        for r in rows
        if r["index"] in record.turn_latency
    ]
    untimed = [r for r in rows if r["index"] not in record.turn_latency]
    for batch in (timed, untimed):
        if batch:
            conn.execute(TurnRow.__table__.insert(), batch)
    for sc in record.scores:
        payload = sc.payload
        conn.execute(
            ScoreRow.__table__.insert().values(
                session_id=session_id,
                kind=sc.kind,
                scorer_version=sc.scorer_version,
                created_at=sc.created_at or datetime.now(UTC),
                payload=payload,
                needs=(payload.get("needs") or {}).get("score"),
                time=(payload.get("time") or {}).get("score"),
                overall=payload.get("overall"),
            )
        )
    for c in record.feedback.comments:
        exists = conn.execute(
            sa.select(review.comments_table.c.id).where(review.comments_table.c.uid == c.uid)
        ).first()
        if exists is None:
            conn.execute(
                review.comments_table.insert().values(session_id=session_id, **c.model_dump())
            )
    for o in record.feedback.overrides:
        exists = conn.execute(
            sa.select(review.overrides_table.c.id).where(review.overrides_table.c.uid == o.uid)
        ).first()
        if exists is None:
            conn.execute(
                review.overrides_table.insert().values(session_id=session_id, **o.model_dump())
            )
    return session_id


def import_bundle(store: Store, path: str | Path) -> ImportResult:
    """Import every session the installation does not have yet; all or nothing."""
    checked = read_bundle(path)
    result = ImportResult()
    root = audio_dir()
    staging = Path(tempfile.mkdtemp(prefix=".import-", dir=root))
    try:
        for uid, files in checked.audio.items():
            if files:
                (staging / uid).mkdir()
                for name, blob in files:
                    (staging / uid / name).write_bytes(blob)
        with store.engine.begin() as conn:
            for record in checked.records:
                exists = conn.execute(
                    sa.select(review.sessions_review.c.id).where(
                        review.sessions_review.c.uid == record.uid
                    )
                ).first()
                if exists is not None:
                    result.skipped.append(record.uid)
                    continue
                result.session_ids[record.uid] = _insert(conn, record)
                result.imported.append(record.uid)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise BundleError(
            f"{path}: cannot unpack the audio ({exc.strerror or exc}); nothing was imported"
        ) from None
    except sa.exc.SQLAlchemyError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise BundleError(
            f"{path}: the database refused the sessions ({reason}); nothing was imported"
        ) from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    # Committed: the audio moves under the new local ids (a rename in the same folder).
    try:
        for uid, session_id in result.session_ids.items():
            src = staging / uid
            if src.is_dir():
                dest = root / str(session_id)
                if dest.exists():  # leftovers of a session deleted outside the app
                    shutil.rmtree(dest)
                src.rename(dest)
                result.audio_files += sum(1 for _ in dest.iterdir())
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return result
