"""A citizen's query as the search runs it: the words of ``core.search_text``, widened by editors' synonyms, and
written in each database's own query syntax with every token quoted (so quotes, operators and NUL in a query
are only ever text)."""

from django.core.cache import cache

from core.search_text import any_of, compact, expression_tokens, normalise, query_expression
from site_search.models import Synonym

SYNONYMS_CACHE_KEY = "site_search:synonyms"
MAX_VARIANTS = 6


def synonym_pairs() -> list[tuple[str, str]]:
    """(phrase, alternative) pairs in compact normalised form, cached until a synonym is saved."""
    pairs = cache.get(SYNONYMS_CACHE_KEY)
    if pairs is None:
        pairs = [
            (compact(synonym.phrase), compact(alternative))
            for synonym in Synonym.objects.all()
            for alternative in synonym.alternative_list()
            if compact(synonym.phrase)
        ]
        cache.set(SYNONYMS_CACHE_KEY, pairs, 3600)
    return pairs


def forget_synonyms() -> None:
    cache.delete(SYNONYMS_CACHE_KEY)


def expand(query: str):
    """The expression for ``query``: the query itself, or any of its variants with a synonym's phrase replaced by
    one of its alternatives (``ค่าทำฟัน`` also as ``ค่าทันตกรรม``)."""
    base = query_expression(query)
    if base is None:
        return None
    text = normalise(query)
    squeezed = compact(query)
    variants = [base]
    for phrase, alternative in synonym_pairs():
        if len(variants) > MAX_VARIANTS:
            break
        if phrase in squeezed:
            source = text if phrase in text else squeezed
            variants.append(query_expression(source.replace(phrase, f" {alternative} ")))
    return any_of(variants)


def postgres_tsquery(expression) -> str:
    """tsquery text with each token a quoted lexeme (``'...'::tsquery`` takes lexemes as they are)."""
    if isinstance(expression, str):
        return "'" + expression.replace("\\", "\\\\").replace("'", "''") + "'"
    joiner = " & " if expression[0] == "and" else " | "
    return "(" + joiner.join(postgres_tsquery(item) for item in expression[1]) + ")"


def any_token_tsquery(expression) -> str:
    return " | ".join(postgres_tsquery(token) for token in expression_tokens(expression))


def fts5_query(expression) -> str:
    """An FTS5 MATCH expression with each token a quoted string."""
    if isinstance(expression, str):
        return '"' + expression.replace('"', '""') + '"'
    joiner = " AND " if expression[0] == "and" else " OR "
    return "(" + joiner.join(fts5_query(item) for item in expression[1]) + ")"
