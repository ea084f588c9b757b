"""Request bodies are refused before they are read, by the limit of the form they are sent to.

Django checks an upload's size only after the whole body is on disk (a 300 MB POST to a form that takes no file
wrote 315 MB of temporary files before it was refused). Here:

- ``RequestBodyLimitMiddleware`` finds the limit of the address (``SSO_UPLOAD_LIMITS``: the longest matching
  path prefix; the signed-in default otherwise; the anonymous limit, with no files at all, for a request without
  a signed-in session), answers 413 with a Thai page when ``Content-Length`` is over it, before a byte of the body
  is read, and otherwise reads the body itself (before the CSRF check would) so that a refusal during the read is
  a 413 too, never a 500 and never a half-parsed form reaching the view;
- ``LimitedUploadHandler`` (first in ``FILE_UPLOAD_HANDLERS``) counts the file bytes as they stream and stops at
  the limit (whatever ``Content-Length`` said), and refuses any file where files are not accepted, before the
  handlers after it open a temporary file.

Django reads no body from a request without ``Content-Length`` (chunked); the proxy (deploy/nginx/sso-web.conf)
buffers such bodies up to ``client_max_body_size`` and forwards them with a ``Content-Length``.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.core.files.uploadhandler import FileUploadHandler
from django.shortcuts import render

BODY_METHODS = {"POST", "PUT", "PATCH"}


class RequestTooLarge(Exception):
    """The body, or a file in it, is over the limit of the form it was sent to (or a file went to a form that
    takes none)."""


@dataclass(frozen=True)
class UploadLimit:
    body_bytes: int  # the whole request body
    file_bytes: int  # the files in it, counted together; 0: no file accepted


def limit_for(request) -> UploadLimit:
    """The limit of the form at ``request.path``: anonymous requests get the anonymous limit wherever they go."""
    if not _signed_in(request):
        return UploadLimit(*settings.SSO_UPLOAD_ANONYMOUS_LIMIT)
    limits = settings.SSO_UPLOAD_LIMITS
    matches = [(prefix, limit) for prefix, limit in limits.items() if request.path.startswith(prefix)]
    if matches:
        return UploadLimit(*max(matches, key=lambda match: len(match[0]))[1])
    return UploadLimit(*settings.SSO_UPLOAD_SIGNED_IN_LIMIT)


def _signed_in(request) -> bool:
    """Whether the session names a user (the view still checks who; this only decides how much to read)."""
    session = getattr(request, "session", None)
    return session is not None and session.get(SESSION_KEY) is not None


def too_large_response(request, limit: UploadLimit):
    return render(
        request,
        "413.html",
        {"limit_mb": limit.file_bytes / 2**20, "files_accepted": limit.file_bytes > 0},
        status=413,
    )


class RequestBodyLimitMiddleware:
    """Put right after SessionMiddleware (it reads the session) and before CsrfViewMiddleware (which reads the
    body)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in BODY_METHODS:
            return self.get_response(request)
        limit = request.upload_limit = limit_for(request)
        try:
            declared = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            declared = 0
        if declared > limit.body_bytes:
            return too_large_response(request, limit)
        try:
            request.POST  # noqa: B018 (parsed here, where a refusal can still answer 413)
            request.FILES  # noqa: B018
        except RequestTooLarge:
            return too_large_response(request, limit)
        return self.get_response(request)


class LimitedUploadHandler(FileUploadHandler):
    """Counts the bytes of the files in a request and stops past the form's limit, before the handlers after it
    (memory, temporary file) see a byte or, for a form that takes no file, open one."""

    def __init__(self, request=None):
        super().__init__(request)
        self.received = 0

    def _limit(self) -> UploadLimit:
        limit = getattr(self.request, "upload_limit", None)
        return limit if limit is not None else limit_for(self.request)

    def new_file(self, *args, **kwargs):
        if self._limit().file_bytes <= 0:
            raise RequestTooLarge("this form takes no file")
        super().new_file(*args, **kwargs)

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > self._limit().file_bytes:
            self._discard_other_files()
            raise RequestTooLarge("the files are over the limit")
        return raw_data

    def _discard_other_files(self):
        """Close (and so delete) the temporary file the next handler opened for this file: the request keeps
        its handlers, so it would stay on disk as long as the request object lives."""
        for handler in getattr(self.request, "upload_handlers", []):
            if handler is not self and getattr(handler, "file", None) is not None:
                handler.file.close()

    def file_complete(self, file_size):
        return None
