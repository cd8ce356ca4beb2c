"""Questions by their form: where a question starts and whether it is open or closed.

Speech-to-text output has no question marks, so the form decides: a question word followed by
a verb and a pronoun, an auxiliary before a pronoun, "tell me about...". The act model takes
what is found here as features (an addressed open question, a question about a business
topic), and the score card counts open and closed questions with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

import yaml

from trainer.core.language import LANG_DIR, LanguagePack, language_code, normalise, pack

QuestionKind = Literal["open", "closed"]
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")
_ENDS = (".", "!", "?", "…", "\n")  # where `_SENTENCE_END` may split
_WORD = re.compile(r"[\w']+", re.UNICODE)


@dataclass(frozen=True)
class Question:
    text: str
    kind: QuestionKind
    about_needs: bool


@dataclass(frozen=True)
class _Extras:
    """Word lists the detectors need beyond the shared language pack (same YAML files)."""

    complementisers: frozenset[str]
    verb_second: bool  # any verb may follow a question word (sv, da), not only an auxiliary (en)
    starters: frozenset[str]  # the words a question can start with mid-clause
    embedding: frozenset[str]  # verbs that frame an embedded question ("may I ask how...")


@cache
def _extras(code: str) -> _Extras:
    data = yaml.safe_load((LANG_DIR / f"{language_code(code)}.yaml").read_text(encoding="utf-8"))
    lang = pack(code)
    return _Extras(
        starters=lang.question_words | lang.aux_verbs,
        complementisers=frozenset(data.get("complementisers") or ()),
        verb_second=bool(data.get("verb_second")),
        embedding=frozenset(data.get("embedding_verbs") or ()),
    )


def _clauses(text: str) -> list[str]:
    """Sentences by punctuation; unpunctuated speech stays one clause and is split by form later."""
    if not any(mark in text for mark in _ENDS):  # speech as a recogniser writes it
        return [text.strip()] if text.strip() else []
    return [sentence.strip() for sentence in _SENTENCE_END.split(text) if sentence.strip()]


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


def _question_inside(
    tokens: list[str], i: int, lang: LanguagePack, extras: _Extras
) -> QuestionKind | None:
    """A question that starts mid-clause (speech without punctuation).

    Stricter than at a clause start, so relative clauses ("the time when we...") and
    reported speech ("I know you are busy") are not taken for questions: an open question
    needs the inverted word order (question word, verb, then a pronoun), a closed one a verb
    followed by a pronoun that does not continue a statement.
    """
    tok, prev = tokens[i], tokens[i - 1]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    after = tokens[i + 2 : i + 4]
    if prev in extras.complementisers:
        return None
    if (
        tok in lang.question_words
        and (nxt in lang.aux_verbs or (extras.verb_second and nxt not in lang.subject_pronouns))
        and any(t in lang.subject_pronouns for t in after)
    ):
        return "open"
    if (
        tok in lang.aux_verbs
        and nxt in lang.pronouns
        and prev not in lang.subject_pronouns
        and prev not in lang.aux_verbs
        and prev not in lang.question_words
        and prev not in lang.pronouns
    ):
        return "closed"
    return None


def _segments(tokens: list[str], lang: LanguagePack) -> list[tuple[QuestionKind, list[str]]]:
    """Every question found by form in a token run, each cut off where the next one starts."""
    starts: list[tuple[int, QuestionKind]] = []
    head = _strip_fillers(tokens, lang)
    offset = len(tokens) - len(head)
    kind = _question_at(head, lang)
    if kind:
        starts.append((offset, kind))
    extras = _extras(lang.code)
    starters = extras.starters
    for i in range(offset + 1, len(tokens) - 1):
        if tokens[i] not in starters or (starts and i - starts[-1][0] < 3):
            continue
        kind = _question_inside(tokens, i, lang, extras)
        if kind:
            starts.append((i, kind))
    out: list[tuple[QuestionKind, list[str]]] = []
    for n, (i, kind) in enumerate(starts):
        stop = starts[n + 1][0] if n + 1 < len(starts) else len(tokens)
        seg = tokens[i:stop]
        out.append(("open" if kind == "closed" and _embeds_open(seg, lang, extras) else kind, seg))
    return out


def _embeds_open(seg: list[str], lang: LanguagePack, extras: _Extras) -> bool:
    """A closed frame around an open question: "may I ask how you plan...", "kan du berätta
    vad som händer...". The question word follows an asking or telling verb closely."""
    for i in range(2, min(len(seg), 8)):
        if seg[i] in lang.question_words and extras.embedding & set(seg[max(0, i - 3) : i]):
            return True
    return False


def _without_exclamation(norm: str, lang: LanguagePack) -> str:
    """The clause after an opening exclamation ("vad skönt", "how nice"), which asks nothing."""
    opening = lang.find("exclamations", norm)
    if opening is None or opening.start() != 0 or not norm[opening.end() :][:1].isspace():
        return norm if opening is None or opening.end() != len(norm) else ""
    return norm[opening.end() :].strip()


def _tail_question(
    clause: str, tokens: list[str], lang: LanguagePack
) -> tuple[QuestionKind, list[str]]:
    """A '?' with no question form: the question is the tail ("..., how about you?")."""
    for i in range(len(tokens) - 1, -1, -1):  # "who decides on software?" is open too
        if tokens[i] in lang.question_words:
            return "open", tokens[i:]
    tail = normalise(re.split(r"[,;:–—]", clause)[-1]).split()
    return "closed", _strip_fillers(tail or tokens, lang)


def _about_needs(kind: QuestionKind, norm: str, lang: LanguagePack) -> bool:
    """A question about the prospect's situation, views, plans or reasons.

    Addressed to the prospect ("you") or about a business topic, and not a close
    ("would you like to buy"), a time check, small talk or a known-no opener.
    """
    addressed = any(t in lang.pronouns for t in norm.split())
    return (
        (addressed or bool(lang.needs_topics.search(norm)))
        and not lang.has("not_needs", norm)
        and not lang.has("heard_of_us", norm)
        and not lang.has("bad_time_question", norm)
        and not lang.has("meeting_push", norm)
    )


def find_questions(text: str, lang: LanguagePack, judge_needs: bool = True) -> list[Question]:
    """Questions in a turn, by form and by '?'.

    `judge_needs=False` skips the word lists' verdict on whether each is about needs (the
    score card takes that from the act model and only wants open or closed).

    A writer who uses question marks is trusted: a sentence ending in '.' or '!' is then
    no question. Without any '?' (speech-to-text output) the form decides, and a run of
    unpunctuated words may hold several questions.
    """
    found: list[Question] = []
    punctuated_questions = "?" in text or "\uff1f" in text
    for clause in _clauses(text):
        end = clause.rstrip()[-1:]
        norm = _without_exclamation(normalise(clause), lang)
        tokens = norm.split()
        if not tokens:
            continue
        starter = lang.find("open_starters", norm)
        if end in ".!" and punctuated_questions:
            segments = []
        elif end in ".!":
            head = _strip_fillers(tokens, lang)
            kind = _question_at(head, lang)
            segments = [(kind, head)] if kind else []
        else:
            segments = _segments(tokens, lang)
        if starter and not any(k == "open" for k, _ in segments):
            segments = [("open", norm[starter.start() :].split())]
        if not segments and end in "?\uff1f":
            segments = [_tail_question(clause, tokens, lang)]
        for kind, seg in segments:
            seg_norm = " ".join(seg)
            if not seg_norm:
                continue
            needs = judge_needs and _about_needs(kind, seg_norm, lang)
            found.append(Question(seg_norm, kind, needs))
    return found
