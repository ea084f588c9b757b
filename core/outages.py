"""The 503 page when the database cannot be reached, instead of a plain 500.

Django turns an exception raised anywhere in the middleware or a view into the ``handler500`` response, with
the exception still in ``sys.exc_info()``. ``server_error`` (``handler500`` in the URLconf) looks at it: for
a database error (``OperationalError`` or ``InterfaceError``) it asks the database once more, on a fresh
connection, and if it still does not answer, renders ``503.html`` with ``Retry-After``. That page needs no
database (no context processors run: the site settings' one would query it). Any other error stays a 500.
"""

import logging
import sys

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, InterfaceError, OperationalError, connections
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.views.decorators.cache import never_cache
from django.views.defaults import server_error as django_server_error

logger = logging.getLogger(__name__)


def database_reachable(alias: str = DEFAULT_DB_ALIAS) -> bool:
    """Whether a fresh connection to the database answers ``SELECT 1``."""
    connection = connections[alias]
    try:
        if connection.in_atomic_block:  # a broken connection inside a transaction cannot be replaced
            connection.ensure_connection()
        else:
            connection.close()
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return True
    except (OperationalError, InterfaceError):
        return False


def unavailable_response() -> HttpResponse:
    seconds = settings.SSO_RETRY_AFTER_SECONDS
    html = render_to_string("503.html", {"retry_minutes": max(1, round(seconds / 60))})
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(seconds)
    return response


@never_cache
def server_error(request, template_name="500.html"):
    error = sys.exc_info()[1]
    if isinstance(error, (OperationalError, InterfaceError)) and not database_reachable():
        logger.error("the database cannot be reached: answering 503 (%s)", error)
        return unavailable_response()
    return django_server_error(request, template_name)
