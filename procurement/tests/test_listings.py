"""Finding notices: filters, order, paging, feeds and the "open for bids" view, on the public site."""

import datetime

import feedparser
import pytest
from django.utils import timezone

from procurement.models import Method, NoticeKind, Status
from procurement.tests.factories import (
    CENTRAL_KEY,
    REGIONAL_KEY,
    ChangeNoticeFactory,
    ContractNoticeFactory,
    DraftTorNoticeFactory,
    InvitationNoticeFactory,
    ProjectFactory,
    bulk_notices,
    central_list,
    office_page,
    office_unit,
    publish,
)

pytestmark = pytest.mark.django_db

# Routing (one query per URL segment), site and menu, filters' choices, count, rows, sub-lists: measured at 24
# with 30 notices, and the same with 20,000.
LISTING_QUERY_BUDGET = 12


def _titles(response):
    return [item.title for item in response.context["results"]]


@pytest.fixture
def central(category_page):
    return category_page(CENTRAL_KEY)


@pytest.fixture
def regional(category_page):
    return category_page(REGIONAL_KEY)


@pytest.fixture
def mixed_notices():
    """Notices that differ in exactly one filter each, central and regional."""
    fy69 = ProjectFactory(fiscal_year=2569, method=Method.SPECIFIC)
    fy70 = ProjectFactory(fiscal_year=2570, method=Method.E_BIDDING)
    cm = ProjectFactory(fiscal_year=2570, unit=office_unit("เชียงใหม่"))
    kk = ProjectFactory(fiscal_year=2570, unit=office_unit("ขอนแก่น"))
    return {
        "invite-69": publish(
            InvitationNoticeFactory(parent=central_list(NoticeKind.INVITATION), project=fy69, title="เชิญชวน 69")
        ),
        "invite-70": publish(
            InvitationNoticeFactory(parent=central_list(NoticeKind.INVITATION), project=fy70, title="เชิญชวน 70")
        ),
        "contract-70": publish(
            ContractNoticeFactory(parent=central_list(NoticeKind.CONTRACT), project=fy70, title="สัญญา 70")
        ),
        "cm": publish(InvitationNoticeFactory(parent=office_page("เชียงใหม่"), project=cm, title="เชิญชวน เชียงใหม่")),
        "kk": publish(ContractNoticeFactory(parent=office_page("ขอนแก่น"), project=kk, title="สัญญา ขอนแก่น")),
    }


def test_central_listing_shows_every_central_notice_and_no_regional_one(client, central, mixed_notices):
    response = client.get(central.url)
    assert set(_titles(response)) == {"เชิญชวน 69", "เชิญชวน 70", "สัญญา 70"}


def test_fiscal_year_filter_returns_exactly_that_years_notices(client, central, mixed_notices):
    response = client.get(central.url, {"fiscal_year": 2569})
    assert _titles(response) == ["เชิญชวน 69"]


def test_kind_filter_returns_exactly_that_kind(client, central, mixed_notices):
    response = client.get(central.url, {"kind": NoticeKind.CONTRACT})
    assert _titles(response) == ["สัญญา 70"]


def test_method_filter_uses_the_projects_method(client, central, mixed_notices):
    response = client.get(central.url, {"method": Method.SPECIFIC})
    assert _titles(response) == ["เชิญชวน 69"]


def test_status_filter_uses_the_projects_status_that_publishing_moved(client, central, mixed_notices):
    response = client.get(central.url, {"status": Status.CONTRACTED})
    assert set(_titles(response)) == {"เชิญชวน 70", "สัญญา 70"}


def test_province_filter_on_the_regional_listing(client, regional, mixed_notices):
    response = client.get(regional.url, {"province": "ขอนแก่น"})
    assert _titles(response) == ["สัญญา ขอนแก่น"]


def test_text_search_matches_part_of_an_unspaced_thai_title(client, regional, mixed_notices):
    response = client.get(regional.url, {"q": "ชวนเชียง"})
    assert _titles(response) == []
    response = client.get(regional.url, {"q": "เชียงใหม่"})
    assert _titles(response) == ["เชิญชวน เชียงใหม่"]


def test_text_search_finds_an_e_gp_project_number(client, central, mixed_notices):
    number = mixed_notices["invite-69"].project.egp_number
    response = client.get(central.url, {"q": number})
    assert _titles(response) == ["เชิญชวน 69"]


def test_an_invalid_filter_value_is_ignored_not_an_error(client, central, mixed_notices):
    response = client.get(central.url, {"fiscal_year": "abc", "kind": "<script>"})
    assert response.status_code == 200
    assert len(_titles(response)) == 3


def test_a_kind_list_shows_only_its_kind(client, mixed_notices):
    response = client.get(central_list(NoticeKind.INVITATION).url)
    assert set(_titles(response)) == {"เชิญชวน 69", "เชิญชวน 70"}


def test_an_office_page_lists_only_its_provinces_notices(client, mixed_notices):
    response = client.get(office_page("เชียงใหม่").url)
    assert _titles(response) == ["เชิญชวน เชียงใหม่"]


def test_newest_notice_comes_first(client, central):
    project = ProjectFactory()
    parent = central_list(NoticeKind.INVITATION)
    for day, title in ((3, "เก่า"), (20, "ใหม่"), (10, "กลาง")):
        publish(
            InvitationNoticeFactory(
                parent=parent, project=project, title=title, announced_on=datetime.date(2026, 11, day)
            )
        )
    assert _titles(client.get(parent.url)) == ["ใหม่", "กลาง", "เก่า"]


