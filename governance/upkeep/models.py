"""Keeping the site right (seed §2.1, §3.2): problems found on published pages, by the regular site check or by
people, each answered for by the category's checking unit and followed until fixed or dismissed; and the record
that a page was reviewed and is still correct."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SiteIssue(models.Model):
    class Kind(models.TextChoices):
        BROKEN_LINK = "broken_link", _("broken internal link")
        MISSING_DOCUMENT = "missing_document", _("missing document")
        MISSING_IMAGE = "missing_image", _("missing image")
        LINK_TO_EXPIRED = "link_to_expired", _("link to an expired page")
        REVIEW_OVERDUE = "review_overdue", _("review overdue")
        EMPTY_SECTION = "empty_section", _("empty section")
        DOCUMENT_NOT_PDFA = "document_not_pdfa", _("document not PDF/A")
        DOCUMENT_TOO_LARGE = "document_too_large", _("document too large")
        BROKEN_EXTERNAL_LINK = "broken_external_link", _("broken external link")
        REPORTED = "reported", _("reported error")

    class Status(models.TextChoices):
        OPEN = "open", _("open")
        IN_PROGRESS = "in_progress", _("in progress")
        FIXED = "fixed", _("fixed")
        DISMISSED = "dismissed", _("dismissed")

    class Source(models.TextChoices):
        CHECK = "check", _("site check")
        STAFF = "staff", _("staff")
        PUBLIC = "public", _("member of the public")

    OPEN_STATUSES = (Status.OPEN, Status.IN_PROGRESS)

    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    source = models.CharField(_("found by"), max_length=10, choices=Source.choices, default=Source.CHECK)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.OPEN)
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("page")
    )
    category = models.ForeignKey(
        "categories.Category",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("category"),
    )
    # The checking units of the page's category, as the matrix writes them (e.g. "กม./ศสน."): they answer for it.
    units = models.CharField(_("responsible units"), max_length=255, blank=True)
    location = models.CharField(
        _("where"),
        max_length=500,
        blank=True,
        help_text=_("Field, block and link text, e.g. body › paragraph 2 › “form”."),
    )
    target = models.CharField(_("target"), max_length=1000, blank=True, help_text=_("The link or file concerned."))
    detail = models.TextField(_("details"))
    # Identifies an automated finding, so that a second run of the check finds its open issue instead of adding one.
    fingerprint = models.CharField(max_length=64, blank=True, db_index=True)
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reporter_contact = models.CharField(_("reporter's contact"), max_length=255, blank=True)
    opened_at = models.DateTimeField(_("opened at"), default=timezone.now, db_index=True)
    last_seen_at = models.DateTimeField(_("last found at"), null=True, blank=True)
    started_at = models.DateTimeField(_("work started at"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True, db_index=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    fixed_revision = models.ForeignKey(
        "wagtailcore.Revision",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("fixed in revision"),
    )
    dismiss_reason = models.TextField(_("reason for dismissal"), blank=True)
    time_to_fix = models.DurationField(_("time to fix"), null=True, blank=True)

    class Meta:
        ordering = ["-opened_at"]
        verbose_name = _("site issue")
        verbose_name_plural = _("site issues")
        constraints = [
            models.UniqueConstraint(
                fields=["fingerprint"],
                condition=Q(status__in=["open", "in_progress"]) & ~Q(fingerprint=""),
                name="one_open_issue_per_finding",
            )
        ]
        indexes = [models.Index(fields=["status", "units"])]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.page or self.target}"

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN_STATUSES


class PageReview(models.Model):
    """The latest "reviewed, still correct" of a page (each review is also in the page's history)."""

    page = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, related_name="sso_review")
    reviewed_at = models.DateTimeField(_("reviewed at"), default=timezone.now)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("page review")
        verbose_name_plural = _("page reviews")
