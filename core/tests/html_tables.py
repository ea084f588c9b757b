"""The cells of the HTML tables a page shows, read with the standard library's parser (for cell-by-cell checks)."""

from html.parser import HTMLParser


class _Tables(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tables: list[dict] = []
        self._cell: list[str] | None = None
        self._row: list[str] | None = None
        self._section = ""
        self._in_caption = False

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append({"caption": "", "head": [], "body": [], "foot": []})
        elif tag in ("thead", "tbody", "tfoot"):
            self._section = {"thead": "head", "tbody": "body", "tfoot": "foot"}[tag]
        elif tag == "caption":
            self._in_caption = True
        elif tag == "tr":
            self._row = []
        elif tag in ("td", "th"):
            self._cell = []
        elif tag == "span" and ("class", "visually-hidden") in attrs and self._cell is not None:
            self._cell.append("\0")  # hidden text is dropped below

    def handle_endtag(self, tag):
        if tag == "caption":
            self._in_caption = False
        elif tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append("".join(self._cell).split("\0")[0].strip())
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.tables[-1][self._section or "body"].append(self._row)
            self._row = None

    def handle_data(self, data):
        if self._in_caption:
            self.tables[-1]["caption"] += data
        elif self._cell is not None:
            self._cell.append(data)


def html_tables(html: str) -> list[dict]:
    """Each table as {"caption", "head": [[cell, ...]], "body": [[...]], "foot": [[...]]} with cell text stripped."""
    parser = _Tables()
    parser.feed(html)
    return parser.tables
