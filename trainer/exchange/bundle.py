"""Session bundles: a zip with a manifest that another installation imports exactly once.

Layout::

    manifest.json                 {"format": "trainer.bundle", "version": 1, "sessions": [...]}
    sessions/<uid>.json           one SessionRecord (transcript trainer.transcript/1 inside)
    audio/<uid>/0003-trainee.ogg  kept turn audio, only with --audio

Every file is listed in the manifest with its SHA-256. Import checks the whole bundle before it
writes anything: the number of files and their unpacked size are capped (a small zip can unpack
to gigabytes), members are streamed to a staging folder in chunks, and every session is
validated against the same schema the export writes. It then stores all new sessions in one
transaction and moves audio into place only after that transaction committed, so a bad file
leaves the database and the audio folder untouched. Sessions are matched by their uid:
importing the same bundle twice skips them the second time.

A checksum proves a file arrived whole, not that its scores are honest: an imported call is
scored again here from its transcript (its turns read again too), and the sender's totals are
kept beside ours, flagged when they differ.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING

import sqlalchemy as sa
from pydantic import ValidationError

from trainer import __version__
from trainer.core.acts.reading import read_turns
from trainer.core.errors import KnownError
from trainer.core.persona import Persona
from trainer.core.scoring import SCORER_VERSION, score_transcript
from trainer.core.scoring.corrections import corrected_totals
from trainer.core.transcript import Transcript
from trainer.exchange.records import (
    BUNDLE_FORMAT,
    BUNDLE_VERSION,
    MAX_SESSIONS,
    CommentRecord,
    FeedbackRecord,
    FileEntry,
    Manifest,
    ManifestSession,
    OverrideRecord,
    ScoreRecord,
    SenderScore,
    SessionRecord,
)
from trainer.paths import audio_dir
from trainer.store import review
from trainer.store.models import ScoreRow, SessionRow, TraineeRow, TurnRow, UTCDateTime

if TYPE_CHECKING:
    from trainer.store import Store

log = logging.getLogger(__name__)

AUDIO_NAME = re.compile(r"^\d{4}-(trainee|prospect)\.(ogg|wav|flac)$")
# What one bundle may unpack to. Real bundles stay far below: audio is a few MB per call.
MAX_MEMBERS = 2 * MAX_SESSIONS + 1
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
MAX_SESSION_BYTES = 64 * 1024 * 1024  # 2,000 turns of 5,000 characters, with room for JSON
MAX_AUDIO_BYTES = 64 * 1024 * 1024
CHUNK = 1024 * 1024
AUTO = "auto"


class BundleError(KnownError):
    """A bundle that cannot be imported; nothing was stored. Exit code 2 on the command line."""

    exit_code = 2


@dataclass
class ImportResult:
    imported: list[str] = field(default_factory=list)  # uids
    skipped: list[str] = field(default_factory=list)
    session_ids: dict[str, int] = field(default_factory=dict)  # uid -> local id
    audio_files: int = 0
    differing: list[str] = field(default_factory=list)  # uids whose sender's totals differ


@dataclass
class ExportResult:
    path: Path
    sessions: int
    audio_files: int
    warnings: list[str] = field(default_factory=list)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _dump(obj: object) -> bytes:
    return json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")


def validation_line(exc: ValidationError) -> str:
    """The first problem of a validation error as 'field.path: message' (one line)."""
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err["loc"]) or "top level"
    return f"{where}: {' '.join(str(err['msg']).split())}"


# --------------------------------------------------------------------------- export


def session_record(store: Store, session_id: int) -> SessionRecord:
    """Read one session with everything a review needs into its exchange form.

    A stored row the schema no longer accepts is a KnownError naming the session and field.
    """
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
    try:
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
    except ValidationError as exc:
        raise KnownError(
            f"session {session_id} is damaged in the store ({validation_line(exc)})"
        ) from None


def _copy_file(file: Path, zf: zipfile.ZipFile, member: str) -> str:
    """Stream a kept audio file into the zip (stored: OGG does not compress); its SHA-256."""
    digest = hashlib.sha256()
    with file.open("rb") as src, zf.open(zipfile.ZipInfo(member), "w") as dst:
        while chunk := src.read(CHUNK):
            digest.update(chunk)
            dst.write(chunk)
    return digest.hexdigest()


def export_bundle(
    store: Store,
    session_ids: list[int],
    path: str | Path,
    with_audio: bool = False,
    warn: Callable[[str], None] | None = None,
) -> ExportResult:
    """Write the sessions to a bundle; the file appears only once it is complete.

    A session damaged in the store is left out with a warning, so one bad row does not stop
    everyone else's export.
    """
    path = Path(path)
    if not session_ids:
        raise KnownError("no sessions to export; name session ids, or use --all or --trainee")
    warn = warn or log.warning
    entries: list[ManifestSession] = []
    warnings: list[str] = []
    audio_count = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".trainer-export-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        with zipfile.ZipFile(tmp_name, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for session_id in session_ids:
                try:
                    record = session_record(store, session_id)
                except KnownError as exc:
                    warnings.append(f"{exc}; left out of the bundle")
                    warn(warnings[-1])
                    continue
                data = _dump(record.model_dump(mode="json"))
                name = f"sessions/{record.uid}.json"
                zf.writestr(name, data)
                audio: list[FileEntry] = []
                folder = audio_dir() / str(session_id)
                if with_audio and folder.is_dir():
                    for file in sorted(folder.iterdir()):
                        if not AUDIO_NAME.match(file.name):
                            continue
                        member = f"audio/{record.uid}/{file.name}"
                        audio.append(FileEntry(file=member, sha256=_copy_file(file, zf, member)))
                        audio_count += 1
                entries.append(
                    ManifestSession(uid=record.uid, file=name, sha256=_sha256(data), audio=audio)
                )
            if not entries:
                raise KnownError("none of the sessions could be exported; see the warnings above")
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
    return ExportResult(
        path=path, sessions=len(entries), audio_files=audio_count, warnings=warnings
    )


# --------------------------------------------------------------------------- import


class _Reader:
    """Reads members of one open bundle in chunks, counting every byte against the caps."""

    def __init__(self, zf: zipfile.ZipFile, source: str) -> None:
        self.zf, self.source = zf, source
        self.total = 0

    def _fail(self, text: str) -> BundleError:
        return BundleError(f"{self.source}: {text}")

    def _too_big(self, name: str, limit: int) -> BundleError:
        return self._fail(
            f"refused: {name} unpacks to more than {limit // (1024 * 1024)} MB; "
            "nothing was imported (export the calls in smaller bundles)"
        )

    def copy(self, name: str, limit: int, out: IO[bytes] | None) -> tuple[str, bytes | None]:
        """Stream one member; (its SHA-256, its bytes when no `out` file is given)."""
        try:
            info = self.zf.getinfo(name)
        except KeyError:
            raise self._fail(f"damaged bundle: {name} is missing") from None
        if info.file_size > limit:
            raise self._too_big(name, limit)
        digest = hashlib.sha256()
        kept = bytearray() if out is None else None
        size = 0
        try:
            with self.zf.open(info) as member:
                while chunk := member.read(CHUNK):
                    size += len(chunk)
                    self.total += len(chunk)
                    if size > limit:
                        raise self._too_big(name, limit)
                    if self.total > MAX_TOTAL_BYTES:
                        raise self._fail(
                            "refused: the bundle unpacks to more than "
                            f"{MAX_TOTAL_BYTES // (1024 * 1024)} MB; nothing was imported "
                            "(export the calls in smaller bundles)"
                        )
                    digest.update(chunk)
                    if out is not None:
                        out.write(chunk)
                    else:
                        kept.extend(chunk)  # type: ignore[union-attr]
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError) as exc:
            raise self._fail(f"damaged bundle: cannot read {name} ({exc})") from None
        except RuntimeError as exc:  # an encrypted member
            raise self._fail(f"cannot read {name} ({exc}); export it again unencrypted") from None
        return digest.hexdigest(), None if kept is None else bytes(kept)

    def read(self, name: str, limit: int) -> bytes:
        return self.copy(name, limit, None)[1] or b""


@dataclass
class _Checked:
    manifest: Manifest
    records: list[SessionRecord]
    audio: dict[str, list[str]]  # uid -> file names, in the staging folder when one was given


def _open_zip(path: Path, source: str) -> zipfile.ZipFile:
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError):
        raise BundleError(
            f"{source}: not a trainer bundle (not a zip file, or cut short); "
            "export it again with `trainer export`"
        ) from None
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        zf.close()
        raise BundleError(
            f"{source}: refused: the bundle holds {len(infos)} files, at most {MAX_MEMBERS} "
            "are accepted; nothing was imported"
        )
    names = [i.filename for i in infos]
    if len(set(names)) != len(names):
        zf.close()
        raise BundleError(f"{source}: damaged bundle: a file is in it twice")
    if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
        zf.close()
        raise BundleError(
            f"{source}: refused: the bundle says it unpacks to more than "
            f"{MAX_TOTAL_BYTES // (1024 * 1024)} MB; nothing was imported "
            "(export the calls in smaller bundles)"
        )
    return zf


def _manifest(reader: _Reader, source: str) -> Manifest:
    if "manifest.json" not in reader.zf.namelist():
        raise BundleError(f"{source}: not a trainer bundle (no manifest.json inside)")
    raw = reader.read("manifest.json", MAX_MANIFEST_BYTES)
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleError(f"{source}: damaged bundle: manifest.json is not valid JSON") from None
    if not isinstance(data, dict) or data.get("format") != BUNDLE_FORMAT:
        found = data.get("format") if isinstance(data, dict) else None
        if not isinstance(found, str | None):
            found = type(found).__name__
        raise BundleError(
            f"{source}: not a trainer bundle (format is {found!r:.60}, expected {BUNDLE_FORMAT!r})"
        )
    try:
        manifest = Manifest.model_validate_json(raw)
    except ValidationError as exc:
        raise BundleError(f"{source}: damaged manifest: {validation_line(exc)}") from None
    if manifest.version > BUNDLE_VERSION:
        raise BundleError(
            f"{source}: made by a newer trainer (bundle version {manifest.version}); "
            "update trainer to import it"
        )
    if manifest.version < 1:
        raise BundleError(f"{source}: damaged manifest: version {manifest.version}")
    return manifest


def read_bundle(path: str | Path, staging: Path | None = None) -> _Checked:
    """Open and verify a bundle completely (caps, checksums, every record) without storing.

    Audio is streamed into `staging/<uid>/` when a folder is given, otherwise only checked.
    """
    path = Path(path)
    source = str(path)
    if not path.is_file():
        raise BundleError(f"{source}: no such file")
    with _open_zip(path, source) as zf:
        reader = _Reader(zf, source)
        manifest = _manifest(reader, source)
        records: list[SessionRecord] = []
        audio: dict[str, list[str]] = {}
        seen: set[str] = set()
        feedback_uids: set[str] = set()
        for entry in manifest.sessions:
            if entry.uid in seen:
                raise BundleError(f"{source}: damaged manifest: session {entry.uid} listed twice")
            seen.add(entry.uid)
            if entry.file != f"sessions/{entry.uid}.json":
                raise BundleError(f"{source}: damaged manifest: unexpected file {entry.file:.80}")
            digest, blob = reader.copy(entry.file, MAX_SESSION_BYTES, None)
            if digest != entry.sha256:
                raise BundleError(
                    f"{source}: damaged bundle: {entry.file} does not match its checksum"
                )
            try:
                record = SessionRecord.model_validate_json(blob or b"")
            except ValidationError as exc:
                raise BundleError(f"{source}: {entry.file}: {validation_line(exc)}") from None
            if record.uid != entry.uid:
                raise BundleError(f"{source}: damaged bundle: {entry.file} has another uid")
            uids = [c.uid for c in record.feedback.comments] + [
                o.uid for o in record.feedback.overrides
            ]
            if len(set(uids)) != len(uids) or feedback_uids & set(uids):
                raise BundleError(f"{source}: {entry.file}: feedback listed twice")
            feedback_uids.update(uids)
            records.append(record)
            names: list[str] = []
            prefix = f"audio/{entry.uid}/"
            for item in entry.audio:
                name = item.file[len(prefix) :] if item.file.startswith(prefix) else ""
                if not AUDIO_NAME.match(name) or name in names:
                    raise BundleError(
                        f"{source}: damaged manifest: unexpected file {item.file:.80}"
                    )
                if staging is None:
                    digest, _ = reader.copy(item.file, MAX_AUDIO_BYTES, _Discard())
                else:
                    folder = staging / entry.uid
                    folder.mkdir(exist_ok=True)
                    with (folder / name).open("wb") as out:
                        digest, _ = reader.copy(item.file, MAX_AUDIO_BYTES, out)
                if digest != item.sha256:
                    raise BundleError(
                        f"{source}: damaged bundle: {item.file} does not match its checksum"
                    )
                names.append(name)
            audio[entry.uid] = names
    return _Checked(manifest=manifest, records=records, audio=audio)


class _Discard:
    """A write-only sink: checking a member's checksum without keeping it."""

    def write(self, data: bytes) -> int:
        return len(data)


