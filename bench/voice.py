"""Time to first audio: streaming speech against waiting for the whole reply, median over turns.

    python bench/voice.py [--json] [--turns N]

Both ways run the real LLM engine (`openai` client) against the loopback OpenAI-compatible test
server streaming at a realistic pace (first token after 300 ms, then 30 tokens/s, a
three-sentence reply), the real speech worker (pyttsx3/espeak-ng) and a real sounddevice output
on a PulseAudio null sink (started if none runs). "Time to first audio" runs from the trainee's
end of turn to the first block of the reply reaching the device plus its output latency. Once the
prospect is heard, the turn is cut short: only the start of the reply matters here.

`app_added_s` is what the app itself adds once the first sentence's audio is ready: from
`first_synthesis` to `first_audio` (the wait for the player's next block plus the output
latency). The same runs are made with each voice here: espeak-ng's Swedish for Lars Grahn and,
when Piper and its English voice are installed, Piper for Larry Graham.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

REPLY = (
    "Jag är på väg in i ett möte, så du får fatta dig kort. "
    "Vi har redan ett system för ruttplanering som fungerar hyggligt för oss. "
    "Ring mig på torsdag efter lunch om du verkligen tror att du har något bättre."
)
REPLY_EN = (
    "I am on my way into a meeting, so you will have to be brief. "
    "We already have a route planning system that works reasonably well for us. "
    "Call me on Thursday after lunch if you really think you have something better."
)
TRAINEE = "Hej Lars, jag heter Anna och ringer från Ruttab. Hur planerar ni era leveranser i dag?"
FIRST_TOKEN_DELAY = 0.3
TOKENS_PER_SECOND = 30.0


def one_turn(call, pipeline, streaming: bool) -> dict[str, float]:
    """One trainee turn and the prospect's spoken answer; returns the latency stamps."""
    directions = call.trainee_says(TRAINEE)
    ended = time.monotonic()
    cancel = threading.Event()
    result: list = []
    speaker = threading.Thread(
        target=lambda: result.append(
            pipeline.speak(call.prospect_stream(directions, cancel), cancel, ended, streaming)
        )
    )
    speaker.start()
    while speaker.is_alive() and not pipeline.spoken_text():
        time.sleep(0.002)
    pipeline.barge_in()  # heard: stop here, the rest of the reply does not matter
    speaker.join(30)
    return result[0].latency if result else {}


def summarise(rows: list[dict[str, float]]) -> dict:
    stages = sorted({k for r in rows for k in r})
    return {
        "turns": len(rows),
        "median_first_audio_s": round(statistics.median(r["first_audio"] for r in rows), 4),
        "median_app_added_s": round(
            statistics.median(r["first_audio"] - r["first_synthesis"] for r in rows), 4
        ),
        "max_app_added_s": round(max(r["first_audio"] - r["first_synthesis"] for r in rows), 4),
        "median_stages_s": {
            k: round(statistics.median(r[k] for r in rows if k in r), 4) for k in stages
        },
    }


def run_voice(turns: int, persona_id: str, reply: str, voice_filter) -> dict:
    """Streaming against the whole-reply baseline for one persona and voice."""
    from tests.support.openai_server import OpenAITestServer
    from trainer.core.call import Call
    from trainer.core.persona import load_catalog
    from trainer.engines.llm import LLMEngine
    from trainer.paths import persona_folders
    from trainer.settings import Settings
    from trainer.voice.audio import Player
    from trainer.voice.pipeline import SpeechPipeline
    from trainer.voice.tts import Synthesizer, voice_label, voice_spec_for

    persona = load_catalog(persona_folders()).get(persona_id)
    with (
        OpenAITestServer() as server,
        Synthesizer() as synth,
        Player() as player,
    ):
        server.first_token_delay = FIRST_TOKEN_DELAY
        server.tokens_per_second = TOKENS_PER_SECOND
        server.default_reply = reply
        engine = LLMEngine.from_settings(Settings(engine="llm", llm_base_url=server.base_url))
        voices = [v for v in synth.voices if voice_filter(v)]
        spec = voice_spec_for(persona, voices)
        voice = next((v for v in voices if v.id == spec.voice_id), None)
        pipeline = SpeechPipeline(synth, player, spec, persona.language)
        synth.warm(spec)
        one_turn(Call(persona, engine), pipeline, True)  # warm-up: connection, voice, device
        rows: dict[str, list[dict[str, float]]] = {"streaming": [], "baseline": []}
        for _ in range(turns):
            call = Call(persona, engine)  # a fresh call each turn keeps the prompt short
            rows["streaming"].append(one_turn(call, pipeline, True))
            call = Call(persona, engine)
            rows["baseline"].append(one_turn(call, pipeline, False))
    streaming, baseline = summarise(rows["streaming"]), summarise(rows["baseline"])
    return {
        "persona": persona_id,
        "voice": voice_label(voice),
        "output_latency_s": round(player.latency, 4),
        "streaming": streaming,
        "baseline_whole_reply": baseline,
        "speedup": round(baseline["median_first_audio_s"] / streaming["median_first_audio_s"], 2),
    }


def run(turns: int) -> dict:
    from tests.support.audio_server import setup_null_sink, teardown
    from trainer.voice.models import PIPER_MODELS, locate
    from trainer.voice.piper import piper_installed

    server_info = setup_null_sink()
    try:
        espeak = run_voice(turns, "grumpy-ceo-sv", REPLY, lambda v: not v.id.startswith("piper:"))
        piper = None
        if piper_installed() and locate(PIPER_MODELS["en_US-joe-medium"]):
            piper = run_voice(turns, "grumpy-ceo-en", REPLY_EN, lambda v: v.id.startswith("piper:"))
    finally:
        teardown(server_info)
    result = {
        "benchmark": "voice time to first audio",
        "server": {
            "first_token_delay_s": FIRST_TOKEN_DELAY,
            "tokens_per_second": TOKENS_PER_SECOND,
            "reply_sentences": 3,
            "reply_chars": len(REPLY),
        },
        **espeak,
    }
    if piper is not None:
        result["piper"] = piper
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print JSON only")
    parser.add_argument("--turns", type=int, default=10, help="turns per way (at least 10)")
    args = parser.parse_args(argv)
    try:
        result = run(max(10, args.turns))
    except Exception as exc:  # no sound server, no espeak-ng: one line, not a traceback
        print(json.dumps({"error": f"{type(exc).__name__}: {exc}"}))
        return 1
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        s, b = result["streaming"], result["baseline_whole_reply"]
        print(f"time to first audio, median of {s['turns']} turns")
        print(f"  streaming:          {s['median_first_audio_s']:.3f} s")
        print(f"  whole reply first:  {b['median_first_audio_s']:.3f} s")
        print(f"  streaming is {result['speedup']}x faster")
        print(f"  the app adds {s['median_app_added_s']:.3f} s once the audio is ready")
        if "piper" in result:
            p = result["piper"]
            print(
                f"  Piper ({p['voice']}): streaming {p['streaming']['median_first_audio_s']:.3f} s"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
