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
from django.utils.html import strip_tags
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page, PagePermissionTester
from wagtail.search import index

from core.thai_text import index_text


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

    def submission_errors(self) -> dict:
        """What this page must carry before it goes to its approvers, as {field name: Thai message}: e.g. a law its
        PDF. A draft may be saved without it; the admin's submit refuses it (``governance.workflow.page_views``)."""
        return {}

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
