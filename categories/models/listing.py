"""Index pages that list their children: newest first, paginated, filterable by Buddhist-era year.

An index page names the model of its children (``listing_model``) so that its listing is one query for the
page rows, one for their images and renditions and one for their documents, however many children it has.
"""

from django.core.paginator import Paginator
from django.db.models import Prefetch
from wagtail.images import get_image_model

from core import site_cache
from core.responsive_images import image_specs
from core.thai_dates import BUDDHIST_ERA_OFFSET

LISTING_IMAGE_SPECS = image_specs("card")  # what cards/*.html draw with {% responsive_image … "card" %}
LISTING_PAGE_SIZE = 20


def with_listing_relations(queryset, model):
    """Fetch what a listing card shows (image renditions, documents) in a fixed number of queries."""
    if model.listing_image_field:
        queryset = queryset.prefetch_related(
            Prefetch(
                model.listing_image_field,
                queryset=get_image_model().objects.prefetch_renditions(*LISTING_IMAGE_SPECS),
            )
        )
    if model.listing_related:
        queryset = queryset.select_related(*model.listing_related)
    return queryset


def page_by_keys(queryset, per_page: int, number, count: int | None = None):
    """One page of ``queryset``: the sort and offset run over primary keys only, then the page's rows are read
    by key. Sorting whole joined rows to skip 10,000 of them is what made page 500 slow (about 400 ms on
    PostgreSQL with 30,000 news, the keys alone a fraction). ``count``, when known (cached), saves the count."""
    paginator = Paginator(queryset.values_list("pk", flat=True), per_page)
    if count is not None:
        paginator.count = count
    results = paginator.get_page(number)
    keys = list(results.object_list)
    rows = {row.pk: row for row in queryset.order_by().filter(pk__in=keys)}
    results.object_list = [rows[key] for key in keys if key in rows]
    return results


class ListingMixin:
    """Mixed into an index page; a page model without ``listing_model`` lists children of any type."""

    listing_model = None
    listing_page_size = LISTING_PAGE_SIZE
    # Out of menus and sitemaps until something live is listed (core.models.hidden_while_empty).
    hidden_while_empty = True

    def get_listing_queryset(self):
        model = self.listing_model
        if model is None:
            return self.get_children().live().public().specific()
        queryset = model.objects.child_of(self).live().public()
        queryset = with_listing_relations(queryset, model)
        if model.listing_date_field:
            return queryset.order_by(f"-{model.listing_date_field}", "-pk")
        return queryset.order_by("path")

    def listing_years(self, queryset):
        """Buddhist-era years that have children, newest first (one query)."""
        field = getattr(self.listing_model, "listing_date_field", None)
        if not field:
            return []
        return [d.year + BUDDHIST_ERA_OFFSET for d in queryset.dates(field, "year", order="DESC")]

    def filter_by_year(self, queryset, year_be):
        field = getattr(self.listing_model, "listing_date_field", None)
        if not field or not year_be:
            return queryset
        return queryset.filter(**{f"{field}__year": year_be - BUDDHIST_ERA_OFFSET})

    def filter_listing(self, queryset, request, context):
        """A hook for index pages with filters of their own; adds what the template needs to ``context``."""
        return queryset

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        queryset = self.filter_listing(self.get_listing_queryset(), request, context)
        # The years and the number of children change only when a page is saved (core.site_cache): they are kept,
        # unless the page has filters of its own (filter_listing), which take any text.
        kept = type(self).filter_listing is ListingMixin.filter_listing
        if kept:
            years = site_cache.cached(f"listing-years:{self.pk}", request, None, lambda: self.listing_years(queryset))
        else:
            years = self.listing_years(queryset)
        try:
            selected_year = int(request.GET.get("year", ""))
        except ValueError:
            selected_year = None
        if selected_year not in years:
            selected_year = None
        queryset = self.filter_by_year(queryset, selected_year)
        count = None
        if kept:
            count = site_cache.cached(f"listing-count:{self.pk}:{selected_year}", request, None, queryset.count)
        context["listing"] = page_by_keys(queryset, self.listing_page_size, request.GET.get("page"), count=count)
        context["listing_years"] = years
        context["selected_year"] = selected_year
        return context


class ListedItemMixin:
    """Mixed into a page type that appears in an index page's listing."""

    listing_date_field: str | None = None
    listing_image_field: str | None = None
    listing_related: tuple[str, ...] = ()
    listing_card_template = "categories/cards/default.html"

    @property
    def listing_date(self):
        if self.listing_date_field:
            return getattr(self, self.listing_date_field)
        return None
