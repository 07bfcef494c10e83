"""Handles on asynchronous jobs: start, wait, retrieve, resume -- the same for every API that has them.

An operation whose spec carries ``x-job`` starts a job (SpaceKnow: ``.../initiate`` starts a pipeline; a
Scaleway server action starts a task). The data says which calls belong together and where things are in
their answers (``openapi/README.md``)::

    x-job:
      call: imagery.search             # the one-call method (start + wait + retrieve) and its .resume()
      status: get_status               # operationId of the status call (shared by every pipeline)
      retrieve: imagery_search_retrieve  # operationId of the result call; omitted = the final status answer
      id: /pipelineId                  # JSON pointer to the job id in the start answer
      id_field: pipelineId             # the id goes into the status / retrieve JSON body under this name ...
      # id_param: task_id              # ... or into this parameter (path or query) of those calls
      id_name: pipeline_id             # what the API calls the id, in messages and reprs
      status_pointer: /status          # JSON pointers into a status answer (and the start answer)
      next_try: /nextTry
      progress: /progress
      status_body: {getProgress: true} # constant fields of the status request body
      done: [RESOLVED]
      failed: [FAILED]
      pages: {style: body_cursor, items: results, cursor_field: cursor}   # optional: paged results

A ``Job`` (``AsyncJob``; ``space_sdk/_async/jobs.py`` and its generated sync twin) is what the generated ``initiate`` returns: ``id`` (``str(job)``),
``status``/``next_try``/``progress`` as last seen, ``wait()`` (:mod:`~space_sdk._polling`: first check at
once, then ``nextTry``), ``retrieve()`` (the typed result), ``result()`` (both). A job that ends failed raises
:class:`~space_sdk.JobFailedError` carrying the retrieve's error code and message when the API has one
(SpaceKnow 424 ``PROCESSING-ERROR``); :class:`~space_sdk.JobTimeoutError` names the id to resume with.

A job pickles to its id and state only (a connection cannot travel): after unpickling, or in another process,
``<resource>.resume(job_id)`` gives a working handle again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from ._exceptions import APIError, ConfigurationError, JobFailedError, JobTimeoutError, ParameterError
from ._operation import Pagination
from ._polling import JobPolicy, JobState, hint_seconds, lookup

__all__ = [
    "JobBase",
    "JobSpec",
    "JsonBody",
    "ProgressHook",
    "RetrieveCall",
    "StatusCall",
    "check_job_id",
    "job_id_problem",
]

T = TypeVar("T")
Builder = Callable[..., dict[str, Any]]
#: (OPERATIONS entry, generated ``_get_kwargs``) of the status call
StatusCall = tuple[Mapping[str, Any], Builder]
#: (OPERATIONS entry, generated ``_get_kwargs``, parse) of the retrieve call; parse reads one answer
RetrieveCall = tuple[Mapping[str, Any], Builder, Callable[[Any], Any]]
ProgressHook = Callable[[JobState], object]


class JsonBody:
    """A JSON request body given as a mapping where a generated ``_get_kwargs`` expects a model: it only
    calls ``body.to_dict()``. Lets the core send ``{pipelineId: ...}`` to any status or retrieve call."""

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[str, Any]) -> None:
        self._data = dict(data)

    def to_dict(self) -> dict[str, Any]:
        return dict(self._data)


@dataclass(frozen=True, slots=True)
class JobSpec:
    """One start operation's ``x-job``, read once."""

    policy: JobPolicy
    id_pointer: str
    id_field: str | None
    id_param: str | None
    id_name: str
    call: str | None
    status_body: Mapping[str, Any]
    pages: Pagination | None

    @classmethod
    def from_spec(cls, data: Mapping[str, Any]) -> JobSpec:
        if bool(data.get("id_field")) == bool(data.get("id_param")):
            raise ValueError("x-job: give exactly one of id_field (a body field) and id_param (a parameter)")
        pages = data.get("pages")
        return cls(
            policy=JobPolicy.from_spec(data),
            id_pointer=str(data.get("id", "/id")),
            id_field=data.get("id_field"),
            id_param=data.get("id_param"),
            id_name=str(data.get("id_name", "job_id")),
            call=data.get("call"),
            status_body=dict(data.get("status_body") or {}),
            pages=Pagination(**{k: v for k, v in pages.items() if k in Pagination.__slots__})
            if pages
            else None,
        )

    def advice(self, job_id: str) -> str:
        """How to get a handle on this job again, naming a method that exists: the one-call method's
        ``resume`` (``x-job.call``); without one, the handle's own ``wait()`` is the only way back."""
        if self.call:
            return f"resume it with <client>.{self.call}.resume({job_id!r})"
        return "wait again with job.wait() (this API's x-job names no call with a resume)"

    def id_args(self, operation: Mapping[str, Any], job_id: str, body: Mapping[str, Any]) -> dict[str, Any]:
        """The keyword arguments of a status or retrieve call (``operation``) for this job id."""
        if self.id_field is not None:
            return {"body": JsonBody({self.id_field: job_id, **body})}
        for param in operation.get("params", ()):
            if param["name"] == self.id_param:
                return {param["python_name"]: job_id}
        raise ConfigurationError(f"x-job: {operation['operation_id']} has no parameter {self.id_param!r}")


