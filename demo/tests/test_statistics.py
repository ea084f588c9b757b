"""The demo's sample statistics: two years of monthly figures for a few parts, labelled as samples everywhere."""

import datetime

import pytest

from demo.statistics import SAMPLE_NOTE, load_statistics_demo
from sso_statistics.models import Dataset
from sso_statistics.tests.factories import part_page

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 11, 26)


def test_the_demo_gives_insured_persons_24_months_up_to_last_month():
    load_statistics_demo(TODAY)

    slugs = [dataset.slug for dataset in part_page("ssf", 2).sorted_datasets()]

    assert (len(slugs), slugs[0], slugs[-1]) == (24, "2567-11", "2569-10")


def test_every_sample_dataset_says_it_is_a_sample():
    load_statistics_demo(TODAY)

    datasets = Dataset.objects.all()

    assert datasets.count() > 24 * 3
    assert all(d.title.endswith("(ตัวเลขตัวอย่าง)") and d.source_note == SAMPLE_NOTE for d in datasets)


def test_sample_totals_add_up_as_an_upload_would_require():
    load_statistics_demo(TODAY)

    for row in part_page("ssf", 4).sorted_datasets()[0].rows:
        assert row[4] == row[1] + row[2] + row[3]


def test_a_second_demo_run_adds_no_dataset():
    load_statistics_demo(TODAY)

    assert load_statistics_demo(TODAY) == 0


def test_each_sample_part_would_pass_the_upload_checks():
    from sso_statistics.tests.factories import csv_upload
    from sso_statistics.validation import read_dataset

    load_statistics_demo(TODAY)

    for dataset in Dataset.objects.filter(period_number__in=[None, 1]).select_related("page"):
        page = dataset.page.specific
        table = read_dataset(csv_upload([c["label"] for c in dataset.columns], dataset.rows), page.schema)
        assert table.rows == dataset.rows, page.title
