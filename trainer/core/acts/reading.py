"""Read one trainee turn into dialogue acts: the single reading behind the prospect, the meter and the score."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any

from trainer.core.acts.features import Grams, as_recognised, features, turn_parts
from trainer.core.acts.model import shipped_model
from trainer.core.acts.question_form import Question, find_questions
from trainer.core.acts.times import AgreedTime, read_time
from trainer.core.acts.vocabulary import ACTS, CONTEXT_ACTS, EXTRA_LABELS
from trainer.core.language import language_code, normalise, pack, word_list
from trainer.core.prefilter import Prefiltered

# Time cues as features do not depend on the call's date; any fixed moment will do.
_FEATURE_NOW = datetime(2026, 1, 5, 12, 0)
# A turn longer than twice this is read by its beginning and its end, so one pasted page
# costs no more to read than a long monologue (the model sees at most 160 words anyway).
READ_CHARS = 3000
CALL_BACK = frozenset({"callback_proposal", "callback_promise"})


def readable(text: str) -> str:
    """The part of a turn the reader looks at: all of it, or its beginning and end."""
    if len(text) <= 2 * READ_CHARS:
        return text
    return f"{text[:READ_CHARS]} … {text[-READ_CHARS:]}"


@dataclass(frozen=True)
class Reading:
    """The acts of one turn (in vocabulary order), the extra labels, confidences and the time named."""

    acts: tuple[str, ...]
    extra: tuple[str, ...] = ()
    confidence: dict[str, float] = field(default_factory=dict, compare=False)
    time: AgreedTime | None = None
    questions: tuple[Question, ...] | None = field(default=None, compare=False)
    norm: str | None = field(default=None, compare=False, repr=False)  # the normalised text

    def has(self, act: str) -> bool:
        return act in self.acts or act in self.extra

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"acts": list(self.acts)}
        if self.extra:
            out["also"] = list(self.extra)
        if self.time is not None:
            out["time"] = self.time.to_json()
        if self.confidence:
            out["confidence"] = {k: round(v, 3) for k, v in self.confidence.items()}
        return out


def time_features(time: AgreedTime | None) -> list[str]:
    if time is None:
        return []
    if time.soon:  # "om en halv time" is a while, not a named time (see the guidelines)
        return ["tm:soon"]
    out = [f"tm:{time.precision}"]
    if time.deadline:
        out.append("tm:deadline")
    return out


def question_features(questions: list[Question]) -> list[str]:
    """What the form of the turn's questions says: open or closed, addressed to the prospect,
    about a business topic (the word lists' verdict, as evidence for the model to weigh)."""
    out = [f"qf:{q.kind}" for q in questions]
    out += [f"qf:{q.kind}+needs_form" for q in questions if q.about_needs]
    if len(questions) >= 2:
        out.append("qf:several")
    return out


def turn_features(
    text: str, lang: str, previous: str = "", objection: float | None = None
) -> list[str]:
    """Everything the model looks at: words, context, question form and the time named.

    Read from the turn as a recogniser writes it (no capitals, no punctuation), so a typed
    line and the same line spoken get the same acts. `objection` is the objection reader's
    probability for `previous` (`objections` gives it).
    """
    code = language_code(lang)
    text, previous = readable(text), readable(previous)
    plain = as_recognised(text)
    questions = find_questions(plain, pack(code))
    return (
        features(plain, code, previous, objection)
        + time_features(read_time(text, code, _FEATURE_NOW))
        + question_features(questions)
    )


def objections(previous_lines: list[str], lang: str) -> dict[str, float]:
    """The objection reader's probability for each distinct, non-empty prospect line."""
    distinct = list(dict.fromkeys(p for p in map(readable, previous_lines) if p.strip()))
    code = language_code(lang)
    return dict(zip(distinct, shipped_model().objection_probabilities(distinct, code), strict=True))


def served_features(
    text: str, code: str, previous: str, time: AgreedTime | None, objection: float | None = None
) -> tuple[list[str], list[str], list[Grams], str, list[Question]]:
    """What reading feeds the model (words apart, for the per-word cache, and word n-grams
    apart, looked up by word), the plain text and its questions by form; the same features as
    `turn_features` gives training."""
    plain = as_recognised(text)
    words, rest, grams = turn_parts(plain, code, previous, objection)
    spoken_form = find_questions(plain, pack(code))
    rest += time_features(time) + question_features(spoken_form)
    return words, rest, grams, plain, spoken_form


@cache
def greetings_and_fillers(lang: str) -> frozenset[str]:
    """Words that may stand around a name or a line check without saying anything."""
    code = language_code(lang)
    greeting = {w for g in word_list("greetings", code) for w in g.split()}
    return frozenset(greeting | set(word_list("fillers", code)))


@cache
def _line_checks(code: str) -> tuple[tuple[str, ...], Prefiltered]:
    """The line-check phrases, longest first, and one pattern that finds any of them."""
    phrases = tuple(sorted(word_list("line_check", code), key=len, reverse=True))
    any_phrase = re.compile(r"(?<!\S)(?:" + "|".join(map(re.escape, phrases)) + r")(?!\S)")
    return phrases, Prefiltered(any_phrase)


def checks_the_line(norm: str, lang: str) -> bool:
    """ "Hallå?", "can you hear me?", "er du der?": the turn only checks that the line works,
    with at most greetings and fillers around it; it carries no act (whatever "is that a
    phone number?" or "nobody's here" make such words look like)."""
    phrases, any_phrase = _line_checks(language_code(lang))
    if not any_phrase.search(norm):
        return False
    rest = f" {norm} "
    for phrase in phrases:
        rest = rest.replace(f" {phrase} ", " " * (len(phrase) + 2))
    if rest.strip() == norm.strip():
        return False
    return all(w in greetings_and_fillers(lang) for w in rest.split())


def decide(
    probabilities: dict[str, float], thresholds: dict[str, float], previous: str
) -> set[str]:
    """Labels over their threshold; context acts need a prospect line to build on.

    A later phone call is one act whoever rings: `callback_proposal` calling out,
    `callback_promise` taking a call. The words alone ("I'll call you at two") often do not
    say which, and the model's belief splits between the two; when neither clears its
    threshold but together they clear the higher one, the turn carries both and the call's
    direction settles which it is (`for_direction`). Not beside a meeting push: "I'll come by
    Thursday at two" leans a little towards a call and is a visit."""
    chosen = {label for label, p in probabilities.items() if p >= thresholds[label]}
    together = sum(probabilities.get(a, 0.0) for a in CALL_BACK)
    if not chosen & (CALL_BACK | {"meeting_push"}) and together >= max(
        thresholds[a] for a in CALL_BACK
    ):
        chosen |= CALL_BACK
    if not previous.strip():
        chosen -= CONTEXT_ACTS
    return chosen


def read_turn(text: str, lang: str, previous: str = "", now: datetime | None = None) -> Reading:
    """The acts of one trainee turn, given the prospect's line before it; same input, same output."""
    return read_turns([(text, previous)], lang, now)[0]


def read_turns(
    turns: list[tuple[str, str]], lang: str, now: datetime | None = None
) -> list[Reading]:
    """Many (text, previous prospect line) turns of one call, read in one pass of the model."""
    code = language_code(lang)
    model = shipped_model()
    moment = now or datetime.now().replace(second=0, microsecond=0)
    parts = []
    inputs = []
    norms = []
    lang_pack = pack(code)
    said_no = objections([previous for _, previous in turns], code)
    for full, previous in turns:
        text, previous = readable(full), readable(previous)
        norm = normalise(text)
        norms.append(norm)
        time = read_time(text, code, moment, norm)
        words, rest, grams, plain, spoken_form = served_features(
            text, code, previous, time, said_no.get(previous)
        )
        # The questions as written, for counting open and closed ones on the score card.
        # (Only a question mark changes what the form reading finds: "…, don't you agree?")
        questions = find_questions(text, lang_pack, False) if "?" in text else spoken_form
        parts.append((time, questions))
        inputs.append((rest, words, grams))
    out = []
    limits = model.threshold_map
    for (_text, previous), (time, questions), norm, probabilities in zip(
        turns, parts, norms, model.probabilities_many(inputs), strict=True
    ):
        chosen = set() if checks_the_line(norm, code) else decide(probabilities, limits, previous)
        out.append(
            Reading(
                acts=tuple(a for a in ACTS if a in chosen),
                extra=tuple(a for a in EXTRA_LABELS if a in chosen),
                confidence={a: probabilities[a] for a in ACTS},
                time=time,
                questions=tuple(questions),
                norm=norm,
            )
        )
    return out


def stored_reading(acts: list[str], text: str, lang: str) -> Reading:
    """A reading from acts stored with a turn; the time reader fills in which time was named."""
    known = set(acts)
    return Reading(
        acts=tuple(a for a in ACTS if a in known),
        extra=tuple(a for a in EXTRA_LABELS if a in known),
        time=read_time(readable(text), language_code(lang), _FEATURE_NOW),
    )


def disagreement(
    model_acts: list[str] | None, llm_acts: list[str] | None
) -> tuple[list[str], list[str]]:
    """Acts only the model read, and acts only the LLM read (of the sixteen reported)."""
    mine, theirs = set(model_acts or ()), set(llm_acts or ())
    return (
        [a for a in ACTS if a in mine - theirs],
        [a for a in ACTS if a in theirs - mine],
    )
