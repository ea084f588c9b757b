"""Units, groups and page permissions created as data from the taxonomy file.

Run by ``setup_site`` after the page tree is built (through ``governance.workflow.sync.sync_governance``).
Idempotent: a second run changes nothing. When the matrix
changes, permissions this module created and the matrix no longer asks for are removed; permissions that an
administrator added by hand are reported, never removed.
"""

from dataclasses import dataclass, field

from django.contrib.auth.models import Group, Permission
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
)

from categories.models import Category
from categories.taxonomy import OWNING_UNIT, Taxonomy
from categories.translations import translation_page_ids
from governance.access.models import ManagedPagePermission, Unit
from governance.access.roles import (
    ACCOUNT_ADMINS,
    CENTRAL_UNIT,
    CHECKER,
    DIRECTOR,
    EDITOR,
    OFFICE_WIDE_GROUPS,
    TRAFFIC_AUDITORS,
    group_name,
)

ROLE_PAGE_PERMISSIONS = {
    EDITOR: ("add_page", "change_page"),
    DIRECTOR: ("add_page", "change_page", "publish_page"),
    CHECKER: ("change_page",),
}
COLLECTION_PERMISSIONS = ("add_document", "choose_document", "add_image", "choose_image")
# A unit's groups get these on their own unit's collection only (issue 14): a unit neither chooses nor downloads
# another unit's unpublished documents. ศสน. and the office-wide groups keep them on the root, which covers all.
UNIT_DOCUMENT_PERMISSIONS = ("add_document", "change_document", "choose_document")
DOCUMENT_PERMISSIONS = ("add_document", "change_document", "delete_document", "choose_document")
# สบท. issues accounts and keeps the unit list: Wagtail's user screens and the governance screens.
# No add_user/change_user: Wagtail's user screens would let them grant superuser status and any group.
ACCOUNT_ADMIN_PERMISSIONS = (
    ("auth", "view_user"),
    ("governance", "view_unit"),
    ("governance", "change_unit"),
    ("governance", "view_designation"),
    ("governance", "change_designation"),
    ("governance", "view_extradayoff"),
    ("governance", "add_extradayoff"),
    ("governance", "change_extradayoff"),
    ("governance", "delete_extradayoff"),
)


@dataclass
class SyncReport:
    units_created: list[str] = field(default_factory=list)
    groups_created: list[str] = field(default_factory=list)
    permissions_added: int = 0
    permissions_removed: int = 0
    hand_added: list[str] = field(default_factory=list)
    workflows_assigned: int = 0
    defaults_retired: list[str] = field(default_factory=list)


def _groups_for(codes, role, units_by_code) -> list[Group]:
    if OWNING_UNIT in codes:  # any unit may prepare here; rules.can_edit limits edits to the owning unit
        # Provincial offices write through their own procurement pages only (decision D11).
        codes = [
            code for code, unit in units_by_code.items() if unit.kind != Unit.Kind.EXECUTIVE and not unit.parent_id
        ]
    return [Group.objects.get(name=group_name(code, role)) for code in codes if code in units_by_code]


def sync_units_and_groups(taxonomy: Taxonomy, report: SyncReport) -> dict[str, Unit]:
    admin_access = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    root_collection = name_root_collection()
    collection_permissions = list(
        Permission.objects.filter(content_type__app_label__in=("wagtaildocs", "wagtailimages")).filter(
            codename__in=COLLECTION_PERMISSIONS
        )
    )
    units = {}
    for spec in taxonomy.units:  # parents come before their offices in the list
        wanted = {"kind": spec.kind, "parent": units.get(spec.parent), "province": spec.province}
        unit, created = Unit.objects.get_or_create(code=spec.code, defaults=wanted)
        if created:
            report.units_created.append(spec.code)
        elif any(getattr(unit, name) != value for name, value in wanted.items()):
            for name, value in wanted.items():
                setattr(unit, name, value)
            unit.save(update_fields=list(wanted))
        units[spec.code] = unit
    # Executives (ลธ.สปส.) act through their office-wide group, not through editor/director/checker groups.
    role_units = [code for code, unit in units.items() if unit.kind != Unit.Kind.EXECUTIVE]
    names = [group_name(code, role) for code in role_units for role in ROLE_PAGE_PERMISSIONS] + list(OFFICE_WIDE_GROUPS)
    for name in names:
        group, created = Group.objects.get_or_create(name=name)
        if created:
            report.groups_created.append(name)
            group.permissions.add(admin_access)
            if name == TRAFFIC_AUDITORS:  # they read the traffic log only; no documents or images
                continue
            for permission in collection_permissions:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )
    sync_unit_collections(units, role_units, root_collection)
    account_admins = Group.objects.get(name=ACCOUNT_ADMINS)
    account_admins.permissions.set(
        [admin_access]
        + [
            Permission.objects.get(content_type__app_label=app, codename=code)
            for app, code in ACCOUNT_ADMIN_PERMISSIONS
        ]
    )
    _central_unit_settings()
    return units


# Wagtail names the root collection "Root", which editors read in every image and document filter.
ROOT_COLLECTION_NAME = "คลังกลาง"