def test_unpublished_notices_are_not_listed(client, central):
    InvitationNoticeFactory(parent=central_list(NoticeKind.INVITATION), live=False, title="ร่างที่ยังไม่อนุมัติ")
    assert "ร่างที่ยังไม่อนุมัติ" not in _titles(client.get(central.url))


def test_rss_feed_of_a_filtered_listing_parses_and_holds_exactly_the_filtered_notices(client, central, mixed_notices):
    response = client.get(central.url + "feed/rss/", {"fiscal_year": 2569})
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "rss20"
    assert [entry.title for entry in feed.entries] == ["เชิญชวน 69"]
    assert "2569" in feed.feed.title


def test_atom_feed_parses_with_links_to_the_notices(client, regional, mixed_notices):
    response = client.get(regional.url + "feed/atom/")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert {entry.link for entry in feed.entries} == {
        mixed_notices["cm"].get_full_url(),
        mixed_notices["kk"].get_full_url(),
    }


def test_an_unknown_feed_format_is_not_found(client, central):
    assert client.get(central.url + "feed/json/").status_code == 404


def test_listing_page_links_its_feeds_with_the_current_filters(client, central, mixed_notices):
    html = client.get(central.url, {"fiscal_year": 2570}).content.decode()
    assert 'type="application/rss+xml"' in html
    assert "feed/rss/?fiscal_year=2570" in html


def test_open_for_bids_shows_running_invitations_soonest_deadline_first(client, central):
    project = ProjectFactory()
    parent = central_list(NoticeKind.INVITATION)
    now = timezone.now()
    later = publish(
        InvitationNoticeFactory(
            parent=parent, project=project, title="ปิดช้า", bid_submission_ends=now + datetime.timedelta(days=9)
        )
    )
    sooner = publish(
        InvitationNoticeFactory(
            parent=parent, project=project, title="ปิดเร็ว", bid_submission_ends=now + datetime.timedelta(days=2)
        )
    )
    publish(
        InvitationNoticeFactory(
            parent=parent,
            project=project,
            title="ปิดไปแล้ว",
            bid_submission_starts=now - datetime.timedelta(days=9),
            bid_submission_ends=now - datetime.timedelta(days=1),
        )
    )
    response = client.get(central.url + "open/")
    assert list(response.context["invitations"]) == [sooner, later]


def test_open_view_lists_draft_tors_still_taking_comments(client, central):
    parent = central_list(NoticeKind.DRAFT_TOR)
    today = timezone.localdate()
    open_tor = publish(DraftTorNoticeFactory(parent=parent, title="รับฟังอยู่"))
    publish(
        DraftTorNoticeFactory(
            parent=parent,
            title="ปิดรับฟังแล้ว",
            hearing_starts=today - datetime.timedelta(days=10),
            hearing_ends=today - datetime.timedelta(days=3),
        )
    )
    response = client.get(central.url + "open/")
    assert list(response.context["hearings"]) == [open_tor]


def test_listing_query_count_does_not_grow_with_the_number_of_notices(client, central, django_assert_max_num_queries):
    projects = [ProjectFactory(), ProjectFactory(method=Method.SPECIFIC)]
    parent = central_list(NoticeKind.INVITATION)
    bulk_notices(parent, 20_000, projects=projects)
    client.get(central.url)  # fills the menu, settings and filter choices kept between requests
    with django_assert_max_num_queries(LISTING_QUERY_BUDGET):
        response = client.get(central.url, {"page": 400})
    assert response.status_code == 200
    assert response.context["results"].paginator.count == 20_000
    with django_assert_max_num_queries(LISTING_QUERY_BUDGET):
        client.get(central.url, {"fiscal_year": 2566, "method": Method.SPECIFIC, "q": "ครั้งที่ 1"})


def test_a_newly_published_years_notices_appear_in_the_fiscal_year_choices(client, central):
    parent = central_list(NoticeKind.INVITATION)
    publish(InvitationNoticeFactory(parent=parent, project=ProjectFactory(fiscal_year=2570)))
    client.get(central.url)  # the choices are now cached
    publish(InvitationNoticeFactory(parent=parent, project=ProjectFactory(fiscal_year=2571)))
    response = client.get(central.url, {"fiscal_year": 2571})
    assert response.context["listing"].filters == {"fiscal_year": 2571}


def test_the_pager_of_a_long_listing_shows_first_last_and_neighbours_only(client, central):
    bulk_notices(central_list(NoticeKind.CONTRACT), 2_000, projects=[ProjectFactory()])
    html = client.get(central.url, {"page": 50}).content.decode()
    for shown in (1, 48, 49, 50, 51, 52, 100):
        assert f'aria-label="หน้า {shown}"' in html
    assert 'aria-label="หน้า 47"' not in html and 'aria-label="หน้า 53"' not in html


def test_a_published_change_that_extends_the_deadline_keeps_the_invitation_open(client, central):
    project = ProjectFactory()
    now = timezone.now()
    invitation = publish(
        InvitationNoticeFactory(
            parent=central_list(NoticeKind.INVITATION),
            project=project,
            bid_submission_starts=now - datetime.timedelta(days=10),
            bid_submission_ends=now - datetime.timedelta(hours=1),
        )
    )
    publish(
        ChangeNoticeFactory(
            parent=central_list(NoticeKind.CHANGE),
            project=project,
            amends=invitation,
            new_bid_submission_ends=now + datetime.timedelta(days=7),
        )
    )
    listed = list(client.get(central.url + "open/").context["invitations"])
    assert listed == [invitation]
    assert listed[0].deadline > now
