"""Demo publication requests in every state, read from ``data/demo/requests.yaml``, so the dashboard and the
3-day report show real rows (development only). Each request goes through the real steps of
``governance.requests.flow`` up to its state."""

import datetime
from dataclasses import dataclass
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone

from categories.models import Category, ExternalNoticePage
from demo.accounts import demo_accounts
from demo.datafiles import Where, date_bases, integer, mapping, parse_date, read, sequence, text
from governance.access.models import Unit
from governance.requests import flow
from governance.requests.calendar import due_at
from governance.requests.models import PublicationRequest, SlaClock

REQUESTS_FILE = "requests.yaml"
# The smallest PDF a letter can be: the demo's letters are placeholders.
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
# The steps after registration, in order; a request stops at its state (rejected and drafted branch off).
STEPS = ("decided", "screened", "assigned")
STATES = ("received", *STEPS, "published", "drafted", "rejected")
HANDLERS = ("unit", "registrar", "director", "staff", "secretary_general")


@dataclass(frozen=True)
class DemoRequest:
    letter_number: str
    file: str
    source: str
    state: str
    subject: str


def _request(raw, where: Where, senders: dict) -> DemoRequest:
    raw = mapping(raw, where, required=("letter_number", "file", "source", "state", "subject"))
    if raw["source"] not in senders:
        raise (where / "source").error(f"expected one of {', '.join(senders)} (see `senders`)")
    if raw["state"] not in STATES:
        raise (where / "state").error(f"expected one of {', '.join(STATES)}, found {raw['state']!r}")
    return DemoRequest(
        letter_number=text(raw["letter_number"], where / "letter_number", allow_empty=False),
        file=text(raw["file"], where / "file", allow_empty=False),
        source=raw["source"],
        state=raw["state"],
        subject=text(raw["subject"], where / "subject", allow_empty=False),
    )


def read_requests(today: datetime.date, directory: Path | None = None) -> dict:
    """The file, checked, with the letter date counted from ``today``."""
    data, where = read(REQUESTS_FILE, directory)
    data = mapping(
        data,
        where,
        required=(
            "handled_by",
            "target",
            "senders",
            "letter_date",
            "signer_name",
            "rejection_reason",
            "draft_page",
            "overdue",
            "requests",
        ),
    )
    handled_by = mapping(data["handled_by"], where / "handled_by", required=HANDLERS)
    usernames = {account.username for account in demo_accounts(directory)}
    for role in HANDLERS[1:]:
        if handled_by[role] not in usernames:
            raise (where / "handled_by" / role).error(f"no demo account {handled_by[role]!r} in accounts.yaml")
    senders = mapping(data["senders"], where / "senders")
    for source, sender in senders.items():
        here = where / "senders" / source
        if source not in PublicationRequest.Source.values:
            raise here.error(f"expected one of {', '.join(PublicationRequest.Source.values)}")
        required = ("unit" if source == PublicationRequest.Source.INTERNAL else "agency", "signer_position")
        mapping(sender, here, required=required)
    requests = [
        _request(raw, where / "requests" / f"#{n}", senders)
        for n, raw in enumerate(sequence(data["requests"], where / "requests"), 1)
    ]
    overdue = mapping(data["overdue"], where / "overdue", required=("letter_number", "hours"))
    if overdue["letter_number"] not in {request.letter_number for request in requests}:
        raise (where / "overdue" / "letter_number").error("not the letter number of a request below")
    integer(overdue["hours"], where / "overdue" / "hours")
    return {
        **data,
        "handled_by": handled_by,
        "senders": senders,
        "letter_date": parse_date(data["letter_date"], where / "letter_date", date_bases(today)),
        "draft_page": mapping(data["draft_page"], where / "draft_page", required=("slug", "source_agency")),
        "requests": requests,
    }


def create_demo_requests(directory: Path | None = None) -> int:
    data = read_requests(timezone.localdate(), directory)
    numbers = [request.letter_number for request in data["requests"]]
    if PublicationRequest.objects.filter(letter_number__in=numbers).exists():
        return 0
    handled_by = data["handled_by"]
    users = get_user_model().objects.in_bulk([handled_by[role] for role in HANDLERS[1:]], field_name="username")
    registrar, director, staff, secretary_general = (users[handled_by[role]] for role in HANDLERS[1:])
    category = Category.objects.filter(key=data["target"]).first()
    for spec in data["requests"]:
        sender = data["senders"][spec.source]
        request = PublicationRequest(
            source=spec.source,
            requesting_unit=Unit.objects.get(code=sender["unit"]) if "unit" in sender else None,
            requesting_agency=sender.get("agency", ""),
            letter_number=spec.letter_number,
            letter_date=data["letter_date"],
            signer_name=data["signer_name"],
            signer_position=sender["signer_position"],
            subject=spec.subject,
            target_category=category,
        )
        request.letter_pdf.save(spec.file, ContentFile(PDF), save=False)
        flow.register(registrar, request)
        if spec.state == "received":
            continue
        if spec.state == "rejected":
            flow.reject(secretary_general, request, data["rejection_reason"])
            continue
        if spec.source != PublicationRequest.Source.INTERNAL:
            flow.decide(secretary_general, request, handled_by["unit"])
        if spec.state == "decided":
            continue
        flow.screen(director, request)
        if spec.state == "screened":
            continue
        flow.assign(director, request, staff)
        if spec.state == "published" and category is not None:
            # a page written for this request: an old live page cannot answer it (flow.check_page_answers)
            draft_page = {**data["draft_page"], "slug": data["draft_page"]["slug"] + "-published"}
            page = _draft_notice(category.page.specific, spec.subject, draft_page)
            flow.link_page(staff, request, page)
            page.get_latest_revision().publish()
        if spec.state == "drafted" and category is not None:
            flow.link_page(staff, request, _draft_notice(category.page.specific, spec.subject, data["draft_page"]))
    # one overdue item for the dashboard and the daily reminder: its approval moves back with its due time, so
    # that it stays approved before it fell due (the clock's own calendar gives the due time)
    overdue_by = timezone.now() - datetime.timedelta(hours=data["overdue"]["hours"])
    approved = overdue_by
    while due_at(approved) > overdue_by:
        approved -= datetime.timedelta(hours=1)
    SlaClock.objects.filter(request__letter_number=data["overdue"]["letter_number"]).update(
        approved_at=approved, due_at=due_at(approved)
    )
    return len(data["requests"])


def _draft_notice(index, title, draft_page: dict):
    page = ExternalNoticePage(
        title=title, slug=draft_page["slug"], source_agency=draft_page["source_agency"], live=False
    )
    index.add_child(instance=page)
    page.save_revision()
    return page
