"""The loopback OpenAI server itself, driven by the real `openai` client."""
# ruff: noqa: F811  (pytest fixtures arrive as arguments named like the imported fixture)

from __future__ import annotations

import json

import openai
import pytest

from tests.support.openai_server import (
    OpenAITestServer,
    Reply,
    openai_server,  # noqa: F401
    split_tokens,
)

HELLO = [{"role": "user", "content": "hi"}]


def client_for(server: OpenAITestServer, key: str = "test-key") -> openai.OpenAI:
    return openai.OpenAI(base_url=server.base_url, api_key=key, max_retries=0, timeout=10)


def test_split_tokens_rejoins_to_the_text():
    text = "Marknadsledande inom B2B, eller hur?  Ja. "
    pieces = split_tokens(text)
    assert "".join(pieces) == text
    assert len(pieces) > len(text.split())


def test_plain_completion_and_request_recording(openai_server):
    openai_server.add_reply("Grahn.")
    client = client_for(openai_server)
    result = client.chat.completions.create(model="gpt-4o-mini", messages=HELLO)
    assert result.choices[0].message.content == "Grahn."
    assert result.choices[0].finish_reason == "stop"
    request = openai_server.chat_requests[-1]
    assert request.body["messages"] == HELLO
    assert request.headers["authorization"] == "Bearer test-key"


def test_stream_sends_role_first_then_content_then_finish(openai_server):
    openai_server.add_reply("Jag är på väg in i ett möte.")
    client = client_for(openai_server)
    with client.chat.completions.create(model="m", messages=HELLO, stream=True) as stream:
        chunks = list(stream)
    assert chunks[0].choices[0].delta.role == "assistant"
    assert chunks[-1].choices[0].finish_reason == "stop"
    text = "".join(c.choices[0].delta.content or "" for c in chunks)
    assert text == "Jag är på väg in i ett möte."
    assert all(c.object == "chat.completion.chunk" for c in chunks)
    assert openai_server.chat_requests[-1].final_outcome() == "done"


def test_responder_and_json_replies(openai_server):
    openai_server.responder = lambda body: body["messages"][-1]["content"].upper()
    openai_server.add_json({"ok": True})
    client = client_for(openai_server)
    plain = client.chat.completions.create(model="m", messages=HELLO)
    assert plain.choices[0].message.content == "HI"
    structured = client.chat.completions.create(
        model="m", messages=HELLO, response_format={"type": "json_object"}
    )
    assert json.loads(structured.choices[0].message.content) == {"ok": True}


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, openai.BadRequestError),
        (401, openai.AuthenticationError),
        (403, openai.PermissionDeniedError),
        (404, openai.NotFoundError),
        (429, openai.RateLimitError),
        (500, openai.InternalServerError),
    ],
)
def test_injected_errors_reach_the_client_as_its_own_classes(openai_server, status, error):
    openai_server.fail(status, "scripted failure")
    client = client_for(openai_server)
    with pytest.raises(error) as info:
        client.chat.completions.create(model="m", messages=HELLO)
    assert info.value.status_code == status
    assert "scripted failure" in str(info.value)
    # the fault is used up: the next request succeeds
    assert client.chat.completions.create(model="m", messages=HELLO).choices


def test_wrong_key_and_unknown_model(openai_server):
    openai_server.api_key = "right"
    with pytest.raises(openai.AuthenticationError):
        client_for(openai_server, "wrong").chat.completions.create(model="m", messages=HELLO)
    openai_server.strict_models = True
    with pytest.raises(openai.NotFoundError) as info:
        client_for(openai_server, "right").chat.completions.create(model="nope", messages=HELLO)
    assert info.value.code == "model_not_found"


def test_drop_mid_stream_is_a_connection_error_after_the_first_tokens(openai_server):
    openai_server.add_reply(Reply("one two three four five", drop_after=2))
    client = client_for(openai_server)
    received = []
    with (
        pytest.raises(openai.APIConnectionError),
        client.chat.completions.create(model="m", messages=HELLO, stream=True) as stream,
    ):
        for chunk in stream:
            received.append(chunk.choices[0].delta.content or "")
    assert "".join(received) == "one two"
    assert openai_server.chat_requests[-1].final_outcome() == "dropped"


def test_models_and_transcription_upload(openai_server):
    openai_server.transcription_text = "hej hej"
    client = client_for(openai_server)
    assert "gpt-4o-mini" in [m.id for m in client.models.list().data]
    result = client.audio.transcriptions.create(
        model="whisper-1", file=("turn.wav", b"RIFF0000WAVE", "audio/wav"), language="sv"
    )
    assert result.text == "hej hej"
    upload = openai_server.uploads[-1]
    assert upload.data == b"RIFF0000WAVE"
    assert upload.filename == "turn.wav"
    assert upload.fields["language"] == "sv"


def test_usable_without_the_fixture():
    with OpenAITestServer() as server:
        server.add_reply("ok")
        result = client_for(server).chat.completions.create(model="m", messages=HELLO)
        assert result.choices[0].message.content == "ok"
        assert server.base_url.startswith("http://127.0.0.1:")
