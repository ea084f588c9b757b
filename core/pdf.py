"""Thai PDFs with WeasyPrint and the Sarabun font shipped by the fontpkg-sarabun package (OFL)."""

from pathlib import Path


def sarabun_css() -> str:
    import fontpkg_sarabun

    files = Path(fontpkg_sarabun.__file__).parent / "files"
    return "\n".join(
        f'@font-face {{ font-family: "Sarabun"; font-weight: {weight}; src: url("{(files / name).as_uri()}"); }}'
        for weight, name in ((400, "Sarabun-Regular.ttf"), (700, "Sarabun-Bold.ttf"))
    )


def print_pdf(html: str) -> bytes:
    """PDF bytes of ``html`` (which carries ``sarabun_css()``); WeasyPrint may read local files (the font) and
    nothing from the network."""
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    return HTML(string=html, url_fetcher=URLFetcher(allowed_protocols=("file",))).write_pdf()
