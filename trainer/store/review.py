"""Trainer feedback and the review list's queries, on top of the store's tables.

Feedback (comments on turns and on the session, criterion overrides with a reason, the reviewed
mark) lives in the tables of migration 0002. An override sits beside the automatic score: the
score rows are never touched. The list queries push filtering, sorting and paging into SQL so the
review workspace opens at once however many sessions are stored.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from trainer.core.errors import KnownError
from trainer.core.scoring.corrections import corrected_totals
from trainer.store import search
from trainer.store.models import ScoreRow, SessionRow, TraineeRow, UTCDateTime

if TYPE_CHECKING:
    from trainer.store import Store


class FeedbackError(KnownError):
    """Feedback that cannot be stored as given (empty comment, override without a reason...)."""


_meta = sa.MetaData()

comments_table = sa.Table(
    "review_comments",
    _meta,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("uid", sa.String(36), nullable=False),
    sa.Column("session_id", sa.Integer, nullable=False),
    sa.Column("turn_index", sa.Integer, nullable=True),
    sa.Column("author", sa.String(200), nullable=False, default=""),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("created_at", UTCDateTime, nullable=False),
)

overrides_table = sa.Table(
    "score_overrides",
    _meta,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("uid", sa.String(36), nullable=False),
    sa.Column("session_id", sa.Integer, nullable=False),
    sa.Column("criterion_id", sa.String(80), nullable=False),
    sa.Column("section", sa.String(20), nullable=False, default=""),
    sa.Column("auto_score", sa.Integer, nullable=True),
    sa.Column("score", sa.Integer, nullable=False),
    sa.Column("max", sa.Integer, nullable=True),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("author", sa.String(200), nullable=False, default=""),
    sa.Column("created_at", UTCDateTime, nullable=False),
)

# The columns migration 0002 adds to `sessions`, for updates (the store's model predates them).
sessions_review = sa.table(
    "sessions",
    sa.column("id", sa.Integer),
    sa.column("uid", sa.String),
    sa.column("reviewed", sa.Boolean),
    sa.column("reviewed_at", UTCDateTime),
)
_S = SessionRow.__table__
_T = TraineeRow.__table__
_SC = ScoreRow.__table__
UID_COL = sa.literal_column("sessions.uid", sa.String)
REVIEWED_COL = sa.literal_column("sessions.reviewed", sa.Boolean)


def _now() -> datetime:
    return datetime.now(UTC)


# --------------------------------------------------------------------------- feedback


@dataclass(frozen=True)
class Comment:
    uid: str
    session_id: int
    turn_index: int | None
    author: str
    text: str
    created_at: datetime


@dataclass(frozen=True)
class Override:
    """A trainer's score for one criterion, kept beside the automatic one (`auto_score`)."""

    uid: str
    session_id: int
    criterion_id: str
    section: str
    auto_score: int | None
    score: int
    max: int | None
    reason: str
    author: str
    created_at: datetime


@dataclass(frozen=True)
class Feedback:
    """Everything a trainer said about one session; what the trainee's own view shows."""

    session_id: int
    reviewed: bool = False
    reviewed_at: datetime | None = None
    session_comments: list[Comment] = field(default_factory=list)
    turn_comments: dict[int, list[Comment]] = field(default_factory=dict)
    overrides: dict[str, Override] = field(default_factory=dict)  # latest per criterion
    override_history: list[Override] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (self.session_comments or self.turn_comments or self.overrides)

    @property
    def all_comments(self) -> list[Comment]:
        turn = [c for items in self.turn_comments.values() for c in items]
        return sorted(self.session_comments + turn, key=lambda c: (c.created_at, c.uid))


def _comment(row: Any) -> Comment:
    return Comment(
        uid=row.uid,
        session_id=row.session_id,
        turn_index=row.turn_index,
        author=row.author or "",
        text=row.text,
        created_at=row.created_at,
    )


def _override(row: Any) -> Override:
    return Override(
        uid=row.uid,
        session_id=row.session_id,
        criterion_id=row.criterion_id,
        section=row.section or "",
        auto_score=row.auto_score,
        score=row.score,
        max=row.max,
        reason=row.reason,
        author=row.author or "",
        created_at=row.created_at,
    )


def _require_session(conn: sa.Connection, session_id: int) -> None:
    if conn.execute(sa.select(_S.c.id).where(_S.c.id == session_id)).first() is None:
        raise FeedbackError(f"session {session_id} does not exist (it may have been deleted)")


