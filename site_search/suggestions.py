""" "Did you mean": when a query finds nothing, each of its words that the pages never use is replaced by the
most similar word they do use (pg_trgm's similarity on PostgreSQL; difflib over words of about the same length
and first letter elsewhere)."""

import difflib

from django.db import connection

from core.search_text import compact
from site_search.models import SearchWord

MAX_CANDIDATES = 5000
MIN_SIMILARITY = 0.4


def similar_word(word: str) -> str | None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT word FROM site_search_searchword WHERE similarity(word, %s) >= %s "
                "AND word %% %s ORDER BY similarity(word, %s) DESC, length(word), word LIMIT 1",
                [word, MIN_SIMILARITY, word, word],
            )
            row = cursor.fetchone()
        return row[0] if row else None
    words = SearchWord.objects.filter(word__startswith=word[0]).values_list("word", flat=True)
    candidates = [c for c in words[:MAX_CANDIDATES] if abs(len(c) - len(word)) <= 2]
    close = difflib.get_close_matches(word, candidates, n=1, cutoff=0.7)
    return close[0] if close else None


def suggestion(query: str) -> str | None:
    """The query with unknown words corrected, or None when no word needed (or found) a correction."""
    pieces = [compact(piece) for piece in query.split()][:6]
    pieces = [p for p in pieces if p]
    if not pieces:
        return None
    known = set(SearchWord.objects.filter(word__in=pieces).values_list("word", flat=True))
    corrected, changed = [], False
    for piece in pieces:
        if piece in known or len(piece) < 3 or piece.isdigit() or len(piece) > 40:
            corrected.append(piece)
            continue
        better = similar_word(piece)
        if better and better != piece:
            corrected.append(better)
            changed = True
        else:
            corrected.append(piece)
    return " ".join(corrected) if changed else None
