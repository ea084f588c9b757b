"""The traffic log (seed §3.4, Computer Crime Act): what a request leaves, what it never leaves, the hash
chain and its verification, and retention with legal holds."""

import datetime

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from governance.tests.factories import UserFactory, traffic_entry
from governance.traffic.chain import append, day_bounds, verify
from governance.traffic.models import LegalHold, TrafficRecord, TrafficSeal
from governance.traffic.retention import purge, seal_days
from governance.traffic.writer import TrafficWriter

pytestmark = pytest.mark.django_db


@pytest.fixture
def logging_on(settings):
    settings.SSO_TRAFFIC_LOG_ENABLED = True
    settings.SSO_TRAFFIC_LOG_SYNC = True
    return settings


def _days_of_records(days: int, per_day: int = 3, today=None):
    """Records on each of the ``days`` days before ``today`` (Bangkok), oldest first."""
    today = today or timezone.localdate()
    for back in range(days, 0, -1):
        start, _ = day_bounds(today - datetime.timedelta(days=back))
        append([traffic_entry(start + datetime.timedelta(hours=9, minutes=i)) for i in range(per_day)])
    return today


def _raw(sql, params=()):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


# Capture


def test_a_public_request_records_time_ip_method_host_path_status_size_duration_agent_and_referrer(client, logging_on):
    response = client.get(
        "/?q=ประกัน",
        HTTP_USER_AGENT="Mozilla/5.0 (Android)",
        HTTP_REFERER="https://www.google.com/",
        REMOTE_ADDR="198.51.100.4",
    )
    record = TrafficRecord.objects.get()
    assert record.client_ip == "198.51.100.4"
    assert (record.method, record.host, record.status) == ("GET", "testserver", 200)
    assert record.path.startswith("/?q=")
    assert record.response_size == len(response.content)
    assert record.duration_ms >= 0
    assert record.user_agent == "Mozilla/5.0 (Android)" and record.referrer == "https://www.google.com/"
    assert record.user_id is None
    assert abs(record.time - timezone.now()) < datetime.timedelta(seconds=30)


def test_time_is_kept_to_the_millisecond(client, logging_on):
    client.get("/")
    record = TrafficRecord.objects.get()
    assert record.time.microsecond % 1000 == 0


def test_an_admin_request_records_the_users_id(client, logging_on):
    user = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(user)
    client.get(reverse("wagtailadmin_home"))
    assert TrafficRecord.objects.get(path="/admin/").user_id == user.pk


def test_a_public_request_of_a_logged_in_user_records_no_user(client, logging_on):
    client.force_login(UserFactory())
    client.get("/")
    assert TrafficRecord.objects.get(path="/").user_id is None


def test_forwarded_for_is_believed_only_from_a_trusted_proxy(client, logging_on):
    logging_on.SSO_TRUSTED_PROXIES = ["10.0.0.0/8"]
    client.get("/", REMOTE_ADDR="10.1.2.3", HTTP_X_FORWARDED_FOR="1.1.1.1, 198.51.100.9")
    client.get("/", REMOTE_ADDR="203.0.113.50", HTTP_X_FORWARDED_FOR="198.51.100.9")
    assert list(TrafficRecord.objects.values_list("client_ip", flat=True)) == ["198.51.100.9", "203.0.113.50"]


def test_a_login_leaves_no_password_session_or_csrf_token_in_any_column(client, logging_on):
    UserFactory(username="officer", password="S3cret-รหัสผ่าน-123")
    client.get(reverse("wagtailadmin_login"))
    token = client.cookies["csrftoken"].value
    client.post(
        reverse("wagtailadmin_login") + "?next=/admin/&password=S3cret-รหัสผ่าน-123",
        {"username": "officer", "password": "S3cret-รหัสผ่าน-123", "csrfmiddlewaretoken": token},
    )
    session = client.cookies["sessionid"].value
    assert TrafficRecord.objects.count() == 2
    for record in TrafficRecord.objects.values():
        for column, value in record.items():
            text = str(value)
            assert "S3cret" not in text, column
            assert session not in text and token not in text, column


# The chain


def test_verify_passes_on_a_clean_chain():
    _days_of_records(3)
    result = verify()
    assert result.ok and result.checked == 9


def test_verify_names_a_record_changed_with_raw_sql():
    _days_of_records(3)
    _raw("UPDATE governance_trafficrecord SET client_ip = %s WHERE seq = 5", ["192.0.2.1"])
    result = verify()
    assert not result.ok and result.record_seq == 5 and "altered" in result.problem


def test_verify_names_the_record_after_one_deleted_with_raw_sql():
    _days_of_records(3)
    _raw("DELETE FROM governance_trafficrecord WHERE seq = 4")
    result = verify()
    assert not result.ok and result.record_seq == 5 and "removed" in result.problem


def test_verify_names_a_record_inserted_with_raw_sql():
    today = _days_of_records(3)
    record = TrafficRecord.objects.get(seq=9)
    _raw(
        "INSERT INTO governance_trafficrecord (seq, time, client_ip, method, host, path, status, response_size, "
        "duration_ms, user_agent, referrer, user_id, prev_hash, hash) "
        "VALUES (10, %s, '192.0.2.99', 'GET', 'x', '/forged', 200, 1, 1, '', '', NULL, %s, %s)",
        [record.time + datetime.timedelta(seconds=1), record.hash, "f" * 64],
    )
    result = verify()
    assert not result.ok and result.record_seq == 10 and "inserted" in result.problem
    assert today


