"""RSS and Atom feeds of index pages (news, recruitment, laws), at ``<index page>/feed/rss/`` and
``…/feed/atom/``: the same feed code as procurement's notices (``core.feeds``), over the index page's own
listing (live, public children, newest first)."""

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from core.feeds import FEED_SIZE, PageListingFeed, as_datetime


class IndexPageFeed(PageListingFeed):
    def items(self, obj):
        return self.page.get_listing_queryset()[:FEED_SIZE]

    def item_pubdate(self, item):
        return as_datetime(item.listing_date) or item.first_published_at


class FeedMixin(RoutablePageMixin):
    """Mixed into an index page (before ``ListingMixin``): the page itself and its two feeds. The page's
    template links them with ``<link rel="alternate">`` (``has_feeds``)."""

    has_feeds = True

    @path("feed/<str:feed_format>/")
    def feed_view(self, request, feed_format):
        return IndexPageFeed(self, request, feed_format)(request)
