"""The demo procurement: complete projects central and regional, one cancelled, something open for bids."""

import pytest
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Page

from categories.models import Category
from demo.loader import DemoLoader
from demo.procurement import load_procurement_demo
from procurement.models import (
    ContractNoticePage,
    InvitationNoticePage,
    MonthlySummaryNoticePage,
    ProcurementNoticePage,
    ProcurementProject,
    Status,
)
from procurement.tests.factories import CENTRAL_KEY

pytestmark = pytest.mark.django_db


def _counts():
    return (Page.objects.count(), ProcurementProject.objects.count(), get_document_model().objects.count())


def test_demo_procurement_tells_whole_stories_and_a_second_run_adds_nothing(client):
    today = timezone.localdate()
    assert load_procurement_demo(DemoLoader(today), today) > 30
    counts = _counts()
    assert load_procurement_demo(DemoLoader(today), today) == 0
    assert _counts() == counts

    contracted = ProcurementProject.objects.filter(status=Status.CONTRACTED)
    assert contracted.filter(unit__province="").exists()
    assert contracted.exclude(unit__province="").exists()
    assert ProcurementProject.objects.filter(status=Status.CANCELLED).exclude(unit__province="").exists()

    central = Category.objects.get(key=CENTRAL_KEY).page
    response = client.get(central.url + "open/")
    assert response.status_code == 200
    assert list(response.context["invitations"])

    summary = MonthlySummaryNoticePage.objects.get(unit__code="กค.").monthly_summary()
    contract = ContractNoticePage.objects.filter(unit__code="กค.").first()
    assert contract.contract_value in {line.agreed_price for line in summary.lines}

    for invitation in InvitationNoticePage.objects.all():
        assert invitation.attachments[0].value["document"].file_extension == "pdf"
    for notice in ProcurementNoticePage.objects.live():
        assert client.get(notice.url).status_code == 200, notice.url
