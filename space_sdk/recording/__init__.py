"""Record HTTP exchanges as HAR 1.2 with the API's secrets removed (``space-sdk contract --record``, the typed
clients' :class:`RecordingTransport`); ``space-sdk drift`` reads them. Needs the ``recording`` extra (harfile).
"""

from space_sdk.recording._har import Exchange, HarWriter
from space_sdk.recording._redact import REDACTED, Redaction
from space_sdk.recording._transport import AsyncRecordingTransport, RecordingTransport

__all__ = ["REDACTED", "AsyncRecordingTransport", "Exchange", "HarWriter", "RecordingTransport", "Redaction"]
