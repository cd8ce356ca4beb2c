"""End to end: the trainee speaks into the microphone (espeak-ng into the null sink, recorded from
its monitor), the line is transcribed offline and lands in the stored transcript; the prospect
answers out loud, and its latency and both speakers' audio are kept beside the session."""

from __future__ import annotations

import threading
import time

import pytest

from tests.support.audio_server import audio_server  # noqa: F401
from trainer.core.call import Call
from trainer.engines.scripted import ScriptedEngine
from trainer.paths import audio_dir
from trainer.store import Store
from trainer.voice.audio import Player, Recorder
from trainer.voice.floor import FloorWatch
from trainer.voice.pipeline import SpeechPipeline
from trainer.voice.storage import session_audio_files
from trainer.voice.stt import PocketSphinxTranscriber
from trainer.voice.tts import Synthesizer, VoiceSpec, choose_voice, voice_spec_for
from trainer.voice.turns import VoiceTurns

pytestmark = pytest.mark.audio

TRAINEE_LINE = "what is your biggest problem with customers"
WORDS = {"what", "your", "biggest", "problem", "customers"}


def test_spoken_trainee_line_reaches_the_stored_transcript(audio_server, catalog):
    persona = catalog.get("grumpy-ceo-en")
    store = Store()
    session_id = store.start_session("Anna", persona, "scripted", None)
    call = Call(
        persona,
        ScriptedEngine(),
        trainee="Anna",
        on_turn=lambda i, t: store.add_turn(session_id, i, t),
    )

    with Synthesizer() as synth, Player() as player, Recorder() as mic:
        assert mic.ready.wait(10)
        pipeline = SpeechPipeline(synth, player, voice_spec_for(persona, synth.voices), "en")
        voice = VoiceTurns(call, store, session_id, pipeline, PocketSphinxTranscriber())

        # The trainee holds push-to-talk and says the line (a second voice plays it into the mic).
        trainee_voice = synth.synthesize(
            TRAINEE_LINE, VoiceSpec(choose_voice(synth.voices, "en").id, 90)
        )
        mic.begin()
        assert player.play(trainee_voice).done.wait(15)
        time.sleep(0.4)
        recording = mic.end()

        said = voice.trainee_spoke(recording)
        assert said is not None
        reply = voice.prospect_speaks(said.directions, turn_ended_at=time.monotonic())

    transcript = store.get_transcript(session_id)
    first = transcript.turns[0]
    assert first.speaker == "trainee"
    assert len(set(first.text.split()) & WORDS) >= 2, first.text
    assert first.start is not None and first.end is not None and first.end - first.start > 1.0

    # The prospect answered out loud; the stored turn, its latency and both audio files are kept.
    assert reply is not None and reply.error is None and not reply.cut_off
    second = transcript.turns[1]
    assert second.speaker == "prospect" and second.text == reply.spoken
    latency = store.turn_latencies(session_id)[1]
    assert set(latency) >= {"first_token", "first_sentence", "first_synthesis", "playback_start"}
    files = [p.name for p in session_audio_files(session_id)]
    assert files == ["0000-trainee.ogg", "0001-prospect.ogg"]

    store.delete_session(session_id)
    assert not (audio_dir() / str(session_id)).exists()
    store.close()


def test_barge_in_trims_the_stored_prospect_turn(audio_server, catalog, openai_server):
    """The LLM engine streams a long reply; the trainee cuts in after the first sentence."""
    from trainer.engines.llm import LLMEngine
    from trainer.settings import Settings

    persona = catalog.get("grumpy-ceo-sv")
    openai_server.tokens_per_second = 20
    openai_server.add_reply(
        "Jag är på väg in i ett möte. Vi har redan ett system som fungerar bra för oss. "
        "Och jag vill inte bli uppringd igen."
    )
    engine = LLMEngine.from_settings(Settings(engine="llm", llm_base_url=openai_server.base_url))
    store = Store()
    session_id = store.start_session("Anna", persona, engine.name, engine.model)
    call = Call(persona, engine, on_turn=lambda i, t: store.add_turn(session_id, i, t))
    call.trainee_says("Hej, Anna här från Ruttab.")
    with Synthesizer() as synth, Player() as player:
        pipeline = SpeechPipeline(synth, player, voice_spec_for(persona, synth.voices), "sv")
        voice = VoiceTurns(call, store, session_id, pipeline, keep_audio=False)
        cancel = threading.Event()
        result = []
        t = threading.Thread(
            target=lambda: result.append(voice.prospect_speaks(call.state.greeting(), cancel))
        )
        t.start()
        while not pipeline.spoken_text():
            time.sleep(0.01)
        voice.barge_in()
        t.join(15)
    reply = result[0]
    assert reply.cut_off and reply.spoken == "Jag är på väg in i ett möte."
    stored = store.get_transcript(session_id).turns[-1]
    assert stored.speaker == "prospect" and stored.cut_off
    assert stored.text == "Jag är på väg in i ett möte."
    assert call.turns[-1].text == stored.text
    store.close()


def test_monologue_past_the_limit_makes_the_prospect_cut_in(catalog):
    persona = catalog.get("grumpy-ceo-sv")
    call = Call(persona, ScriptedEngine())
    fired = threading.Event()
    watch = FloorWatch(0.2, fired.set)  # the persona says 25 s; a short limit for the test
    watch.start()
    assert fired.wait(5)
    assert watch.stop() is True
    directions = call.cut_in()
    assert directions.reactions[0] == "cut_in"
    reply = "".join(call.prospect_stream(directions))
    assert any(line in reply for line in persona.lines.cut_in)
    # Letting go in time cancels it.
    quiet = threading.Event()
    watch = FloorWatch(5.0, quiet.set)
    watch.start()
    assert watch.stop() is False and not quiet.is_set()