def job_id_problem(job_id: object) -> str | None:
    """Why ``job_id`` cannot be a job id (``None`` if it can): it goes into a URL path (``/tasks/{id}``),
    where ``..`` or ``/`` would send the status request, with the token, somewhere else on the host."""
    if not isinstance(job_id, str) or not job_id.strip():
        return "must be a non-empty string (the id the start call returned)"
    if job_id in (".", "..") or any(c in job_id for c in "/\\?#") or not job_id.isprintable():
        return "must not be '.' or '..' nor contain '/', '\\', '?', '#' or control characters"
    return None


def check_job_id(spec: JobSpec, job_id: object) -> str:
    """A job id given by the user (``resume``), refused before anything is sent when it cannot be one."""
    problem = job_id_problem(job_id)
    if problem is not None:
        raise ParameterError(spec.id_name, problem, job_id)
    assert isinstance(job_id, str)
    return job_id


class JobBase(Generic[T]):
    """What the sync and async handles share: identity, last known state, pickling, messages (no I/O;
    ``space_sdk/_async/jobs.py`` adds refresh / wait / retrieve)."""

    __slots__ = (
        "_client",
        "_retrieve",
        "_spec",
        "_status_call",
        "body",
        "id",
        "next_try",
        "progress",
        "status",
    )

    def __init__(
        self,
        client: Any,
        spec: JobSpec,
        status: StatusCall,
        retrieve: RetrieveCall | None,
        job_id: str,
        body: Any = None,
    ) -> None:
        self._client = client
        self._spec = spec
        self._status_call = status
        self._retrieve = retrieve
        self.id = job_id
        #: the last answer that told the job's state (the start answer, then each status answer)
        self.body = body
        self.status: str | None = None
        self.next_try: float | None = None
        self.progress: Any = None
        if body is not None:
            self._note(body)

    def _note(self, body: Any) -> None:
        self.body = body
        policy = self._spec.policy
        status = lookup(body, policy.status_field)
        self.status = status if isinstance(status, str) else self.status
        self.next_try = hint_seconds(lookup(body, policy.next_try_field))
        self.progress = lookup(body, policy.progress_field)

    def __getattr__(self, name: str) -> str:
        # the id under the API's own name as well (``job.pipeline_id``: x-job.id_name)
        if not name.startswith("_"):
            spec = self._spec if hasattr(self, "_spec") else None
            if spec is not None and name == spec.id_name:
                return self.id
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    @property
    def done(self) -> bool:
        """Whether the last status seen is a done one (no request is sent)."""
        return self.status in self._spec.policy.done

    def _bound(self) -> Any:
        if self._client is None:
            raise ConfigurationError(
                f"this job handle was unpickled and has no client: {self._spec.advice(self.id)}"
            )
        return self._client

    def _status_args(self) -> dict[str, Any]:
        return self._spec.id_args(self._status_call[0], self.id, self._spec.status_body)

    def _retrieve_args(self) -> dict[str, Any]:
        assert self._retrieve is not None
        return self._spec.id_args(self._retrieve[0], self.id, {})

    def _timeout(self, exc: JobTimeoutError) -> JobTimeoutError:
        error = JobTimeoutError(
            f"{exc.message}; {self._spec.id_name}={self.id!r}: {self._spec.advice(self.id)}",
            status=exc.status,
            job_id=self.id,
            body=exc.body,
        )
        return error

    def _failed(self, exc: JobFailedError, cause: APIError | None) -> JobFailedError:
        """The failure, with the retrieve's error code and message when the retrieve gave one."""
        if cause is None:
            return JobFailedError(
                f"{exc.message}; {self._spec.id_name}={self.id!r}",
                status=exc.status,
                job_id=self.id,
                body=exc.body,
            )
        return JobFailedError(
            f"{cause.message} ({self._spec.id_name}={self.id!r}, status {exc.status})",
            status=exc.status,
            job_id=self.id,
            code=cause.code,
            status_code=cause.status_code,
            request_id=cause.request_id,
            body=cause.body,
            response=cause.response,
        )

    def __str__(self) -> str:
        return self.id

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._spec.id_name}={self.id!r}, status={self.status!r})"

    def __getstate__(self) -> dict[str, Any]:
        # the client (connection pool, credentials) never travels; status/retrieve calls are module-level
        # functions of the generated package, so they pickle by reference
        return {
            "spec": self._spec,
            "status_call": self._status_call,
            "retrieve": self._retrieve,
            "id": self.id,
            "state": (self.status, self.next_try, self.progress),
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._client = None
        self._spec = state["spec"]
        self._status_call = state["status_call"]
        self._retrieve = state["retrieve"]
        self.id = state["id"]
        self.body = None
        self.status, self.next_try, self.progress = state["state"]
