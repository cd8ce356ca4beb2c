"""A real OpenAI-compatible HTTP server on loopback, scriptable for tests and benchmarks.

It speaks enough of the protocol for the real `openai` client: chat completions (JSON and SSE
streaming, `response_format`), model listing and audio transcriptions. Tests script what it
says (a queue of replies or a callable), how fast it says it (first-token delay, tokens per
second), and how it fails (HTTP errors with OpenAI-shaped bodies, stalls, dropped connections,
garbage in the stream). Every request is recorded.

Usable without pytest (`with OpenAITestServer() as server: ...`), e.g. from bench scripts.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import re
import socket
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

_ERROR_TYPES = {
    400: ("invalid_request_error", None, "Invalid request."),
    401: ("invalid_request_error", "invalid_api_key", "Incorrect API key provided."),
    403: ("invalid_request_error", "unsupported_country_region_territory", "Forbidden."),
    404: ("invalid_request_error", "model_not_found", "The model does not exist."),
    429: ("requests", "rate_limit_exceeded", "Rate limit reached for requests."),
    500: ("server_error", None, "The server had an error while processing your request."),
    503: ("server_error", None, "The engine is currently overloaded."),
}
_TOKEN = re.compile(r"\s*\S{1,5}|\s+$")
_ids = itertools.count(1)


def split_tokens(text: str) -> list[str]:
    """Small word pieces, the way a real model streams ("Hello", " world", "Markn", "adsle")."""
    return _TOKEN.findall(text)


@dataclass
class Reply:
    """One scripted answer; unset timing fields fall back to the server's defaults."""

    text: str = ""
    first_token_delay: float | None = None
    header_delay: float = 0.0  # before any response byte, as a local server loading its model
    tokens_per_second: float | None = None
    stall_after: int | None = None  # tokens sent before the stall
    stall_seconds: float | None = None
    drop_after: int | None = None  # tokens sent before the connection is cut mid-chunk
    garbage_after: int | None = None  # tokens sent before a line that is not JSON
    error_event_after: int | None = None  # tokens sent before an in-stream {"error": ...} event
    end_after: int | None = None  # tokens sent before the body ends cleanly, with no finish/[DONE]
    finish_reason: str = "stop"
    chunks: list[str] | None = None  # exact content deltas to send instead of splitting `text`


@dataclass
class Fault:
    """An HTTP error answered instead of a reply."""

    status: int
    message: str | None = None
    code: str | None = None
    type: str | None = None
    path: str | None = None  # only requests to this path (e.g. "/v1/chat/completions")
    after: int = 0  # matching requests answered normally before this fault


@dataclass
class RecordedRequest:
    """What the client sent, and how the server's answer ended."""

    method: str
    path: str
    headers: dict[str, str]
    body: Any  # decoded JSON, the multipart fields as a dict, or None
    raw: bytes
    query: str = ""  # the query string, as sent
    outcome: str = "pending"  # answered | done | ended_early | client_closed | dropped | error
    tokens_sent: int = 0
    responded: threading.Event = field(default_factory=threading.Event, repr=False)  # status sent
    finished: threading.Event = field(default_factory=threading.Event, repr=False)

    def finish(self, outcome: str) -> None:
        self.outcome = outcome
        self.finished.set()

    def final_outcome(self, timeout: float = 5.0) -> str:
        """The outcome once the server has recorded it.

        The client can see a drop or the last byte before the server thread records how the
        answer ended, so a test that asserts the outcome must wait for it.
        """
        self.finished.wait(timeout)
        return self.outcome


@dataclass
class Upload:
    """One transcription request: the audio bytes and the form fields that came with it."""

    data: bytes
    filename: str | None
    content_type: str | None
    fields: dict[str, str]


