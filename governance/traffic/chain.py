"""The hash chain of traffic records: appending a batch, and verifying a stretch of the chain.

Each record's hash is SHA-256 over the previous record's hash and the record's own fields in a fixed order, so
changing a record breaks its hash, deleting one leaves a gap in ``seq`` and breaks the next ``prev_hash``, and
inserting one breaks a ``prev_hash`` or runs past the chain's head.
"""

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta

from django.db import transaction
from django.utils import timezone

from governance.traffic.models import GENESIS_HASH, TrafficChainHead, TrafficRecord, TrafficSeal

HASHED_FIELDS = (
    "seq",
    "time",
    "client_ip",
    "method",
    "host",
    "path",
    "status",
    "response_size",
    "duration_ms",
    "user_agent",
    "referrer",
    "user_id",
)


def _text(value) -> str:
    if value is None:
        return ""
    if hasattr(value, "astimezone"):
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return str(value)


def record_hash(record: TrafficRecord, prev_hash: str) -> str:
    content = "\x1f".join(_text(getattr(record, name)) for name in HASHED_FIELDS)
    return hashlib.sha256(f"{prev_hash}\x1e{content}".encode()).hexdigest()


def append(entries: list[dict]) -> int:
    """Chain and store ``entries`` (field values of TrafficRecord) in one transaction; returns how many."""
    if not entries:
        return 0
    with transaction.atomic():
        head, _ = TrafficChainHead.objects.select_for_update().get_or_create(pk=1)
        seq, prev = head.last_seq, head.last_hash
        records = []
        for entry in entries:
            seq += 1
            record = TrafficRecord(seq=seq, prev_hash=prev, **entry)
            record.time = record.time.replace(microsecond=record.time.microsecond // 1000 * 1000)
            record.hash = prev = record_hash(record, prev)
            records.append(record)
        TrafficRecord.objects.bulk_create(records, batch_size=500)
        head.last_seq, head.last_hash = seq, prev
        head.save(update_fields=["last_seq", "last_hash"])
    return len(records)


@dataclass
class Verification:
    checked: int = 0
    problem: str = ""
    record_seq: int | None = None
    seals_checked: list = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problem


def _anchor(first_seq: int) -> str | None:
    """The hash the record ``first_seq`` must follow: its predecessor's, or the seal that ends there."""
    if first_seq == 1:
        return GENESIS_HASH
    previous = TrafficRecord.objects.filter(seq=first_seq - 1).values_list("hash", flat=True).first()
    if previous is not None:
        return previous
    return TrafficSeal.objects.filter(last_seq=first_seq - 1).values_list("final_hash", flat=True).first()


def _purged_seal_ending_at(seq: int) -> str | None:
    return (
        TrafficSeal.objects.filter(last_seq=seq, purged_at__isnull=False).values_list("final_hash", flat=True).first()
    )


def verify(start=None, end=None) -> Verification:
    """Recompute the chain for records with ``start <= time < end`` (either may be None) and name the first
    record that was altered, removed before it, or inserted; then check the seals of the days in range."""
    result = Verification()
    records = TrafficRecord.objects.order_by("seq")
    if start is not None:
        records = records.filter(time__gte=start)
    if end is not None:
        records = records.filter(time__lt=end)
    head = TrafficChainHead.objects.filter(pk=1).first()
    expected_seq = expected_prev = None
    seal_ends = set(TrafficSeal.objects.filter(purged_at__isnull=True).values_list("last_seq", flat=True))
    last_hash_by_seq = {}  # only for records that end a sealed day: memory stays small over millions of rows
    for record in records.iterator(chunk_size=2000):
        if expected_seq is None:
            expected_seq, expected_prev = record.seq, _anchor(record.seq)
            if expected_prev is None:
                return _fail(result, record, "the record before it is missing and no seal ends there")
        if head is None or record.seq > head.last_seq:
            return _fail(result, record, "inserted: it lies beyond the end of the chain")
        if record.seq != expected_seq:
            purged_end = _purged_seal_ending_at(record.seq - 1)
            if purged_end is None:
                return _fail(result, record, f"records {expected_seq}–{record.seq - 1} before it were removed")
            expected_seq, expected_prev = record.seq, purged_end  # the days between were purged, as sealed
        if record.prev_hash != expected_prev:
            return _fail(result, record, "inserted or reordered: it does not follow the record before it")
        if record_hash(record, record.prev_hash) != record.hash:
            return _fail(result, record, "altered: its content does not match its hash")
        expected_seq, expected_prev = record.seq + 1, record.hash
        if record.seq in seal_ends:
            last_hash_by_seq[record.seq] = record.hash
        result.checked += 1
    if end is None and head is not None and expected_seq is not None and expected_seq <= head.last_seq:
        result.problem = f"records {expected_seq}–{head.last_seq} at the end of the chain were removed"
        result.record_seq = expected_seq
        return result
    return _check_seals(result, start, end, last_hash_by_seq)


def _fail(result: Verification, record, problem: str) -> Verification:
    result.problem, result.record_seq = problem, record.seq
    return result


def day_bounds(day) -> tuple[datetime, datetime]:
    """The start and end of a day in the site's time zone (seals and retention count Bangkok days)."""
    start = timezone.make_aware(datetime.combine(day, time.min))
    return start, start + timedelta(days=1)


def _check_seals(result: Verification, start, end, hashes) -> Verification:
    """Every sealed day wholly inside the range must end on its sealed hash (this also catches the removal of a
    day's last records, which leaves no gap when nothing follows them)."""
    for seal in TrafficSeal.objects.filter(purged_at__isnull=True, last_seq__isnull=False):
        day_start, day_end = day_bounds(seal.day)
        if (start is not None and day_start < start) or (end is not None and day_end > end):
            continue
        if hashes.get(seal.last_seq) != seal.final_hash:
            result.problem = f"the day {seal.day:%Y-%m-%d} does not end on its sealed hash (record {seal.last_seq})"
            result.record_seq = seal.last_seq
            return result
        result.seals_checked.append(seal)
    return result
