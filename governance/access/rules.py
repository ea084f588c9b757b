"""The one place that answers "may this user do this to this page?" for the rules of seed §2.1.

Wagtail's page permissions (synced from the matrix by ``governance.access.sync``) decide who may add, edit and
publish in each category. This module adds what Wagtail cannot express: approvers that depend on the page's
responsible unit, the owning-unit rule (หน่วยงานเจ้าของข้อมูล), and four eyes.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.models import Page, Revision, WorkflowState

from categories.models import Category
from categories.taxonomy import OWNING_UNIT, split_units
from categories.translations import translation_paths
from governance.access.models import PageOwner, Unit
from governance.access.roles import CENTRAL_UNIT, CHECKER, DIRECTOR, EDITOR, group_name, parse_group_name

STAGE_ROLES = {"director": (DIRECTOR, "data_units"), "checker": (CHECKER, "checking_units")}


def categories_by_path(holder=None) -> dict[str, Category]:
    """Every category by its page's tree path (one query of about 120 rows). Kept on ``holder`` (the request's
    user) when given, so an admin listing that tests permissions row by row asks the database once."""
    cached = getattr(holder, "_sso_categories_by_path", None)
    if cached is None:
        cached = {c.page.path: c for c in Category.objects.exclude(page=None).select_related("page").only(
            "key", "title", "data_units", "publishing_units", "checking_units", "review_days", "page__path",
            "page__depth"
        )}  # fmt: skip
        # A category's translated page (the English copy) stands for the same category.
        cached.update({path: cached[source] for path, source in translation_paths().items() if source in cached})
        if holder is not None:
            holder._sso_categories_by_path = cached
    return cached


def category_for_page(page, holder=None) -> Category | None:
    """The category whose page is the nearest ancestor-or-self of ``page``."""
    by_path = categories_by_path(holder)
    steplen = Page.steplen
    for end in range(len(page.path), 0, -steplen):
        category = by_path.get(page.path[:end])
        if category is not None:
            return category
    return None


def owning_unit_code(page) -> str | None:
    """The unit that wrote the page; for a translation without an owner of its own, its source's unit."""
    owner = PageOwner.objects.filter(page_id=page.pk).select_related("unit").first()
    if owner is None and getattr(page, "translation_key", None):
        owner = (
            PageOwner.objects.filter(page__translation_key=page.translation_key)
            .select_related("unit")
            .order_by("page__path")
            .first()
        )
    return owner.unit.code if owner else None


def responsible_unit_codes(page, field: str) -> set[str]:
    """Codes of the units the matrix names for ``page`` in ``field`` (data_units, checking_units, …),
    with the owning-unit rule resolved to the unit that wrote the page."""
    category = category_for_page(page)
    if category is None:
        return set()
    codes = set(split_units(getattr(category, field)))
    if OWNING_UNIT in codes:
        codes.discard(OWNING_UNIT)
        owner = owning_unit_code(page)
        if owner:
            codes.add(owner)
    return codes


def group_names(user) -> frozenset[str]:
    """The user's group names, read once per request (kept on the user object)."""
    names = getattr(user, "_sso_group_names", None)
    if names is None:
        names = frozenset(user.groups.values_list("name", flat=True)) if user.is_authenticated else frozenset()
        user._sso_group_names = names
    return names


def in_any_group(user, names) -> bool:
    """Superusers, or active members of any of the named groups."""
    return user.is_active and (user.is_superuser or not group_names(user).isdisjoint(names))


def user_unit_codes(user, role: str | None = None) -> set[str]:
    """Codes of the units whose ``role`` group (any role when None) the user belongs to."""
    if not getattr(user, "is_authenticated", False):
        return set()
    parsed = [unit_role for name in group_names(user) if (unit_role := parse_group_name(name))]
    return {code for code, user_role in parsed if role is None or user_role == role}


def primary_unit(user) -> Unit | None:
    """The unit a user writes for: their editor unit first, then any unit they belong to."""
    for role in (EDITOR, DIRECTOR, CHECKER, None):
        codes = sorted(user_unit_codes(user, role))
        if codes:
            return Unit.objects.filter(code=codes[0]).first()
    return None


# Revision content that records where and when a page is, not what it says: a re-save that changes only these
# is nobody's text.
NOT_TEXT = frozenset({
    "pk", "path", "depth", "numchild", "url_path", "live", "has_unpublished_changes", "first_published_at",
    "last_published_at", "live_revision", "latest_revision", "latest_revision_created_at", "draft_title",
    "locked", "locked_at", "locked_by", "owner", "expired", "wagtail_admin_comments", "comments",
})  # fmt: skip


