"""The checks: what is wrong with one live page, as findings that become site issues.

A finding's fingerprint is its kind, its page and what it concerns (the linked page, document, image or address;
"review", "empty" or "menu" for the page itself), not where on the page it sits: moving a block or rewording a
link keeps the same issue open, and a target linked twice from one page is one thing to fix.
"""

import hashlib
from dataclasses import dataclass
from datetime import timedelta
from functools import cache

from django.template.defaultfilters import filesizeformat
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Page, Site

from categories.models.listing import ListingMixin
from core.thai_dates import format_thai_date
from governance.upkeep.issues import last_reviewed_at
from governance.upkeep.models import SiteIssue
from governance.upkeep.site_checks.files import public_max_bytes
from governance.upkeep.site_checks.references import DOCUMENT, IMAGE, PAGE, Reference
from procurement.models.sections import NoticeListingMixin

Kind = SiteIssue.Kind
MENU = gettext_lazy("menu")


@dataclass
class Finding:
    kind: str
    page: Page
    detail: str
    location: str = ""
    target: str = ""
    key: str = ""

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.kind, self.page.pk, self.key)


def fingerprint(kind: str, page_id: int, key: str) -> str:
    return hashlib.sha256(f"{kind}|{page_id}|{key}".encode()).hexdigest()


def _about(page, ref: Reference):
    """A maker of findings about ``ref`` on ``page``: (kind, detail, target) → Finding."""
    key = f"{ref.kind}:{ref.target}"
    return lambda kind, detail, target: Finding(kind, page, detail, ref.location, target, key)


def _page_finding(page, ref: Reference, linked, now) -> Finding | None:
    found = _about(page, ref)
    if linked is None:
        return found(
            Kind.BROKEN_LINK,
            _("A link to a deleted page (page id %(id)s)") % {"id": ref.target},
            _("page id %(id)s") % {"id": ref.target},
        )
    target = f"{linked.title} ({linked.url_path})"
    if linked.has_expired(now):
        when = " " + _("on %(date)s") % {"date": format_thai_date(linked.expire_at)} if linked.expire_at else ""
        return found(
            Kind.LINK_TO_EXPIRED,
            _("A link to the page “%(title)s”, which expired%(when)s") % {"title": linked.title, "when": when},
            target,
        )
    if not linked.live and not linked.scheduled:
        return found(
            Kind.BROKEN_LINK,
            _("A link to the page “%(title)s”, which is not published") % {"title": linked.title},
            target,
        )
    return None


def _document_findings(page, ref: Reference, document) -> list[Finding]:
    found = _about(page, ref)
    if document is None:
        return [
            found(
                Kind.MISSING_DOCUMENT,
                _("Document id %(id)s was deleted") % {"id": ref.target},
                _("document id %(id)s") % {"id": ref.target},
            )
        ]
    if not document.facts.exists:
        detail = _("The file of the document “%(title)s” is not in the file store") % {"title": document.title}
        return [found(Kind.MISSING_DOCUMENT, detail, document.name)]
    findings = []
    size, limit = document.facts.size, public_max_bytes()
    if size is not None and size > limit:
        detail = _("The document “%(title)s” is %(size)s, more than the %(limit)s that may be published") % {
            "title": document.title,
            "size": filesizeformat(size),
            "limit": filesizeformat(limit),
        }
        findings.append(found(Kind.DOCUMENT_TOO_LARGE, detail, document.name))
    if document.facts.is_pdf and not document.facts.is_pdfa:
        detail = _("The document “%(title)s” is a PDF but not PDF/A (no pdfaid:part in its XMP data)") % {
            "title": document.title
        }
        findings.append(found(Kind.DOCUMENT_NOT_PDFA, detail, document.name))
    return findings


def _image_finding(page, ref: Reference, image) -> Finding | None:
    found = _about(page, ref)
    if image is None:
        return found(
            Kind.MISSING_IMAGE,
            _("Image id %(id)s was deleted") % {"id": ref.target},
            _("image id %(id)s") % {"id": ref.target},
        )
    if not image.facts.exists:
        return found(
            Kind.MISSING_IMAGE,
            _("The file of the image “%(title)s” is not in the file store") % {"title": image.title},
            image.name,
        )
    return None


