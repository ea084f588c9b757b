"""No Content-Security-Policy violation in Chromium (Debian's chromium and chromedriver) on the public pages and on
the Wagtail admin screens editors use: the dashboard, the page editor with its rich text (Draftail), the image
chooser and a workflow modal.

The site is served by Django's WSGI handler in a thread that shares the test's database connection (as the test
client does, inside the test's transaction), so these tests see the session's page tree and leave nothing behind.
Violations are collected three ways: ``securitypolicyviolation`` events in the page (a listener Chromium adds
before any of the page's scripts run), the console's "Refused to …" errors, and the reports the browser sends to
``/csp-report/`` (logged by the ``sso.csp`` logger).
"""

import logging
import shutil
import threading

import pytest
from django.core.servers.basehttp import WSGIRequestHandler, WSGIServer
from django.urls import reverse

from categories.tests.factories import NewsArticlePageFactory

CHROMIUM = shutil.which("chromium")
CHROMEDRIVER = shutil.which("chromedriver")

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER), reason="Debian's chromium and chromium-driver are needed"),
]

LISTENER = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', function (event) {
    window.__cspViolations.push(event.violatedDirective + ' ' + event.blockedURI + ' ' + event.sourceFile + ':'
        + event.lineNumber + ' ' + (event.sample || ''));
});
"""


class QuietHandler(WSGIRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def site_url():
    """The address of the site served from this process, on the test's own database connection."""
    from django.core.handlers.wsgi import WSGIHandler
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections, connections

    connection = connections["default"]
    connection.inc_thread_sharing()
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    server = WSGIServer(("127.0.0.1", 0), QuietHandler, allow_reuse_address=False)
    server.set_app(WSGIHandler())

    def serve():
        connections["default"] = connection
        server.serve_forever()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()
    thread.join()
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)
    connection.dec_thread_sharing()


@pytest.fixture
def browser(tmp_path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": LISTENER})
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


@pytest.fixture
def csp_reports(caplog):
    caplog.set_level(logging.WARNING, logger="sso.csp")
    return lambda: [record.getMessage() for record in caplog.records if record.name == "sso.csp"]


def _violations(browser) -> list[str]:
    seen = browser.execute_script("return window.__cspViolations || []")
    console = [
        entry["message"]
        for entry in browser.get_log("browser")
        if "Content Security Policy" in entry["message"] or "Refused to" in entry["message"]
    ]
    return seen + console


def _assert_no_violation(browser, csp_reports):
    found = _violations(browser) + csp_reports()
    assert not found, "\n".join(found)


def _settle(browser, seconds: float = 1.0):
    """Let late scripts (React, Stimulus controllers, lazy images) run before violations are read."""
    import time

    time.sleep(seconds)


def _wait_for(browser, css: str, timeout: float = 20, visible: bool = True):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    condition = (
        expected_conditions.visibility_of_element_located
        if visible
        else expected_conditions.presence_of_element_located
    )
    return WebDriverWait(browser, timeout).until(condition((By.CSS_SELECTOR, css)))


def _sign_in(browser, client, site_url, user):
    client.force_login(user)
    browser.get(f"{site_url}/robots.txt")
    browser.add_cookie({"name": "sessionid", "value": client.cookies["sessionid"].value, "path": "/"})


# Public pages


def test_public_pages_report_no_violation(browser, site_url, category_page, csp_reports):
    page = NewsArticlePageFactory(parent=category_page("news/press-releases"), title="ข่าวทดสอบนโยบายความปลอดภัย")
    page.save_revision().publish()
    paths = [
        "/",
        category_page("benefits/social-security-fund/maternity").url,
        category_page("news/press-releases").url,
        page.url,
        "/search/?q=ประกันสังคม",
        "/site-map/",
        f"{reverse('report_problem')}?page={page.pk}",
        "/no-such-page/",
    ]
    problems = {}
    for path in paths:
        browser.get(site_url + path)
        _settle(browser, 0.3)
        if found := _violations(browser):
            problems[path] = found
    assert problems == {}
    assert csp_reports() == []


# The Wagtail admin


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("csp-admin", "csp@example.invalid", "pw")


@pytest.fixture
def news_page(category_page):
    from wagtail.rich_text import RichText

    page = NewsArticlePageFactory(parent=category_page("news/press-releases"), title="ข่าวสำหรับทดสอบตัวแก้ไข")
    page.body = [("paragraph", RichText("<p>ย่อหน้าแรกของข่าว</p>"))]
    page.save_revision().publish()
    return page


def test_the_admin_dashboard_reports_no_violation(browser, client, site_url, superuser, csp_reports):
    _sign_in(browser, client, site_url, superuser)
    browser.get(f"{site_url}/admin/")
    _wait_for(browser, "main")
    _settle(browser)
    _assert_no_violation(browser, csp_reports)


def test_the_page_editor_with_rich_text_reports_no_violation(
    browser, client, site_url, superuser, news_page, csp_reports
):
    from selenium.webdriver.common.by import By

    _sign_in(browser, client, site_url, superuser)
    browser.get(f"{site_url}/admin/pages/{news_page.pk}/edit/")
    _wait_for(browser, "form#page-edit-form")
    # The body's paragraph block is a Draftail rich-text editor: type in it, then add a block (new HTML whose
    # scripts jQuery runs).
    editor = _wait_for(browser, ".Draftail-Editor [contenteditable='true']")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", editor)
    editor.send_keys("ข้อความทดสอบ ")
    add = browser.find_element(By.CSS_SELECTOR, ".c-sf-add-button")
    browser.execute_script("arguments[0].click()", add)
    _settle(browser, 0.5)
    _settle(browser)
    _assert_no_violation(browser, csp_reports)


def test_the_image_chooser_reports_no_violation(browser, client, site_url, superuser, news_page, csp_reports):
    from selenium.webdriver.common.by import By

    _sign_in(browser, client, site_url, superuser)
    browser.get(f"{site_url}/admin/pages/{news_page.pk}/edit/")
    _wait_for(browser, "form#page-edit-form")
    chooser = browser.find_element(By.CSS_SELECTOR, ".image-chooser .chooser__choose-button")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", chooser)
    _wait_for(browser, ".modal.in", visible=False)
    _settle(browser)
    _assert_no_violation(browser, csp_reports)


def test_a_workflow_modal_reports_no_violation(browser, client, site_url, superuser, news_page, csp_reports):
    """The approve-with-comment modal of a page in moderation, opened as the editor's workflow buttons open it
    (Wagtail's ModalWorkflow with the workflow action's address)."""
    from governance.tests.admin_actions import workflow_in_progress
    from governance.tests.factories import UserFactory

    workflow = news_page.get_workflow()
    assert workflow is not None, "news pages go through an approval workflow"
    news_page.save_revision(user=UserFactory())
    workflow.start(news_page, UserFactory())
    task_state = workflow_in_progress(news_page).current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(news_page.pk, "approve", task_state.pk))
    _sign_in(browser, client, site_url, superuser)
    browser.get(f"{site_url}/admin/pages/{news_page.pk}/edit/")
    _wait_for(browser, "form#page-edit-form")
    browser.execute_script("window.ModalWorkflow({url: arguments[0], onload: {}})", url)
    _wait_for(browser, ".modal.in", visible=False)
    _settle(browser)
    _assert_no_violation(browser, csp_reports)
