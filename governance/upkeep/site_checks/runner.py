"""One run of the site check over every live page (seed §2.1, §3.2: check the website regularly, fix errors at
once).

Pages are read a content type at a time, ``BATCH_SIZE`` at a time, each batch as its specific model with its
inline children prefetched; what a batch links to is looked up in one query per kind of target. A run therefore
costs a fixed number of queries per batch and per page type, plus a few for each new or closed issue.
"""

import time
from collections import Counter
from dataclasses import dataclass, field
from types import SimpleNamespace

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Page

from governance.access.rules import category_for_page
from governance.upkeep.issues import notify_digest
from governance.upkeep.models import PageReview, SiteIssue
from governance.upkeep.site_checks import external as outside
from governance.upkeep.site_checks.findings import Finding, SiteTree, fingerprint, page_findings, reference_findings
from governance.upkeep.site_checks.ledger import IssueLedger
from governance.upkeep.site_checks.references import URL, child_prefetches, page_references
from governance.upkeep.site_checks.targets import Targets

BATCH_SIZE = 500
INTERNAL_KINDS = (
    SiteIssue.Kind.BROKEN_LINK,
    SiteIssue.Kind.MISSING_DOCUMENT,
    SiteIssue.Kind.MISSING_IMAGE,
    SiteIssue.Kind.LINK_TO_EXPIRED,
    SiteIssue.Kind.REVIEW_OVERDUE,
    SiteIssue.Kind.EMPTY_SECTION,
    SiteIssue.Kind.DOCUMENT_NOT_PDFA,
    SiteIssue.Kind.DOCUMENT_TOO_LARGE,
)


@dataclass
class CheckSummary:
    pages: int = 0
    findings: Counter = field(default_factory=Counter)  # by SiteIssue.Kind
    opened: int = 0  # new issues
    seen_again: int = 0  # findings whose issue was already open
    fixed: int = 0  # open issues closed because their finding is gone
    external_checked: int = 0  # outside addresses requested this run
    seconds: float = 0.0


def live_page_batches(batch_size: int = BATCH_SIZE):
    """The live pages as their specific models, one content type and at most ``batch_size`` pages at a time."""
    type_ids = set(Page.objects.live().filter(depth__gt=1).values_list("content_type_id", flat=True).order_by())
    for type_id in sorted(type_ids):
        model = ContentType.objects.get_for_id(type_id).model_class()
        if model is None:  # a page type whose code was removed
            continue
        pages = model.objects.live().filter(content_type_id=type_id).order_by("pk")
        pages = pages.prefetch_related(*child_prefetches(model))
        last = 0
        while True:
            batch = list(pages.filter(pk__gt=last)[:batch_size])
            if batch:
                yield batch
            if len(batch) < batch_size:
                break
            last = batch[-1].pk


class _Run:
    def __init__(self, now, external: bool, opener):
        self.now, self.external, self.opener = now, external, opener
        self.summary = CheckSummary()
        self.ledger = IssueLedger(now)
        self.targets = Targets(now)
        self.tree = SiteTree()
        self.stamps = dict(PageReview.objects.values_list("page_id", "reviewed_at"))
        self.holder = SimpleNamespace()  # keeps the categories by path for the whole run (one query)
        self.links: dict[str, list[tuple[int, str]]] = {}  # outside address → (page id, location)

    def record(self, finding: Finding, category) -> None:
        self.summary.findings[finding.kind] += 1
        self.ledger.record(finding, category)

    def check_batch(self, batch) -> None:
        references = {page.pk: page_references(page) for page in batch}
        self.targets.load([ref for refs in references.values() for ref in refs])
        with transaction.atomic():  # one commit for the batch's new issues, not one each
            self.record_batch(batch, references)
        self.summary.pages += len(batch)

    def record_batch(self, batch, references) -> None:
        for page in batch:
            category = category_for_page(page, holder=self.holder)
            for finding in reference_findings(page, references[page.pk], self.targets):
                self.record(finding, category)
            for finding in page_findings(page, category, self.tree, self.stamps, self.now):
                self.record(finding, category)
            for ref in references[page.pk]:
                if ref.kind == URL:
                    self.links.setdefault(ref.target, []).append((page.pk, ref.location))

    def check_outside_links(self) -> None:
        kind = SiteIssue.Kind.BROKEN_EXTERNAL_LINK
        first = self.ledger.open_targets(kind)
        chosen = outside.choose(self.links, first, outside.max_links(), timezone.localdate(self.now))
        problems = outside.check_urls(chosen, self.opener)
        self.summary.external_checked = len(problems)
        failing = {url: problem for url, problem in problems.items() if problem}
        pages = Page.objects.in_bulk({page_id for url in failing for page_id, _ in self.links[url]})
        with transaction.atomic():  # after the requests: no transaction waits on another website
            for url, occurrences in self.links.items():
                for page_id, location in occurrences:
                    if url not in problems:
                        self.ledger.keep(fingerprint(kind, page_id, f"url:{url}"))
                    elif url in failing and page_id in pages:
                        page = pages[page_id]
                        detail = _("A link to an outside website does not work: %(problem)s") % {
                            "problem": failing[url]
                        }
                        finding = Finding(kind, page, detail, location, url, key=f"url:{url}")
                        self.record(finding, category_for_page(page, holder=self.holder))

    def run(self) -> CheckSummary:
        for batch in live_page_batches():
            self.check_batch(batch)
        kinds = list(INTERNAL_KINDS)
        if self.external:
            self.check_outside_links()
            kinds.append(SiteIssue.Kind.BROKEN_EXTERNAL_LINK)
        self.summary.fixed = self.ledger.finish(kinds)
        self.summary.opened, self.summary.seen_again = self.ledger.opened, self.ledger.seen_again
        notify_digest(self.ledger.new_issues, self.ledger.fixed_issues)
        return self.summary


def run_site_check(now=None, external: bool | None = None, opener=None) -> CheckSummary:
    """Check every live page, open an issue for each new finding and close those whose finding is gone.

    ``external`` checks outside addresses too (None: the setting ``SSO_SITE_CHECK_EXTERNAL_LINKS``, off by
    default); ``opener`` is the ``urllib`` opener to request them with (tests pass a fake one).
    """
    started = time.perf_counter()
    external = outside.enabled_by_default() if external is None else external
    with translation.override(settings.LANGUAGE_CODE):  # locations name fields and blocks in the site's language
        summary = _Run(now or timezone.now(), external, opener).run()
    summary.seconds = time.perf_counter() - started
    return summary
