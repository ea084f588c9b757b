"""Argument types shared by the governance commands."""

from datetime import date

from django.core.management.base import CommandError


def iso_day(text: str) -> date:
    """``2026-11-25`` → ``date``; anything else stops the command with a message naming the value."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CommandError(f"'{text}' is not a date (YYYY-MM-DD)") from None
