"""What a person reads on an admin screen, and the English words in it: for the Thai-coverage test.

The text is what the browser shows or reads aloud: text nodes outside scripts, styles, templates and hidden
elements, and the attributes a person sees or hears (placeholder, title, aria-label, alt, a button's value)."""

import re
from html.parser import HTMLParser

SKIPPED_ELEMENTS = {"script", "style", "template", "noscript", "code", "pre"}
VOID_ELEMENTS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
READ_ATTRIBUTES = {"placeholder", "title", "aria-label", "alt"}
ENGLISH_WORD = re.compile(r"(?<![\w./:@-])[A-Za-z][A-Za-z'’]+(?![\w/:@-]|\.\w)")
# Addresses, file names and e-mail addresses are not words anybody has to read as English.
NOT_WORDS = re.compile(r"(https?://\S+|www\.\S+|\S+@\S+|\S+\.(?:pdf|csv|xlsx|docx?|zip|png|jpe?g|svg)\b|/\S*)")


class _VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self._skipping = []

    def handle_starttag(self, tag, attrs):
        if self._skipping:
            if tag == self._skipping[-1] and tag not in VOID_ELEMENTS:
                self._skipping.append(tag)  # nested same-name element inside a skipped one
            return
        attrs = dict(attrs)
        if tag in SKIPPED_ELEMENTS or ("hidden" in attrs and tag not in VOID_ELEMENTS):
            self._skipping.append(tag)
            return
        if "hidden" in attrs:
            return
        for name in READ_ATTRIBUTES:
            if attrs.get(name):
                self.parts.append(attrs[name])
        if tag == "input" and attrs.get("type") in ("submit", "button") and attrs.get("value"):
            self.parts.append(attrs["value"])

    def handle_endtag(self, tag):
        if self._skipping and self._skipping[-1] == tag:
            self._skipping.pop()

    def handle_data(self, data):
        if not self._skipping and data.strip():
            self.parts.append(data.strip())


def visible_text(html: str) -> str:
    parser = _VisibleText()
    parser.feed(html)
    return "\n".join(parser.parts)


def english_words(html: str) -> dict[str, str]:
    """Each English word and the first line of text it was read in (to say where, when a test fails)."""
    found = {}
    for line in visible_text(html).splitlines():
        for match in ENGLISH_WORD.finditer(NOT_WORDS.sub(" ", line)):
            found.setdefault(match.group(0), line)
    return found