def add_comment(
    store: Store, session_id: int, text: str, turn_index: int | None = None, author: str = ""
) -> Comment:
    """A trainer's note on the whole session (turn_index None) or on one turn."""
    text = (text or "").strip()
    if not text:
        raise FeedbackError("a comment needs some text")
    if turn_index is not None and turn_index < 0:
        raise FeedbackError(f"turn {turn_index} does not exist")
    values = {
        "uid": str(uuid.uuid4()),
        "session_id": session_id,
        "turn_index": turn_index,
        "author": author.strip(),
        "text": text,
        "created_at": _now(),
    }
    with store.begin("comment on calls") as conn:
        _require_session(conn, session_id)
        conn.execute(comments_table.insert().values(**values))
    return Comment(**values)


def find_criterion(payload: dict | None, criterion_id: str) -> tuple[str, dict] | None:
    """(section, criterion) of the automatic score, or None when the score has no such criterion."""
    for section in ("needs", "time"):
        for crit in ((payload or {}).get(section) or {}).get("criteria") or []:
            if crit.get("id") == criterion_id:
                return section, crit
    return None


def criteria(payload: dict | None) -> list[tuple[str, dict]]:
    """Every (section, criterion) of a score payload, Needs first."""
    return [
        (section, crit)
        for section in ("needs", "time")
        for crit in ((payload or {}).get(section) or {}).get("criteria") or []
    ]


def set_override(
    store: Store,
    session_id: int,
    criterion_id: str,
    score: int,
    reason: str,
    author: str = "",
) -> Override:
    """Record the trainer's score for a criterion; the automatic score row stays as it was."""
    reason = (reason or "").strip()
    if not reason:
        raise FeedbackError("an override needs a reason: say why the automatic score is wrong")
    found = find_criterion(store.get_score(session_id, "auto"), criterion_id)
    if found is None:
        raise FeedbackError(f"the automatic score of session {session_id} has no {criterion_id!r}")
    section, crit = found
    top = crit.get("max")
    if score < 0 or (top is not None and score > top):
        raise FeedbackError(f"{criterion_id}: score must be between 0 and {top}")
    values = {
        "uid": str(uuid.uuid4()),
        "session_id": session_id,
        "criterion_id": criterion_id,
        "section": section,
        "auto_score": crit.get("score"),
        "score": int(score),
        "max": top,
        "reason": reason,
        "author": author.strip(),
        "created_at": _now(),
    }
    with store.begin("override scores") as conn:
        _require_session(conn, session_id)
        conn.execute(overrides_table.insert().values(**values))
    apply_corrections(store, session_id)
    return Override(**values)


def apply_corrections(store: Store, session_id: int) -> dict[str, int] | None:
    """Put the totals with the trainer's corrections on the session row (what the list, its
    filters and the progress charts read); the automatic score row stays as it was."""
    payload = store.get_score(session_id, "auto")
    latest = feedback_for(store, session_id).overrides
    totals = corrected_totals(payload, {cid: o.score for cid, o in latest.items()})
    if totals is None:
        return None
    with store.begin("override scores") as conn:
        conn.execute(
            _S.update()
            .where(_S.c.id == session_id)
            .values(needs=totals["needs"], time=totals["time"], overall=totals["overall"])
        )
    return totals


def set_reviewed(store: Store, session_id: int, reviewed: bool = True) -> None:
    with store.begin("mark calls reviewed") as conn:
        _require_session(conn, session_id)
        conn.execute(
            sessions_review.update()
            .where(sessions_review.c.id == session_id)
            .values(reviewed=reviewed, reviewed_at=_now() if reviewed else None)
        )


def feedback_for(store: Store, session_id: int) -> Feedback:
    """The trainer's feedback on one session, for the trainer's and the trainee's views alike."""
    with store.connect() as conn:
        head = conn.execute(
            sa.select(sessions_review.c.reviewed, sessions_review.c.reviewed_at).where(
                sessions_review.c.id == session_id
            )
        ).first()
        rows = conn.execute(
            sa.select(comments_table)
            .where(comments_table.c.session_id == session_id)
            .order_by(comments_table.c.created_at, comments_table.c.id)
        ).all()
        orows = conn.execute(
            sa.select(overrides_table)
            .where(overrides_table.c.session_id == session_id)
            .order_by(overrides_table.c.created_at, overrides_table.c.id)
        ).all()
    session_comments: list[Comment] = []
    turn_comments: dict[int, list[Comment]] = {}
    for row in rows:
        item = _comment(row)
        if item.turn_index is None:
            session_comments.append(item)
        else:
            turn_comments.setdefault(item.turn_index, []).append(item)
    history = [_override(r) for r in orows]
    return Feedback(
        session_id=session_id,
        reviewed=bool(head.reviewed) if head else False,
        reviewed_at=head.reviewed_at if head else None,
        session_comments=session_comments,
        turn_comments=turn_comments,
        overrides={o.criterion_id: o for o in history},
        override_history=history,
    )


