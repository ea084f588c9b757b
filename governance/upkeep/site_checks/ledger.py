"""What a run does to the automated issues: open one for a new finding, note a finding seen again, and close as
fixed an issue whose finding is gone (its page repaired, unpublished or deleted), which records the time to fix.

The issues open before the run are read once, so a finding seen again costs no query of its own; their
``last_seen_at`` is written in bulk at the end. New findings go through ``governance.upkeep.issues.open_issue``, which
also guards against a second run opening the same finding at the same moment. The directors get one digest of
the run's new and fixed issues (``governance.upkeep.issues.notify_digest``), not one e-mail per issue.
"""

from django.db import transaction

from governance.upkeep.issues import fix, open_issue
from governance.upkeep.models import SiteIssue

CHUNK = 500


class IssueLedger:
    def __init__(self, now):
        self.now = now
        rows = (
            SiteIssue.objects.filter(source=SiteIssue.Source.CHECK, status__in=SiteIssue.OPEN_STATUSES)
            .exclude(fingerprint="")
            .values_list("fingerprint", "pk", "kind", "target")
        )
        self.open = {fingerprint: (pk, kind, target) for fingerprint, pk, kind, target in rows}
        # A finding dismissed with a reason (a deliberate exception) is not opened again every night.
        self.dismissed = set(
            SiteIssue.objects.filter(source=SiteIssue.Source.CHECK, status=SiteIssue.Status.DISMISSED)
            .exclude(fingerprint="")
            .values_list("fingerprint", flat=True)
        )
        self.seen: set[str] = set()
        self.kept: set[str] = set()
        self.opened = self.seen_again = 0
        self.new_issues: list[SiteIssue] = []
        self.fixed_issues: list[SiteIssue] = []

    def open_targets(self, kind: str) -> set[str]:
        return {target for _, open_kind, target in self.open.values() if open_kind == kind}

    def record(self, finding, category) -> None:
        fingerprint = finding.fingerprint
        if fingerprint in self.seen:
            return
        self.seen.add(fingerprint)
        if fingerprint in self.open:
            self.seen_again += 1
            return
        if fingerprint in self.dismissed:
            return
        issue, created = open_issue(
            kind=finding.kind,
            page=finding.page,
            category=category,
            detail=finding.detail,
            location=finding.location,
            target=finding.target,
            fingerprint=fingerprint,
            now=self.now,
            notify=False,
        )
        if created:
            self.opened += 1
            self.new_issues.append(issue)

    def keep(self, fingerprint: str) -> None:
        """A finding the run could not check this time (an outside address beyond the run's share): its issue
        stays open as it is."""
        self.kept.add(fingerprint)

    def finish(self, checked_kinds) -> int:
        """Stamp the issues seen again, close those whose finding is gone; returns how many were closed."""
        again = [self.open[fingerprint][0] for fingerprint in self.seen if fingerprint in self.open]
        for start in range(0, len(again), CHUNK):
            SiteIssue.objects.filter(pk__in=again[start : start + CHUNK]).update(last_seen_at=self.now)
        gone = [
            pk
            for fingerprint, (pk, kind, _) in self.open.items()
            if kind in checked_kinds and fingerprint not in self.seen and fingerprint not in self.kept
        ]
        closed = 0
        for start in range(0, len(gone), CHUNK):
            issues = SiteIssue.objects.filter(pk__in=gone[start : start + CHUNK], status__in=SiteIssue.OPEN_STATUSES)
            with transaction.atomic():
                for issue in issues.select_related("page__live_revision"):
                    page = issue.page
                    # The revision the public now sees; for a page taken down, fix() takes its latest.
                    revision = page.live_revision if page is not None and page.live else None
                    fix(issue, revision=revision, now=self.now, notify=False)
                    self.fixed_issues.append(issue)
                    closed += 1
        return closed
