"""Scheduled jobs run once when cron is installed on every server (core/job_lock.py): two runners started at once,
one runs the job and the other logs "skipped: running elsewhere". Each kind of lock is raced by two threads, which
hold separate locks exactly as two processes would (a connection of their own, a Redis client, an open file)."""

import logging
import re
import threading
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.utils.module_loading import import_string

from core import job_lock

CRON_FILE = Path(settings.BASE_DIR) / "deploy" / "cron" / "sso-web"


def _race():
    """Start a runner that holds the job until released, then start a second one; count the runs."""
    started, release, runs = threading.Event(), threading.Event(), []

    @job_lock.runs_once
    def job():
        runs.append(threading.current_thread().name)
        started.set()
        release.wait(10)

    first = threading.Thread(target=job, name="first")
    first.start()
    assert started.wait(10)
    second = job()
    release.set()
    first.join(10)
    return runs, second


def test_a_second_runner_skips_a_job_the_first_is_running(caplog, tmp_path, settings):
    settings.SSO_JOB_LOCK = "file"
    settings.SSO_JOB_LOCK_DIR = tmp_path
    with caplog.at_level(logging.INFO, logger="sso.jobs"):
        runs, second = _race()
    assert runs == ["first"]
    assert second is None
    assert "skipped: running elsewhere" in caplog.text


def test_the_file_lock_is_free_again_after_the_job(settings, tmp_path):
    settings.SSO_JOB_LOCK = "file"
    settings.SSO_JOB_LOCK_DIR = tmp_path
    runs = []
    job = job_lock.runs_once(lambda: runs.append(1))
    job()
    job()
    assert runs == [1, 1]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)  # keeps the built tree (conftest)
def test_two_runners_on_postgresql_run_a_job_once(settings, caplog):
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's advisory lock; run with DATABASE_URL=postgres://…")
    settings.SSO_JOB_LOCK = "postgres"
    with caplog.at_level(logging.INFO, logger="sso.jobs"):
        runs, second = _race()
    assert runs == ["first"]
    assert "skipped: running elsewhere" in caplog.text


@pytest.mark.django_db(transaction=True, serialized_rollback=True)  # keeps the built tree (conftest)
def test_the_postgresql_lock_is_released_when_the_job_fails(settings):
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's advisory lock; run with DATABASE_URL=postgres://…")
    settings.SSO_JOB_LOCK = "postgres"

    @job_lock.runs_once
    def failing():
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        failing()
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [job_lock.lock_key(f"{__name__}.{failing.__qualname__}")])
        assert cursor.fetchone()[0] is True
        cursor.execute("SELECT pg_advisory_unlock_all()")


@pytest.fixture
def redis_db4(settings):
    redis = pytest.importorskip("redis")
    settings.REDIS_URL = "redis://127.0.0.1:6379/4"
    try:
        redis.Redis.from_url(settings.REDIS_URL).ping()
    except redis.exceptions.ConnectionError:
        pytest.skip("no Redis at 127.0.0.1:6379")
    settings.SSO_JOB_LOCK = "redis"


def test_two_runners_with_redis_run_a_job_once(redis_db4, caplog):
    with caplog.at_level(logging.INFO, logger="sso.jobs"):
        runs, second = _race()
    assert runs == ["first"]
    assert "skipped: running elsewhere" in caplog.text


def test_every_scheduled_job_takes_the_run_once_lock():
    for _when, path, *_options in settings.CRONJOBS:
        assert getattr(import_string(path), "runs_once", False), f"{path} lacks @runs_once (core/job_lock.py)"


def test_the_cron_file_runs_every_scheduled_job_on_its_schedule():
    line = re.compile(r"^(\S+\s+\S+\s+\S+\s+\S+\s+\S+)\s+sso-web\s+\S+/deploy/bin/manage run_job (\w+)\b", re.M)
    in_file = {name: " ".join(when.split()) for when, name in line.findall(CRON_FILE.read_text())}
    expected = {path.rsplit(".", 1)[1]: when for when, path, *_options in settings.CRONJOBS}
    assert {name: in_file.get(name) for name in expected} == expected


def test_run_job_runs_the_named_job(monkeypatch):
    calls = []
    monkeypatch.setattr("core.jobs.send_outbox", lambda: calls.append("sent"))
    call_command("run_job", "send_outbox")
    assert calls == ["sent"]


def test_run_job_names_the_jobs_when_the_name_is_unknown():
    with pytest.raises(CommandError, match="publish_scheduled"):
        call_command("run_job", "no_such_job")