def _search_text(record: SessionRecord) -> str:
    """The folded words the store keeps for transcript search (as Store.add_turn builds them)."""
    return " ".join(" ".join(t.text.casefold().split()) for t in record.transcript.turns).strip()


@dataclass
class _Rescored:
    """An imported call as this installation reads and scores it."""

    transcript: Transcript
    payload: dict
    totals: dict[str, int]
    sender: SenderScore


def _persona(record: SessionRecord) -> Persona | None:
    return Persona.model_validate(record.persona) if record.persona else None


def rescore(record: SessionRecord) -> _Rescored:
    """Read every trainee turn again and score the call here; the sender's totals go beside."""
    transcript = record.transcript.model_copy(deep=True)
    trainee, previous, pending = [], "", []
    for index, turn in enumerate(transcript.turns):
        if turn.speaker == "trainee":
            trainee.append(index)
            pending.append((turn.text, previous))
        else:
            previous = turn.text
    moment = record.started_at.astimezone().replace(tzinfo=None, second=0, microsecond=0)
    for index, reading in zip(trainee, read_turns(pending, record.language, moment), strict=True):
        transcript.turns[index].acts = list(reading.acts + reading.extra)
    payload = score_transcript(transcript, _persona(record)).to_json()
    latest: dict[str, int] = {}
    for override in sorted(record.feedback.overrides, key=lambda o: o.created_at):
        latest[override.criterion_id] = override.score
    totals = corrected_totals(payload, latest) or {
        key: payload[key]["score"] for key in ("needs", "time")
    } | {"overall": payload["overall"]}
    sent = (record.needs, record.time, record.overall)
    sender_auto = next((s.scorer_version for s in reversed(record.scores) if s.kind == AUTO), "")
    differs = any(
        v is not None and v != totals[k]
        for k, v in zip(("needs", "time", "overall"), sent, strict=True)
    )
    sender = SenderScore(
        needs=record.needs,
        time=record.time,
        overall=record.overall,
        scorer_version=sender_auto,
        differs=differs,
    )
    return _Rescored(transcript=transcript, payload=payload, totals=totals, sender=sender)


