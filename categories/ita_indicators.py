"""The ITA indicator items of ``data/ita_indicators.yaml``, and their sync onto the ITA section's page.

The sync adds the items the page does not have yet (by code), pointing each at the page of the taxonomy category
that answers it, and publishes the page. It never changes an item that is there: the mapping is the editors'
once made (a page moved, a better answer), so running ``setup_site`` again leaves their choices alone."""

from dataclasses import dataclass
from pathlib import Path

import yaml
from django.conf import settings

from categories.models import Category, ItaIndexPage, ItaIndicatorLink


class IndicatorFileError(ValueError):
    """The indicator file cannot be read or names a category the taxonomy does not have."""


@dataclass(frozen=True)
class IndicatorItem:
    group: str
    code: str
    title: str
    answered_by: str


def load_indicators(path: Path | str | None = None) -> list[IndicatorItem]:
    path = Path(path or settings.SSO_ITA_INDICATORS_FILE)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise IndicatorFileError(f"cannot read the ITA indicator file {path}: {exc}") from None
    items = []
    for indicator in data.get("indicators") or []:
        group = f"{indicator['code']} {indicator['title']}".strip()
        for item in indicator.get("items") or []:
            items.append(IndicatorItem(group, str(item["code"]), str(item["title"]), str(item.get("answered_by", ""))))
    codes = [item.code for item in items]
    if len(codes) != len(set(codes)):
        raise IndicatorFileError(f"{path}: an item code is used twice")
    return items


def sync_indicators(items: list[IndicatorItem] | None = None) -> int:
    """Add the missing items to the ITA section's page (if the tree has one); returns how many were added."""
    index = ItaIndexPage.objects.first()
    if index is None:
        return 0
    items = load_indicators() if items is None else items
    have = set(index.indicator_links.values_list("code", flat=True))
    missing = [item for item in items if item.code not in have]
    if not missing:
        return 0
    pages = dict(Category.objects.filter(key__in=[i.answered_by for i in missing]).values_list("key", "page_id"))
    unknown = sorted({item.answered_by for item in missing if item.answered_by not in pages})
    if unknown:
        raise IndicatorFileError(f"ITA items name categories the taxonomy does not have: {', '.join(unknown)}")
    editors_draft = index.has_unpublished_changes
    index = index.get_latest_revision_as_object()  # an editor's draft keeps its other changes
    order = len(have)
    for offset, item in enumerate(missing):
        index.indicator_links.add(
            ItaIndicatorLink(
                group=item.group, code=item.code, title=item.title, answer_page_id=pages[item.answered_by],
                sort_order=order + offset,
            )
        )  # fmt: skip
    revision = index.save_revision()
    if index.live and not editors_draft:  # a draft waits for its workflow; the items go out with it
        revision.publish()
    return len(missing)
