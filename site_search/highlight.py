"""Result snippets: the part of a page's text around the first matched word, escaped, with the matched words in
``<mark>``. Matching compares text in the search's normalised form (Thai digits as Arabic, Latin lower case)
character for character, so the marks fall on the text as the page shows it."""

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from core.search_text import THAI_DIGITS

SNIPPET_WIDTH = 240
LEAD = 60


def _comparable(text: str) -> str:
    out = []
    for ch in text:
        low = ch.translate(THAI_DIGITS).lower()
        out.append(low if len(low) == 1 else ch)
    return "".join(out)


def _spans(haystack: str, tokens: list[str]) -> list[tuple[int, int]]:
    """Non-overlapping spans of the tokens in the text, longest token first at any place."""
    found = []
    for token in sorted(tokens, key=len, reverse=True):
        start = haystack.find(token)
        while start != -1 and len(found) < 200:
            end = start + len(token)
            if not any(s < end and start < e for s, e in found):
                found.append((start, end))
            start = haystack.find(token, end)
    return sorted(found)


def snippet(text: str, tokens: list[str], width: int = SNIPPET_WIDTH) -> SafeString:
    text = " ".join((text or "").split())
    tokens = [t for t in tokens if len(t) >= 2 or t.isdigit()]
    if not text:
        return mark_safe("")
    spans = _spans(_comparable(text), tokens)
    start = max(0, spans[0][0] - LEAD) if spans else 0
    if start:
        space = text.find(" ", start, spans[0][0])
        start = space + 1 if space != -1 else start
    end = min(len(text), start + width)
    pieces, cursor = [], start
    for span_start, span_end in spans:
        if span_start < start or span_end > end:
            continue
        pieces.append(escape(text[cursor:span_start]))
        pieces.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        cursor = span_end
    pieces.append(escape(text[cursor:end]))
    prefix = "… " if start else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(pieces) + suffix)  # noqa: S308 - every piece of page text is escaped
