"""Numbers as Thai official tables write them: Arabic digits, a comma every three digits, ``–`` for no value.

Dataset cells hold ``int`` (counts), ``Decimal`` (amounts, rates, percentages; kept exact, as typed) or ``None``.
"""

from decimal import Decimal

NO_VALUE = "–"


def format_number(value, places: int | None = None) -> str:
    """``1234567`` → ``1,234,567``; ``Decimal("1234.50")`` → ``1,234.50`` (its own decimal places unless
    ``places`` is given); ``None`` → ``–``."""
    if value is None or value == "":
        return NO_VALUE
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    number = Decimal(str(value))
    if places is None:
        exponent = number.as_tuple().exponent
        places = max(0, -exponent) if isinstance(exponent, int) else 0
    return f"{number:,.{places}f}"


def format_percent(value) -> str:
    """``Decimal("12.5")`` → ``12.5%``."""
    return NO_VALUE if value is None else f"{format_number(value)}%"
