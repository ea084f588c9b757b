"""Search text: one set of rules for the index and for queries, so that what a citizen types meets what pages say.

- ``normalise``: sara am composed (PDF text gives U+0E4D U+0E32), Thai digits as Arabic (``๔๐`` = ``40``), Latin
  in lower case, control and format characters gone, no spaces between Thai letters (``เคาน์เตอร์ เซอร์วิส`` =
  ``เคาน์เตอร์เซอร์วิส``), Thai abbreviation dots dropped (``สปส.`` = ``สปส``).
- ``search_tokens``: what a field is indexed under: dictionary words (PyThaiNLP), the rest of a word after a
  compound prefix (``ผู้ประกันตน`` → ``ประกันตน``) and dictionary words inside compounds, and codes whole and in
  parts (``สปส. 2-01`` → ``สปส2-01``, ``2-01``, ``201``; tax ids with or without hyphens).
- ``query_expression``: what a query asks for, as a tree of AND/OR over tokens, built by the same rules. Every
  input gives a bounded tree: the query is cut to ``MAX_QUERY_CHARS`` and to ``MAX_QUERY_TOKENS`` tokens, and
  nothing of it reaches a search engine's own syntax (the backends quote each token).
"""

import re
import unicodedata
from functools import lru_cache

from core.thai_text import segment, thai_dictionary

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
MAX_INDEXED_FIELD_CHARS = 60_000
MAX_QUERY_CHARS = 200
MAX_QUERY_TOKENS = 16
MAX_COMPOUND_LENGTH = 40
MIN_INNER_WORD_LENGTH = 3
# Prefixes that make compounds: the rest of the word is indexed too, so ``ประกันตน`` finds ``ผู้ประกันตน``.
COMPOUND_PREFIXES = (
    "ผู้ได้รับ",
    "ผู้",
    "การ",
    "ความ",
    "นัก",
    "ค่า",
    "เงิน",
    "สิทธิ",
    "ประโยชน์",
    "สำนักงาน",
    "กองทุน",
    "หนังสือ",
    "แบบ",
    "ใบ",
    "ช่าง",
    "เจ้า",
    "หน่วย",
)
# Nominalisers a query word may drop: ``การคลอดบุตร`` also finds ``คลอดบุตร``.
QUERY_DROPPABLE_PREFIXES = ("การ", "ความ")
# Particles that would make every word of a query required for no gain (kept when a query has nothing else).
QUERY_PARTICLES = frozenset(
    [
        "การ",
        "ความ",
        "ที่",
        "และ",
        "ของ",
        "ใน",
        "ได้",
        "จะ",
        "เป็น",
        "มี",
        "ให้",
        "กับ",
        "แห่ง",
        "โดย",
        "หรือ",
        "ซึ่ง",
        "อย่างไร",
        "ยังไง",
        "อะไร",
        "ไหม",
        "บ้าง",
        "เท่าไร",
        "เท่าไหร่",
        "ครับ",
        "ค่ะ",
        "คะ",
        "นะ",
        "the",
        "a",
        "an",
        "of",
        "and",
        "or",
        "to",
        "in",
        "for",
    ]
)

_SARA_AM = re.compile("\u0e4d([\u0e48-\u0e4b]?)\u0e32")
_THAI_SPACE_THAI = re.compile(r"(?<=[\u0e00-\u0e7f])\s+(?=[\u0e00-\u0e7f])")
_THAI_DOT = re.compile(r"(?<=[\u0e01-\u0e2e])\.")
_ABBREV_CODE = re.compile(r"([\u0e01-\u0e2e]{2,})\s*(\d+(?:\s*[-/.]\s*\d+)*)(?!\d)")
_NUMBER_CODE = re.compile(r"(?<![\w])(\d+(?:[-/.]\d+)+)(?![\w])")
_LATIN_CODE = re.compile(r"(?<![\w])([a-z][a-z0-9]*(?:-[a-z0-9]+)+)(?![\w])")
_NON_WORD = re.compile(r"[^\w\u0e00-\u0e7f]+|_+")
_CODE_SEPARATORS = re.compile(r"\s*[-/.]\s*")
_MAX_ABBREV = 6


def is_thai(text: str) -> bool:
    return any("\u0e00" <= ch <= "\u0e7f" for ch in text)


