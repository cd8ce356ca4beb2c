"""Hints from the configured LLM: one structured request for three lines to say next.

The request and the checks on its answer live in the core (trainer.core.coach.hints); this
module only sends it through the LLM client. A server that gives no valid JSON, or lines
that fail the checks, is topped up from the offline line banks, so Hint always gives three.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from trainer.core.coach.hints import HintLines, accept_llm_lines, hint_messages
from trainer.core.persona import Persona
from trainer.core.prospect_state import ProspectState
from trainer.core.scoring.result import ScoreResult
from trainer.core.transcript import Turn

if TYPE_CHECKING:
    import openai


def llm_hints(
    client: openai.OpenAI,
    model: str,
    turns: Sequence[Turn],
    persona: Persona,
    state: ProspectState | None = None,
    result: ScoreResult | None = None,
    avoid: Iterable[str] = (),
) -> list[str]:
    """Three lines from the LLM (checked, topped up offline); LLM failures raise LLMError."""
    from trainer.engines.llm_client import complete_json

    avoid = list(avoid)
    messages = hint_messages(turns, persona, state, result)
    reply = complete_json(client, model, messages, HintLines, temperature=0.7)
    return accept_llm_lines(reply, turns, persona, state, result, avoid)


def hinter_for(engine: object):
    """The LLM hint writer for a call's engine, or None for the offline engine (its hints
    come from the line banks)."""
    client, model = getattr(engine, "client", None), getattr(engine, "model", None)
    if client is None or not model:
        return None

    def hinter(turns, persona, state, result, avoid):
        return llm_hints(client, model, turns, persona, state, result, avoid)

    return hinter
