"""Generated practice sessions, for trying the review workspace and for its benchmark.

Thousands of sessions are written with bulk inserts in one transaction (seconds, not minutes).
Each session gets a real transcript in its persona's language and a score: the real scorer's when
it is installed (each distinct transcript is scored once), otherwise a payload of the same shape.
"""

from __future__ import annotations

import json
import random
import uuid
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import sqlalchemy as sa

from trainer.core.persona import load_catalog
from trainer.core.transcript import Transcript, Turn
from trainer.paths import persona_folders
from trainer.store.models import SessionRow, TraineeRow

if TYPE_CHECKING:
    from trainer.store import Store

TRAINEES = [
    "Anna Lindqvist",
    "Björn Ek",
    "Camilla Holm",
    "David Berg",
    "Emma Sørensen",
    "Frida Nyström",
    "Gustav Wik",
    "Hanne Nielsen",
    "Ida Mortensen",
    "Jonas Karlsson",
    "Karin Dahl",
    "Lars Jensen",
    "Maja Persson",
    "Nils Andersen",
    "Olivia Brown",
    "Peter Madsen",
    "Rasmus Kjær",
    "Sara Ali",
    "Tobias Lund",
    "Ulla Hansen",
]

# (trainee lines, prospect lines) per language and call style; interleaved trainee first.
SCRIPTS: dict[str, dict[str, tuple[list[str], list[str]]]] = {
    "sv": {
        "halfway": (
            [
                "Hej, det är Eva från Nordlogistik. Passar det dåligt nu?",
                "Vi har ett system för transportplanering som många åkerier gillar. Använder ni något system i dag?",
                "Okej. Kan jag ringa dig någon gång nästa vecka i stället?",
            ],
            [
                "Det passar alltid dåligt. Vad gäller det?",
                "Ja, vi har Excel.",
                "Visst, men när?",
            ],
        ),
        "needs_first": (
            [
                "Hej Lars, Eva från Nordlogistik. Jag ringer om era leveranstider, har du två minuter eller passar det bättre i eftermiddag?",
                "Hur planerar ni transporterna idag när det blir förseningar?",
                "Vad händer med kunderna när en leverans blir sen?",
                "Ska jag ringa dig på torsdag klockan tio så tar vi det vidare?",
            ],
            [
                "Jag är på väg in i ett möte, så gör det kort.",
                "Det gör vi mest manuellt, ärligt talat. Det tar tid.",
                "De blir irriterade. Vi tappade en stor kund i våras.",
                "Torsdag tio fungerar. Ring då.",
            ],
        ),
        "pitch_first": (
            [
                "Hej, jag ringer från Nordlogistik. Har du hört talas om oss?",
                "Vi är marknadsledande inom kreativa, innovativa och skalbara logistiklösningar med fokus på B2B och helhetsperspektiv i hela värdekedjan.",
                "Vår vd kommer till Stockholm nästa vecka och vill gärna träffa dig. När passar det?",
            ],
            [
                "Nej.",
                "Vänta, vänta. Vad är det du vill egentligen?",
                "Inte intresserad. Hej då.",
            ],
        ),
    },
    "da": {
        "halfway": (
            [
                "Hej, det er Jonas fra Dækpartner. Er det et dårligt tidspunkt?",
                "Vi har en dækaftale, som mange vognmænd er glade for. Har I en fast leverandør i dag?",
                "Okay. Må jeg ringe igen en anden gang?",
            ],
            [
                "Det er altid et dårligt tidspunkt. Hvad drejer det sig om?",
                "Ja, det har vi.",
                "Fint, men hvornår?",
            ],
        ),
        "needs_first": (
            [
                "Hej Mette, det er Jonas fra Dækpartner. Jeg ringer kort om jeres vognpark, passer det nu?",
                "Hvordan håndterer I dækskift i dag, når en bil står stille?",
                "Hvad betyder det for jer, når en bil holder en hel dag?",
                "Må jeg ringe igen på tirsdag klokken ni, når I har budgettet klar?",
            ],
            [
                "Nej, ikke lige nu.",
                "Det er lidt tilfældigt, ærligt talt.",
                "Det koster os en kunde i ny og næ.",
                "Tirsdag klokken ni er fint.",
            ],
        ),
        "pitch_first": (
            [
                "Hej, jeg ringer fra Dækpartner. Har du hørt om os?",
                "Vi er markedsledende inden for innovative og fleksible dækløsninger med fokus på B2B og synergi i hele værdikæden.",
                "Vores direktør er i byen næste uge. Hvornår passer det dig at mødes?",
            ],
            [
                "Nej.",
                "Hvad er det egentlig, du vil?",
                "Nej tak. Farvel.",
            ],
        ),
    },
    "en": {
        "halfway": (
            [
                "Hi, it's Eva from Northern Logistics. Is this a bad time?",
                "We have a transport planning system a lot of hauliers like. Do you use a system today?",
                "Okay. Could I call you again some time next week instead?",
            ],
            [
                "It's always a bad time. What's it about?",
                "Yes, we use Excel.",
                "Sure, but when?",
            ],
        ),
        "needs_first": (
            [
                "Hi Lars, Eva from Northern Logistics. I'm calling about your delivery times, do you have two minutes or is this afternoon better?",
                "How do you plan transport today when things get delayed?",
                "What happens with your customers when a delivery is late?",
                "Shall I call you on Thursday at ten so we can take it from there?",
            ],
            [
                "I'm on my way into a meeting, so make it quick.",
                "Mostly by hand, to be honest. It takes time.",
                "They get annoyed. We lost a big customer in the spring.",
                "Thursday at ten works. Call me then.",
            ],
        ),
        "pitch_first": (
            [
                "Hi, I'm calling from Northern Logistics. Have you heard of us?",
                "We are market leaders in creative, innovative and scalable logistics solutions with a B2B focus and a holistic view of the whole value chain.",
                "Our CEO is in town next week and would love to meet you. When suits you?",
            ],
            [
                "No.",
                "Hold on. What is it you actually want?",
                "Not interested. Goodbye.",
            ],
        ),
    },
}
OUTCOMES = {
    "needs_first": ["callback", "meeting", "callback"],
    "halfway": ["ended", "callback"],
    "pitch_first": ["hung_up", "ended"],
}


