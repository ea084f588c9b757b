"""What the public gets from a statistics part: the table and chart of a period, comparisons, the time series,
downloads equal to what was uploaded, and an open-data catalogue of published datasets only."""

import csv
import io
import json
from decimal import Decimal

import openpyxl
import pytest
from django.urls import reverse

from core.tests.html_tables import html_tables
from sso_statistics.models import Dataset
from sso_statistics.periods import Period, PeriodKind
from sso_statistics.tests.factories import (
    csv_upload,
    header,
    make_dataset,
    month,
    part_page,
    publish_datasets,
    table_rows,
)

pytestmark = pytest.mark.django_db


def body(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def months_of_insured(count: int, first=(2566, 1)):
    """``count`` consecutive monthly datasets of part 2 (section 33), different numbers each month."""
    page = part_page("ssf", 2)
    year, number = first
    datasets = []
    for i in range(count):
        datasets.append(make_dataset(page.schema, month(year, number), table_rows(page.schema, 5, seed=i)))
        year, number = (year + 1, 1) if number == 12 else (year, number + 1)
    return publish_datasets(page, datasets)


def table_of(html: str, caption: str) -> dict:
    return next(table for table in html_tables(html) if table["caption"] == caption)


def test_the_latest_period_is_shown_by_default(client):
    page = months_of_insured(3)

    html = body(client.get(page.url))

    assert 'id="dataset-heading">ชุดข้อมูล มีนาคม 2566<' in html


def test_choosing_a_period_shows_its_numbers(client):
    page = months_of_insured(3)

    html = body(client.get(page.url, {"period": "2566-01"}))

    first_row = table_of(html, "ชุดข้อมูล มกราคม 2566")["body"][0]
    assert first_row == ["กรุงเทพมหานคร", "1,000", "1,000", "2,000"]


def test_the_table_totals_the_counts(client):
    page = months_of_insured(1)
    rows = table_rows(page.schema, 5)

    totals = table_of(body(client.get(page.url)), "ชุดข้อมูล มกราคม 2566")["foot"][0]

    assert totals == ["รวม", *(f"{sum(row[i] for row in rows):,}" for i in (1, 2, 3))]


def test_sorting_by_a_column_orders_the_rows_on_the_server(client):
    page = months_of_insured(1)

    html = body(client.get(page.url, {"sort": "total", "order": "desc"}))

    totals = [row[3] for row in table_of(html, "ชุดข้อมูล มกราคม 2566")["body"]]
    assert totals == sorted(totals, key=lambda text: -int(text.replace(",", "")))
    assert 'aria-sort="descending"' in html


def test_comparing_two_periods_shows_both_and_the_change(client):
    page = months_of_insured(2)

    html = body(client.get(page.url, {"period": "2566-02", "compare": "2566-01"}))

    comparison = table_of(html, "เปรียบเทียบ กุมภาพันธ์ 2566 กับ มกราคม 2566")
    new, old = table_rows(page.schema, 5, seed=1)[0][3], table_rows(page.schema, 5, seed=0)[0][3]
    assert comparison["body"][0] == ["กรุงเทพมหานคร", f"{new:,}", f"{old:,}", f"{(new - old) * 100 / old:+,.1f}%"]


def test_a_category_part_draws_one_bar_per_row(client):
    page = part_page("wcf", 1)
    page = publish_datasets(
        page, [make_dataset(page.schema, Period(PeriodKind.YEAR, 2024), table_rows(page.schema, 4))]
    )

    html = body(client.get(page.url))

    assert html.count('class="chart-bar"') == 4
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in html and 'role="img"' in html


def test_a_province_rate_part_draws_ranked_bars_with_a_text_alternative(client):
    page = part_page("wcf", 3)
    rows = table_rows(page.schema, 30)
    page = publish_datasets(page, [make_dataset(page.schema, Period(PeriodKind.YEAR, 2024), rows)])

    html = body(client.get(page.url))

    assert html.count('class="chart-bar"') == 20
    assert "แสดง 20 อันดับแรกจาก 30 รายการ" in html


def test_text_from_an_uploaded_file_is_escaped(client):
    page = part_page("wcf", 1)
    rows = [["<script>alert(1)</script>", 5]]
    page = publish_datasets(page, [make_dataset(page.schema, Period(PeriodKind.YEAR, 2024), rows)])

    html = body(client.get(page.url))

    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_the_csv_download_equals_the_upload(admin_client, client):
    page = part_page("wcf", 3)
    uploaded = csv_upload(header(page.schema), table_rows(page.schema, 10))
    admin_client.post(
        reverse("sso_statistics:upload", args=[page.pk]),
        {"file": uploaded, "period_kind": "year", "year": "2567", "updated_on": "1/2/2568"},
    )
    type(page).objects.get(pk=page.pk).get_latest_revision().publish()
    uploaded.seek(0)

    response = client.get(f"{page.url}data/2567.csv")

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response.content == uploaded.read()


def test_the_json_download_keys_each_row_by_column(client):
    page = months_of_insured(1)

    document = json.loads(body(client.get(f"{page.url}data/2566-01.json")))

    assert document["period"] == {
        "kind": "month",
        "slug": "2566-01",
        "label": "มกราคม 2566",
        "start": "2023-01-01",
        "end": "2023-01-31",
    }
    assert document["rows"][0] == {"province": "กรุงเทพมหานคร", "male": 1000, "female": 1000, "total": 2000}


def test_the_xlsx_download_holds_the_same_numbers(client):
    page = part_page("wcf", 3)
    rows = table_rows(page.schema, 5)
    page = publish_datasets(page, [make_dataset(page.schema, Period(PeriodKind.YEAR, 2024), rows)])

    workbook = openpyxl.load_workbook(io.BytesIO(client.get(f"{page.url}data/2567.xlsx").content))

    cells = [list(row) for row in workbook.active.iter_rows(values_only=True)]
    start = cells.index(header(page.schema)) + 1
    assert [[c[0], c[1], c[2], Decimal(str(c[3]))] for c in cells[start:]] == rows


def test_an_unknown_period_is_not_found(client):
    page = months_of_insured(1)

    assert client.get(f"{page.url}data/2560-01.csv").status_code == 404


def test_the_chart_downloads_as_svg_and_png(client):
    page = months_of_insured(1)

    svg = client.get(f"{page.url}chart/2566-01.svg")
    png = client.get(f"{page.url}chart/2566-01.png")

    assert svg["Content-Type"] == "image/svg+xml" and svg.content.startswith(b"<?xml")
    assert png["Content-Type"] == "image/png" and png.content.startswith(b"\x89PNG\r\n\x1a\n")


def test_the_time_series_sums_each_period(client):
    page = months_of_insured(4)

    html = body(client.get(f"{page.url}series/"))

    series = table_of(html, f"แนวโน้ม {page.title}")
    expected = [sum(row[3] for row in table_rows(page.schema, 5, seed=i)) for i in range(4)]
    assert [row[1] for row in series["body"]] == [f"{value:,}" for value in expected]
    assert [row[0] for row in series["body"]] == ["มกราคม 2566", "กุมภาพันธ์ 2566", "มีนาคม 2566", "เมษายน 2566"]


def test_the_time_series_download_matches_the_datasets(client):
    page = months_of_insured(3)

    text = client.get(f"{page.url}series/data.csv").content.decode("utf-8-sig")

    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["ช่วงเวลา", "รวม", "ชาย", "หญิง"]
    for i, row in enumerate(rows[1:]):
        dataset = table_rows(page.schema, 5, seed=i)
        assert row[1:] == [str(sum(r[c] for r in dataset)) for c in (3, 1, 2)]


def test_the_time_series_can_follow_one_province(client):
    page = months_of_insured(2)

    html = body(client.get(f"{page.url}series/", {"row": "กระบี่"}))

    series = table_of(html, f"แนวโน้ม {page.title}")
    assert [row[1] for row in series["body"]] == [f"{table_rows(page.schema, 5, seed=i)[1][3]:,}" for i in range(2)]


def test_the_time_series_shows_the_last_three_years_unless_asked_for_all(client):
    page = months_of_insured(40)

    recent = table_of(body(client.get(f"{page.url}series/")), f"แนวโน้ม {page.title}")["body"]
    everything = table_of(body(client.get(f"{page.url}series/", {"years": "all"})), f"แนวโน้ม {page.title}")["body"]

    assert (len(recent), recent[0][0]) == (36, "พฤษภาคม 2566")
    assert len(everything) == 40


def test_the_series_draws_a_line(client):
    page = months_of_insured(3)

    assert 'class="chart-line"' in body(client.get(f"{page.url}series/"))


def test_the_catalogue_lists_published_datasets_with_their_stable_addresses(client):
    page = months_of_insured(2)

    catalogue = json.loads(body(client.get(reverse("open_data_datasets_json"))))

    entries = [entry for entry in catalogue["dataset"] if entry["part"] == page.title]
    assert [(entry["period"], entry["updated"]) for entry in entries] == [
        ("มกราคม 2566", entries[0]["modified"]),
        ("กุมภาพันธ์ 2566", entries[1]["modified"]),
    ]
    csv_url = entries[0]["distribution"][0]["downloadURL"]
    assert csv_url.endswith(f"{page.url}data/2566-01.csv")
    assert client.get(csv_url.removeprefix("http://testserver")).status_code == 200


def test_the_catalogue_leaves_out_drafts_and_unpublished_pages(client):
    page = months_of_insured(1)
    draft = page.get_latest_revision_as_object()
    draft.datasets = [*draft.datasets.all(), make_dataset(page.schema, month(2566, 2))]
    draft.save_revision()
    other = part_page("ssf", 3)
    publish_datasets(other, [make_dataset(other.schema, month(2566, 1))])
    other.refresh_from_db()
    other.unpublish()

    catalogue = json.loads(body(client.get(reverse("open_data_datasets_json"))))

    assert [entry["period"] for entry in catalogue["dataset"]] == ["มกราคม 2566"]


def test_the_catalogue_as_csv_has_one_line_per_dataset(client):
    months_of_insured(3)

    text = client.get(reverse("open_data_datasets_csv")).content.decode("utf-8-sig")

    assert len(text.strip().splitlines()) == 1 + 3


def test_a_statistics_page_sets_no_cookie_for_an_anonymous_visitor(client):
    page = months_of_insured(2)

    response = client.get(page.url, {"period": "2566-01", "compare": "2566-02"})

    assert response.cookies == {}
    assert "csrfmiddlewaretoken" not in response.content.decode()


def test_the_part_page_queries_do_not_grow_with_the_number_of_periods(client, django_assert_max_num_queries):
    page = months_of_insured(36)
    client.get(page.url)  # fills the menu and settings kept between requests

    with django_assert_max_num_queries(12):
        client.get(page.url)
    with django_assert_max_num_queries(12):
        client.get(f"{page.url}series/")


def test_a_dataset_keeps_the_columns_it_was_uploaded_with(client):
    page = part_page("wcf", 1)
    dataset = make_dataset(page.schema, Period(PeriodKind.YEAR, 2024), [["ตาย", 3]])
    dataset.columns = [{**column, "label": f"{column['label']} (เดิม)"} for column in dataset.columns]
    page = publish_datasets(page, [dataset])

    assert "ความร้ายแรง (เดิม)" in body(client.get(page.url))
    assert Dataset.objects.get(page=page).columns[0]["label"] == "ความร้ายแรง (เดิม)"


def test_comparing_a_province_table_draws_the_chosen_periods_twenty_largest_rows(client):
    page = part_page("wcf", 3)
    years = [Period(PeriodKind.YEAR, 2023), Period(PeriodKind.YEAR, 2024)]
    page = publish_datasets(page, [make_dataset(page.schema, year, table_rows(page.schema, 40)) for year in years])

    html = body(client.get(page.url, {"period": "2567", "compare": "2566"}))

    assert html.count('class="chart-bar"') == 2 * 20
    assert "(20 อันดับแรก)" in html


def test_a_part_filtered_to_one_province_shows_only_its_row_and_chart():
    from django.test import Client

    page = part_page("ssf", 2)
    rows = table_rows(page.schema, 5)
    province = rows[2][0]
    page = publish_datasets(page, [make_dataset(page.schema, month(2567, 1), rows)])

    html = body(Client().get(page.url, {"province": province}))

    select = html.split('id="province"')[1].split("</select>")[0]
    assert f'<option value="{province}" selected>' in select
    assert [row[0] for row in table_of(html, page.sorted_datasets()[-1].title)["body"]] == [province]
    assert html.count('class="chart-bar"') == 1
    assert "min-width" not in html.split('class="chart-figure"')[1].split("</figure>")[0]
