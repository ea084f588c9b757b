"""Page filters that cost no query of their own.

Wagtail's ``PageQuerySet.public()`` first reads every view restriction (one query) and then filters on their paths;
on a public page the menu, the footer and the home page each call it, a query apiece. ``public`` decides it inside
the page query itself with a correlated sub-query, which also stays right when a restriction is added between two
requests."""

from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction


def public(pages):
    """``pages`` without those inside a private section (a page with a view restriction, or below one)."""
    restricted = PageViewRestriction.objects.filter(page__path=Substr(OuterRef("path"), 1, Length("page__path")))
    return pages.exclude(Exists(restricted))