def ensure_uid(store: Store, session_id: int, conn: sa.Connection | None = None) -> str:
    """The session's stable id across installations; given one on first need."""

    def _do(c: sa.Connection) -> str:
        uid = c.execute(
            sa.select(sessions_review.c.uid).where(sessions_review.c.id == session_id)
        ).scalar()
        if uid:
            return uid
        uid = str(uuid.uuid4())
        c.execute(
            sessions_review.update().where(sessions_review.c.id == session_id).values(uid=uid)
        )
        return uid

    if conn is not None:
        return _do(conn)
    with store.begin() as c:
        return _do(c)


# --------------------------------------------------------------------------- the review list


@dataclass(frozen=True)
class SessionFilter:
    """What the trainer narrowed the list to; every field is optional. Dates are local days."""

    trainee: str | None = None
    persona_id: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    outcome: str | None = None  # "meeting", "callback", "hung_up", "ended" or "none" (unfinished)
    score_min: int | None = None  # on the overall score
    score_max: int | None = None
    words: str = ""
    reviewed: bool | None = None
    has_feedback: bool | None = None  # a trainer's comment or score override on the session
    ids: tuple[int, ...] | None = None

    @property
    def is_empty(self) -> bool:
        return self == SessionFilter()


@dataclass(frozen=True)
class ReviewRow:
    """One line of the review list."""

    id: int
    uid: str | None
    trainee: str
    persona_id: str
    persona_name: str
    language: str
    started_at: datetime
    duration_seconds: float | None
    outcome: str | None
    needs: int | None
    time: int | None
    overall: int | None
    turn_count: int
    reviewed: bool
    agreed_time: dict | None = None


SORT_KEYS: dict[str, Any] = {
    "id": _S.c.id,
    "trainee": _T.c.name,
    "persona": _S.c.persona_name,
    "started_at": _S.c.started_at,
    "duration": _S.c.duration_seconds,
    "outcome": _S.c.outcome,
    "needs": _S.c.needs,
    "time": _S.c.time,
    "overall": _S.c.overall,
    "turns": _S.c.turn_count,
    "reviewed": REVIEWED_COL,
}


def _local_midnight_utc(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)


def _where(flt: SessionFilter, fts: bool = False) -> list[Any]:
    """The filter as clauses on `sessions` alone, each answered by a list index (migration
    0007); `fts` when the words are looked up in the SQLite words table."""
    clauses: list[Any] = []
    if flt.trainee:
        clauses.append(_S.c.trainee_id.in_(sa.select(_T.c.id).where(_T.c.name == flt.trainee)))
    if flt.persona_id:
        clauses.append(_S.c.persona_id == flt.persona_id)
    if flt.date_from:
        clauses.append(_S.c.started_at >= _local_midnight_utc(flt.date_from))
    if flt.date_to:
        clauses.append(_S.c.started_at < _local_midnight_utc(flt.date_to + timedelta(days=1)))
    if flt.outcome == "none":
        clauses.append(_S.c.outcome.is_(None))
    elif flt.outcome:
        clauses.append(_S.c.outcome == flt.outcome)
    if flt.score_min is not None:
        clauses.append(_S.c.overall >= flt.score_min)
    if flt.score_max is not None:
        clauses.append(_S.c.overall <= flt.score_max)
    clauses += search.word_clauses(flt.words, _S.c.id, _S.c.search_text, fts)
    if flt.reviewed is not None:
        clauses.append(flt.reviewed == REVIEWED_COL)
    if flt.has_feedback is not None:
        clauses.append(
            _S.c.id.in_(_WITH_FEEDBACK) if flt.has_feedback else _S.c.id.not_in(_WITH_FEEDBACK)
        )
    if flt.ids is not None:
        clauses.append(_S.c.id.in_(flt.ids))
    return clauses


# Sessions with a trainer's comment or score override: few, so a list of ids beats a lookup
# per session.
_WITH_FEEDBACK = sa.union(
    sa.select(comments_table.c.session_id), sa.select(overrides_table.c.session_id)
)


def _base_select(*columns: Any) -> sa.Select:
    return sa.select(*columns).select_from(_S.join(_T, _T.c.id == _S.c.trainee_id))