def normalise(text: str) -> str:
    """The form both the index and queries are compared in (see the module's docstring)."""
    if not text:
        return ""
    text = _SARA_AM.sub("\\1\u0e33", text)
    text = text.translate(THAI_DIGITS).lower()
    text = "".join(" " if unicodedata.category(ch)[0] in "CZ" else ch for ch in text)
    text = _THAI_DOT.sub("", text)
    return _THAI_SPACE_THAI.sub("", text)


def compact(text: str) -> str:
    """Normalised text without spaces: what phrase matching compares."""
    return "".join(normalise(text).split())


def _joined(number: str) -> str:
    return _CODE_SEPARATORS.sub("-", number)


def _number_parts(joined: str) -> list[str]:
    return [joined, joined.replace("-", ""), *joined.split("-")]


def code_tokens(normalised: str) -> list[str]:
    """Codes in normalised text, whole and in parts. A Thai abbreviation glued to the word before it (spaces
    between Thai letters are gone) is indexed under every tail of its consonant run: ``แบบสปส 2-01`` gives
    ``สปส2-01`` among others."""
    found: list[str] = []
    for letters, number in _ABBREV_CODE.findall(normalised):
        joined = _joined(number)
        if "-" in joined:
            run = letters[-_MAX_ABBREV:]
            found.extend(run[start:] + joined for start in range(len(run) - 1))
            found.extend(_number_parts(joined))
    for number in _NUMBER_CODE.findall(normalised):
        found.extend(_number_parts(_joined(number)))
    for code in _LATIN_CODE.findall(normalised):
        found.extend([code, code.replace("-", ""), *code.split("-")])
    return found


def _words(normalised: str) -> list[str]:
    """Words of normalised text: separators become spaces, Thai runs are segmented by dictionary."""
    return [t for t in segment(_NON_WORD.sub(" ", normalised)) if any(ch.isalnum() for ch in t)]


def word_parts(token: str) -> list[str]:
    """Parts of a Thai word: what follows a compound prefix (and the words of that), and dictionary words of at
    least three letters inside it."""
    if not is_thai(token) or len(token) > MAX_COMPOUND_LENGTH:
        return []
    parts: list[str] = []
    rest = token
    for _ in range(3):
        prefix = next((p for p in COMPOUND_PREFIXES if rest.startswith(p) and len(rest) - len(p) >= 2), None)
        if not prefix:
            break
        rest = rest[len(prefix) :]
        parts.append(rest)
        parts.extend(segment(rest))
    words = thai_dictionary()
    n = len(token)
    for start in range(n):
        for end in range(start + MIN_INNER_WORD_LENGTH, min(n, start + 24) + 1):
            piece = token[start:end]
            if piece != token and piece in words:
                parts.append(piece)
    return parts


def search_tokens(text: str, limit: int = MAX_INDEXED_FIELD_CHARS) -> list[str]:
    """The distinct tokens a field is indexed under (see the module's docstring)."""
    normalised = normalise((text or "")[:limit])
    seen: dict[str, None] = {}
    for token in code_tokens(normalised):
        seen.setdefault(token, None)
    for word in _words(normalised):
        seen.setdefault(word, None)
        for part in word_parts(word):
            seen.setdefault(part, None)
    return [t for t in seen if t]


# A query expression is a token (str), or ("and", [expressions]) / ("or", [expressions]).


def _all(items):
    items = [i for n, i in enumerate(items) if i and i not in items[:n]]
    if not items:
        return None
    return items[0] if len(items) == 1 else ("and", items)


def _any(items):
    unique = []
    for item in items:
        if item and item not in unique:
            unique.append(item)
    if not unique:
        return None
    return unique[0] if len(unique) == 1 else ("or", unique)


def dictionary_split(word: str) -> list[str] | None:
    """``word`` as the fewest dictionary words of two letters or more (``คลอดบุตร`` → ``คลอด``, ``บุตร``), or None.
    The index may have split a compound in context where the query keeps it whole."""
    if not is_thai(word) or len(word) < 4 or len(word) > MAX_COMPOUND_LENGTH:
        return None
    words = thai_dictionary()
    n = len(word)
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for end in range(2, n + 1):
        for start in range(max(0, end - 20), end - 1):
            piece = word[start:end]
            if best[start] is not None and piece in words and piece != word:
                candidate = [*best[start], piece]
                if best[end] is None or len(candidate) < len(best[end]):
                    best[end] = candidate
    return best[n] if best[n] and len(best[n]) > 1 else None


