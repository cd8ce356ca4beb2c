"""The `openai` client as an interactive app needs it, and every failure as one line for the user.

The library's defaults (a 600 s timeout, two retries with back-off) suit batch jobs; on a
practice call a dead server must say so within seconds. Every way a request can fail, before
or in the middle of a streamed reply, becomes an `LLMError` whose message says what is wrong
and what to do about it.
"""

from __future__ import annotations

import json
import re
import sys
from typing import TypeVar
from urllib.parse import parse_qsl, urlsplit, urlunsplit

import anyio
import httpx2
import openai
from pydantic import BaseModel, ValidationError

from trainer.core.errors import KnownError
from trainer.settings import Settings

CONNECT_TIMEOUT = 5.0
LOCAL_KEY = "not-needed"  # local servers ignore the key, but the client insists on one
OPENAI_URL = "https://api.openai.com/v1"
OFFLINE_HINT = "or switch to the offline prospect"
_MAX_DETAIL = 140
_URL = re.compile(r"\b[a-z][a-z0-9+.-]*://[^\s'\"<>]+", re.IGNORECASE)

M = TypeVar("M", bound=BaseModel)


class LLMError(KnownError):
    """A failed LLM request, explained in one line. `kind` says which failure it was."""

    def __init__(self, message: str, kind: str = "error", status: int | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.status = status


def normalise_base_url(url: str) -> str:
    """'localhost:11434/v1' -> 'http://localhost:11434/v1'; empty stays empty (OpenAI itself)."""
    url = url.strip()
    if url and "://" not in url:
        url = "http://" + url
    return url.rstrip("/")


def redact_url(url: str) -> str:
    """A URL fit to show: user name, password and query values become '***'.

    A base URL may carry credentials ('http://user:secret@host/v1?token=...'); every message
    that names the server goes through here so they never reach the screen or a log.
    """
    text = str(url)
    try:
        parts = urlsplit(text)
    except ValueError:
        return re.sub(r"//[^/@]*@", "//***@", text.split("?")[0])
    netloc = parts.netloc
    if "@" in netloc:
        netloc = "***@" + netloc.rpartition("@")[2]
    query = "&".join(
        f"{name}=***" for name, _value in parse_qsl(parts.query, keep_blank_values=True)
    )
    return urlunsplit((parts.scheme, netloc, parts.path, query, ""))


def split_query(url: str) -> tuple[str, dict[str, str]]:
    """'http://host/v1?token=x' -> ('http://host/v1', {'token': 'x'}).

    The client appends '/chat/completions' to the base URL's path, so a query left in the
    base URL would end up inside the path; it travels as the client's default query instead.
    """
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", "")).rstrip("/"), query


def host_of(url: str) -> str:
    """The host (and port) of a base URL, without credentials, for the engine badge."""
    netloc = urlsplit(normalise_base_url(url) or OPENAI_URL).netloc
    return netloc.rpartition("@")[2]


def make_client(settings: Settings, *, max_retries: int = 0) -> openai.OpenAI:
    """An `openai.OpenAI` with a short connect timeout, few retries and a dummy key for local servers."""
    base_url = normalise_base_url(settings.llm_base_url)
    key = settings.llm_api_key.strip()
    if not key:
        if not base_url:
            raise LLMError(
                "No LLM server is set up: enter an OpenAI API key or a local server's base URL "
                f"in Settings (or set OPENAI_API_KEY / OPENAI_BASE_URL), {OFFLINE_HINT}.",
                kind="config",
            )
        key = LOCAL_KEY
    timeout = httpx2.Timeout(settings.llm_timeout_seconds, connect=CONNECT_TIMEOUT)
    try:
        url, query = split_query(base_url or OPENAI_URL)
        return openai.OpenAI(
            api_key=key,
            base_url=url,
            default_query=query or None,
            timeout=timeout,
            max_retries=max(0, min(1, max_retries)),
        )
    except (openai.OpenAIError, ValueError, httpx2.InvalidURL) as exc:
        raise LLMError(
            f"The LLM base URL {redact_url(base_url)!r} cannot be used ({error_detail(exc)}): "
            "fix it in Settings.",
            kind="config",
        ) from None


def server_of(client: openai.OpenAI) -> str:
    """The server as messages name it: credentials and query values redacted."""
    return redact_url(str(client.base_url).rstrip("/"))


def error_detail(exc: BaseException) -> str:
    """The most useful short text an exception carries, on one line."""
    message = None
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict):
            message = inner.get("message")
        elif isinstance(inner, str):
            message = inner
    if not message:
        message = getattr(exc, "message", None) or str(exc) or exc.__class__.__name__
        message = re.sub(r"^Error code: \d+ - ", "", str(message))
    message = " ".join(str(message).split())
    message = _URL.sub(lambda m: redact_url(m.group()), message)
    if len(message) > _MAX_DETAIL:
        message = message[: _MAX_DETAIL - 1].rstrip() + "…"
    return message.rstrip(".")


