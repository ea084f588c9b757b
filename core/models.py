"""The common base of every page type of the site.

Every page type inherits ``BasePage`` (an abstract model), chosen over Wagtail 8's swappable
``WAGTAIL_PAGE_MODEL``: the swap needs hand-written bootstrap migrations, and wagtail-modeladmin and
wagtail-factories import ``wagtail.models.Page`` directly. Governance fields that must be queried across all
pages (owning unit, review dates, SLA stamps) live in one-to-one records keyed on the page, in the apps that
own them.
"""

from functools import cache

from django.conf import settings
from django.db import models
from django.http import Http404
from django.urls import Resolver404
from django.utils.html import strip_tags
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PagePermissionTester, PageViewRestriction
from wagtail.search import index

from core.thai_text import index_text
from core.visibility import restricted_paths


@cache
def page_permission_tester() -> type[PagePermissionTester]:
    """The class named by ``settings.SSO_PAGE_PERMISSION_TESTER`` (Wagtail's own tester when unset)."""
    name = getattr(settings, "SSO_PAGE_PERMISSION_TESTER", None)
    return import_string(name) if name else PagePermissionTester


def plain_texts(value) -> list[str]:
    """Every human-readable string inside a field value: text, rich text or StreamField raw data."""
    if hasattr(value, "raw_data"):
        value = list(value.raw_data)
    if isinstance(value, dict):
        return [text for key, item in value.items() if key not in ("type", "id") for text in plain_texts(item)]
    if isinstance(value, (list, tuple)):
        return [text for item in value for text in plain_texts(item)]
    if isinstance(value, str):
        return [strip_tags(value)]
    if hasattr(value, "source"):  # wagtail.rich_text.RichText
        return [strip_tags(value.source)]
    return []


def _routes_itself(page, remaining: list[str]) -> bool:
    """Whether ``page``'s type would answer ``remaining`` itself rather than hand it to a child: a type with a
    ``route`` of its own (Wagtail's, or one written for it), or a RoutablePage whose URLs match ``remaining``
    (checked on its class, without reading the page's own row)."""
    model = page.specific_class
    if model is None:
        return True
    if model.route is BasePage.route:
        return False
    if model.route is RoutablePageMixin.route and issubclass(model, BasePage):
        if not page.live:
            return False
        try:
            model.get_resolver().resolve("/" + "".join(f"{part}/" for part in remaining))
        except Resolver404:
            return False
    return True


def route_trail(request, page) -> list | None:
    """The ancestors of ``page`` below the tree root as routing read them, or None when it did not read them all."""
    trail = getattr(request, "sso_route_trail", None) if request is not None else None
    if not trail:
        return None
    paths = [page.path[:end] for end in range(2 * Page.steplen, len(page.path), Page.steplen)]
    if not all(path in trail for path in paths):
        return None
    return [trail[path] for path in paths]


class BasePage(Page):
    """Fields and behaviour shared by every page of the site."""

    intro = models.TextField(
        _("summary"),
        blank=True,
        max_length=600,
        help_text=_("One or two sentences shown in listings and search results."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("search_words"),
    ]

    # Names of text attributes (beyond title and intro) that feed the Thai search index.
    search_text_attributes: tuple[str, ...] = ()

    class Meta:
        abstract = True

    def search_words(self) -> str:
        """Title, summary and body text segmented into Thai words (see ``core.thai_text``)."""
        parts = [self.title, self.intro]
        for name in self.search_text_attributes:
            parts.extend(plain_texts(getattr(self, name, "")))
        return index_text(*parts)

    @property
    def listing_date(self):
        """The date shown beside this page in listings; page types with their own date override it."""
        return self.first_published_at

    def route(self, request, path_components):
        """Find the page of a URL below this one in one query, by ``url_path``, where Wagtail asks for each level's
        child and then its specific page (two queries a level: ten for a procurement notice). The pages on the way
        are kept for the breadcrumbs (``route_trail``). Routing is handed back to a page on the way whose type routes
        itself (a RoutablePage such as the procurement lists), so its own URLs win as they do in Wagtail."""
        if not path_components:
            return super().route(request, path_components)
        prefixes = [f"{self.url_path}{'/'.join(path_components[: n + 1])}/" for n in range(len(path_components))]
        found = {
            page.url_path: page
            for page in Page.objects.filter(url_path__in=prefixes, path__startswith=self.path, depth__gt=self.depth)
        }
        trail = getattr(request, "sso_route_trail", None)
        if trail is None:
            trail = request.sso_route_trail = {}
        trail[self.path] = self
        deepest, used = self, 0
        for n, prefix in enumerate(prefixes, start=1):
            page = found.get(prefix)
            if page is None or page.depth != self.depth + n:
                break
            page._cached_parent_obj = deepest
            deepest, used = page, n
            trail[page.path] = page
            if n < len(prefixes) and _routes_itself(page, path_components[n:]):
                break
        if deepest is self:
            raise Http404
        specific = deepest.specific
        specific._cached_parent_obj = deepest._cached_parent_obj
        return specific.route(request, path_components[used:])

    def get_view_restrictions(self):
        """No query while the site has no view restriction at all (``core.visibility``), Wagtail's answer else."""
        if not restricted_paths():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def permissions_for_user(self, user):
        """Who may do what to a page is decided by the tester that ``settings.SSO_PAGE_PERMISSION_TESTER`` names
        (the responsibility matrix and the owning-unit rule of seed §2.1), chosen by a setting as Wagtail's
        ``WAGTAIL_FINISH_WORKFLOW_ACTION`` is, so that the base page knows nothing of the apps that decide."""
        return page_permission_tester()(user, self)


class OutboxMessage(models.Model):
    """One e-mail the site has to send (``core.outbox``): written in the transaction of the request that caused
    it, sent later by the ``core.jobs.send_outbox`` job, retried with back-off, and listed for สบท. in the
    admin. A request therefore never fails, nor loses its work, because the mail server is down."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("queued")
        SENDING = "sending", _("sending")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")

    created_at = models.DateTimeField(_("queued at"), auto_now_add=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.QUEUED)
    subject = models.CharField(_("subject"), max_length=998, blank=True)
    recipients = models.TextField(_("recipients"), blank=True)
    # The serialised EmailMessage (core.outbox.serialise); empty when the message was too large to keep.
    payload = models.JSONField(default=dict)
    size = models.PositiveIntegerField(_("size (bytes)"), default=0)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    # While a sender holds the message; a sender that died leaves it to be taken again after this time.
    claimed_until = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)

    class Meta:
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outgoing e-mails")
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="core_outbox_due")]

    def __str__(self):
        return self.subject or f"#{self.pk}"


class RateCounter(models.Model):
    """A counter of hits in a time window (``core.rate_limits``) when the cache is not Redis: one row a key,
    incremented in one SQL statement, so every process and server counts the same hits."""

    key = models.CharField(max_length=250, unique=True)
    count = models.PositiveIntegerField(default=0)
    # Seconds since the epoch: compared inside the upsert, where a plain number is the same on every database.
    expires_at = models.FloatField(db_index=True)
