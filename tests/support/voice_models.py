"""The speech models that registry packages ship (the `voice-test` extra), ready for tests.

The Whisper base model comes in two wheels whose `model.bin` parts are joined; the English
Piper voice comes whole. Without them the tests that need them are skipped with the reason,
except under CI=true, where that is a failure.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest


def _missing(what: str):
    reason = f"{what} is not installed (scripts/setup test installs the voice-test extra)"
    if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def whisper_base(tmp_path_factory) -> Path:
    """A folder with the Whisper base model, joined once per test run from its wheels."""
    from trainer.voice.models import WHISPER_MODELS, ensure, packaged_available

    spec = WHISPER_MODELS["whisper-base"]
    if not packaged_available(spec):
        _missing("the packaged Whisper base model")
    data = tmp_path_factory.mktemp("whisper-data")
    saved = os.environ.get("TRAINER_DATA_DIR")
    os.environ["TRAINER_DATA_DIR"] = str(data)
    progress: list[int] = []
    try:
        folder = ensure(spec, progress=lambda done, _total: progress.append(done))
    finally:
        if saved is None:
            os.environ.pop("TRAINER_DATA_DIR", None)
        else:
            os.environ["TRAINER_DATA_DIR"] = saved
    assert progress and folder == data / "models" / "whisper-base"
    return folder


@pytest.fixture(scope="session")
def piper_english() -> Path:
    """The folder with the packaged English Piper voice (en_US-joe-medium)."""
    from trainer.voice.models import PIPER_MODELS, locate
    from trainer.voice.piper import piper_installed

    if not piper_installed():
        _missing("piper-tts")
    folder = locate(PIPER_MODELS["en_US-joe-medium"])
    if folder is None:
        _missing("the packaged English Piper voice")
    return folder
