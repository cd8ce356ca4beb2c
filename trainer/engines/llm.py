"""The LLM prospect: any OpenAI-compatible chat endpoint, streamed, kept in character.

The persona becomes the system prompt; the prospect state's stage directions go last in every
request so the model follows the deterministic mood instead of caving to one nice sentence.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
from collections.abc import Iterator

import openai

from trainer.core.persona import Persona
from trainer.core.prospect_state import Directions
from trainer.core.transcript import Turn
from trainer.engines.llm_client import (
    client_timeout,
    describe,
    error_detail,
    make_client,
    reply_problem,
    request_failures,
    server_of,
)
from trainer.engines.prompt import (
    LeakGuard,
    build_messages,
    injection_line,
    with_single_system_message,
)
from trainer.settings import Settings

log = logging.getLogger(__name__)

MAX_REPLY_TOKENS = 200  # 1-3 spoken sentences; a runaway reply is cut, not read out for a minute
# The app's own cap, for servers that ignore max_tokens: the stream is closed past it.
MAX_REPLY_WORDS = 300
MAX_REPLY_CHARS = 3000  # counted without spaces: a reply with no spaces is capped too
TEMPERATURE = 0.8
_END = object()
_WATCH_INTERVAL = 0.05


def _interrupt_on_cancel(stream, cancel: threading.Event, done: threading.Event) -> None:
    """Wake a read that is blocked on a stalled server as soon as `cancel` is set.

    Closing the response from another thread does not wake a blocked `recv`; shutting the
    socket down does. The reading thread then sees the connection end and stops quietly.
    """

    def watch() -> None:
        while not done.is_set():
            if cancel.wait(_WATCH_INTERVAL):
                if done.is_set():
                    return
                with contextlib.suppress(Exception):
                    network = stream.response.extensions.get("network_stream")
                    sock = network.get_extra_info("socket") if network is not None else None
                    if sock is not None:
                        sock.shutdown(socket.SHUT_RDWR)
                return

    threading.Thread(target=watch, name="llm-cancel-watch", daemon=True).start()


class LLMEngine:
    """Streams the prospect's reply from an OpenAI-compatible server."""

    name = "llm"

    def __init__(self, client: openai.OpenAI, model: str) -> None:
        self.client = client
        self.model = model
        self._plain_request = False  # set once a server rejects max_tokens / temperature
        self._single_system = False  # set once a chat template rejects a later system message

    def read_acts(self, text: str, lang: str, previous: str = "") -> list[str] | None:
        """The LLM's reading of a trainee turn (blocking: call it off the GUI thread)."""
        from trainer.engines.act_reader import read_with_llm

        return read_with_llm(self.client, self.model, text, lang, previous)

    @classmethod
    def from_settings(cls, settings: Settings) -> LLMEngine:
        return cls(make_client(settings), settings.llm_model)

    @property
    def server(self) -> str:
        return server_of(self.client)

    def _fail(self, exc: BaseException, mid_stream: bool = False):
        return describe(
            exc, self.server, self.model, mid_stream=mid_stream, timeout=client_timeout(self.client)
        )

    def _open(self, messages: list[dict]):
        """Start the streamed request; servers that refuse sampling options get a plain one."""
        options = {} if self._plain_request else {"temperature": TEMPERATURE}
        if not self._plain_request:
            options["max_tokens"] = MAX_REPLY_TOKENS
        if self._single_system:
            messages = with_single_system_message(messages)
        try:
            return self.client.chat.completions.create(
                model=self.model, messages=messages, stream=True, **options
            )
        except openai.BadRequestError as exc:
            text = str(exc).lower()
            if options and any(k in text for k in ("max_tokens", "temperature", "unsupported")):
                log.info(
                    "server refused sampling options, retrying without them: %s", error_detail(exc)
                )
                self._plain_request = True
                return self._open(messages)
            if not self._single_system and "system" in text:
                log.info(
                    "server wants one system message at the start, retrying: %s", error_detail(exc)
                )
                self._single_system = True
                return self._open(messages)
            raise self._fail(exc) from None
        except request_failures() as exc:
            raise self._fail(exc) from None

    def _open_unless_cancelled(self, messages: list[dict], cancel: threading.Event):
        """`_open`, but give up as soon as `cancel` is set (None then).

        A server loading its model can take a minute before it sends the response headers,
        and nothing interrupts that wait. So the request is opened on a helper thread; when
        the trainee hangs up meanwhile, the reply ends at once and the helper closes the
        stream whenever it arrives.
        """
        outcome: dict = {}
        ready = threading.Event()
        abandoned = threading.Event()
        lock = threading.Lock()  # the hand-over and the abandoning never interleave

        def opener() -> None:
            try:
                result: dict = {"stream": self._open(messages)}
            except BaseException as exc:  # handed to the waiting thread, or dropped
                result = {"error": exc}
            with lock:
                if not abandoned.is_set():
                    outcome.update(result)
                    ready.set()
                    return
            if "stream" in result:  # nobody will read it
                with contextlib.suppress(Exception):
                    result["stream"].close()

        threading.Thread(target=opener, name="llm-open", daemon=True).start()
        while not ready.wait(_WATCH_INTERVAL):
            if cancel.is_set():
                with lock:
                    if not ready.is_set():
                        abandoned.set()
                        return None
        if "error" in outcome:
            raise outcome["error"]
        if cancel.is_set():
            outcome["stream"].close()
            return None
        return outcome["stream"]

    def reply(
        self,
        persona: Persona,
        turns: list[Turn],
        directions: Directions,
        cancel: threading.Event,
    ) -> Iterator[str]:
        """Yield the reply as text deltas; stop early when `cancel` is set.

        Text already yielded belongs to the caller (the call records it) even when a failure
        follows; the failure is raised as `LLMError`.
        """
        if cancel.is_set():
            return
        messages = build_messages(persona, turns, directions)
        stream = self._open_unless_cancelled(messages, cancel)
        if stream is None:
            return
        guard = LeakGuard()
        done = threading.Event()
        _interrupt_on_cancel(stream, cancel, done)
        read = _Reading()
        with contextlib.ExitStack() as stack:
            stack.enter_context(stream)
            stack.callback(done.set)  # runs first: the watcher stops before the stream closes
            chunks = iter(stream)
            while True:
                if cancel.is_set():
                    return  # leaving the `with` closes the response
                try:
                    chunk = next(chunks, _END)
                    if chunk is _END:
                        break
                    delta = read.chunk(chunk)
                except request_failures() as exc:
                    if cancel.is_set():
                        return
                    started = bool(read.words or guard.pending)
                    raise self._fail(exc, mid_stream=started) from None
                if not delta:
                    continue
                safe = guard.feed(delta)
                if guard.leaked:
                    break
                if safe:
                    read.said(safe)
                    yield safe
                if read.too_long:
                    break  # a runaway reply: stop reading, leaving the `with` closes it
        if cancel.is_set():
            return
        if guard.leaked:
            log.info("reply broke character; said the persona's injection line instead")
            line = injection_line(persona, turns)
            yield line if not guard.released or guard.released[-1:].isspace() else " " + line
            return
        if read.too_long:
            raise reply_problem("too_long", self.server, self.model, MAX_REPLY_WORDS)
        tail = guard.flush()
        if tail:
            read.said(tail)
            yield tail
        problem = read.problem()
        if problem:
            raise reply_problem(problem, self.server, self.model)


