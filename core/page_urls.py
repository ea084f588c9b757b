"""Wagtail's front-end URLs, with a page path that admits Thai vowel and tone marks.

Wagtail's own ``wagtail_serve`` pattern is ``[\\w\\-]+`` per segment; ``\\w`` does not match combining marks,
so a page at a readable Thai address (core.slugs) could be neither reversed (``page.url`` was None) nor
served (404). Include this module instead of ``wagtail.urls``.
"""

from django.urls import re_path
from wagtail import urls as wagtail_urls
from wagtail import views

from core.slugs import SERVE_PATTERN

urlpatterns = [pattern for pattern in wagtail_urls.urlpatterns if getattr(pattern, "name", "") != "wagtail_serve"]
urlpatterns.append(re_path(SERVE_PATTERN, views.serve, name="wagtail_serve"))