def _word_clause(word: str):
    """A query word: itself, without a nominaliser (``การคลอดบุตร`` → ``คลอดบุตร``), or split into dictionary
    words as the index may have split it."""
    forms = [word]
    for prefix in QUERY_DROPPABLE_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            forms.append(word[len(prefix) :])
    alternatives = []
    for form in forms:
        alternatives.append(form)
        split = dictionary_split(form)
        if split:
            alternatives.append(_all(split))
    return _any(alternatives)


def _chunk_clause(chunk: str):
    """A run of letters from the query: its words all required; a Thai run is also matched whole, so
    ``ประกันตน`` (indexed as the rest of ``ผู้ประกันตน``) is found however the dictionary splits it."""
    words = _words(chunk)
    content = [w for w in words if w not in QUERY_PARTICLES] or words
    together = _all([_word_clause(w) for w in content])
    if is_thai(chunk) and len(words) > 1 and len(chunk) <= MAX_COMPOUND_LENGTH:
        return _any([chunk, together])
    return together


def query_expression(query: str):
    """The expression a query asks for, or None when it holds no searchable word."""
    normalised = normalise((query or "")[:MAX_QUERY_CHARS])
    clauses = []

    def take_abbreviation_code(match):
        joined = _joined(match.group(2))
        if "-" not in joined:
            return match.group(0)
        run = match.group(1)[-_MAX_ABBREV:]
        clauses.append(_any([run[start:] + joined for start in range(len(run) - 2)] or [run + joined]))
        return match.group(1) + " "

    rest = _ABBREV_CODE.sub(take_abbreviation_code, normalised)
    for number in _NUMBER_CODE.findall(rest):
        joined = _joined(number)
        clauses.append(_any([joined, joined.replace("-", "")]))
    rest = _NUMBER_CODE.sub(" ", rest)
    clauses.extend(_LATIN_CODE.findall(rest))
    rest = _LATIN_CODE.sub(" ", rest)
    clauses.extend(_chunk_clause(chunk) for chunk in _NON_WORD.sub(" ", rest).split())
    return _limit(_all(clauses))


def expression_tokens(expression) -> list[str]:
    """Every token of an expression, in order, once."""
    if expression is None:
        return []
    if isinstance(expression, str):
        return [expression]
    out: dict[str, None] = {}
    for item in expression[1]:
        for token in expression_tokens(item):
            out.setdefault(token, None)
    return list(out)


def _limit(expression):
    """Drop clauses past ``MAX_QUERY_TOKENS`` tokens (a query of a thousand words is still one bounded search)."""
    if expression is None or isinstance(expression, str) or expression[0] == "or":
        return expression
    kept, count = [], 0
    for item in expression[1]:
        count += len(expression_tokens(item))
        if count > MAX_QUERY_TOKENS and kept:
            break
        kept.append(item)
    return _all(kept)


def any_of(expressions):
    """Public wrapper: an expression matching any of ``expressions`` (synonym variants of one query)."""
    return _any(expressions)


@lru_cache(maxsize=4096)
def cached_query_expression(query: str):
    return query_expression(query)


def repair_lost_sara_am(text: str) -> str:
    """Put back sara am where a PDF's text lost it: some PDF writers (WeasyPrint among them) draw ``ำ`` as
    nikhahit + sara aa and map only the sara aa glyph to text, so ``ดำเนินงาน`` is extracted as ``ดาเนินงาน``.
    Used only on text with no ``ำ`` at all (real Thai prose of any length has some). Each ``า`` becomes ``ำ``
    when that makes a longer dictionary word across it than any word the ``า`` is part of."""
    if "\u0e33" in text or "\u0e32" not in text:
        return text
    words = thai_dictionary()
    chars = list(text)
    for i, ch in enumerate(chars):
        if ch != "\u0e32" or i == 0:
            continue
        if _longest_word_across(chars, i, "\u0e33", words) > _longest_word_across(chars, i, "\u0e32", words):
            chars[i] = "\u0e33"
    return "".join(chars)


def _longest_word_across(chars: list[str], i: int, replacement: str, words) -> int:
    best = 0
    for start in range(max(0, i - 8), i + 1):
        for end in range(i + 1, min(len(chars), start + 16) + 1):
            if end - start <= best:
                continue
            piece = "".join(chars[start:i]) + replacement + "".join(chars[i + 1 : end])
            if piece in words:
                best = end - start
    return best
