"""Thai PDFs with WeasyPrint and the Sarabun font shipped by the fontpkg-sarabun package (OFL)."""

from pathlib import Path


def sarabun_css() -> str:
    import fontpkg_sarabun

    files = Path(fontpkg_sarabun.__file__).parent / "files"
    return "\n".join(
        f'@font-face {{ font-family: "Sarabun"; font-weight: {weight}; src: url("{(files / name).as_uri()}"); }}'
        for weight, name in ((400, "Sarabun-Regular.ttf"), (700, "Sarabun-Bold.ttf"))
    )