def _insert(conn: sa.Connection, record: SessionRecord, scored: _Rescored) -> int:
    t = TraineeRow.__table__
    trainee_id = conn.execute(sa.select(t.c.id).where(t.c.name == record.trainee)).scalar()
    if trainee_id is None:
        trainee_id = conn.execute(
            t.insert().values(name=record.trainee, created_at=datetime.now(UTC))
        ).inserted_primary_key[0]
    transcript = scored.transcript
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
            needs=scored.totals["needs"],
            time=scored.totals["time"],
            overall=scored.totals["overall"],
            duration_seconds=record.duration_seconds,
            turn_count=len(transcript.turns),
            search_text=_search_text(record),
            sender_score=scored.sender.model_dump(mode="json"),
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
    payload = scored.payload
    conn.execute(
        ScoreRow.__table__.insert().values(
            session_id=session_id,
            kind=AUTO,
            scorer_version=SCORER_VERSION,
            created_at=datetime.now(UTC),
            payload=payload,
            needs=payload["needs"]["score"],
            time=payload["time"]["score"],
            overall=payload["overall"],
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


def _known_uids(conn: sa.Connection, uids: list[str]) -> set[str]:
    col = review.sessions_review.c.uid
    known: set[str] = set()
    for start in range(0, len(uids), 500):
        part = uids[start : start + 500]
        known.update(u for (u,) in conn.execute(sa.select(col).where(col.in_(part))))
    return known


def import_bundle(store: Store, path: str | Path) -> ImportResult:
    """Import every session the installation does not have yet; all or nothing."""
    result = ImportResult()
    root = audio_dir()
    try:
        root.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".import-", dir=root))
    except OSError as exc:
        raise BundleError(
            f"{path}: cannot unpack the audio ({exc.strerror or exc}); nothing was imported"
        ) from None
    try:
        checked = read_bundle(path, staging)
        with store.engine.connect() as conn:
            known = _known_uids(conn, [r.uid for r in checked.records])
        scored = {r.uid: rescore(r) for r in checked.records if r.uid not in known}
        with store.engine.begin() as conn:
            for record in checked.records:
                if record.uid not in scored or _known_uids(conn, [record.uid]):
                    result.skipped.append(record.uid)
                    continue
                result.session_ids[record.uid] = _insert(conn, record, scored[record.uid])
                result.imported.append(record.uid)
                if scored[record.uid].sender.differs:
                    result.differing.append(record.uid)
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


def sender_score(store: Store, session_id: int) -> SenderScore | None:
    """The totals the sending installation showed for an imported call (None if not imported)."""
    col = SessionRow.__table__.c.sender_score
    with store.engine.connect() as conn:
        data = conn.execute(sa.select(col).where(SessionRow.__table__.c.id == session_id)).scalar()
    if not data:
        return None
    try:
        return SenderScore.model_validate(data)
    except ValidationError:
        return None
