"""Detectors: read one turn and say what the trainee did (or what the prospect signalled).

One set of detectors feeds both the live prospect and the score afterwards, so what made
the prospect lose patience is exactly what costs points.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from trainer.core.language import LanguagePack, normalise, pack

QuestionKind = Literal["open", "closed"]
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")
_WORD = re.compile(r"[\w']+", re.UNICODE)


@dataclass(frozen=True)
class Question:
    text: str
    kind: QuestionKind
    about_needs: bool


@dataclass(frozen=True)
class TraineeEvents:
    """What one trainee turn contains; booleans and counts only, so it is cheap and comparable."""

    words: int
    questions: tuple[Question, ...] = ()
    heard_of_us: bool = False
    buzzwords: tuple[str, ...] = ()
    company_description: bool = False
    product_pitch: bool = False
    reason_stated: bool = False
    acknowledged: bool = False
    bad_time_question: bool = False
    permission_asked: bool = False
    callback_proposed: bool = False
    concrete_time: bool = False
    meeting_push: bool = False
    dig_behind_no: bool = False
    number_asked: bool = False
    callback_promised: bool = False
    send_away: bool = False
    goodbye: bool = False
    injection: bool = False
    follow_up: bool = False
    echoed: tuple[str, ...] = field(default=())

    @property
    def open_questions(self) -> int:
        return sum(q.kind == "open" for q in self.questions)

    @property
    def needs_questions(self) -> int:
        return sum(q.about_needs for q in self.questions)

    @property
    def asks_about_needs(self) -> bool:
        return self.needs_questions > 0 or self.dig_behind_no


@dataclass(frozen=True)
class ProspectSignals:
    """What a prospect turn says about time and willingness."""

    time_signal: bool
    said_no: bool
    content_words: frozenset[str]


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _stem(word: str) -> str:
    return word[:5]


def content_stems(text: str, lang: LanguagePack) -> frozenset[str]:
    """Stems of the meaningful words, for spotting a follow-up on what the prospect just said."""
    return frozenset(
        _stem(w) for w in words(text) if len(w) >= 4 and w not in lang.stopwords and not w.isdigit()
    )


def _clauses(text: str) -> list[str]:
    """Sentences by punctuation, then by question words mid-sentence for unpunctuated speech."""
    out: list[str] = []
    for sentence in _SENTENCE_END.split(text):
        if sentence.strip():
            out.append(sentence.strip())
    return out


def _strip_fillers(tokens: list[str], lang: LanguagePack) -> list[str]:
    i = 0
    while i < len(tokens) - 1 and tokens[i] in lang.fillers:
        i += 1
    return tokens[i:]


def _question_at(tokens: list[str], lang: LanguagePack) -> QuestionKind | None:
    """Is there a question starting at tokens[0]? Recognised by form, not by '?'."""
    if not tokens:
        return None
    first = tokens[0]
    second = tokens[1] if len(tokens) > 1 else ""
    window = tokens[1:5]
    if first in lang.question_words and (
        any(t in lang.subject_pronouns or t in lang.aux_verbs for t in window) or len(tokens) <= 4
    ):
        return "open"
    if first in lang.aux_verbs and second in lang.subject_pronouns:
        return "closed"
    return None


def _questions(text: str, lang: LanguagePack) -> list[Question]:
    found: list[Question] = []
    for clause in _clauses(text):
        norm = normalise(clause)
        tokens = _strip_fillers(norm.split(), lang)
        kind = _question_at(tokens, lang)
        if kind is None and lang.has("open_starters", norm):
            kind = "open"
        if kind is None and not clause.rstrip().endswith((".", "!")):
            # unpunctuated speech: look for a question form that starts later in the clause
            for i in range(1, len(tokens) - 1):
                if tokens[i] in lang.question_words and _question_at(tokens[i:], lang) == "open":
                    kind, norm = "open", " ".join(tokens[i:])
                    break
                if (
                    tokens[i] in lang.aux_verbs
                    and tokens[i + 1] in lang.pronouns
                    and tokens[i - 1] not in lang.subject_pronouns
                    and tokens[i - 1] not in lang.aux_verbs
                    and tokens[i - 1] not in lang.question_words
                ):
                    kind, norm = "closed", " ".join(tokens[i:])
                    break
        if kind is None and clause.rstrip().endswith("?"):
            kind = "closed"
        if kind is None:
            continue
        addressed = any(t in lang.pronouns for t in norm.split())
        about = (
            (bool(lang.needs_topics.search(norm)) or (kind == "open" and addressed))
            and not lang.has("not_needs", norm)
            and not lang.has("heard_of_us", norm)
            and not lang.has("bad_time_question", norm)
            and not lang.has("meeting_push", norm)
        )
        found.append(Question(clause, kind, about))
    return found


def detect_trainee(text: str, lang_code: str, previous_prospect: str = "") -> TraineeEvents:
    """Everything the detectors see in one trainee turn."""
    lang = pack(lang_code)
    norm = normalise(text)
    questions = tuple(_questions(text, lang))
    prev = content_stems(previous_prospect, lang) if previous_prospect else frozenset()
    echoed = tuple(sorted(prev & content_stems(text, lang))) if questions else ()
    callback = lang.has("callback", norm)
    return TraineeEvents(
        words=len(words(text)),
        questions=questions,
        heard_of_us=lang.has("heard_of_us", norm),
        buzzwords=tuple(m.group(0) for m in lang.buzzwords.finditer(norm)),
        company_description=lang.has("company_description", norm),
        product_pitch=lang.has("product_pitch", norm),
        reason_stated=lang.has("reason", norm),
        acknowledged=lang.has("acknowledge", norm),
        bad_time_question=lang.has("bad_time_question", norm),
        permission_asked=lang.has("permission", norm),
        callback_proposed=callback,
        concrete_time=lang.has("concrete_time", norm),
        meeting_push=lang.has("meeting_push", norm) and not callback,
        dig_behind_no=lang.has("dig_behind_no", norm),
        number_asked=lang.has("number_asked", norm),
        callback_promised=lang.has("callback_promised", norm) or callback,
        send_away=lang.has("send_away", norm),
        goodbye=lang.has("goodbye", norm),
        injection=lang.has("injection", norm),
        follow_up=bool(echoed),
        echoed=echoed,
    )


def detect_prospect(text: str, lang_code: str) -> ProspectSignals:
    lang = pack(lang_code)
    norm = normalise(text)
    return ProspectSignals(
        time_signal=lang.has("time_signal", norm),
        said_no=lang.has("prospect_no", norm),
        content_words=content_stems(text, lang),
    )


def touches(text: str, keywords: list[str]) -> bool:
    """Does the text mention any of a hidden need's keywords (prefix match, so inflections count)?"""
    norm = " " + normalise(text)
    return any(f" {k.lower()}" in norm for k in keywords)
