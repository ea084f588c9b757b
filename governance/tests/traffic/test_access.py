"""Who reads the traffic log and how (Computer Crime Act): the auditor group alone views, searches and exports
it, every look is in Wagtail's audit log, and nothing in the admin edits or deletes records, seals or holds."""

import csv
import datetime
import io
from zoneinfo import ZoneInfo

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group
from django.db import connection
from django.urls import NoReverseMatch, reverse
from wagtail.models import ModelLogEntry

from governance.access.roles import TRAFFIC_AUDITORS
from governance.tests.factories import UserFactory, office_user, traffic_entry, unit_user
from governance.traffic.chain import append
from governance.traffic.models import LegalHold, TrafficRecord, TrafficSeal
from governance.traffic.retention import seal_day

pytestmark = pytest.mark.django_db

BANGKOK = ZoneInfo("Asia/Bangkok")
DAY = datetime.date(2025, 1, 2)


def _at(hour, minute=0, second=0, ms=0, day=DAY):
    return datetime.datetime(day.year, day.month, day.day, hour, minute, second, ms * 1000, tzinfo=BANGKOK)


@pytest.fixture
def auditor():
    return office_user(TRAFFIC_AUDITORS)


@pytest.fixture
def auditor_client(client, auditor):
    client.force_login(auditor)
    return client


def _shown(client, **params):
    response = client.get(reverse("traffic_log:index"), params)
    assert response.status_code == 200
    return [record.seq for record in response.context["records"]]


def _export(client, **params):
    response = client.get(reverse("traffic_log:index"), {"export": "csv", **params})
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode("utf-8")
    assert content.startswith("\ufeff")
    return list(csv.reader(io.StringIO(content[1:])))


def _verification_line(rows):
    return next(row for row in rows if row and row[0].startswith("ผลการตรวจสอบ"))


def _record_rows(rows):
    header = rows.index(next(row for row in rows if row and row[0] == "seq"))
    return rows[header + 1 :]


# Viewing and searching


def test_an_auditor_sees_the_records_newest_first(auditor_client):
    append([traffic_entry(_at(9)), traffic_entry(_at(11)), traffic_entry(_at(10))])
    assert _shown(auditor_client) == [2, 3, 1]


def test_the_time_range_filter_keeps_records_from_the_start_up_to_but_not_including_the_end(auditor_client):
    append(
        [traffic_entry(_at(9, 59, 59, 999)), traffic_entry(_at(10)), traffic_entry(_at(10, 30)), traffic_entry(_at(11))]
    )
    assert _shown(auditor_client, start="2025-01-02T10:00", end="2025-01-02T11:00") == [3, 2]


def test_the_time_range_is_read_as_bangkok_time(auditor_client):
    append([traffic_entry(datetime.datetime(2025, 1, 2, 3, 0, tzinfo=datetime.UTC))])  # 10:00 in Bangkok
    assert _shown(auditor_client, start="2025-01-02T10:00", end="2025-01-02T10:01") == [1]
    assert _shown(auditor_client, start="2025-01-02T03:00", end="2025-01-02T03:01") == []


def test_the_ip_filter_matches_the_address_exactly(auditor_client):
    append([traffic_entry(_at(9), client_ip="203.0.113.7"), traffic_entry(_at(10), client_ip="203.0.113.70")])
    assert _shown(auditor_client, ip="203.0.113.7") == [1]


def test_the_path_filter_matches_records_whose_path_contains_the_text(auditor_client):
    append(
        [
            traffic_entry(_at(9), path="/news/2568/"),
            traffic_entry(_at(10), path="/benefits/"),
            traffic_entry(_at(11), path="/x/news"),
        ]
    )
    assert _shown(auditor_client, path="news") == [3, 1]


def test_the_path_filter_refuses_more_than_200_characters(auditor_client):
    append([traffic_entry(_at(9))])
    response = auditor_client.get(reverse("traffic_log:index"), {"path": "a" * 201})
    assert response.context["form"].errors["path"] and list(response.context["records"]) == []


def test_the_user_filter_finds_a_user_by_user_name(auditor_client):
    someone, other = UserFactory(username="somchai"), UserFactory()
    append(
        [traffic_entry(_at(9), user_id=someone.pk), traffic_entry(_at(10), user_id=other.pk), traffic_entry(_at(11))]
    )
    assert _shown(auditor_client, user="somchai") == [1]


def test_the_user_filter_finds_the_records_of_a_deleted_user_by_id(auditor_client):
    gone = UserFactory()
    gone_id = gone.pk
    append([traffic_entry(_at(9), user_id=gone_id), traffic_entry(_at(10))])
    gone.delete()
    assert _shown(auditor_client, user=str(gone_id)) == [1]


def test_an_unknown_user_name_is_an_error_not_an_unfiltered_list(auditor_client):
    append([traffic_entry(_at(9))])
    response = auditor_client.get(reverse("traffic_log:index"), {"user": "nobody-here"})
    assert response.context["form"].errors["user"] and list(response.context["records"]) == []