def name_root_collection() -> Collection:
    """The root collection, named in Thai (once: a name an administrator chose is left alone)."""
    root = Collection.get_first_root_node()
    if root.name == "Root":
        root.name = ROOT_COLLECTION_NAME
        root.save(update_fields=["name"])
    return root


def unit_collection(unit: Unit, root_collection: Collection) -> Collection:
    """The unit's own document collection, a child of the root named by the unit's code (found again by name)."""
    existing = root_collection.get_children().filter(name=unit.code).first()
    return existing or root_collection.add_child(instance=Collection(name=unit.code))


def sync_unit_collections(units, role_units, root_collection: Collection) -> None:
    """Give each unit's groups document rights on their own collection and nowhere else.

    Runs on every sync, so an install set up before issue 14 (document rights on the root for every group) loses
    the root rights of its unit groups. Image rights stay on the root: images are not per unit. ศสน. edits every
    unit's pages, so its groups keep the root, as do the office-wide groups (set when they are created).
    """
    document_permissions = {
        p.codename: p
        for p in Permission.objects.filter(content_type__app_label="wagtaildocs", codename__in=DOCUMENT_PERMISSIONS)
    }
    for code in role_units:
        own = root_collection if code == CENTRAL_UNIT else unit_collection(units[code], root_collection)
        wanted = UNIT_DOCUMENT_PERMISSIONS if code != CENTRAL_UNIT else COLLECTION_PERMISSIONS
        for role in ROLE_PAGE_PERMISSIONS:
            group = Group.objects.get(name=group_name(code, role))
            GroupCollectionPermission.objects.filter(
                group=group, permission__content_type__app_label="wagtaildocs"
            ).exclude(collection=own).delete()
            for codename in wanted:
                if codename in document_permissions:
                    GroupCollectionPermission.objects.get_or_create(
                        group=group, collection=own, permission=document_permissions[codename]
                    )


# Site settings that only the central unit (ศสน.) keeps: the online services shown in every page header.
CENTRAL_UNIT_SETTINGS = (("home", "change_onlineservices"),)


def _central_unit_settings() -> None:
    permissions = [
        Permission.objects.get(content_type__app_label=app, codename=code) for app, code in CENTRAL_UNIT_SETTINGS
    ]
    for role in (EDITOR, DIRECTOR):
        group = Group.objects.filter(name=group_name(CENTRAL_UNIT, role)).first()
        if group is not None:
            group.permissions.add(*permissions)


def desired_page_permissions(taxonomy: Taxonomy, units_by_code) -> set[tuple[int, int, str]]:
    """(group id, page id, codename) for every category row of the matrix, on the category's page and on each
    of its translations (the English copy is kept by the same units)."""
    pages = dict(Category.objects.exclude(page=None).values_list("key", "page_id"))
    translations = translation_page_ids()
    desired = set()
    for node in taxonomy.walk():
        if not node.effective_units or node.key not in pages:
            continue
        for role, column in ((EDITOR, "data"), (DIRECTOR, "publishing"), (CHECKER, "checking")):
            for group in _groups_for(node.unit_codes(column), role, units_by_code):
                for codename in ROLE_PAGE_PERMISSIONS[role]:
                    for page_id in translations.get(pages[node.key], [pages[node.key]]):
                        desired.add((group.pk, page_id, codename))
    return desired


def sync_page_permissions(taxonomy: Taxonomy, units_by_code, report: SyncReport) -> None:
    permissions = {
        p.codename: p
        for p in Permission.objects.filter(content_type__app_label="wagtailcore", codename__endswith="_page")
    }
    desired = desired_page_permissions(taxonomy, units_by_code)
    managed = {(m.group_id, m.page_id, m.codename): m for m in ManagedPagePermission.objects.all()}
    for group_id, page_id, codename in desired - managed.keys():
        GroupPagePermission.objects.get_or_create(group_id=group_id, page_id=page_id, permission=permissions[codename])
        ManagedPagePermission.objects.create(group_id=group_id, page_id=page_id, codename=codename)
        report.permissions_added += 1
    for key in managed.keys() - desired:
        group_id, page_id, codename = key
        GroupPagePermission.objects.filter(group_id=group_id, page_id=page_id, permission__codename=codename).delete()
        managed[key].delete()
        report.permissions_removed += 1
    for row in GroupPagePermission.objects.select_related("group", "page", "permission"):
        if (row.group_id, row.page_id, row.permission.codename) not in desired:
            report.hand_added.append(f"{row.group.name}: {row.permission.codename} on {row.page.url_path}")


# What Wagtail's own first migration installs: two groups with rights over the whole tree. Left in place they
# would let any "Editors" member edit, and any "Moderators" member publish, every category regardless of the
# matrix. (Its workflow on the root page is retired by governance.workflow.sync.)
WAGTAIL_DEFAULT_GROUPS = ("Editors", "Moderators")


def retire_wagtail_default_groups(report: SyncReport) -> None:
    root_permissions = GroupPagePermission.objects.filter(group__name__in=WAGTAIL_DEFAULT_GROUPS, page__depth=1)
    for row in root_permissions.select_related("group", "permission"):
        report.defaults_retired.append(f"{row.group.name}: {row.permission.codename} on the whole tree")
    root_permissions.delete()