def count_rows(store: Store, flt: SessionFilter = SessionFilter()) -> int:
    """How many sessions match: counted in a list index, without reading a session's row."""
    if store.words_indexed and flt.words.strip() and replace(flt, words="").is_empty:
        query = search.fts_count(flt.words)
    else:
        query = sa.select(sa.func.count()).select_from(_S).where(*_where(flt, store.words_indexed))
    with store.connect() as conn:
        return int(conn.execute(query).scalar() or 0)


def _ordering(sort: str, descending: bool) -> list[Any]:
    """ORDER BY for a list sort: the column, then the date, then the id (so pages never
    overlap), all one way; each list index holds them in that order."""
    key = SORT_KEYS.get(sort, _S.c.started_at)
    if key is _S.c.id:
        keys = [key]
    elif key is _S.c.started_at:
        keys = [key, _S.c.id]
    else:
        keys = [key, _S.c.started_at, _S.c.id]
    return [k.desc() for k in keys] if descending else [k.asc() for k in keys]


def query_rows(
    store: Store,
    flt: SessionFilter = SessionFilter(),
    sort: str = "started_at",
    descending: bool = True,
    limit: int | None = 200,
    offset: int = 0,
) -> list[ReviewRow]:
    """One page of the list, filtered and sorted by the database.

    The page's ids are found first, in a list index alone (however deep the page), and only
    those rows are read: on SQLite a session's row is pages long, so skipping 99,800 of them
    for the last page would otherwise read them all.
    """
    ordering = _ordering(sort, descending)
    where = _where(flt, store.words_indexed)
    query = _base_select(
        _S.c.id,
        UID_COL.label("uid"),
        _T.c.name.label("trainee"),
        _S.c.persona_id,
        _S.c.persona_name,
        _S.c.language,
        _S.c.started_at,
        _S.c.duration_seconds,
        _S.c.outcome,
        _S.c.needs,
        _S.c.time,
        _S.c.overall,
        _S.c.turn_count,
        REVIEWED_COL.label("reviewed"),
        _S.c.agreed_time,
    )
    if limit is None and not offset:
        query = query.where(*where).order_by(*ordering)
    else:
        source = _S.join(_T, _T.c.id == _S.c.trainee_id) if sort == "trainee" else _S
        page = sa.select(_S.c.id).select_from(source).where(*where).order_by(*ordering)
        page = page.offset(offset).limit(limit)
        query = query.where(_S.c.id.in_(page)).order_by(*ordering)
    with store.connect() as conn:
        rows = conn.execute(query).all()
    return [
        ReviewRow(
            id=r.id,
            uid=r.uid,
            trainee=r.trainee,
            persona_id=r.persona_id,
            persona_name=r.persona_name or r.persona_id,
            language=r.language,
            started_at=r.started_at,
            duration_seconds=r.duration_seconds,
            outcome=r.outcome,
            needs=r.needs,
            time=r.time,
            overall=r.overall,
            turn_count=r.turn_count or 0,
            reviewed=bool(r.reviewed),
            agreed_time=r.agreed_time,
        )
        for r in rows
    ]