def _transport_errors() -> tuple[type[BaseException], ...]:
    """Errors the HTTP layer may raise past the client mid-stream (httpx2, legacy httpx, anyio)."""
    errors: list[type[BaseException]] = [httpx2.HTTPError, httpx2.StreamError, anyio.EndOfStream]
    errors += [anyio.BrokenResourceError, anyio.ClosedResourceError, ConnectionError, TimeoutError]
    legacy = sys.modules.get("httpx")
    if legacy is not None:
        errors += [legacy.HTTPError, legacy.StreamError]
    return tuple(errors)


def _timeout_errors() -> tuple[type[BaseException], ...]:
    errors: list[type[BaseException]] = [httpx2.TimeoutException, TimeoutError]
    legacy = sys.modules.get("httpx")
    if legacy is not None:
        errors.append(legacy.TimeoutException)
    return tuple(errors)


def describe(
    exc: BaseException,
    server: str,
    model: str,
    *,
    mid_stream: bool = False,
    timeout: float | None = None,
) -> LLMError:
    """Turn any failure of a request into one line: what is wrong, then what to do."""
    status = getattr(exc, "status_code", None)
    if isinstance(exc, LLMError):
        return exc
    if isinstance(exc, (openai.APITimeoutError, *_timeout_errors())):
        within = f" within {timeout:g} s" if timeout else " in time"
        where = "stopped mid-reply" if mid_stream else f"did not answer{within}"
        return LLMError(
            f"The LLM server at {server} {where}: it may be busy or still loading the model. "
            f"Try again, raise the timeout in Settings, {OFFLINE_HINT}.",
            kind="timeout",
        )
    if isinstance(exc, (openai.APIConnectionError, OSError, *_transport_errors())):
        if mid_stream:
            return LLMError(
                f"The connection to the LLM server at {server} broke off mid-reply: "
                f"check that the server is still running and try again, {OFFLINE_HINT}.",
                kind="connection",
            )
        return LLMError(
            f"Cannot reach the LLM server at {server}: is it running? "
            f"Check the base URL in Settings, {OFFLINE_HINT}.",
            kind="connection",
        )
    if isinstance(exc, openai.AuthenticationError):
        return LLMError(
            f"The LLM server at {server} refused the API key (401): enter a valid key in Settings "
            "or set OPENAI_API_KEY.",
            kind="auth",
            status=status,
        )
    if isinstance(exc, openai.PermissionDeniedError):
        return LLMError(
            f"The API key may not use model {model!r} on {server} (403: {error_detail(exc)}): "
            "check the key's permissions or pick another model in Settings.",
            kind="permission",
            status=status,
        )
    if isinstance(exc, openai.NotFoundError):
        hint = "" if server.endswith("/v1") else " and that the base URL ends in /v1"
        return LLMError(
            f"The LLM server at {server} does not know the model {model!r} (404): pick a model it "
            f"serves in Settings or set TRAINER_LLM_MODEL{hint}.",
            kind="not_found",
            status=status,
        )
    if isinstance(exc, openai.RateLimitError):
        if getattr(exc, "code", None) == "insufficient_quota":
            return LLMError(
                f"The account behind the API key has run out of credit (429): check its billing, "
                f"{OFFLINE_HINT}.",
                kind="quota",
                status=status,
            )
        return LLMError(
            "The LLM server is rate-limiting requests (429): wait a moment and try again, "
            f"{OFFLINE_HINT}.",
            kind="rate_limit",
            status=status,
        )
    if isinstance(exc, openai.BadRequestError):
        return LLMError(
            f"The LLM server rejected the request (400: {error_detail(exc)}): check the model name in "
            "Settings; the model may not support chat.",
            kind="bad_request",
            status=status,
        )
    if isinstance(exc, openai.InternalServerError):
        return LLMError(
            f"The LLM server at {server} had an internal error ({status}): try again in a moment, "
            f"{OFFLINE_HINT}.",
            kind="server",
            status=status,
        )
    if isinstance(exc, openai.APIStatusError):
        return LLMError(
            f"The LLM server at {server} answered {status} ({error_detail(exc)}): check the base URL "
            f"and model in Settings, {OFFLINE_HINT}.",
            kind="status",
            status=status,
        )
    malformed = (ValueError, KeyError, TypeError, AttributeError, IndexError)
    if isinstance(exc, (openai.APIResponseValidationError, *malformed)):
        return LLMError(
            f"The LLM server at {server} sent data that is not in the OpenAI format: check that "
            f"the base URL points at an OpenAI-compatible endpoint (…/v1), {OFFLINE_HINT}.",
            kind="malformed",
        )
    if isinstance(exc, openai.APIError):
        return LLMError(
            f"The LLM server at {server} reported an error ({error_detail(exc)}): try again, "
            f"{OFFLINE_HINT}.",
            kind="api",
        )
    if isinstance(exc, openai.OpenAIError):
        return LLMError(
            f"The LLM client is not set up correctly ({error_detail(exc)}): check Settings.",
            kind="config",
        )
    return LLMError(
        f"The LLM request failed ({exc.__class__.__name__}: {error_detail(exc)}): try again, "
        f"{OFFLINE_HINT}.",
        kind="unknown",
    )


