"""The dialogue acts a trainee turn can carry: one fixed vocabulary for the model, the prospect and the score."""

from __future__ import annotations

from typing import Literal

Act = Literal[
    "needs_question",
    "follow_up",
    "dig_behind_no",
    "reason",
    "acknowledge_time",
    "permission",
    "bad_time_question",
    "heard_of_us",
    "pitch",
    "meeting_push",
    "callback_proposal",
    "concrete_time",
    "number_asked",
    "callback_promise",
    "goodbye",
    "injection",
]

ACTS: tuple[str, ...] = Act.__args__  # type: ignore[attr-defined]

# Read beside the acts, never reported as one: an inbound caller sent away ("call again
# later", "send us an email", "is that a phone number?").
EXTRA_LABELS: tuple[str, ...] = ("send_away",)

LABELS: tuple[str, ...] = ACTS + EXTRA_LABELS

# Acts that only mean something against the prospect's line before.
CONTEXT_ACTS: frozenset[str] = frozenset({"follow_up", "dig_behind_no"})
