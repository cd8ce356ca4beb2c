"""Speech to text: offline pocketsphinx on real synthesised speech, and the OpenAI-compatible
endpoint on the loopback server with the real `openai` client."""

from __future__ import annotations

import io

import numpy as np
import pytest
import soundfile

from trainer.settings import Settings
from trainer.voice.audio import Recording
from trainer.voice.stt import (
    POCKETSPHINX_NOTE,
    OpenAITranscriber,
    PocketSphinxTranscriber,
    STTError,
    backend_note,
    make_transcriber,
    wav_bytes,
)
from trainer.voice.tts import Synthesizer, VoiceSpec


@pytest.fixture(scope="module")
def english_line():
    with Synthesizer() as s:
        clip = s.synthesize(
            "what is your biggest problem with customers", VoiceSpec("gmw/en-us", 90)
        )
    return Recording(clip.samples, clip.rate, started_at=100.0, ended_at=103.5)


def test_pocketsphinx_transcribes_english_offline(english_line):
    result = PocketSphinxTranscriber().transcribe(english_line)
    words = set(result.text.split())
    assert len(words & {"what", "your", "biggest", "problem", "customers"}) >= 3, result.text
    assert (result.start, result.end) == (100.0, 103.5)


def test_silence_is_not_sent_to_a_recogniser(openai_server):
    silence = Recording(
        np.random.default_rng(1).normal(0, 0.002, 16000).astype(np.float32), 16000, 0.0, 1.0
    )
    assert PocketSphinxTranscriber().transcribe(silence).text == ""  # it would say "dog"
    settings = Settings(stt_backend="openai", stt_base_url=openai_server.base_url)
    assert make_transcriber(settings).transcribe(silence).text == ""
    assert openai_server.uploads == []


def test_openai_endpoint_gets_a_wav_and_returns_the_text(openai_server, english_line):
    openai_server.transcription_text = "Hur planerar ni leveranserna idag?"
    settings = Settings(llm_base_url="http://127.0.0.1:9/v1", stt_base_url=openai_server.base_url)
    transcriber = make_transcriber(settings.model_copy(update={"stt_backend": "openai"}), "sv")
    assert isinstance(transcriber, OpenAITranscriber)
    result = transcriber.transcribe(english_line)
    assert result.text == "Hur planerar ni leveranserna idag?"
    assert (result.start, result.end) == (100.0, 103.5)
    upload = openai_server.uploads[-1]
    assert upload.fields["model"] == "whisper-1" and upload.fields["language"] == "sv"
    data, rate = soundfile.read(io.BytesIO(upload.data))
    assert rate == english_line.rate and abs(len(data) - len(english_line.samples)) <= 1


def test_stt_url_falls_back_to_the_llm_url(openai_server, english_line):
    openai_server.transcription_text = "hello"
    settings = Settings(stt_backend="openai", llm_base_url=openai_server.base_url)
    assert make_transcriber(settings).transcribe(english_line).text == "hello"


def test_server_failure_is_one_line(openai_server, english_line):
    openai_server.fail(500)
    settings = Settings(stt_backend="openai", stt_base_url=openai_server.base_url)
    with pytest.raises(STTError) as err:
        make_transcriber(settings).transcribe(english_line)
    message = str(err.value)
    assert "\n" not in message and openai_server.base_url in message and "type" in message


def test_dead_server_is_one_line(english_line):
    settings = Settings(stt_backend="openai", stt_base_url="http://127.0.0.1:9/v1")
    with pytest.raises(STTError) as err:
        make_transcriber(settings).transcribe(english_line)
    assert "127.0.0.1:9" in str(err.value) and "\n" not in str(err.value)


def test_backend_choice_and_english_only_note():
    assert make_transcriber(Settings(stt_backend="off")) is None
    ps = make_transcriber(Settings(stt_backend="pocketsphinx"))
    assert isinstance(ps, PocketSphinxTranscriber)
    assert backend_note(ps, "en") == POCKETSPHINX_NOTE
    assert "English-only" in backend_note(ps, "sv") and "not in English" in backend_note(ps, "sv")
    assert backend_note(None, "sv") is None


def test_wav_bytes_round_trip():
    tone = np.sin(np.linspace(0, 100, 8000)).astype(np.float32) * 0.5
    data, rate = soundfile.read(io.BytesIO(wav_bytes(tone, 8000)), dtype="float32")
    assert rate == 8000 and np.allclose(data, tone, atol=1e-3)