def test_times_are_shown_in_bangkok_with_milliseconds_and_a_buddhist_era_date(auditor_client):
    append([traffic_entry(_at(10, 4, 5, 123))])
    response = auditor_client.get(reverse("traffic_log:index"))
    assert "2 ม.ค. 2568 10:04:05.123" in response.content.decode()


def test_the_list_names_the_user_of_a_record(auditor_client):
    someone = UserFactory(username="somying")
    append([traffic_entry(_at(9), user_id=someone.pk)])
    response = auditor_client.get(reverse("traffic_log:index"))
    assert response.context["records"][0].username == "somying"


def test_the_list_shows_100_records_a_page(auditor_client):
    append([traffic_entry(_at(9) + datetime.timedelta(seconds=i)) for i in range(150)])
    assert len(_shown(auditor_client)) == 100
    assert _shown(auditor_client, page="2") == list(range(50, 0, -1))


def test_the_list_of_1000_records_takes_a_bounded_number_of_queries(auditor_client, django_assert_max_num_queries):
    users = UserFactory.create_batch(5)
    append([traffic_entry(_at(9) + datetime.timedelta(seconds=i), user_id=users[i % 5].pk) for i in range(1000)])
    auditor_client.get(reverse("traffic_log:index"))  # warm caches shared by every admin page
    with django_assert_max_num_queries(20):
        response = auditor_client.get(reverse("traffic_log:index"), {"page": "3"})
    assert len(response.context["records"]) == 100


def test_the_menu_shows_the_traffic_log_to_auditors_only(client, auditor, django_user_model):
    client.force_login(auditor)
    assert reverse("traffic_log:index") in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(django_user_model.objects.create_superuser("root", "root@example.invalid", "pw"))
    assert reverse("traffic_log:index") not in client.get(reverse("wagtailadmin_home")).content.decode()


# Export


def test_the_export_says_ok_for_a_clean_chain(auditor_client):
    append([traffic_entry(_at(9)), traffic_entry(_at(10))])
    line = _verification_line(_export(auditor_client))
    assert line[1] == "OK"


def test_the_export_names_the_record_changed_behind_the_chains_back(auditor_client):
    append([traffic_entry(_at(9)), traffic_entry(_at(10)), traffic_entry(_at(11))])
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {TrafficRecord._meta.db_table} SET path = %s WHERE seq = %s", ["/forged", 2])  # noqa: S608
    line = _verification_line(_export(auditor_client))
    assert line[1] != "OK" and "record seq 2" in line


def test_the_export_gives_the_seal_of_each_day_in_the_period(auditor_client):
    append([traffic_entry(_at(9)), traffic_entry(_at(10))])
    seal = seal_day(DAY)
    rows = _export(auditor_client, start="2025-01-02T00:00", end="2025-01-03T00:00")
    assert ["ตราประทับรายวัน", "2025-01-02", "2", seal.final_hash, "ตรวจแล้ว"] in rows
    assert TrafficSeal.objects.count() == 1


def test_the_export_leaves_out_the_seals_of_days_outside_the_period(auditor_client):
    append([traffic_entry(_at(9)), traffic_entry(_at(9, day=DAY + datetime.timedelta(days=1)))])
    seal_day(DAY)
    rows = _export(auditor_client, start="2025-01-03T00:00", end="2025-01-04T00:00")
    assert not [row for row in rows if row[:1] == ["ตราประทับรายวัน"]]


def test_the_export_lists_the_filtered_records_with_utc_and_bangkok_times(auditor_client):
    append([traffic_entry(_at(10, 4, 5, 123), client_ip="198.51.100.4"), traffic_entry(_at(11))])
    records = _record_rows(_export(auditor_client, ip="198.51.100.4"))
    assert len(records) == 1
    record = TrafficRecord.objects.get(seq=1)
    assert records[0][:4] == ["1", "2025-01-02T03:04:05.123Z", "2025-01-02T10:04:05.123+07:00", "198.51.100.4"]
    assert records[0][-2:] == [record.prev_hash, record.hash]


def test_the_export_defuses_text_a_spreadsheet_would_run_as_a_formula(auditor_client):
    append([traffic_entry(_at(9), user_agent='=HYPERLINK("http://evil.example")')])
    records = _record_rows(_export(auditor_client))
    assert records[0][10] == '\'=HYPERLINK("http://evil.example")'


def test_an_export_with_invalid_filters_is_refused(auditor_client):
    response = auditor_client.get(
        reverse("traffic_log:index"), {"export": "csv", "start": "2025-01-03T00:00", "end": "2025-01-02T00:00"}
    )
    assert response.status_code == 400


# Access


SCREENS = [
    ("traffic_log:index", {}),
    ("traffic_log:index", {"export": "csv"}),
    ("traffic_log:index", {"export": "xlsx"}),
    ("traffic_log:holds", {}),
    ("traffic_log:add_hold", {}),
]