Responder = Callable[[dict], "str | Reply | dict"]


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hangs up mid-request is normal here (cancel, drop tests)."""
        if not isinstance(sys.exc_info()[1], OSError):
            super().handle_error(request, client_address)


class OpenAITestServer:
    """ThreadingHTTPServer in a daemon thread on 127.0.0.1 with a random free port."""

    def __init__(self, *, api_key: str | None = None, models: list[str] | None = None) -> None:
        self.api_key = api_key  # when set, other keys get a 401 like the real service
        self.models = models or ["gpt-4o-mini", "llama3.2", "whisper-1"]
        self.strict_models = False  # when True, unknown models get a 404 model_not_found
        self.reject_json_schema = False  # answer 400 to response_format json_schema (old servers)
        self.replies: deque[str | Reply] = deque()
        self.json_replies: deque[str | dict] = deque()
        self.responder: Responder | None = None
        self.default_reply = "Mm."
        self.faults: deque[Fault] = deque()
        self.first_token_delay = 0.0
        self.tokens_per_second: float | None = None  # None: as fast as possible
        self.transcription_text = "hello"
        self.transcriptions: deque[str] = deque()
        self.uploads: list[Upload] = []
        self.requests: list[RecordedRequest] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._release = threading.Event()
        self._httpd: _QuietServer | None = None
        self._thread: threading.Thread | None = None

    # ---- life cycle -------------------------------------------------------------------------
    def start(self) -> OpenAITestServer:
        handler = type("Handler", (_Handler,), {"server_state": self})
        self._httpd = _QuietServer(("127.0.0.1", 0), handler)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._release.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> OpenAITestServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._httpd is not None, "server not started"
        return self._httpd.server_address[1]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        return f"{self.url}/v1"

    # ---- scripting --------------------------------------------------------------------------
    def add_reply(self, *replies: str | Reply) -> None:
        """Queue chat replies, used in order; when empty the responder or default_reply answers."""
        self.replies.extend(replies)

    def add_json(self, *replies: str | dict) -> None:
        """Queue answers for requests with a response_format (a str is sent as is, even if broken)."""
        self.json_replies.extend(replies)

    def fail(
        self,
        status: int,
        message: str | None = None,
        *,
        code: str | None = None,
        times: int = 1,
        path: str | None = None,
        after: int = 0,
    ) -> None:
        """The next `times` requests (to `path`, if given) get this HTTP error; with `after`,
        only once that many matching requests have been answered normally."""
        for _ in range(times):
            self.faults.append(Fault(status, message, code, path=path, after=after))

    def release_stall(self) -> None:
        """End every current and future stall at once."""
        self._release.set()

    # ---- what was sent ----------------------------------------------------------------------
    @property
    def chat_requests(self) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path.endswith("/chat/completions")]

    @property
    def last_chat(self) -> dict:
        """The body of the latest chat completion request."""
        return self.chat_requests[-1].body

    def wait_for_requests(self, count: int, timeout: float = 5.0) -> list[RecordedRequest]:
        deadline = time.monotonic() + timeout
        while len(self.requests) < count and time.monotonic() < deadline:
            time.sleep(0.005)
        return list(self.requests)

    # ---- internals --------------------------------------------------------------------------
    def _take_fault(self, path: str) -> Fault | None:
        with self._lock:
            for fault in list(self.faults):
                if fault.path is None or fault.path == path:
                    if fault.after > 0:
                        for waiting in self.faults:
                            if waiting.path == fault.path and waiting.after > 0:
                                waiting.after -= 1
                        return None
                    self.faults.remove(fault)
                    return fault
        return None

    def _chat_reply(self, body: dict) -> Reply:
        fmt = (body.get("response_format") or {}).get("type")
        with self._lock:
            if fmt in ("json_schema", "json_object") and self.json_replies:
                value = self.json_replies.popleft()
                return Reply(value if isinstance(value, str) else json.dumps(value))
            if self.replies:
                value = self.replies.popleft()
                return value if isinstance(value, Reply) else Reply(value)
        if self.responder is not None:
            value = self.responder(body)
            if isinstance(value, Reply):
                return value
            return Reply(value if isinstance(value, str) else json.dumps(value))
        return Reply(self.default_reply)

    def _transcript(self) -> str:
        with self._lock:
            return self.transcriptions.popleft() if self.transcriptions else self.transcription_text

    def _pause(self, seconds: float) -> None:
        if seconds > 0:
            self._stopping.wait(seconds)


def error_body(status: int, message: str | None = None, code: str | None = None) -> dict:
    """The error JSON the OpenAI API sends; the client turns it into its exception classes."""
    etype, default_code, default_message = _ERROR_TYPES.get(
        status, ("api_error", None, f"Error {status}.")
    )
    return {
        "error": {
            "message": message or default_message,
            "type": etype,
            "param": None,
            "code": code or default_code,
        }
    }


class _Handler(BaseHTTPRequestHandler):
    server_state: OpenAITestServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
        pass

    # ---- plumbing ---------------------------------------------------------------------------
    def _record(self, body: Any, raw: bytes) -> RecordedRequest:
        headers = {k.lower(): v for k, v in self.headers.items()}
        path, _, query = self.path.partition("?")
        rec = RecordedRequest(self.command, path, headers, body, raw, query)
        with self.server_state._lock:
            self.server_state.requests.append(rec)
        return rec

    def _send_json(self, status: int, payload: Any, rec: RecordedRequest) -> None:
        data = json.dumps(payload).encode()
        rec.responded.set()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        if status >= 400:
            self.send_header("x-should-retry", "false")
        self.end_headers()
        with contextlib.suppress(OSError):
            self.wfile.write(data)
        rec.finish("answered" if status < 400 else "error")

    def _send_text(self, text: str, rec: RecordedRequest) -> None:
        data = text.encode()
        rec.responded.set()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
        rec.finish("answered")

    def _authorised(self, rec: RecordedRequest) -> bool:
        key = self.server_state.api_key
        if key is None or self.headers.get("Authorization") == f"Bearer {key}":
            return True
        message = "Incorrect API key provided. You can find your API key in your account settings."
        self._send_json(401, error_body(401, message), rec)
        return False

    def _fault(self, rec: RecordedRequest) -> bool:
        fault = self.server_state._take_fault(rec.path)
        if fault is None:
            return False
        self._send_json(fault.status, error_body(fault.status, fault.message, fault.code), rec)
        return True

    # ---- endpoints --------------------------------------------------------------------------
    def do_GET(self) -> None:
        rec = self._record(None, b"")
        if not self._authorised(rec) or self._fault(rec):
            return
        if rec.path.rstrip("/") == "/v1/models":
            data = [
                {"id": m, "object": "model", "created": 1700000000, "owned_by": "loopback"}
                for m in self.server_state.models
            ]
            self._send_json(200, {"object": "list", "data": data}, rec)
        else:
            self._send_json(404, error_body(404, f"Unknown path {rec.path}", "not_found"), rec)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        path = self.path.split("?")[0]
        if path.endswith("/audio/transcriptions"):
            self._transcribe(raw)
            return
        try:
            body = json.loads(raw or b"null")
        except json.JSONDecodeError:
            body = None
        rec = self._record(body, raw)
        if not self._authorised(rec) or self._fault(rec):
            return
        if not path.endswith("/chat/completions"):
            self._send_json(404, error_body(404, f"Unknown path {path}", "not_found"), rec)
            return
        if not isinstance(body, dict) or not body.get("messages"):
            self._send_json(400, error_body(400, "'messages' is a required property"), rec)
            return
        state = self.server_state
        model = body.get("model", "")
        if state.strict_models and model not in state.models:
            message = f"The model `{model}` does not exist or you do not have access to it."
            self._send_json(404, error_body(404, message, "model_not_found"), rec)
            return
        fmt = (body.get("response_format") or {}).get("type")
        if fmt == "json_schema" and state.reject_json_schema:
            message = "response_format type 'json_schema' is not supported"
            self._send_json(400, error_body(400, message), rec)
            return
        reply = state._chat_reply(body)
        state._pause(reply.header_delay)
        if body.get("stream"):
            self._stream(body, reply, rec)
        else:
            state._pause(
                reply.first_token_delay
                if reply.first_token_delay is not None
                else state.first_token_delay
            )
            self._send_json(200, _completion(body, reply), rec)

    def _transcribe(self, raw: bytes) -> None:
        ctype = self.headers.get("Content-Type", "")
        fields: dict[str, str] = {}
        upload = Upload(b"", None, None, fields)
        if ctype.startswith("multipart/form-data"):
            message = BytesParser(policy=HTTP).parsebytes(
                f"Content-Type: {ctype}\r\n\r\n".encode() + raw
            )
            for part in message.iter_parts():
                name = part.get_param("name", header="content-disposition")
                payload = part.get_payload(decode=True) or b""
                if part.get_filename() is not None or name == "file":
                    upload.data = payload
                    upload.filename = part.get_filename()
                    upload.content_type = part.get_content_type()
                elif name:
                    fields[str(name)] = payload.decode("utf-8", "replace")
        rec = self._record(dict(fields), raw)
        if not self._authorised(rec) or self._fault(rec):
            return
        with self.server_state._lock:
            self.server_state.uploads.append(upload)
        if not upload.data:
            self._send_json(400, error_body(400, "No audio file was uploaded."), rec)
            return
        text = self.server_state._transcript()
        if fields.get("response_format") == "text":
            self._send_text(text, rec)
        else:
            self._send_json(200, {"text": text}, rec)

    # ---- streaming --------------------------------------------------------------------------
    def _write_chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):X}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()

    def _event(self, payload: dict | str) -> None:
        text = payload if isinstance(payload, str) else json.dumps(payload)
        self._write_chunk(f"data: {text}\n\n".encode())

    def _stream(self, body: dict, reply: Reply, rec: RecordedRequest) -> None:
        rec.responded.set()
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        try:
            self.wfile.flush()
            outcome = self._stream_body(body, reply, rec)
        except OSError:  # the client went away (cancel, barge-in, closed stream)
            outcome = "client_closed"
        rec.finish(outcome)
        if outcome not in ("done", "ended_early"):
            self.close_connection = True

    def _stream_body(self, body: dict, reply: Reply, rec: RecordedRequest) -> str:
        state = self.server_state
        base = {
            "id": f"chatcmpl-loop{next(_ids)}",
            "object": "chat.completion.chunk",
            "created": int(time.time()),
            "model": body.get("model", ""),
            "system_fingerprint": None,
        }

        def chunk(delta: dict, finish: str | None = None) -> dict:
            choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}
            return {**base, "choices": [choice]}

        delay = reply.first_token_delay
        state._pause(state.first_token_delay if delay is None else delay)
        self._event(chunk({"role": "assistant", "content": ""}))
        rate = reply.tokens_per_second or state.tokens_per_second
        tokens = reply.chunks if reply.chunks is not None else split_tokens(reply.text)
        for index, token in enumerate(tokens):
            if index == reply.end_after:
                self._write_chunk(b"")  # a clean end of the body, mid-reply
                return "ended_early"
            if index == reply.drop_after:
                self.wfile.write(b'40\r\ndata: {"partial')  # half a chunk, then gone
                self.wfile.flush()
                self._cut()
                return "dropped"
            if index == reply.garbage_after:
                self._event("{this is not json")
            if index == reply.error_event_after:
                self._event(error_body(500, "The model crashed while generating."))
            if index == reply.stall_after:
                stall = reply.stall_seconds if reply.stall_seconds is not None else 5.0
                state._release.wait(stall)
            if state._stopping.is_set():
                self._cut()
                return "dropped"
            if rate and index:
                state._pause(1.0 / rate)
            self._event(chunk({"content": token}))
            rec.tokens_sent = index + 1
        if reply.end_after is not None:  # every token sent, but never a finish or [DONE]
            self._write_chunk(b"")
            return "ended_early"
        self._event(chunk({}, reply.finish_reason))
        options = body.get("stream_options") or {}
        if options.get("include_usage"):
            usage = _usage(body, reply.text)
            self._event({**base, "choices": [], "usage": usage})
        self._event("[DONE]")
        self._write_chunk(b"")  # an empty chunk ends the chunked body
        return "done"

    def _cut(self) -> None:
        """Close the socket without finishing the chunked body: a real mid-stream drop."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)


def _usage(body: dict, text: str) -> dict:
    prompt = sum(len(str(m.get("content", "")).split()) for m in body.get("messages", []))
    completion = len(split_tokens(text))
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
    }


def _completion(body: dict, reply: Reply) -> dict:
    return {
        "id": f"chatcmpl-loop{next(_ids)}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model", ""),
        "system_fingerprint": None,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": reply.text, "refusal": None},
                "logprobs": None,
                "finish_reason": reply.finish_reason,
            }
        ],
        "usage": _usage(body, reply.text),
    }


try:  # the fixture is only defined when pytest is around (bench scripts import the class)
    import pytest
except ImportError:  # pragma: no cover
    pytest = None  # type: ignore[assignment]

if pytest is not None:

    @pytest.fixture
    def openai_server() -> Iterator[OpenAITestServer]:
        """A fresh loopback OpenAI server per test."""
        with OpenAITestServer() as server:
            yield server