def _transcript(language: str, style: str, persona_id: str, rng: random.Random) -> Transcript:
    trainee_lines, prospect_lines = SCRIPTS[language][style]
    turns: list[Turn] = []
    clock = 0.0
    for mine, theirs in zip(trainee_lines, prospect_lines, strict=False):
        for speaker, text in (("trainee", mine), ("prospect", theirs)):
            length = max(1.0, len(text.split()) * rng.uniform(0.3, 0.5))
            turns.append(Turn(speaker=speaker, text=text, start=clock, end=clock + length))
            clock += length + rng.uniform(0.2, 1.2)
    return Transcript(persona=persona_id, language=language, turns=turns)


def _fallback_payload(transcript: Transcript, style: str, rng: random.Random) -> dict:
    """A score in the scorer's shape, for installations without the scorer."""
    good = style == "needs_first"
    trainee_turns = [i for i, t in enumerate(transcript.turns) if t.speaker == "trainee"]

    def crit(cid: str, name: str, top: int, earned: bool, turn: int) -> dict:
        score = top if earned else rng.randint(0, top // 2)
        return {
            "id": cid,
            "name": name,
            "score": score,
            "max": top,
            "evidence": [turn],
            "quotes": [transcript.turns[turn].text[:60]],
            "note": "",
            "tip": "",
        }

    needs = [
        crit(
            "open_questions",
            "Open questions",
            25,
            good,
            trainee_turns[min(1, len(trainee_turns) - 1)],
        ),
        crit(
            "follow_up", "Follow-up questions", 20, good and rng.random() > 0.3, trainee_turns[-1]
        ),
        crit("no_pitch_first", "No pitch before discovery", 25, good, trainee_turns[0]),
        crit("next_step", "Concrete next step", 30, good and rng.random() > 0.2, trainee_turns[-1]),
    ]
    time_ = [
        crit("reason_early", "Reason for the call early", 30, good, trainee_turns[0]),
        crit("no_heard_of_us", "No 'have you heard of us?'", 25, good, trainee_turns[0]),
        crit(
            "no_monologue",
            "No monologue",
            25,
            good or rng.random() > 0.7,
            trainee_turns[min(1, len(trainee_turns) - 1)],
        ),
        crit("no_early_meeting_push", "No early meeting push", 20, good, trainee_turns[-1]),
    ]
    n = round(100 * sum(c["score"] for c in needs) / sum(c["max"] for c in needs))
    t = round(100 * sum(c["score"] for c in time_) / sum(c["max"] for c in time_))
    return {
        "needs": {"score": n, "criteria": needs},
        "time": {"score": t, "criteria": time_},
        "overall": round((n + t) / 2),
        "metrics": {"questions": 3 if good else 2, "talk_ratio": 0.45 if good else 0.7},
        "tips": [],
        "scorer_version": "sample",
        "language": transcript.language,
    }


def _score(transcript: Transcript, style: str, persona, rng: random.Random) -> tuple[str, dict]:
    try:
        from trainer.core.scoring import score_transcript
    except ImportError:
        return "sample", _fallback_payload(transcript, style, rng)
    payload = score_transcript(transcript, persona).to_json()
    return str(payload.get("scorer_version") or "auto"), payload


def trainee_names(count: int) -> list[str]:
    """`count` distinct trainee names: TRAINEES first, then their first and last names mixed."""
    names = list(TRAINEES[:count])
    seen = set(names)
    firsts = [n.split()[0] for n in TRAINEES]
    lasts = [n.split()[-1] for n in TRAINEES]
    number = 1
    while len(names) < count:
        for first in firsts:
            for last in lasts:
                name = f"{first} {last}" + (f" {number}" if number > 1 else "")
                if name not in seen and len(names) < count:
                    seen.add(name)
                    names.append(name)
        number += 1
    return names


# The columns fill writes, untyped: values go to the driver as they are (JSON already encoded,
# times as text), which either database converts to the column's type.
_SESSIONS = sa.table(
    "sessions",
    *(
        sa.column(name)
        for name in (
            "id", "trainee_id", "persona_id", "persona_name", "persona_json", "language",
            "engine", "model", "started_at", "ended_at", "outcome", "exam_mode", "needs",
            "time", "overall", "duration_seconds", "turn_count", "search_text", "uid",
            "reviewed", "reviewed_at",
        )
    ),
)  # fmt: skip
_TURNS = sa.table(
    "turns",
    *(sa.column(n) for n in ("session_id", "index", "speaker", "text", "start", "end", "cut_off")),
)
_SCORES = sa.table(
    "scores",
    *(
        sa.column(n)
        for n in (
            "session_id", "kind", "scorer_version", "created_at", "payload", "needs", "time",
            "overall",
        )
    ),
)  # fmt: skip
# Sessions per batch: bounds memory at 100,000 calls without slowing the insert down.
_BATCH = 2_000


def fill(
    store: Store,
    count: int,
    seed: int = 7,
    days: int = 365,
    trainees: int = len(TRAINEES),
    reviewed_share: float = 0.0,
) -> int:
    """Add `count` generated sessions (with turns and scores) in one transaction.

    Bulk inserts through SQLAlchemy Core with JSON encoded once per variant, so it works on
    SQLite and PostgreSQL alike and writes 100,000 calls in a minute or two. `trainees` names
    are spread over the calls; `reviewed_share` of them carry the trainer's reviewed mark.
    """
    rng = random.Random(seed)
    personas = list(load_catalog(persona_folders()).personas.values())
    variants: list[tuple] = []
    for persona in personas:
        for style in ("needs_first", "halfway", "pitch_first"):
            for variant in range(3):
                tr = _transcript(persona.language, style, persona.id, random.Random(variant))
                version, payload = _score(tr, style, persona, random.Random(variant))
                variants.append((persona, style, tr, version, payload))
    now = datetime.now(UTC).replace(microsecond=0)
    t_t = TraineeRow.__table__
    # JSON encoded once per variant: ten times faster than binding 100,000 rows through the ORM
    # types, and the stored text is what those types would write.
    encoded = [
        (json.dumps(p.model_dump(mode="json")), json.dumps(payload)) for p, *_, payload in variants
    ]
    searchable = [
        " ".join(" ".join(t.text.casefold().split()) for t in tr.turns) for _, _, tr, *_ in variants
    ]
    names = trainee_names(trainees)
    with store.engine.begin() as conn:
        trainee_ids = {}
        for name in names:
            found = conn.execute(sa.select(t_t.c.id).where(t_t.c.name == name)).scalar()
            if found is None:
                found = conn.execute(
                    t_t.insert().values(name=name, created_at=now)
                ).inserted_primary_key[0]
            trainee_ids[name] = found
        first_id = (conn.execute(sa.select(sa.func.max(SessionRow.id))).scalar() or 0) + 1
        sessions: list[dict] = []
        turns: list[dict] = []
        scores: list[dict] = []
        for n in range(count):
            sid = first_id + n
            k = rng.randrange(len(variants))
            persona, style, tr, version, payload = variants[k]
            persona_json, payload_json = encoded[k]
            started = now - timedelta(days=rng.uniform(0, days))
            duration = tr.turns[-1].end or 0.0
            ended = started + timedelta(seconds=duration)
            reviewed = rng.random() < reviewed_share
            sessions.append(
                {
                    "id": sid,
                    "trainee_id": trainee_ids[rng.choice(names)],
                    "persona_id": persona.id,
                    "persona_name": persona.display_name,
                    "persona_json": persona_json,
                    "language": persona.language,
                    "engine": "scripted",
                    "model": None,
                    "started_at": _stamp(started),
                    "ended_at": _stamp(ended),
                    "outcome": rng.choice(OUTCOMES[style]),
                    "exam_mode": False,
                    "needs": payload["needs"]["score"],
                    "time": payload["time"]["score"],
                    "overall": payload["overall"],
                    "duration_seconds": round(duration, 1),
                    "turn_count": len(tr.turns),
                    "search_text": searchable[k],
                    "uid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    "reviewed": reviewed,
                    "reviewed_at": _stamp(ended + timedelta(days=1)) if reviewed else None,
                }
            )
            for i, turn in enumerate(tr.turns):
                turns.append(
                    {
                        "session_id": sid,
                        "index": i,
                        "speaker": turn.speaker,
                        "text": turn.text,
                        "start": turn.start,
                        "end": turn.end,
                        "cut_off": False,
                    }
                )
            scores.append(
                {
                    "session_id": sid,
                    "kind": "auto",
                    "scorer_version": version,
                    "created_at": _stamp(ended + timedelta(seconds=1)),
                    "payload": payload_json,
                    "needs": payload["needs"]["score"],
                    "time": payload["time"]["score"],
                    "overall": payload["overall"],
                }
            )
            if len(sessions) >= _BATCH or n == count - 1:
                conn.execute(_SESSIONS.insert(), sessions)
                conn.execute(_TURNS.insert(), turns)
                conn.execute(_SCORES.insert(), scores)
                sessions, turns, scores = [], [], []
        if count and conn.dialect.name == "postgresql":
            # Ids were given explicitly: the next call the app stores must come after them.
            conn.execute(
                sa.text(
                    "SELECT setval(pg_get_serial_sequence('sessions', 'id'), "
                    "(SELECT max(id) FROM sessions))"
                )
            )
    return count


def _stamp(value: datetime) -> str:
    """Naive UTC as text: SQLAlchemy's SQLite DateTime form, which PostgreSQL reads too."""
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
