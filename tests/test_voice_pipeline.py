"""The streaming speech pipeline on real audio: order, early start, barge-in, kept audio."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import numpy as np
import pytest

from tests.support.audio_server import audio_server  # noqa: F401
from trainer.voice.audio import Player, Recorder, rms_level
from trainer.voice.latency import STAGES, TurnLatency
from trainer.voice.pipeline import SpeechPipeline
from trainer.voice.storage import load_turn_audio, save_turn_audio, session_audio_files
from trainer.voice.tts import Synthesizer, VoiceSpec, choose_voice

pytestmark = pytest.mark.audio

REPLY_SV = "Jag är på väg in i ett möte. Vad gäller saken? Ring mig efter lunch i stället."


def deltas(
    text: str, pause_at: dict[int, float] | None = None, step: float = 0.01
) -> Iterator[str]:
    """Stream `text` word by word like an LLM; `pause_at` adds waits before given word numbers."""
    for i, word in enumerate(text.split(" ")):
        time.sleep((pause_at or {}).get(i, step))
        yield word if i == 0 else " " + word


@pytest.fixture(scope="module")
def synth():
    with Synthesizer() as s:
        yield s


@pytest.fixture
def player(audio_server):
    with Player() as p:
        yield p


@pytest.fixture
def recorder(audio_server):
    with Recorder() as rec:
        assert rec.ready.wait(10)
        yield rec


def make_pipeline(synth, player, language="sv") -> SpeechPipeline:
    voice = VoiceSpec(choose_voice(synth.voices, language).id, 140)
    return SpeechPipeline(synth, player, voice, language, first_fragment_words=None)


def test_turn_latency_dict():
    clock = iter([10.0, 10.5, 11.0]).__next__
    lat = TurnLatency(origin=9.0, clock=clock)
    lat.mark("first_sentence")  # 10.0
    lat.mark("first_token", 9.25)
    lat.mark("first_sentence")  # kept once: a later stamp does not move it
    assert lat.as_dict() == {"first_token": 0.25, "first_sentence": 1.0}
    assert list(STAGES)[:2] == ["first_token", "first_sentence"]


def test_sentences_are_spoken_in_order_and_speech_starts_before_the_reply_ends(
    synth, player, recorder
):
    pipeline = make_pipeline(synth, player)
    stream_done: list[float] = []

    def stream() -> Iterator[str]:
        # The rest of the reply arrives two seconds after the first sentence is known complete
        # (word 8, "Vad", is the character after its full stop that lets the splitter cut).
        yield from deltas(REPLY_SV, pause_at={9: 2.0})
        stream_done.append(time.monotonic())

    ended = time.monotonic()
    recorder.begin()
    reply = pipeline.speak(stream(), turn_ended_at=ended)
    time.sleep(0.3)
    rec = recorder.end()

    assert reply.sentences == [
        "Jag är på väg in i ett möte.",
        "Vad gäller saken?",
        "Ring mig efter lunch i stället.",
    ]
    assert reply.spoken == REPLY_SV and not reply.cut_off and reply.error is None
    assert reply.text == REPLY_SV
    lat = reply.latency
    assert list(lat) == list(STAGES), lat  # every stage reached, in pipeline order
    assert lat["first_token"] <= lat["first_sentence"] <= lat["first_synthesis"]
    assert lat["first_synthesis"] <= lat["playback_start"] <= lat["first_audio"]
    # Streaming: the prospect was already talking while the reply was still being written.
    assert ended + lat["playback_start"] < stream_done[0], (lat, stream_done[0] - ended)
    # The sound really came out, and the kept audio is all three sentences.
    assert rms_level(rec.samples) > 0.3, rms_level(rec.samples)
    assert len(reply.audio) / reply.rate > 3.0, len(reply.audio) / reply.rate


def test_barge_in_stops_everything_and_reports_what_was_said(synth, player, recorder):
    pipeline = make_pipeline(synth, player)
    cancel = threading.Event()
    text = (
        "Nej, jag har faktiskt inte tid med det här just nu. "
        "Vi har redan ett system som fungerar alldeles utmärkt för oss. "
        "Och jag vill inte att du ringer igen nästa vecka heller."
    )
    produced: list[str] = []

    def stream() -> Iterator[str]:
        for d in deltas(text, step=0.05):
            if cancel.is_set():  # what an engine does between chunks
                return
            produced.append(d)
            yield d

    result: list = []
    speaker = threading.Thread(target=lambda: result.append(pipeline.speak(stream(), cancel)))
    recorder.begin()
    speaker.start()
    while not pipeline.spoken_text():
        time.sleep(0.01)
    time.sleep(0.5)
    said_at_barge_in = pipeline.barge_in()
    speaker.join(10)
    assert not speaker.is_alive()
    time.sleep(1.2)  # device and monitor buffers drain; the rest of the sentence would last seconds
    rec = recorder.end()
    reply = result[0]

    assert reply.cut_off and cancel.is_set()
    assert reply.spoken == said_at_barge_in == "Nej, jag har faktiskt inte tid med det här just nu."
    assert len(reply.sentences) < 3 or reply.spoken != " ".join(reply.sentences)
    assert "".join(produced) != text  # the engine stream stopped too
    # Silence after the barge-in (the last 0.4 s of the recording).
    assert rms_level(rec.samples[-int(0.4 * rec.rate) :]) == 0.0
    # Kept audio is only what was played: less than the first sentence's full clip.
    assert 0 < len(reply.audio) / reply.rate < 4.0


def test_the_old_way_waits_for_the_whole_reply(synth, player):
    pipeline = make_pipeline(synth, player)
    stream_done: list[float] = []

    def stream() -> Iterator[str]:
        yield from deltas("Nej. Inte nu. Hej då.", pause_at={2: 0.5})
        stream_done.append(time.monotonic())

    ended = time.monotonic()
    reply = pipeline.speak(stream(), turn_ended_at=ended, streaming=False)
    assert reply.spoken == "Nej. Inte nu. Hej då."
    assert ended + reply.latency["playback_start"] > stream_done[0]


def test_speech_failure_leaves_the_text(synth, player):
    class Broken(Synthesizer):
        def synthesize(self, text, spec=None):
            from trainer.voice.tts import TTSError

            raise TTSError("the speech voice crashed; it was restarted")

    pipeline = SpeechPipeline(Broken(), player, language="en")
    reply = pipeline.speak(iter(["No. ", "Not now. ", "Goodbye."]))
    assert reply.error == "the speech voice crashed; it was restarted"
    assert reply.spoken == "No. Not now. Goodbye."
    assert len(reply.audio) == 0


def test_kept_audio_is_compressed_beside_the_session(synth):
    clip = synth.synthesize("Ring mig efter lunch.", VoiceSpec(choose_voice(synth.voices, "sv").id))
    path = save_turn_audio(7, 3, "prospect", clip.samples, clip.rate)
    assert path is not None and path.name == "0003-prospect.ogg" and path.parent.name == "7"
    assert path.stat().st_size < clip.samples.nbytes / 4  # compressed
    samples, rate = load_turn_audio(7, 3, "prospect")
    assert rate == clip.rate and abs(len(samples) - len(clip.samples)) < rate * 0.05
    assert np.corrcoef(samples[:5000], clip.samples[:5000])[0, 1] > 0.9
    assert save_turn_audio(7, 4, "trainee", np.zeros(0, np.float32), 16000) is None
    assert session_audio_files(7) == [path]