@pytest.mark.parametrize(("name", "params"), SCREENS)
def test_a_staff_user_outside_the_auditor_group_gets_403(client, name, params):
    client.force_login(unit_user("กม.", "editor"))
    assert client.get(reverse(name), params).status_code == 403


@pytest.mark.parametrize(("name", "params"), SCREENS)
def test_a_superuser_outside_the_auditor_group_gets_403(client, django_user_model, name, params):
    client.force_login(django_user_model.objects.create_superuser("root", "root@example.invalid", "pw"))
    assert client.get(reverse(name), params).status_code == 403


def test_a_non_auditor_cannot_lift_a_hold(client):
    hold = LegalHold.objects.create(starts_on=DAY, ends_on=DAY, reference="คำสั่ง 1/2568")
    client.force_login(unit_user("กม.", "editor"))
    assert client.post(reverse("traffic_log:lift_hold", args=[hold.pk])).status_code == 403
    hold.refresh_from_db()
    assert hold.lifted_at is None


def test_a_superuser_in_the_auditor_group_may_read_the_log(client, django_user_model):
    root = django_user_model.objects.create_superuser("root", "root@example.invalid", "pw")
    root.groups.add(Group.objects.get(name=TRAFFIC_AUDITORS))
    client.force_login(root)
    assert client.get(reverse("traffic_log:index")).status_code == 200


# The audit trail


def test_viewing_the_list_writes_an_audit_log_entry_with_the_user_and_filters(auditor_client, auditor):
    auditor_client.get(reverse("traffic_log:index"), {"ip": "203.0.113.7"})
    entry = ModelLogEntry.objects.get(action="sso.traffic_log.view")
    assert entry.user_id == auditor.pk and entry.data["ip"] == "203.0.113.7"


def test_exporting_writes_an_audit_log_entry_with_the_user(auditor_client, auditor):
    _export(auditor_client, path="/news/")
    entry = ModelLogEntry.objects.get(action="sso.traffic_log.export")
    assert entry.user_id == auditor.pk and entry.data["path"] == "/news/"


def test_a_refused_look_writes_no_audit_log_entry(client):
    client.force_login(unit_user("กม.", "editor"))
    client.get(reverse("traffic_log:index"))
    assert not ModelLogEntry.objects.filter(action__startswith="sso.traffic_log").exists()


# Legal holds


def test_an_auditor_enters_a_legal_hold(auditor_client, auditor):
    response = auditor_client.post(
        reverse("traffic_log:add_hold"),
        {"starts_on": "2025-01-01", "ends_on": "2025-01-31", "reference": "ตช. 0001/2568", "reason": "คดีหมายเลข 1"},
    )
    assert response.status_code == 302
    hold = LegalHold.objects.get()
    assert (hold.starts_on, hold.ends_on, hold.created_by) == (
        datetime.date(2025, 1, 1),
        datetime.date(2025, 1, 31),
        auditor,
    )
    assert ModelLogEntry.objects.filter(action="sso.traffic_log.hold", object_id=str(hold.pk), user=auditor).exists()


def test_a_hold_that_ends_before_it_starts_is_refused(auditor_client):
    response = auditor_client.post(
        reverse("traffic_log:add_hold"), {"starts_on": "2025-01-31", "ends_on": "2025-01-01", "reference": "x"}
    )
    assert response.status_code == 200 and not LegalHold.objects.exists()


def test_lifting_a_hold_keeps_it_with_the_time_it_was_lifted(auditor_client, auditor):
    hold = LegalHold.objects.create(starts_on=DAY, ends_on=DAY, reference="คำสั่ง 1/2568")
    auditor_client.post(reverse("traffic_log:lift_hold", args=[hold.pk]))
    hold.refresh_from_db()
    assert hold.lifted_at is not None
    assert ModelLogEntry.objects.filter(action="sso.traffic_log.lift", object_id=str(hold.pk), user=auditor).exists()


def test_lifting_a_hold_twice_keeps_the_first_time(auditor_client):
    hold = LegalHold.objects.create(starts_on=DAY, ends_on=DAY, reference="คำสั่ง 1/2568")
    auditor_client.post(reverse("traffic_log:lift_hold", args=[hold.pk]))
    first = LegalHold.objects.get().lifted_at
    auditor_client.post(reverse("traffic_log:lift_hold", args=[hold.pk]))
    assert LegalHold.objects.get().lifted_at == first


def test_no_admin_screen_deletes_a_hold(auditor_client):
    hold = LegalHold.objects.create(starts_on=DAY, ends_on=DAY, reference="คำสั่ง 1/2568")
    assert auditor_client.post(f"/admin/traffic-log/holds/{hold.pk}/delete/").status_code == 404
    with pytest.raises(NoReverseMatch):
        reverse("traffic_log:delete_hold", args=[hold.pk])
    assert LegalHold.objects.filter(pk=hold.pk).exists()


def test_no_admin_registers_records_seals_or_holds_for_editing():
    for model in (TrafficRecord, TrafficSeal, LegalHold):
        assert not admin.site.is_registered(model)
