"""Changing a part's datasets as a new draft revision of its page, as the page editor would.

A dataset uploaded for a period the page already has replaces that one (keeping its database row, so publishing
updates it in place); the earlier numbers stay in the page's revision history. Nothing goes live here: the
approval workflow publishes the revision like any other edit.
"""

from sso_statistics.models import Dataset
from sso_statistics.periods import Period


def draft_of(page):
    """The page as its latest revision has it (the draft the editor sees), datasets included."""
    return page.get_latest_revision_as_object()


def save_with_dataset(draft, user, dataset: Dataset):
    """``draft`` is the page from ``draft_of``."""
    kept = []
    for existing in draft.datasets.all():
        if existing.period == dataset.period:
            dataset.pk = existing.pk
        else:
            kept.append(existing)
    return _save(draft, user, [*kept, dataset])


def save_without_dataset(draft, user, period: Period):
    return _save(draft, user, [dataset for dataset in draft.datasets.all() if dataset.period != period])


def _save(draft, user, datasets):
    draft.datasets = sorted(datasets, key=lambda dataset: dataset.period)
    return draft.save_revision(user=user, log_action=True)
