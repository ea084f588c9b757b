"""Shares and medians as the figures keep them: plain JSON numbers, rounded, or None when there is nothing."""

import datetime
import statistics


def share(part: int, whole: int) -> float | None:
    """``part`` of ``whole`` from 0 to 1."""
    return round(part / whole, 4) if whole else None


def median(values) -> float | None:
    values = list(values)
    return round(statistics.median(values), 2) if values else None


def in_days(duration: datetime.timedelta) -> float:
    return duration.total_seconds() / 86400
