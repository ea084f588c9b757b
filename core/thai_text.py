"""Thai word segmentation for the search index.

Thai is written without spaces between words, and every search backend we can run (PostgreSQL full text with
the ``simple`` configuration, SQLite FTS5) splits text only on spaces and punctuation. So we segment Thai
text into words with PyThaiNLP before it reaches the index, and segment queries the same way.

PyThaiNLP keeps dictionary compounds whole (``สำนักงานประกันสังคม`` is one word), so a search for
``ประกันสังคม`` would miss it. Indexed text therefore also carries the dictionary words found inside each
long token.
"""

from functools import lru_cache

from pythainlp.corpus.common import thai_words
from pythainlp.tokenize import word_tokenize

# A token longer than this is not searched for inner words (bounds the quadratic scan).
_MAX_COMPOUND_LENGTH = 40
_MIN_INNER_WORD_LENGTH = 3


@lru_cache(maxsize=1)
def thai_dictionary() -> frozenset[str]:
    """PyThaiNLP's Thai word list (loaded once)."""
    return frozenset(thai_words())


def _is_thai(token: str) -> bool:
    return any("\u0e00" <= ch <= "\u0e7f" for ch in token)


def segment(text: str) -> list[str]:
    """Split text into words: Thai runs by dictionary, everything else on whitespace."""
    if not text:
        return []
    return [t for t in word_tokenize(text, engine="newmm", keep_whitespace=False) if t.strip()]


def inner_words(token: str) -> list[str]:
    """Dictionary words found inside a compound Thai token (excluding the token itself)."""
    if not _is_thai(token) or len(token) > _MAX_COMPOUND_LENGTH:
        return []
    words = thai_dictionary()
    found = []
    n = len(token)
    for start in range(n):
        for end in range(start + _MIN_INNER_WORD_LENGTH, n + 1):
            piece = token[start:end]
            if piece != token and piece in words:
                found.append(piece)
    return found


def index_text(*parts: str) -> str:
    """The space-separated words of ``parts`` plus inner words of compounds, for the search index."""
    out: list[str] = []
    for part in parts:
        for token in segment(part or ""):
            out.append(token)
            out.extend(inner_words(token))
    return " ".join(out)


def query_text(query: str, max_length: int) -> str:
    """A user's query cut to ``max_length`` characters and split into words."""
    return " ".join(segment((query or "")[:max_length]))


_LEADING_VOWELS = "เแโใไ"


def thai_sort_key(text: str) -> str:
    """A key that sorts Thai words as a Thai dictionary does: a leading vowel (เ แ โ ใ ไ) is written before the
    consonant but sorts after it, so ``เชียงใหม่`` comes among the ช words, not after every consonant as plain
    code-point order (and the database's default collation) puts it."""
    chars = list(text or "")
    for i in range(len(chars) - 1):
        if chars[i] in _LEADING_VOWELS and "\u0e01" <= chars[i + 1] <= "\u0e2e":
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
    return "".join(chars)
