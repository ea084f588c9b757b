"""Building the page tree from the taxonomy: idempotent and non-destructive.

A second run adds what is missing and leaves every existing page as editors left it: it never deletes,
renames, re-slugs, moves back or republishes a page. A category's page is found through its ``Category`` row;
when the row is missing, a page with the category's slug under the right parent is adopted instead of a
duplicate being created.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page, Site

from categories.ita_indicators import sync_indicators
from categories.models import Category
from categories.taxonomy import Taxonomy, TaxonomyNode

HOME_TITLE = "สำนักงานประกันสังคม"
HOME_SLUG = "sso-home"


@dataclass
class BuildReport:
    created: list[str] = field(default_factory=list)
    adopted: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    ita_items_added: int = 0


def _publish(page: Page) -> None:
    page.save_revision().publish()


def ensure_locales() -> None:
    """A Wagtail Locale for each content language (Thai, the default, and English): English translations of
    pages need theirs. The tree itself is built in the default locale."""
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


def ensure_home_page() -> Page:
    """The site's home page, replacing Wagtail's untouched welcome page on a fresh database. The home page type
    is named by its label, as page types name their parents, so this app does not import the home app (which
    lists the news of this one)."""
    HomePage = apps.get_model("home", "HomePage")
    ensure_locales()
    home = HomePage.objects.filter(locale=Locale.get_default()).first()
    root = Page.get_first_root_node()
    if home is None:
        home = HomePage(
            title=HOME_TITLE,
            slug=HOME_SLUG,
            hero_heading="ประกันสังคม เพื่อคุณภาพชีวิตที่ดีของคนทำงาน",
            hero_text="ข้อมูลสิทธิประโยชน์ ข่าวสาร และบริการของสำนักงานประกันสังคม ยื่นคำขอและตรวจสอบสิทธิได้ทางระบบ e-Service",
        )
        root.add_child(instance=home)
        _publish(home)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name=HOME_TITLE)
    elif site.root_page_id != home.pk:
        welcome = site.root_page
        site.root_page = home
        site.site_name = site.site_name or HOME_TITLE
        site.save()
        if type(welcome.specific) is Page and not welcome.get_children().exists():
            welcome.delete()
    return home


def _category_fields(node: TaxonomyNode, parent: Category | None, order: int) -> dict:
    units = node.effective_units or {}
    return {
        "title": node.title,
        "parent": parent,
        "page_type": node.page_type,
        "data_units": units.get("data", ""),
        "publishing_units": units.get("publishing", ""),
        "checking_units": units.get("checking", ""),
        "note": node.note,
        "sort_order": order,
        "review_days": node.review_days,
    }


def _fill_empty_fields(page: Page, node: TaxonomyNode) -> None:
    """Set the taxonomy's ``fields`` that a page built by an older file lacks; never overwrite a value."""
    missing = {name: value for name, value in node.fields.items() if getattr(page, name) in ("", None)}
    if missing:
        for name, value in missing.items():
            setattr(page, name, value)
        revision = page.save_revision()
        if page.live:
            revision.publish()


def _find_or_create_page(node: TaxonomyNode, category: Category | None, parent_page: Page, report: BuildReport):
    if category is not None and category.page_id:
        page = category.page.specific
        report.kept.append(node.key)
        if page.specific_class is not node.page_model:
            report.warnings.append(
                f"{node.key}: the page is a {page.specific_class.__name__}, the taxonomy asks for "
                f"{node.page_model.__name__}; left as it is"
            )
        else:
            _fill_empty_fields(page, node)
        return page
    existing = parent_page.get_children().filter(slug=node.slug).first()
    if existing is not None:
        report.adopted.append(node.key)
        if existing.specific_class is node.page_model:
            _fill_empty_fields(existing.specific, node)
        return existing.specific
    page = node.page_model(
        title=node.title,
        slug=node.slug,
        show_in_menus=node.in_menu,
        **node.fields,
    )
    parent_page.add_child(instance=page)
    _publish(page)
    report.created.append(node.key)
    return page


@transaction.atomic
def build_site(taxonomy: Taxonomy) -> BuildReport:
    report = BuildReport()
    home = ensure_home_page()
    categories = {c.key: c for c in Category.objects.select_related("page")}
    pages: dict[str | None, Page] = {None: home}
    saved: dict[str | None, Category | None] = {None: None}
    for order, node in enumerate(taxonomy.walk()):
        category = categories.get(node.key)
        page = _find_or_create_page(node, category, pages[node.parent_key], report)
        fields = _category_fields(node, saved[node.parent_key], order)
        fields["page"] = page
        category, _ = Category.objects.update_or_create(key=node.key, defaults=fields)
        pages[node.key] = page
        saved[node.key] = category
    report.ita_items_added = sync_indicators()
    return report
