import datetime

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from governance.access.roles import group_name


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"staff{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@sso.example")
    first_name = "เจ้าหน้าที่"
    password = factory.PostGenerationMethodCall("set_password", "pw")

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    @factory.post_generation
    def groups(self, create, names, **kwargs):
        if create and names:
            self.groups.add(*Group.objects.filter(name__in=names))
        if create:
            self.save()


def unit_user(code: str, role: str, **kwargs):
    """A user in the ``role`` group of unit ``code`` (e.g. ``unit_user("กม.", "editor")``)."""
    return UserFactory(groups=[group_name(code, role)], **kwargs)


def office_user(group: str, **kwargs):
    return UserFactory(groups=[group], **kwargs)


def traffic_entry(when, **overrides) -> dict:
    """The field values of one traffic record, for ``governance.traffic.chain.append``."""
    entry = {
        "time": when,
        "client_ip": "203.0.113.7",
        "method": "GET",
        "host": "www.sso.go.th",
        "path": "/",
        "status": 200,
        "response_size": 1000,
        "duration_ms": 12,
        "user_agent": "Mozilla/5.0",
        "referrer": "",
        "user_id": None,
    }
    entry.update(overrides)
    return entry


BASE_RECEIVED_AT = datetime.datetime(2026, 1, 1, 9, 0, tzinfo=datetime.UTC)


class PublicationRequestFactory(factory.django.DjangoModelFactory):
    """A letter from an outside agency as registered. Its PDF is only named, never written: enough for the list,
    which does not open it (``bulk_create(build_batch(n))`` makes thousands at once)."""

    source = "external"
    requesting_agency = "สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ"
    letter_number = factory.Sequence(lambda n: f"ปช {n:04d}/2569")
    letter_date = datetime.date(2026, 11, 20)
    signer_name = "นายผู้ลงนาม ตัวอย่าง"
    signer_position = "เลขาธิการ"
    subject = factory.Sequence(lambda n: f"ขอความอนุเคราะห์เผยแพร่ประกาศ ฉบับที่ {n}")
    letter_pdf = factory.Sequence(lambda n: f"letters/2026/11/letter-{n}.pdf")
    received_at = factory.Sequence(lambda n: BASE_RECEIVED_AT + datetime.timedelta(minutes=n))

    class Meta:
        model = "governance.PublicationRequest"
