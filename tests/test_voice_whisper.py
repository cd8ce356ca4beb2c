"""Offline recognition with faster-whisper: the real base model from its wheels, on a sentence
spoken by the packaged Piper voice, the language taken from the persona."""

from __future__ import annotations

import numpy as np
import pytest

from tests.support.voice_models import piper_english, whisper_base  # noqa: F401
from trainer.settings import Settings
from trainer.voice.audio import Recording
from trainer.voice.models import WHISPER_MODELS
from trainer.voice.stt import (
    PocketSphinxTranscriber,
    WhisperTranscriber,
    backend_note,
    make_transcriber,
)
from trainer.voice.tts import Synthesizer, VoiceSpec

LINE = "What is the biggest problem with your deliveries today?"
WORDS = {"what", "is", "the", "biggest", "problem", "with", "your", "deliveries", "today"}


@pytest.fixture(scope="module")
def english_line(piper_english):
    with Synthesizer() as synth:
        clip = synth.synthesize(LINE, VoiceSpec("piper:en_US-joe-medium", 100, language="en"))
    # A little room noise before and after, as push-to-talk records it.
    pad = np.random.default_rng(3).normal(0, 0.003, clip.rate // 2).astype(np.float32)
    samples = np.concatenate([pad, clip.samples, pad])
    return Recording(samples, clip.rate, started_at=10.0, ended_at=10.0 + len(samples) / clip.rate)


@pytest.fixture(scope="module")
def whisper(whisper_base):
    transcriber = WhisperTranscriber(str(whisper_base), "en")
    transcriber.prepare()
    return transcriber


def _words(text: str) -> set[str]:
    return {w.strip(".,?!").lower() for w in text.split()}


def test_whisper_transcribes_the_piper_voice_offline(whisper, english_line):
    result = whisper.transcribe(english_line)
    assert len(_words(result.text) & WORDS) >= 8, result.text
    assert (result.start, result.end) == (english_line.started_at, english_line.ended_at)


def test_silence_never_reaches_whisper(whisper):
    silence = Recording(np.zeros(16000, np.float32), 16000, 0.0, 1.0)
    assert whisper.transcribe(silence).text == ""  # Whisper would say "Thank you."


def test_the_persona_sets_language_and_model(whisper_base):
    settings = Settings(stt_backend="whisper", whisper_models={"sv": "whisper-medium"})
    sv = make_transcriber(settings, "sv")
    assert isinstance(sv, WhisperTranscriber) and sv.language == "sv"
    assert sv.spec is WHISPER_MODELS["whisper-medium"]
    da = make_transcriber(settings, "da")
    assert da.language == "da" and da.spec is WHISPER_MODELS["whisper-small"]
    en = make_transcriber(settings, "en")
    assert en.spec is WHISPER_MODELS["whisper-base"] and not en.english_only
    # base for Swedish: the panel says, in plain words, that it is not enough.
    sv_base = make_transcriber(Settings(whisper_models={"sv": "whisper-base"}), "sv")
    assert "small" in backend_note(sv_base, "sv") and backend_note(en, "en") is None
    # The user's own folder (a fetched copy, or a fine-tune such as KB-Whisper) needs no network.
    local = make_transcriber(Settings(models_folder=str(whisper_base)), "en")
    assert local.ready()
    assert isinstance(
        make_transcriber(Settings(stt_backend="pocketsphinx")), PocketSphinxTranscriber
    )


def test_a_model_that_is_not_here_and_cannot_be_fetched_is_one_line(tmp_path):
    import dataclasses
    import socket

    from trainer.voice.models import ModelFile
    from trainer.voice.stt import STTError

    with socket.socket() as s:  # a port nothing listens on: no network
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    files = (ModelFile("model.bin", f"http://127.0.0.1:{port}/model.bin", "0" * 64),)
    spec = dataclasses.replace(WHISPER_MODELS["whisper-small"], files=files)
    transcriber = WhisperTranscriber(spec, "sv", local_folder=str(tmp_path))
    assert not transcriber.ready()
    noise = np.random.default_rng(1).normal(0, 0.1, 16000).astype(np.float32)
    with pytest.raises(STTError) as err:
        transcriber.transcribe(Recording(noise, 16000, 0.0, 1.0))
    message = str(err.value)
    assert "Whisper small" in message and "no network" in message and "\n" not in message
