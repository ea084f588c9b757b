"""Wagtail's date boxes in the Buddhist era (core.admin_dates): what they show, and what they read back, in
either era, into the unchanged stored value."""

import datetime
import zoneinfo

import pytest
from django import forms
from django.utils import translation
from django.utils.translation import gettext
from wagtail.admin.filters import DateRangePickerWidget
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput
from wagtail.models import Page

BANGKOK = zoneinfo.ZoneInfo("Asia/Bangkok")


@pytest.fixture(autouse=True)
def thai():
    with translation.override("th"):
        yield


class DatesForm(forms.Form):
    day = forms.DateField(widget=AdminDateInput)
    moment = forms.DateTimeField(widget=AdminDateTimeInput)


@pytest.mark.parametrize(
    ("day", "moment"),
    [
        ("15 มกราคม 2570", "15 มกราคม 2570 09:30"),  # what the picker writes
        ("15/1/2570", "15/1/2570 09.30 น."),  # typed in the Buddhist era
        ("15/1/2027", "15/1/2027 09:30"),  # typed in the Christian era
        ("2027-01-15", "2027-01-15T09:30"),  # ISO, as a browser or a script sends it
        ("๑๕/๑/๒๕๗๐", "๑๕/๑/๒๕๗๐ ๐๙:๓๐"),  # Thai digits
    ],
)
def test_the_boxes_read_a_year_in_either_era_as_the_same_date_and_bangkok_instant(day, moment):
    form = DatesForm({"day": day, "moment": moment})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["day"] == datetime.date(2027, 1, 15)
    assert form.cleaned_data["moment"] == datetime.datetime(2027, 1, 15, 9, 30, tzinfo=BANGKOK)


def test_text_that_is_no_date_gets_the_fields_thai_error():
    form = DatesForm({"day": "วันพรุ่งนี้", "moment": "31/2/2570 09:00"})
    assert not form.is_valid()
    assert set(form.errors) == {"day", "moment"}
    assert form.errors["day"] == [gettext("Enter a valid date.")]
    assert form.errors["day"][0] != "Enter a valid date."  # in Thai


def test_the_boxes_show_a_stored_value_in_the_buddhist_era_with_the_thai_month():
    moment = datetime.datetime(2027, 1, 15, 2, 30, tzinfo=datetime.UTC)  # 09:30 in Bangkok
    form = DatesForm(initial={"day": datetime.date(2027, 1, 15), "moment": moment})
    html = str(form["day"]) + str(form["moment"])
    assert 'value="15 มกราคม 2570"' in html
    assert 'value="15 มกราคม 2570 09:30"' in html


def test_the_picker_is_asked_for_the_buddhist_era_and_the_same_format():
    assert AdminDateInput().get_config() | {"dayOfWeekStart": 0} == {
        "dayOfWeekStart": 0,
        "format": "j F Y",
        "yearOffset": 543,
        "validateOnBlur": False,
    }
    config = AdminDateTimeInput().get_config()
    assert (config["format"], config["yearOffset"]) == ("j F Y H:i", 543)


def test_a_refused_form_shows_back_what_was_typed_in_the_buddhist_era():
    form = DatesForm({"day": "2027-01-15", "moment": ""})
    assert not form.is_valid()
    assert 'value="15 มกราคม 2570"' in str(form["day"])


def test_the_date_range_filter_of_reports_reads_both_eras():
    widget = DateRangePickerWidget()
    data = {"period_from": "1/10/2569", "period_to": "2026-12-31"}
    assert widget.value_from_datadict(data, {}, "period") == ["2026-10-01", "2026-12-31"]


@pytest.mark.django_db
def test_wagtail_model_forms_use_the_buddhist_era_box_for_go_live():
    form_class = forms.modelform_factory(Page, form=WagtailAdminModelForm, fields=["go_live_at"])
    form = form_class(data={"go_live_at": "1 ตุลาคม 2569 08:00"})
    assert isinstance(form.fields["go_live_at"].widget, AdminDateTimeInput)
    form.is_valid()
    assert form.cleaned_data["go_live_at"] == datetime.datetime(2026, 10, 1, 8, 0, tzinfo=BANGKOK)
