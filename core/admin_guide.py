"""The editors' guide in the admin (``/admin/guide/``), which the Help menu opens instead of Wagtail's English one.

The guide is Markdown in the repository (``docs/guide/*.md``, one file per role, with its screenshots beside it
in ``docs/guide/screenshots/``), so it is reviewed and versioned with the code it describes. It is rendered with
markdown-it in CommonMark mode with raw HTML turned off: anything that looks like a tag is shown as text, and
links to ``javascript:`` and the like are refused by markdown-it's link check. Every admin user may read it
(Wagtail's ``register_admin_urls`` wraps the views in its admin-access check).
"""

import re
from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy
from markdown_it import MarkdownIt

NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")
SCREENSHOT = re.compile(r"^[a-z0-9][a-z0-9-]*\.png$")

# Shown while docs/guide/ has no file yet: the roles the guide is to cover.
PLANNED_ROLES = [
    gettext_lazy("Editors of a unit"),
    gettext_lazy("Directors and checkers who approve"),
    gettext_lazy("Information Technology Centre (ศสน.) officers"),
    gettext_lazy("Administrators of the Office of the Secretary (สบท.)"),
    gettext_lazy("Auditors"),
]


def guide_dir() -> Path:
    return Path(getattr(settings, "SSO_GUIDE_DIR", settings.BASE_DIR / "docs" / "guide"))


CHAPTER_LINK = re.compile(r'href="([a-z0-9][a-z0-9-]*)\.md(#[\w-]*)?"')


def render_markdown(text: str) -> str:
    """HTML for the guide's Markdown; raw HTML in it is escaped, never passed through. A link to another chapter
    (``editor.md``, as it works on the repository's pages) opens that chapter in the admin."""
    html = MarkdownIt("commonmark", {"html": False}).enable("table").render(text)
    return CHAPTER_LINK.sub(
        lambda link: f'href="{reverse("sso_guide_chapter", args=(link.group(1),))}{link.group(2) or ""}"', html
    )


def _title(text: str, fallback: str) -> str:
    for line in text.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return fallback


def guide_chapters() -> list[dict]:
    """The guide's files in name order, each with its title (its first ``# `` heading)."""
    folder = guide_dir()
    files = sorted(folder.glob("*.md")) if folder.is_dir() else []
    return [
        {"name": file.stem, "title": _title(file.read_text(encoding="utf-8"), file.stem)}
        for file in files
        if NAME.match(file.stem)
    ]


def index(request):
    """The guide's overview (``docs/guide/README.md``, shown on the repository's pages too) and its chapters."""
    overview = guide_dir() / "README.md"
    context = {
        "chapters": guide_chapters(),
        "planned_roles": PLANNED_ROLES,
        "overview": render_markdown(overview.read_text(encoding="utf-8")) if overview.is_file() else "",
    }
    return TemplateResponse(request, "wagtailadmin/sso_guide/index.html", context)


def chapter(request, name: str):
    file = guide_dir() / f"{name}.md"
    if not NAME.match(name) or not file.is_file():
        raise Http404
    text = file.read_text(encoding="utf-8")
    context = {"title": _title(text, name), "body": render_markdown(text), "chapters": guide_chapters()}
    return TemplateResponse(request, "wagtailadmin/sso_guide/chapter.html", context)


def screenshot(request, chapter_name: str, name: str):
    """A screenshot linked from a chapter as ``screenshots/<name>.png`` (the same link works on the repository's
    own pages)."""
    file = guide_dir() / "screenshots" / name
    if not SCREENSHOT.match(name) or not file.is_file():
        raise Http404
    return FileResponse(file.open("rb"), content_type="image/png")


urlpatterns = [
    path("guide/", index, name="sso_guide"),
    path("guide/<str:name>/", chapter, name="sso_guide_chapter"),
    path("guide/<str:chapter_name>/screenshots/<str:name>", screenshot, name="sso_guide_screenshot"),
]
