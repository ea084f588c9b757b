"""A URLconf whose one view fails with a database error that is not an outage, for the 503 tests."""

from django.db import OperationalError
from django.urls import path

handler500 = "core.outages.server_error"


def locked(request):
    raise OperationalError("database is locked")


urlpatterns = [path("locked/", locked)]