def test_verify_finds_records_removed_from_the_end_of_the_chain():
    _days_of_records(2)
    _raw("DELETE FROM governance_trafficrecord WHERE seq = 6")
    result = verify()
    assert not result.ok and result.record_seq == 6


def test_a_sealed_day_that_lost_its_last_records_fails_its_seal():
    today = _days_of_records(3)
    seal_days(today)
    _raw("DELETE FROM governance_trafficrecord WHERE seq >= 8")
    day = today - datetime.timedelta(days=1)
    result = verify(*day_bounds(day))
    assert not result.ok and result.record_seq == 9


def test_the_command_reports_the_altered_record():
    _days_of_records(2)
    _raw("UPDATE governance_trafficrecord SET path = '/forged' WHERE seq = 2")
    with pytest.raises(CommandError, match="record 2"):
        call_command("traffic_log", "verify")


def test_the_command_says_ok_for_a_period(capsys):
    today = _days_of_records(3)
    first = today - datetime.timedelta(days=2)
    call_command("traffic_log", "verify", "--from", first.isoformat(), "--to", first.isoformat())
    assert "OK: 3 records" in capsys.readouterr().out


# Seals and retention


def test_each_finished_day_gets_one_seal_with_its_final_hash():
    today = _days_of_records(3)
    seal_days(today)
    seal_days(today)
    seals = list(TrafficSeal.objects.order_by("day"))
    assert len(seals) == 3
    assert seals[-1].final_hash == TrafficRecord.objects.get(seq=9).hash and seals[-1].count == 3


def test_purge_keeps_exactly_the_configured_number_of_days(settings):
    settings.SSO_TRAFFIC_LOG_RETENTION_DAYS = 90
    today = _days_of_records(93, per_day=1)
    seal_days(today)
    purge(today)
    kept = {timezone.localtime(t).date() for t in TrafficRecord.objects.values_list("time", flat=True)}
    assert min(kept) == today - datetime.timedelta(days=90) and len(kept) == 90


def test_purge_respects_a_legal_hold():
    today = _days_of_records(95, per_day=1)
    held = today - datetime.timedelta(days=94)
    LegalHold.objects.create(starts_on=held, ends_on=held, reference="หนังสือ ตร. ที่ 0001/2569")
    seal_days(today)
    purge(today)
    days = {timezone.localtime(t).date() for t in TrafficRecord.objects.values_list("time", flat=True)}
    assert (
        held in days and held - datetime.timedelta(days=1) not in days and held + datetime.timedelta(days=1) not in days
    )


def test_a_lifted_hold_no_longer_keeps_records():
    today = _days_of_records(95, per_day=1)
    held = today - datetime.timedelta(days=94)
    LegalHold.objects.create(starts_on=held, ends_on=held, reference="คำสั่ง 1/2569", lifted_at=timezone.now())
    seal_days(today)
    purge(today)
    assert not TrafficRecord.objects.filter(time__lt=day_bounds(held)[1]).exists()


def test_the_chain_stays_verifiable_after_a_purge():
    today = _days_of_records(95, per_day=2)
    held = today - datetime.timedelta(days=93)
    LegalHold.objects.create(starts_on=held, ends_on=held, reference="คำสั่ง 2/2569")
    seal_days(today)
    purge(today)
    assert verify().ok


# Writing off the request path


@pytest.mark.django_db(transaction=True, serialized_rollback=True)  # keeps the built tree (conftest)
def test_closing_the_buffered_writer_writes_every_record(settings):
    settings.SSO_TRAFFIC_LOG_SYNC = False
    writer = TrafficWriter(batch_size=1000, interval=3600)
    now = timezone.now()
    for i in range(250):
        writer.add(traffic_entry(now, path=f"/page-{i}/"))
    assert TrafficRecord.objects.count() == 0
    writer.close()
    assert TrafficRecord.objects.count() == 250
    assert verify().ok


def test_the_daily_job_mails_the_new_seals_to_the_auditors(mailoutbox):
    from governance.access.roles import TRAFFIC_AUDITORS
    from governance.tests.factories import office_user

    office_user(TRAFFIC_AUDITORS, email="auditor@sso.go.th")
    UserFactory(email="someone-else@sso.go.th")
    _days_of_records(2)
    call_command("traffic_log", "purge")
    assert [mail.to for mail in mailoutbox] == [["auditor@sso.go.th"]]
    assert TrafficSeal.objects.order_by("day").last().final_hash in mailoutbox[0].body


def test_records_wait_for_the_database_up_to_a_bound(settings, monkeypatch):
    from governance.traffic import writer as writer_module

    settings.SSO_TRAFFIC_LOG_SYNC = False
    writer = TrafficWriter(batch_size=10_000, interval=3600, max_pending=5)
    monkeypatch.setattr(writer, "_start", lambda: None)

    def database_down(entries):
        raise RuntimeError("database unreachable")

    monkeypatch.setattr(writer_module, "append", database_down)
    for i in range(8):
        writer.add(traffic_entry(timezone.now(), path=f"/{i}/"))
    assert writer.flush() == 0
    assert writer.pending == 5
    assert [entry["path"] for entry in writer._take()] == ["/3/", "/4/", "/5/", "/6/", "/7/"]
