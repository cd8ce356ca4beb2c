"""Pick the engine the settings ask for; the offline engine needs nothing."""

from __future__ import annotations

from typing import Literal

from trainer.engines.base import Engine
from trainer.engines.scripted import ScriptedEngine
from trainer.settings import Settings


def make_engine(settings: Settings, kind: Literal["scripted", "llm"] | None = None) -> Engine:
    kind = kind or settings.effective_engine()
    if kind == "scripted":
        return ScriptedEngine()
    from trainer.engines.llm import LLMEngine

    return LLMEngine.from_settings(settings)
