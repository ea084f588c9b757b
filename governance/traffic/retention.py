"""Daily seals and the retention period (default 90 days, Computer Crime Act s.26), with legal holds.

Days are Bangkok days. A day is sealed once it is over; its records are purged once the day is older than the
retention period, unless a legal hold covers it. Seals are kept, so the days that remain stay verifiable.
"""

from datetime import date, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Max, Min
from django.utils import timezone

from governance.traffic.chain import day_bounds
from governance.traffic.models import GENESIS_HASH, LegalHold, TrafficRecord, TrafficSeal


def retention_days() -> int:
    return getattr(settings, "SSO_TRAFFIC_LOG_RETENTION_DAYS", 90)


def _first_unsealed_day() -> date | None:
    last = TrafficSeal.objects.order_by("-day").first()
    if last is not None:
        return last.day + timedelta(days=1)
    first = TrafficRecord.objects.order_by("seq").only("time").first()
    return timezone.localtime(first.time).date() if first else None


def seal_days(today: date | None = None) -> list[TrafficSeal]:
    """Seal every finished day not sealed yet, in order; returns the new seals."""
    today = today or timezone.localdate()
    day = _first_unsealed_day()
    seals = []
    while day is not None and day < today:
        seals.append(seal_day(day))
        day += timedelta(days=1)
    return seals


@transaction.atomic
def seal_day(day: date) -> TrafficSeal:
    start, end = day_bounds(day)
    stats = TrafficRecord.objects.filter(time__gte=start, time__lt=end).aggregate(
        first=Min("seq"), last=Max("seq"), count=Count("pk")
    )
    if stats["last"] is not None:
        final = TrafficRecord.objects.get(seq=stats["last"]).hash
    else:  # a quiet day: the chain's hash is still that of the last record before it
        before = TrafficRecord.objects.filter(time__lt=start).order_by("-seq").values_list("hash", flat=True).first()
        final = before or GENESIS_HASH
    seal, _ = TrafficSeal.objects.get_or_create(
        day=day,
        defaults={"first_seq": stats["first"], "last_seq": stats["last"], "count": stats["count"], "final_hash": final},
    )
    return seal


def is_held(day: date) -> bool:
    return LegalHold.objects.filter(lifted_at__isnull=True, starts_on__lte=day, ends_on__gte=day).exists()


def purge(today: date | None = None) -> list[date]:
    """Delete the records of sealed days older than the retention period, day by day, except held days."""
    today = today or timezone.localdate()
    cutoff = today - timedelta(days=retention_days())
    purged = []
    for seal in TrafficSeal.objects.filter(day__lt=cutoff, purged_at__isnull=True).order_by("day"):
        if is_held(seal.day):
            continue
        start, end = day_bounds(seal.day)
        with transaction.atomic():
            TrafficRecord.objects.filter(time__gte=start, time__lt=end).delete()
            seal.purged_at = timezone.now()
            seal.save(update_fields=["purged_at"])
        purged.append(seal.day)
    return purged