class _Reading:
    """What a streamed reply has delivered so far: how it ended and how long it got.

    Counting as the text arrives keeps the cost of each chunk constant, so a reply of any
    length is read in linear time, and a runaway one is stopped at the cap.
    """

    def __init__(self) -> None:
        self.finish: str | None = None
        self.words = 0
        self.chars = 0
        self._mid_word = False

    def chunk(self, chunk) -> str | None:
        """The text of one chunk; remembers the finish reason when the chunk carries one."""
        if not chunk.choices:
            return None
        choice = chunk.choices[0]
        if choice.finish_reason:
            self.finish = choice.finish_reason
        return choice.delta.content if choice.delta is not None else None

    def said(self, text: str) -> None:
        pieces = text.split()
        self.words += len(pieces) - (
            1 if pieces and self._mid_word and not text[0].isspace() else 0
        )
        self._mid_word = bool(pieces) and not text[-1].isspace()
        self.chars += len(text) - text.count(" ")

    @property
    def too_long(self) -> bool:
        return self.words > MAX_REPLY_WORDS or self.chars > MAX_REPLY_CHARS

    def problem(self) -> str | None:
        """Why a reply that ended without a transport error is still not a whole reply."""
        if self.words == 0:
            return "empty"
        if self.finish is None:
            return "cut"  # the stream closed before finish_reason / [DONE]
        if self.finish in ("length", "content_filter"):
            return "length" if self.finish == "length" else "cut"
        return None
