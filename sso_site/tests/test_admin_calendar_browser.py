"""The go-live box of the page editor in Chromium: Wagtail's picker reads and writes the Buddhist era with Thai
month names, and the page saves the instant the editor picked (Asia/Bangkok)."""

import datetime
import zoneinfo

import pytest

from categories.tests.factories import NewsArticlePageFactory
from sso_site.tests import test_csp_browser as csp_browser

CHROMIUM, CHROMEDRIVER = csp_browser.CHROMIUM, csp_browser.CHROMEDRIVER
# The Chromium and the live-server fixtures of the CSP browser tests.
browser, site_url = csp_browser.browser, csp_browser.site_url

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER), reason="Debian's chromium and chromium-driver are needed"),
]

BANGKOK = zoneinfo.ZoneInfo("Asia/Bangkok")


def _wait(driver, condition, timeout: float = 20):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(condition)


def _visible(driver, css: str):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions

    return _wait(driver, expected_conditions.visibility_of_element_located((By.CSS_SELECTOR, css)))


def test_a_date_picked_for_go_live_shows_the_buddhist_era_and_saves_the_bangkok_instant(
    browser, client, site_url, category_page, django_user_model
):
    from selenium.webdriver.common.by import By

    page = NewsArticlePageFactory(parent=category_page("news/press-releases"), title="ข่าวทดสอบวันเผยแพร่")
    page.save_revision().publish()
    user = django_user_model.objects.create_superuser("calendar-admin", "calendar@example.invalid", "pw")
    client.force_login(user)
    browser.get(f"{site_url}/robots.txt")
    browser.add_cookie({"name": "sessionid", "value": client.cookies["sessionid"].value, "path": "/"})

    browser.get(f"{site_url}/admin/pages/{page.pk}/edit/")
    _visible(browser, "form#page-edit-form")
    toggle = browser.find_element(By.CSS_SELECTOR, "[data-a11y-dialog-show='schedule-publishing-dialog']")
    browser.execute_script("arguments[0].click()", toggle)
    box = _visible(browser, "input[name='go_live_at']")
    # A value the editor typed earlier, in the Buddhist era with a Thai month: the picker opens on that month.
    browser.execute_script("arguments[0].value = '1 มกราคม 2570 09:00'", box)
    box.click()
    picker = _visible(browser, ".xdsoft_datetimepicker:not([style*='display: none']) .xdsoft_datepicker")
    label = picker.find_element(By.CSS_SELECTOR, ".xdsoft_label.xdsoft_month span").text
    year = picker.find_element(By.CSS_SELECTOR, ".xdsoft_label.xdsoft_year span").text
    assert (label, year) == ("มกราคม", "2570")

    # Picking a day keeps the time already there (and closes the picker).
    day = picker.find_element(By.CSS_SELECTOR, "td.xdsoft_date[data-date='15'][data-month='0']")
    browser.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", day)
    assert box.get_attribute("value") == "15 มกราคม 2570 09:00"

    browser.execute_script("document.querySelector('form#page-edit-form').requestSubmit()")
    _wait(
        browser,
        lambda driver: (
            "/edit/" in driver.current_url and driver.execute_script("return document.readyState") == "complete"
        ),
    )
    _visible(browser, "form#page-edit-form")

    page.refresh_from_db()
    saved = page.get_latest_revision_as_object().go_live_at
    assert saved == datetime.datetime(2027, 1, 15, 9, 0, tzinfo=BANGKOK)
    assert saved == datetime.datetime(2027, 1, 15, 2, 0, tzinfo=datetime.UTC)
