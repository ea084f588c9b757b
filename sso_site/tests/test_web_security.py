"""The Content-Security-Policy and Permissions-Policy headers (what ``curl -I`` shows), and the endpoint that
logs the violations browsers report."""

import json
import logging

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def _directives(header: str) -> dict[str, list[str]]:
    parts = [part.strip().split() for part in header.split(";") if part.strip()]
    return {part[0]: part[1:] for part in parts}


def test_a_public_page_has_the_strict_policy(client, home_page):
    response = client.head("/")
    policy = _directives(response["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'"] and policy["style-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"] and policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"] and policy["form-action"] == ["'self'"]
    assert policy["report-uri"] == ["/csp-report/"]
    assert not any("unsafe" in source for sources in policy.values() for source in sources)


@pytest.mark.parametrize("path", ["/search/?q=x", "/site-map/", "/no-such-page/"])
def test_other_public_answers_have_the_strict_policy_too(client, home_page, path):
    policy = _directives(client.get(path)["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'"] and policy["frame-ancestors"] == ["'none'"]


def test_the_admin_dashboard_has_the_admin_policy(admin_client):
    response = admin_client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    policy = _directives(response["Content-Security-Policy"])
    assert policy["object-src"] == ["'none'"] and policy["base-uri"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert "'unsafe-eval'" not in policy["script-src"]
    assert policy["report-uri"] == ["/csp-report/"]


def test_the_admin_login_page_has_a_policy(client):
    assert "Content-Security-Policy" in client.get(reverse("wagtailadmin_login"))


@pytest.mark.parametrize("path", ["/", "/admin/login/", "/robots.txt"])
def test_every_response_has_a_permissions_policy(client, home_page, path):
    header = client.get(path)["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"):
        assert feature in header


REPORT = {
    "csp-report": {
        "document-uri": "https://sso.go.th/",
        "violated-directive": "script-src-elem",
        "blocked-uri": "https://evil.example/x.js",
    }
}


def test_a_violation_report_is_logged_at_warning(client, caplog):
    with caplog.at_level(logging.WARNING, logger="sso.csp"):
        response = client.post(reverse("csp_report"), json.dumps(REPORT), content_type="application/csp-report")
    assert response.status_code == 204
    assert any("https://evil.example/x.js" in record.getMessage() for record in caplog.records)
    assert all(record.levelno == logging.WARNING for record in caplog.records if record.name == "sso.csp")


def test_the_report_endpoint_needs_no_csrf_token(client):
    from django.test import Client

    csrf_client = Client(enforce_csrf_checks=True)
    response = csrf_client.post(reverse("csp_report"), json.dumps(REPORT), content_type="application/csp-report")
    assert response.status_code == 204


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        ("{" * 20, "application/csp-report"),
        ("[" * 4000 + "]" * 4000, "application/csp-report"),
        (json.dumps({"x": "y" * 20000}), "application/csp-report"),
        ("\xff\xfe", "application/json"),
        (json.dumps(REPORT), "text/plain"),
        ("", "application/csp-report"),
    ],
)
def test_a_bad_report_is_refused_with_400_not_500(client, body, content_type):
    response = client.post(reverse("csp_report"), body, content_type=content_type)
    assert response.status_code == 400


def test_the_report_endpoint_takes_only_post(client):
    assert client.get(reverse("csp_report")).status_code == 405