def distinct_personas(store: Store) -> list[tuple[str, str]]:
    """(persona id, display name) of every persona that has sessions, for the filter bar.

    One index step per persona (the next id after the last one) instead of a pass over every
    session; the name is the one the newest call used.
    """
    later = _S.alias("later")
    found = sa.select(sa.func.min(_S.c.persona_id).label("persona_id")).cte(
        "personas", recursive=True
    )
    following = sa.select(sa.func.min(later.c.persona_id)).where(
        later.c.persona_id > found.c.persona_id
    )
    found = found.union_all(
        sa.select(following.scalar_subquery()).where(found.c.persona_id.is_not(None))
    )
    name = (
        sa.select(_S.c.persona_name)
        .where(_S.c.persona_id == found.c.persona_id)
        .order_by(_S.c.started_at.desc(), _S.c.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    query = (
        sa.select(found.c.persona_id, name)
        .where(found.c.persona_id.is_not(None))
        .order_by(found.c.persona_id)
    )
    with store.connect() as conn:
        return [(pid, name or pid) for pid, name in conn.execute(query).all()]


def session_ids(store: Store, flt: SessionFilter = SessionFilter()) -> list[int]:
    """Ids of every session that matches, oldest first (for export)."""
    where = _where(flt, store.words_indexed)
    query = _base_select(_S.c.id).where(*where).order_by(_S.c.started_at, _S.c.id)
    with store.connect() as conn:
        return [r[0] for r in conn.execute(query).all()]


@dataclass(frozen=True)
class TraineeFeedback:
    """How many of a trainee's calls their trainer has commented on or re-scored."""

    calls: int
    with_feedback: int
    newest_id: int | None  # the latest call with feedback, to open first


def trainee_feedback(store: Store, trainee: str) -> TraineeFeedback:
    """What the Practice tab tells a trainee about their trainer's feedback."""
    flt = SessionFilter(trainee=trainee, has_feedback=True)
    newest = query_rows(store, flt, limit=1)
    return TraineeFeedback(
        calls=count_rows(store, SessionFilter(trainee=trainee)),
        with_feedback=count_rows(store, flt),
        newest_id=newest[0].id if newest else None,
    )


# --------------------------------------------------------------------------- progress


@dataclass(frozen=True)
class ProgressPoint:
    session_id: int
    started_at: datetime
    needs: int | None
    time: int | None
    overall: int | None


def trainee_progress(store: Store, trainee: str) -> list[ProgressPoint]:
    """A trainee's scored sessions, oldest first: what the progress chart draws."""
    query = (
        _base_select(_S.c.id, _S.c.started_at, _S.c.needs, _S.c.time, _S.c.overall)
        .where(_T.c.name == trainee, _S.c.overall.is_not(None))
        .order_by(_S.c.started_at, _S.c.id)
    )
    with store.connect() as conn:
        return [ProgressPoint(*row) for row in conn.execute(query).all()]


@dataclass(frozen=True)
class MissedCriterion:
    criterion_id: str
    name: str
    section: str
    missed: int  # sessions in which it earned nothing
    sessions: int  # sessions looked at
    partly: int = 0  # sessions in which it earned some of its points, not all


def latest_auto_payloads(store: Store, ids: list[int]) -> dict[int, dict]:
    """The newest automatic score of each session, in one query."""
    if not ids:
        return {}
    query = (
        sa.select(_SC.c.session_id, _SC.c.payload)
        .where(_SC.c.session_id.in_(ids), _SC.c.kind == "auto")
        .order_by(_SC.c.session_id, _SC.c.created_at, _SC.c.id)
    )
    with store.connect() as conn:
        return {sid: payload for sid, payload in conn.execute(query).all()}


def auto_totals(store: Store, ids: list[int]) -> dict[int, tuple[int | None, ...]]:
    """The automatic (needs, time, overall) of each session's newest automatic score."""
    if not ids:
        return {}
    query = (
        sa.select(_SC.c.session_id, _SC.c.needs, _SC.c.time, _SC.c.overall)
        .where(_SC.c.session_id.in_(ids), _SC.c.kind == "auto")
        .order_by(_SC.c.session_id, _SC.c.created_at, _SC.c.id)
    )
    with store.connect() as conn:
        return {sid: (n, t, o) for sid, n, t, o in conn.execute(query).all()}


def most_missed(store: Store, trainee: str, last_n: int = 10) -> list[MissedCriterion]:
    """Criteria the trainee missed most often over their last N scored sessions.

    Missed means no points at all; some of the points is counted apart as partly earned (a
    call that asked one open question did not miss open questions). A criterion the call gave
    no occasion for is neither. A trainer's override counts instead of the automatic score,
    since it is the fairer one.
    """
    query = (
        _base_select(_S.c.id)
        .where(_T.c.name == trainee, _S.c.overall.is_not(None))
        .order_by(_S.c.started_at.desc(), _S.c.id.desc())
        .limit(max(1, last_n))
    )
    with store.connect() as conn:
        ids = [r[0] for r in conn.execute(query).all()]
        orows = conn.execute(
            sa.select(overrides_table)
            .where(overrides_table.c.session_id.in_(ids))
            .order_by(overrides_table.c.created_at, overrides_table.c.id)
        ).all()
    overridden = {(r.session_id, r.criterion_id): r.score for r in orows}
    payloads = latest_auto_payloads(store, ids)
    missed: Counter[str] = Counter()
    partly: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    names: dict[str, tuple[str, str]] = {}
    for sid, payload in payloads.items():
        for section, crit in criteria(payload):
            cid = crit.get("id")
            if not cid:
                continue
            names.setdefault(cid, (crit.get("name") or cid, section))
            seen[cid] += 1
            score = overridden.get((sid, cid), crit.get("score"))
            top = crit.get("max")
            if score is None or top is None or crit.get("applicable") is False:
                continue
            if score <= 0 < top:
                missed[cid] += 1
            elif score < top:
                partly[cid] += 1
    result = [
        MissedCriterion(
            cid, names[cid][0], names[cid][1], missed[cid], seen[cid], partly=partly[cid]
        )
        for cid in set(missed) | set(partly)
    ]
    return sorted(result, key=lambda m: (-m.missed, -m.partly, m.name))
