"""Every exception the SDK raises; nothing else escapes a call.

The hierarchy::

    * SpaceSDKError                   base of everything below
      + ConfigurationError            (also ValueError) bad client set-up: no token, plain http:// to a remote host
      + APIError                      a call failed; unknown error codes land here as they are
        - APIConnectionError          no usable answer: DNS, refused, reset, TLS, protocol error
          · APITimeoutError           connect/read/write/pool timeout
        - ResponseValidationError     an answer not in the documented shape (HTML 502, truncated JSON, no code)
        - AuthenticationError         token missing, malformed or expired (10011, 10012, HTTP 401)
        - PermissionDeniedError       quota / history / API limited (30001, HTTP 403)
        - InvalidRequestError         the server rejected the parameters (30002, HTTP 400/422)
          · ParameterError            (also ValueError) the SDK rejected them before sending anything
        - NotFoundError               no such resource (HTTP 404)
        - ConflictError               the resource's state forbids it: e.g. a volume still attached (HTTP 409)
        - RateLimitError              too many requests (HTTP 429)
        - ServerError                 the server failed (30003, HTTP 5xx)
        - DataNotReadyError           the day's data is not published yet (30004); see ``ready_at``
        - JobFailedError              an asynchronous job ended in a failed status; see ``status``
        - JobTimeoutError             a job was not done within the time given to wait for it

Every :class:`APIError` carries ``message``, ``status_code``, ``code`` (the API's own error code),
``request_id`` and ``body`` where they exist (``None`` otherwise). No exception ever holds the token.

Which class an error code or HTTP status becomes is not written here: it is the spec's ``x-errors``
table (``kind`` → class through :data:`KIND_TO_EXCEPTION`), see ``space_sdk._errors``.
"""

from __future__ import annotations

import datetime
from typing import Any

import httpx

__all__ = [
    "KIND_TO_EXCEPTION",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "ConfigurationError",
    "ConflictError",
    "DataNotReadyError",
    "InvalidRequestError",
    "JobFailedError",
    "JobTimeoutError",
    "NotFoundError",
    "ParameterError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "ServerError",
    "SpaceSDKError",
]


class SpaceSDKError(Exception):
    """Base class of every exception raised by ``space_sdk``."""


class ConfigurationError(SpaceSDKError, ValueError):
    """Raised when a client is built: no token found, or a plain ``http://`` base URL to a non-loopback host."""


class APIError(SpaceSDKError):
    """Raised when a call fails. Used as is for error codes the spec does not document."""

    #: whether the retry policy may try the call again (set from the spec's x-errors table)
    retryable: bool = False

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        code: int | str | None = None,
        request_id: str | None = None,
        body: Any = None,
        response: httpx.Response | None = None,
        retryable: bool | None = None,
        fields: dict[str, list[str]] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.code = code
        self.request_id = request_id
        self.body = body
        self.response = response
        #: per-field messages of a rejected request (``{"email": ["incorrect email address"]}``), when the
        #: error body has them (the x-errors ``body.fields`` name)
        self.fields = fields
        if retryable is not None:
            self.retryable = retryable

    def __str__(self) -> str:
        parts = [self.message]
        if self.fields:
            parts[0] += ": " + "; ".join(f"{name}: {', '.join(msgs)}" for name, msgs in self.fields.items())
        if self.code is not None:
            parts.append(f"code={self.code}")
        if self.status_code is not None:
            parts.append(f"status={self.status_code}")
        if self.request_id:
            parts.append(f"request_id={self.request_id}")
        return parts[0] if len(parts) == 1 else f"{parts[0]} ({', '.join(parts[1:])})"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r}, status_code={self.status_code!r}, code={self.code!r}, request_id={self.request_id!r})"


class APIConnectionError(APIError):
    """Raised when no answer arrived: DNS failure, connection refused or reset, TLS or protocol error."""

    retryable = True


class APITimeoutError(APIConnectionError):
    """Raised when connecting, sending or reading took longer than the configured timeout."""


class ResponseValidationError(APIError):
    """Raised when an answer is not in the documented shape: not JSON (an HTML 502 page), truncated JSON,
    an envelope without its ``code``, or rows the generated models cannot read."""


class AuthenticationError(APIError):
    """Raised when the token is missing, malformed or expired (Spacescope 10011/10012, HTTP 401)."""


class PermissionDeniedError(APIError):
    """Raised when the token may not do this: quota, history or API limits (Spacescope 30001, HTTP 403)."""


class InvalidRequestError(APIError):
    """Raised when the server rejects the parameters (Spacescope 30002, HTTP 400/422)."""


class ParameterError(InvalidRequestError, ValueError):
    """Raised before anything is sent when an argument breaks the spec (type, pattern, range, order of a
    date range, a required filter group). ``parameter`` names it, ``allowed`` says what is accepted."""

    def __init__(self, parameter: str, allowed: str, value: Any = None) -> None:
        shown = "" if value is None else f", got {value!r}"
        super().__init__(f"{parameter}: {allowed}{shown}")
        self.parameter = parameter
        self.allowed = allowed
        self.value = value


class NotFoundError(APIError):
    """Raised when the resource does not exist (HTTP 404)."""


class ConflictError(APIError):
    """Raised when the request clashes with the resource's current state (HTTP 409), e.g. deleting a volume
    that is still attached to a server."""


class RateLimitError(APIError):
    """Raised when the server asks the client to slow down (HTTP 429); retried first, honouring Retry-After."""

    retryable = True


class ServerError(APIError):
    """Raised when the server failed (Spacescope 30003, HTTP 5xx); retried first."""

    retryable = True


class DataNotReadyError(APIError):
    """Raised at once (never retried) when the requested day's data is not published yet (Spacescope 30004).

    ``ready_at`` is the next time (UTC) the data is due, from the spec's ``x-data-freshness``: the day after
    the last requested date (``lag_days``) at ``ready_at_utc``, or the next such time if that has passed.
    """

    def __init__(self, message: str, *, ready_at: datetime.datetime | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.ready_at = ready_at

    def __str__(self) -> str:
        base = super().__str__()
        return base if self.ready_at is None else f"{base}; expected ready at {self.ready_at.isoformat()}"


class JobFailedError(APIError):
    """Raised when an asynchronous job ended in a failed state (SpaceKnow ``FAILED``): by job polling, or by
    the retrieve of a failed job (SpaceKnow HTTP 424 ``PROCESSING-ERROR``), whose ``code`` and ``message``
    it then carries. ``job_id`` names the job."""

    def __init__(
        self, message: str, *, status: str | None = None, job_id: str | None = None, **kwargs: Any
    ) -> None:
        super().__init__(message, **kwargs)
        self.status = status
        self.job_id = job_id


class JobTimeoutError(APIError):
    """Raised by job polling, before sleeping past the deadline, when the job is still not done; ``job_id``
    names it, so it can be resumed later (``<resource>.resume(job_id)``)."""

    def __init__(
        self, message: str, *, status: str | None = None, job_id: str | None = None, **kwargs: Any
    ) -> None:
        super().__init__(message, **kwargs)
        self.status = status
        self.job_id = job_id


#: The spec's ``x-errors`` ``kind`` → the class raised for it.
KIND_TO_EXCEPTION: dict[str, type[APIError]] = {
    "authentication": AuthenticationError,
    "permission": PermissionDeniedError,
    "invalid_request": InvalidRequestError,
    "not_found": NotFoundError,
    "conflict": ConflictError,
    "rate_limit": RateLimitError,
    "server": ServerError,
    "data_not_ready": DataNotReadyError,
    "job_failed": JobFailedError,
}
