"""The request/approval form of a publication request (requester, approver, publisher), which integrity
assessments ask for: the admin's printable page, its PDF, and the ITA evidence pack all render it from here."""

from django.template.loader import render_to_string

from core.pdf import print_pdf, sarabun_css

FORM_TEMPLATE = "governance/requests/form_print.html"


def form_context(publication_request) -> dict:
    events = {event.action: event for event in publication_request.events.select_related("user")}
    return {
        "req": publication_request,
        "registered": events.get("register"),
        "approval": events.get("screen"),
        "published": events.get("published") or events.get("link_page"),
        "assignee": publication_request.assignee,
    }


def form_pdf(publication_request) -> bytes:
    return print_pdf(render_to_string(FORM_TEMPLATE, {**form_context(publication_request), "font_css": sarabun_css()}))