def revision_text(content: dict) -> dict:
    """What a revision says, without where and when the page was at the time."""
    return {key: value for key, value in content.items() if key not in NOT_TEXT}


def authors_since_last_publish(page) -> set[int]:
    """Ids of everyone whose text is in the revisions made since the page was last published.

    The chain starts after the live revision (or, for a page taken offline, after its last publication); a
    revision identical in text to the one before it is a re-save, not an edit, and makes nobody an author. That
    is what stops the re-submit trick (a director writes, an editor re-submits unchanged) and what lets an
    approver press Approve in the page editor, which may save an unchanged revision first. One query."""
    revisions = Revision.objects.filter(base_content_type_id=page.get_base_content_type().pk, object_id=str(page.pk))
    if page.live_revision_id:
        revisions = revisions.filter(pk__gte=page.live_revision_id)  # the live revision is the baseline below
    elif page.last_published_at:
        revisions = revisions.filter(created_at__gt=page.last_published_at)
    chain = list(revisions.order_by("created_at", "pk").values_list("pk", "user_id", "content"))
    previous = None
    authors = set()
    for pk, user_id, content in chain:
        text = revision_text(content)
        if pk == page.live_revision_id:
            previous = text
            continue
        if text != previous and user_id is not None:
            authors.add(user_id)
        previous = text
    return authors


def four_eyes_excluded(page) -> set[int]:
    """Who may not approve ``page`` now: the authors since the last publish and whoever submitted it. Kept on
    the page object per latest revision, since one admin screen asks several times (two queries in all)."""
    key = (page.latest_revision_id, page.live_revision_id)
    cached = getattr(page, "_sso_four_eyes", None)
    if cached is not None and cached[0] == key:
        return cached[1]
    excluded = authors_since_last_publish(page)
    state = WorkflowState.objects.filter(
        base_content_type_id=page.get_base_content_type().pk,
        object_id=str(page.pk),
        status=WorkflowState.STATUS_IN_PROGRESS,
    ).values_list("requested_by_id", flat=True)
    excluded |= {user_id for user_id in state if user_id is not None}
    page._sso_four_eyes = (key, excluded)
    return excluded


def wrote_or_submitted(user, page) -> bool:
    """Four eyes: nobody approves a revision chain that holds their own edits since the last publish, nor
    what they submitted."""
    return user.pk in four_eyes_excluded(page)


def can_approve(user, page, stage: str) -> bool:
    """May ``user`` approve ``page`` at a workflow ``stage`` ("director" or "checker")?"""
    if not (user and user.is_active):
        return False
    role, field = STAGE_ROLES[stage]
    allowed = user.is_superuser or bool(user_unit_codes(user, role) & responsible_unit_codes(page, field))
    return allowed and not wrote_or_submitted(user, page)


def can_edit(user, page) -> bool:
    """The owning-unit rule: where the matrix says หน่วยงานเจ้าของข้อมูล, only the unit that wrote a page (and
    ศสน.) may change it. Elsewhere Wagtail's page permissions decide alone."""
    if user.is_superuser:
        return True
    category = category_for_page(page, holder=user)
    if category is None or OWNING_UNIT not in split_units(category.data_units) or category.page_id == page.pk:
        return True
    codes = user_unit_codes(user)
    if CENTRAL_UNIT in codes:
        return True  # without reading the owner (a query per row of the explorer)
    owner = owning_unit_code(page)
    return bool(owner and owner in codes)


def pages_user_can_approve(user, stage: str):
    """Pages whose ``stage`` approval ``user`` may give, as a queryset (for the dashboard queue)."""
    role, field = STAGE_ROLES[stage]
    codes = user_unit_codes(user, role)
    if not codes:
        return Page.objects.none()
    condition = Q()
    for path, category in categories_by_path().items():
        named = set(split_units(getattr(category, field)))
        if named & codes:
            condition |= Q(path__startswith=path)
        elif OWNING_UNIT in named:
            condition |= Q(path__startswith=path, owner_unit__unit__code__in=codes)
    if not condition:
        return Page.objects.none()
    return Page.objects.filter(condition)


def approvers(page, stage: str):
    """Users who may give ``page`` its ``stage`` approval, for notifications (four eyes applied)."""
    role, field = STAGE_ROLES[stage]
    names = [group_name(code, role) for code in responsible_unit_codes(page, field)]
    users = get_user_model().objects.filter(is_active=True, groups__name__in=names).distinct()
    return [user for user in users if not wrote_or_submitted(user, page)]
