"""Reading the demo's data files: dates counted from today, the readable block form, and errors that name the
file and the entry at fault."""

import datetime
import shutil

import pytest
from django.core.management import CommandError, call_command
from wagtail.images import get_image_model
from wagtail.models import Page

from demo import content, datafiles, markup
from demo.accounts import demo_accounts
from demo.datafiles import DemoDataError, Where, date_bases, parse_date
from demo.procurement import read_procurement
from demo.requests import read_requests

TODAY = datetime.date(2026, 3, 15)
MEDIA = markup.MediaKeys(images={"news-payment"}, documents={"form-2-01"})


def _pages_file(tmp_path, page: str):
    """A data folder whose pages.yaml holds one news article with ``page``'s extra lines (no people, no citizen's
    pages)."""
    for empty in ("people.yaml", "citizen.yaml"):
        (tmp_path / empty).write_text("[]\n", encoding="utf-8")
    (tmp_path / "pages.yaml").write_text(
        "- under: news/press-releases\n"
        "  type: NewsArticlePage\n"
        "  pages:\n"
        "    - slug: sample-news\n"
        "      title: ข่าวตัวอย่าง\n" + "".join(f"      {line}\n" for line in page.splitlines()),
        encoding="utf-8",
    )
    return tmp_path


def _copy_of_the_shipped_files(tmp_path):
    folder = tmp_path / "demo"
    shutil.copytree(datafiles.DATA_DIR, folder)
    return folder


def _replace(path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# Dates ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("today", datetime.date(2026, 3, 15)),
        ("today - 12 days", datetime.date(2026, 3, 3)),
        ("today + 5 days", datetime.date(2026, 3, 20)),
        ("today - 1 day", datetime.date(2026, 3, 14)),
        ("last month + 8 days", datetime.date(2026, 2, 9)),
        ("this month + 9 days", datetime.date(2026, 3, 10)),
    ],
)
def test_a_relative_date_counts_from_the_day_of_loading(written, expected):
    assert parse_date(written, Where("pages.yaml"), date_bases(TODAY)) == expected


def test_a_calendar_date_stays_fixed_whatever_the_day():
    fixed = datetime.date(1990, 9, 2)

    assert parse_date(fixed, Where("pages.yaml"), date_bases(TODAY)) == fixed


def test_a_page_dated_two_days_ago_is_dated_two_days_before_the_load(tmp_path):
    folder = _pages_file(tmp_path, "date: today - 2 days")

    (page,) = content.child_pages(TODAY, folder)

    assert page.fields["date"] == datetime.date(2026, 3, 13)


# Errors that name the file and the entry ------------------------------------------------------------------


def test_a_malformed_date_is_named_by_file_page_and_field(tmp_path):
    folder = _pages_file(tmp_path, "date: yesterday")

    with pytest.raises(DemoDataError, match=r"^pages\.yaml, news/press-releases › sample-news › date: expected a date"):
        content.child_pages(TODAY, folder)


def test_an_unknown_picture_is_named_by_file_page_and_field(tmp_path):
    folder = _pages_file(tmp_path, "date: today\nimage: no-such-picture")

    with pytest.raises(DemoDataError, match="pages.yaml, news/press-releases › sample-news › image: no picture"):
        content.child_pages(TODAY, folder)


def test_a_field_the_page_type_lacks_is_named(tmp_path):
    folder = _pages_file(tmp_path, "date: today\nvenue: หอประชุม")

    with pytest.raises(DemoDataError, match="sample-news › venue: a NewsArticlePage has no field 'venue'"):
        content.child_pages(TODAY, folder)


def test_an_unquoted_time_asks_for_quotes(tmp_path):
    (tmp_path / "people.yaml").write_text("[]\n", encoding="utf-8")
    (tmp_path / "pages.yaml").write_text(
        "- under: news/calendar\n  type: EventPage\n  pages:\n"
        "    - {slug: meeting, title: ประชุม, place: ห้องประชุม, start_date: today, start_time: 13:30}\n",
        encoding="utf-8",
    )

    with pytest.raises(DemoDataError, match=r"news/calendar › meeting › start_time: write the time in quotes"):
        content.child_pages(TODAY, tmp_path)