def reference_findings(page, references: list[Reference], targets) -> list[Finding]:
    """Broken links, links to expired pages, missing, oversized and non-PDF/A files; one per target and kind."""
    found: dict[tuple[str, str], Finding] = {}
    for ref in references:
        if ref.kind == PAGE:
            candidates = [_page_finding(page, ref, targets.pages.get(ref.target), targets.now)]
        elif ref.kind == DOCUMENT:
            candidates = _document_findings(page, ref, targets.documents.get(ref.target))
        elif ref.kind == IMAGE:
            candidates = [_image_finding(page, ref, targets.images.get(ref.target))]
        else:
            continue
        for finding in candidates:
            if finding is not None:
                found.setdefault((finding.kind, finding.key), finding)
    return list(found.values())


class SiteTree:
    """Which live pages have live children and which sit in the menus: one query over the live pages."""

    def __init__(self):
        steplen = Page.steplen
        self.parents_of_live: set[str] = set()
        self.in_menus: set[str] = set()
        rows = Page.objects.live().values_list("path", "show_in_menus").order_by()
        for path, in_menu in rows.iterator(chunk_size=5000):
            self.parents_of_live.add(path[:-steplen])
            if in_menu:
                self.in_menus.add(path)
        self.roots = list(Site.objects.values_list("root_page__path", flat=True))

    def has_live_children(self, page) -> bool:
        return page.path in self.parents_of_live

    def in_menu_tree(self, page) -> bool:
        """Shown in the site's menus: the page and each of its ancestors below a site's home page are live and
        in menus."""
        steplen = Page.steplen
        for root in self.roots:
            if page.path.startswith(root) and len(page.path) > len(root):
                ends = range(len(root) + steplen, len(page.path) + 1, steplen)
                return all(page.path[:end] in self.in_menus for end in ends)
        return False


@cache
def is_section(model) -> bool:
    """Index, section and listing pages: the page types whose purpose is to list the pages beneath them."""
    return issubclass(model, (ListingMixin, NoticeListingMixin))


def _has_body(page) -> bool:
    body = getattr(page, "body", None)
    if body is None:
        return False
    if hasattr(body, "raw_data"):
        return len(body.raw_data) > 0
    return bool(strip_tags(str(body)).strip())


def _review_finding(page, category, stamps, now) -> Finding | None:
    last = last_reviewed_at(page, stamps=stamps)
    if last is not None and last + timedelta(days=category.review_days) >= now:
        return None
    since = (
        _("last reviewed or updated on %(date)s") % {"date": format_thai_date(last)} if last else _("never reviewed")
    )
    detail = _("This page is past the %(days)s-day review interval of the category “%(category)s” (%(since)s)") % {
        "days": category.review_days,
        "category": category.title,
        "since": since,
    }
    return Finding(Kind.REVIEW_OVERDUE, page, detail, key="review")


def page_findings(page, category, tree: SiteTree, stamps: dict, now) -> list[Finding]:
    """Findings about the page itself: review overdue; in the menus yet empty, or yet past its expiry."""
    found = []
    if category is not None:
        found.append(_review_finding(page, category, stamps, now))
    if tree.in_menu_tree(page):
        if is_section(type(page)) and not tree.has_live_children(page) and not _has_body(page):
            detail = _("The section “%(title)s” is in the menu but has no published subpages and no content") % {
                "title": page.title
            }
            found.append(Finding(Kind.EMPTY_SECTION, page, detail, str(MENU), key="empty"))
        if page.expire_at is not None and page.expire_at <= now:
            detail = _("This page expired on %(date)s but is still in the menu") % {
                "date": format_thai_date(page.expire_at)
            }
            found.append(Finding(Kind.LINK_TO_EXPIRED, page, detail, str(MENU), key="menu"))
    return [finding for finding in found if finding is not None]
