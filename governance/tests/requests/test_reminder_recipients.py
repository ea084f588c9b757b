"""The 3-day reminders reach each unit's named director and its director group, each person once, as site-issue
mail does (``governance.access.people.director_emails``)."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from governance.access.models import Unit
from governance.requests.models import SlaClock
from governance.requests.reminders import send_sla_reminders
from governance.tests.factories import UserFactory, unit_user

pytestmark = pytest.mark.django_db


def overdue_clock(page, unit="กม."):
    now = timezone.now()
    return SlaClock.objects.create(
        page=page, unit=unit, approved_at=now - datetime.timedelta(days=5), due_at=now - datetime.timedelta(hours=2)
    )


def addresses():
    return sorted(address for message in mail.outbox for address in message.to)


def test_the_reminder_reaches_the_units_named_director_outside_the_director_group(category_page):
    named = UserFactory(email="named-director@sso.example")
    Unit.objects.filter(code="กม.").update(director=named)
    overdue_clock(category_page("laws/acts"))
    mail.outbox.clear()
    send_sla_reminders()
    assert "named-director@sso.example" in addresses()


def test_a_named_director_who_is_also_in_the_director_group_gets_one_reminder(category_page):
    both = unit_user("กม.", "director", email="both@sso.example")
    unit_user("กม.", "director", email="deputy@sso.example")
    Unit.objects.filter(code="กม.").update(director=both)
    overdue_clock(category_page("laws/acts"))
    mail.outbox.clear()
    send_sla_reminders()
    assert addresses() == ["both@sso.example", "deputy@sso.example"]


def test_site_issue_mail_and_reminders_name_the_same_directors(category_page):
    from governance.upkeep.issues import director_emails as site_issue_directors

    named = UserFactory(email="named@sso.example")
    unit_user("กม.", "director", email="group@sso.example")
    Unit.objects.filter(code="กม.").update(director=named)
    overdue_clock(category_page("laws/acts"))
    mail.outbox.clear()
    send_sla_reminders()
    assert addresses() == site_issue_directors("กม.") == ["group@sso.example", "named@sso.example"]


def test_a_named_director_whose_account_is_closed_gets_no_reminder(category_page):
    named = UserFactory(email="former-director@sso.example", is_active=False)
    Unit.objects.filter(code="กม.").update(director=named)
    overdue_clock(category_page("laws/acts"))
    mail.outbox.clear()
    send_sla_reminders()
    assert "former-director@sso.example" not in addresses()
