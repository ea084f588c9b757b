"""Live page rows written in bulk, for volume tests and bench/: Wagtail adds pages one at a time (a few queries
each), far too slow for tens of thousands, so these write the tree paths themselves."""

import uuid
from itertools import islice

from django.db.models import F
from wagtail.models import Page


def first_free_step(parent) -> int:
    """The tree step after ``parent``'s last child (1 when it has none)."""
    last = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).order_by("-path").first()
    return Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1


def live_page_row(parent, step: int, *, slug: str, title: str, content_type, published) -> Page:
    """An unsaved live ``Page`` row at tree step ``step`` under ``parent`` (for ``bulk_create``)."""
    return Page(
        title=title,
        draft_title=title,
        slug=slug,
        content_type=content_type,
        path=Page._get_path(parent.path, parent.depth + 1, step),
        depth=parent.depth + 1,
        numchild=0,
        url_path=f"{parent.url_path}{slug}/",
        live=True,
        locale_id=parent.locale_id,
        translation_key=uuid.uuid4(),
        first_published_at=published,
        last_published_at=published,
    )


def bulk_insert_pages(parent, model, items, *, batch: int = 1000, live: bool = True) -> list[int]:
    """Insert pages of ``model`` under ``parent`` in batches: one INSERT of page rows and one of ``model``'s own
    rows per batch. ``items`` yields ``(slug, title, published, fields)``; ``fields`` are ``model``'s own columns.
    ``model`` must inherit Page directly (one table of its own). Returns the new ids in order."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction

    content_type = ContentType.objects.get_for_model(model)
    parent = Page.objects.get(pk=parent.pk)
    step = first_free_step(parent)
    own_fields = list(model._meta.local_concrete_fields)
    ids = []
    items = iter(items)
    with transaction.atomic():
        while chunk := list(islice(items, batch)):
            pages = []
            for slug, title, published, _ in chunk:
                page = live_page_row(
                    parent, step, slug=slug, title=title, content_type=content_type, published=published
                )
                if not live:
                    page.live, page.first_published_at, page.last_published_at = False, None, None
                pages.append(page)
                step += 1
            Page.objects.bulk_create(pages)
            if any(page.pk is None for page in pages):  # backends that return no ids
                by_path = dict(Page.objects.filter(path__in=[p.path for p in pages]).values_list("path", "pk"))
                for page in pages:
                    page.pk = by_path[page.path]
            rows = [model(page_ptr_id=page.pk, **fields) for page, (*_, fields) in zip(pages, chunk, strict=True)]
            model._base_manager._insert(rows, fields=own_fields, raw=True)
            ids.extend(page.pk for page in pages)
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(ids))
    return ids


def _sql_series(count: int) -> str:
    return f"WITH RECURSIVE series(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM series WHERE i < {int(count)})"  # noqa: S608


def _sql_step(expression: str) -> str:
    """The 4-character tree step (treebeard's base 36) of the integer ``expression``, in SQL."""
    digits = "'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'"
    # n mod 36 written as n - n / 36 * 36: a "%" would be taken for a parameter by psycopg2.
    return " || ".join(
        f"substr({digits}, (({expression}) / {36**k}) - (({expression}) / {36 ** (k + 1)}) * 36 + 1, 1)"
        for k in (3, 2, 1, 0)
    )


def clone_pages(template, count: int) -> int:
    """``count`` copies of the live page ``template`` beside it, made by two INSERT … SELECT statements (page rows,
    then the type's own rows): 120,000 pages in seconds, for tests of volume such as the sitemap's. The copies
    differ from the template in tree path, slug, URL, title number and translation key only. SQLite and
    PostgreSQL."""
    from django.db import connection

    parent = template.get_parent()
    model = template.specific_class
    assert list(model._meta.parents) == [Page], "a type with one table of its own below Page"
    first = first_free_step(parent)
    assert first + count <= 36**Page.steplen, "more children than a tree level holds"
    page_table, own_table = Page._meta.db_table, model._meta.db_table
    copied = [
        f.column
        for f in Page._meta.concrete_fields
        if f.column not in ("id", "path", "slug", "url_path", "title", "draft_title", "translation_key")
    ]
    own = [f.column for f in model._meta.local_concrete_fields if f.column != "page_ptr_id"]
    step = f"({first} + series.i - 1)"
    random_key = "gen_random_uuid()" if connection.vendor == "postgresql" else "lower(hex(randomblob(16)))"
    number = "CAST(series.i AS TEXT)" if connection.vendor == "sqlite" else "series.i::text"
    prefix = parent.path
    with connection.cursor() as cursor:
        cursor.execute(
            f"{_sql_series(count)} INSERT INTO {page_table} (path, slug, url_path, title, draft_title, "  # noqa: S608 - names from the models
            f"translation_key, {', '.join(copied)}) SELECT %s || {_sql_step(step)}, t.slug || '-' || {number}, "
            f"%s || t.slug || '-' || {number} || '/', t.title || ' ' || {number}, t.title || ' ' || {number}, "
            f"{random_key}, {', '.join('t.' + c for c in copied)} FROM {page_table} t, series WHERE t.id = %s",
            [prefix, parent.url_path, template.pk],
        )
        columns = ", ".join(own)
        cursor.execute(
            f"INSERT INTO {own_table} (page_ptr_id{', ' + columns if own else ''}) "  # noqa: S608 - names from the models
            f"SELECT p.id{''.join(', t.' + c for c in own)} FROM {page_table} p, {own_table} t "
            f"WHERE t.page_ptr_id = %s AND p.path > %s AND p.path LIKE %s AND p.depth = %s",
            [template.pk, Page._get_path(prefix, parent.depth + 1, first - 1), prefix + "%", parent.depth + 1],
        )
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + count)
    return count
