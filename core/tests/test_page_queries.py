"""core.page_queries.public: the same pages as Wagtail's ``.public()``, decided inside the one page query."""

import pytest
from wagtail.models import Page, PageViewRestriction

from core.page_queries import public

pytestmark = pytest.mark.django_db


def test_public_leaves_out_a_private_section_and_its_pages_in_one_query(django_assert_num_queries):
    root = Page.get_first_root_node()
    private = root.add_child(instance=Page(title="ภายใน", slug="private"))
    private.add_child(instance=Page(title="เอกสารภายใน", slug="inside"))
    root.add_child(instance=Page(title="ข่าว", slug="news"))
    root.add_child(instance=Page(title="ภายในองค์กร", slug="private-not"))  # its path does not start like private's
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    with django_assert_num_queries(1):
        slugs = set(public(Page.objects.all()).values_list("slug", flat=True))

    assert slugs == set(Page.objects.public().values_list("slug", flat=True))
    assert {"news", "private-not"} <= slugs and not {"private", "inside"} & slugs