def test_a_wrong_word_in_a_procurement_notice_is_named(tmp_path):
    folder = _copy_of_the_shipped_files(tmp_path)
    _replace(folder / "procurement.yaml", "title: ประกาศราคากลาง {project}", "title: ประกาศราคากลาง {projekt}")

    with pytest.raises(DemoDataError, match=r"procurement\.yaml, notices › reference_price › title: unknown word"):
        read_procurement(TODAY, folder)


def test_an_account_in_a_group_that_is_no_role_is_named(tmp_path):
    folder = _copy_of_the_shipped_files(tmp_path)
    _replace(folder / "accounts.yaml", "group: กม. ผู้จัดทำข้อมูล", "group: กม. นักเขียน")

    with pytest.raises(DemoDataError, match=r"accounts\.yaml, km-editor › group: 'กม\. นักเขียน' is neither"):
        demo_accounts(folder)


def test_a_file_that_is_not_yaml_is_named(tmp_path):
    folder = _pages_file(tmp_path, "date: [today")

    with pytest.raises(DemoDataError, match=r"^pages\.yaml: not valid YAML"):
        content.child_pages(TODAY, folder)


@pytest.mark.django_db
def test_load_demo_content_stops_on_a_malformed_file_before_writing_anything(tmp_path, monkeypatch):
    folder = _copy_of_the_shipped_files(tmp_path)
    _replace(folder / "requests.yaml", "letter_date: today - 5 days", "letter_date: last week")
    monkeypatch.setattr(datafiles, "DATA_DIR", folder)
    pages = Page.objects.count()

    with pytest.raises(CommandError, match=r"requests\.yaml, letter_date: expected a date"):
        call_command("load_demo_content")

    assert (Page.objects.count(), get_image_model().objects.count()) == (pages, 0)


# The readable block form --------------------------------------------------------------------------------


def test_rich_text_parts_become_paragraphs_lists_and_headings():
    written = [{"heading": "สายด่วน"}, "โทร 1506", {"bullets": ["ก", "ข"]}, {"numbered": ["หนึ่ง"]}]

    html = markup.rich_text(written, Where("fills.yaml"), MEDIA)

    assert html == "<h2>สายด่วน</h2><p>โทร 1506</p><ul><li>ก</li><li>ข</li></ul><ol><li>หนึ่ง</li></ol>"


def test_body_blocks_become_wagtail_raw_stream_data():
    written = [{"heading": "ขั้นตอน", "level": "h3"}, {"attachment": "form-2-01", "label": "แบบ"}]

    blocks = markup.stream(written, Where("pages.yaml"), {"heading", "attachment"}, MEDIA)

    assert blocks == [
        {"type": "heading", "value": {"text": "ขั้นตอน", "level": "h3"}},
        {"type": "attachment", "value": {"document": markup.Doc("form-2-01"), "label": "แบบ"}},
    ]


def test_a_block_the_field_does_not_accept_is_named():
    with pytest.raises(DemoDataError, match=r"pages\.yaml, body › #1: a block starts with its kind: one of heading"):
        markup.stream([{"position": "นักวิชาการ"}], Where("pages.yaml") / "body", {"heading"}, MEDIA)


def test_a_link_to_a_document_that_does_not_exist_is_refused():
    with pytest.raises(DemoDataError, match="no document 'form-9-99'"):
        markup.rich_text("ยื่นแบบ [[doc:form-9-99|สปส. 9-99]]", Where("benefits.yaml"), MEDIA)


# The shipped files ----------------------------------------------------------------------------------------


def test_every_shipped_data_file_reads_without_error():
    assert len(content.child_pages(TODAY)) > 50
    assert len(content.page_fills(TODAY)) > 100
    assert len(read_procurement(TODAY).projects) >= 6
    assert len(read_requests(TODAY)["requests"]) >= 7
    assert len(demo_accounts()) >= 13