def reply_problem(kind: str, server: str, model: str, limit: int = 0) -> LLMError:
    """A reply that arrived without a transport error but is not whole: empty, or cut short.

    What was said before the problem stays in the call (marked cut off); the message says so
    and what to do.
    """
    if kind == "empty":
        text = f"The LLM server at {server} sent an empty reply (model {model!r})"
    elif kind == "length":
        text = "The LLM's reply hit the server's length limit and was cut off mid-sentence"
    elif kind == "too_long":
        text = f"The LLM's reply ran past {limit} words, so it was cut off there"
    else:
        text = f"The reply from the LLM server at {server} stopped before it was complete"
    kept = "" if kind == "empty" else " (what it said is kept, marked cut off)"
    return LLMError(f"{text}{kept}: try again, {OFFLINE_HINT}.", kind=kind)


def request_failures() -> tuple[type[BaseException], ...]:
    """Everything a request or stream iteration may raise that `describe` explains."""
    return (
        openai.OpenAIError,
        *_transport_errors(),
        OSError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        IndexError,
    )


def client_timeout(client: openai.OpenAI) -> float | None:
    timeout = client.timeout
    if isinstance(timeout, httpx2.Timeout):
        return timeout.read
    return timeout if isinstance(timeout, int | float) else None


# ---- structured output ------------------------------------------------------------------------

_FENCE = re.compile(r"^\s*```(?:json)?\s*|\s*```\s*$", re.IGNORECASE)


def _extract_json(text: str) -> str:
    """The JSON object in a reply, tolerating code fences and chatter around it."""
    text = _FENCE.sub("", text.strip())
    start, end = text.find("{"), text.rfind("}")
    return text[start : end + 1] if 0 <= start < end else text


def _parse(text: str | None, schema: type[M]) -> tuple[M | None, str]:
    if not text:
        return None, "the reply was empty"
    try:
        return schema.model_validate_json(_extract_json(text)), ""
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "the object"
        return None, f"{where}: {err['msg']}"


def _formats(schema: type[BaseModel]) -> list[dict | None]:
    return [
        {
            "type": "json_schema",
            "json_schema": {
                "name": re.sub(r"[^a-zA-Z0-9_-]", "_", schema.__name__)[:64],
                "schema": schema.model_json_schema(),
                "strict": False,
            },
        },
        {"type": "json_object"},
        None,  # plain text: the instructions alone must do
    ]


def complete_json(
    client: openai.OpenAI,
    model: str,
    messages: list[dict],
    schema: type[M],
    *,
    temperature: float = 0.0,
) -> M | None:
    """Ask for JSON matching `schema`; validate it, retry once, give None if it stays invalid.

    Servers that reject `response_format` json_schema (several local ones) are asked again with
    json_object, then with plain instructions. Transport and API failures raise `LLMError`.
    """
    guide = (
        "Answer with one JSON object only, no prose and no code fences, matching this JSON "
        f"schema:\n{json.dumps(schema.model_json_schema(), ensure_ascii=False)}"
    )
    convo = [*messages, {"role": "system", "content": guide}]
    formats = _formats(schema)
    attempts = 0
    while attempts < 2:
        fmt = formats[0]
        extra = {"response_format": fmt} if fmt else {}
        try:
            response = client.chat.completions.create(
                model=model, messages=convo, temperature=temperature, **extra
            )
            text = response.choices[0].message.content if response.choices else None
        except openai.BadRequestError as exc:
            if len(formats) > 1:
                formats.pop(0)  # this server does not take that response_format: step down
                continue
            raise describe(exc, server_of(client), model) from None
        except request_failures() as exc:
            raise describe(exc, server_of(client), model, timeout=client_timeout(client)) from None
        attempts += 1
        result, problem = _parse(text, schema)
        if result is not None:
            return result
        convo = [
            *convo,
            {"role": "assistant", "content": text or ""},
            {
                "role": "user",
                "content": f"That was not valid ({problem}). Reply again with the JSON object only.",
            },
        ]
    return None
