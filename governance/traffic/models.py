"""Computer traffic data kept as the Computer Crime Act requires (seed §3.4): one record per request, chained
by hashes so that a changed, removed or inserted record shows, sealed day by day, kept for the retention period
unless a legal hold keeps it longer. See governance/traffic/ for how records are written, verified and purged.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

GENESIS_HASH = "0" * 64


class TrafficRecord(models.Model):
    """One request. ``seq`` numbers the chain without gaps; ``hash`` covers the content and ``prev_hash``."""

    seq = models.BigIntegerField(_("sequence"), unique=True)
    time = models.DateTimeField(_("time"), db_index=True)
    client_ip = models.GenericIPAddressField(_("client IP"), null=True, blank=True)
    method = models.CharField(_("method"), max_length=10)
    host = models.CharField(_("host"), max_length=255)
    path = models.TextField(_("path and query"))
    status = models.PositiveSmallIntegerField(_("status"))
    response_size = models.BigIntegerField(_("response size (bytes)"), null=True, blank=True)
    duration_ms = models.PositiveIntegerField(_("duration (ms)"))
    user_agent = models.CharField(_("user agent"), max_length=512, blank=True)
    referrer = models.CharField(_("referrer"), max_length=1000, blank=True)
    # Not a foreign key: the record must outlive the account, and its id must not change if the user goes.
    user_id = models.IntegerField(_("user id"), null=True, blank=True)
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64)

    class Meta:
        ordering = ["seq"]
        verbose_name = _("traffic record")
        verbose_name_plural = _("traffic records")
        indexes = [
            models.Index(fields=["client_ip", "time"], name="traffic_ip_time"),
            models.Index(fields=["user_id", "time"], name="traffic_user_time"),
        ]

    def __str__(self):
        return f"#{self.seq} {self.time:%Y-%m-%d %H:%M:%S} {self.method} {self.path[:80]}"


class TrafficChainHead(models.Model):
    """The end of the chain (one row): locked while a batch is appended, so writers of every process take turns."""

    last_seq = models.BigIntegerField(default=0)
    last_hash = models.CharField(max_length=64, default=GENESIS_HASH)


class TrafficSeal(models.Model):
    """The final hash of one day (Asia/Bangkok) of the chain. Seals are never purged: after a day's records
    are deleted, its seal still anchors the verification of the days that follow."""

    day = models.DateField(_("day"), unique=True)
    first_seq = models.BigIntegerField(null=True)
    last_seq = models.BigIntegerField(null=True)
    count = models.PositiveIntegerField(_("records"))
    final_hash = models.CharField(_("final hash"), max_length=64)
    sealed_at = models.DateTimeField(_("sealed at"), auto_now_add=True)
    purged_at = models.DateTimeField(_("records purged at"), null=True, blank=True)

    class Meta:
        ordering = ["day"]
        verbose_name = _("daily seal")
        verbose_name_plural = _("daily seals")

    def __str__(self):
        return f"{self.day:%Y-%m-%d} {self.final_hash[:12]}…"


class LegalHold(models.Model):
    """An official's order to keep the records of a period past the retention period (Computer Crime Act s.26)."""

    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(_("to"))
    reference = models.CharField(_("order reference"), max_length=255)
    reason = models.TextField(_("reason"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("entered by")
    )
    created_at = models.DateTimeField(_("entered at"), auto_now_add=True)
    lifted_at = models.DateTimeField(_("lifted at"), null=True, blank=True)

    class Meta:
        ordering = ["-starts_on"]
        verbose_name = _("legal hold")
        verbose_name_plural = _("legal holds")

    def __str__(self):
        return f"{self.reference} ({self.starts_on:%Y-%m-%d} – {self.ends_on:%Y-%m-%d})"
