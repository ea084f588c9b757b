"""RSS 2.0 and Atom 1.0 feeds of a page's listing, shared by every section that offers one (procurement
notices, news, recruitment, laws), so the feed formats, the charset and the item links are written once.

A section subclasses ``PageListingFeed`` and says what its items are and how each is described; the page's
``feed/<format>/`` route (``FeedRouteMixin`` or its own) builds the feed for the request.
"""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import feedgenerator, timezone

FEED_TYPES = {"rss": feedgenerator.Rss201rev2Feed, "atom": feedgenerator.Atom1Feed}
FEED_SIZE = 50


def feed_type(feed_format: str):
    """The generator class of ``rss`` or ``atom``; anything else is a 404, not an error."""
    if feed_format not in FEED_TYPES:
        raise Http404
    return FEED_TYPES[feed_format]


def as_datetime(value):
    """A feed date from a date or datetime field (a date becomes midnight in the site's time zone)."""
    if value is None or hasattr(value, "hour"):
        return value
    return timezone.make_aware(timezone.datetime.combine(value, timezone.datetime.min.time()))


class PageListingFeed(Feed):
    """A feed of the pages a listing page shows: ``page`` is that listing page, ``request`` the request (for
    absolute links on the right site)."""

    def __init__(self, page, request, feed_format: str):
        super().__init__()
        self.page = page
        self.request = request
        self.feed_type = feed_type(feed_format)

    def __call__(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        # Django's syndication writes the generator's content type; say utf-8 plainly for every reader.
        response["Content-Type"] = f"{self.feed_type.content_type.split(';')[0]}; charset=utf-8"
        return response

    def get_object(self, request, *args, **kwargs):
        return self.page

    def title(self, obj):
        return self.page.title

    def link(self, obj):
        return self.page.get_full_url(self.request)

    def description(self, obj):
        return getattr(self.page, "intro", "") or self.page.title

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return getattr(item, "search_description", "") or getattr(item, "intro", "") or item.title

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return self.item_link(item)

    def item_updateddate(self, item):
        return item.last_published_at
