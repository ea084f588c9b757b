"""The public pages' behaviour in a real browser (Debian's chromium and chromedriver, never a downloaded one).

Pages are rendered by Django's test client and served, with the static files, by a small HTTP server in a
thread: the browser needs no live Django server, so these tests share the session's page tree like the rest.
"""

import functools
import http.server
import shutil
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings

CHROMIUM = shutil.which("chromium")
CHROMEDRIVER = shutil.which("chromedriver")

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER), reason="Debian's chromium and chromium-driver are needed"),
]


@pytest.fixture
def served(tmp_path, client):
    """``served(url)`` renders ``url`` and returns the address of a copy the browser can load."""
    shutil.copytree(settings.PROJECT_DIR / "static", tmp_path / "static")
    handler = functools.partial(QuietHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()

    def serve(url):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content
        path = urlsplit(url).path.strip("/")
        target = tmp_path / path / "index.html" if path else tmp_path / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        Path(target).write_bytes(html)
        return f"http://127.0.0.1:{server.server_port}{url}"

    yield serve
    server.shutdown()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def _chromium(profile_dir, javascript: bool = True):
    """Debian's headless Chromium through its chromedriver, with a profile of its own."""
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
        "--window-size=390,844",
        f"--user-data-dir={profile_dir}",
    ):
        options.add_argument(flag)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


@pytest.fixture
def browser(tmp_path):
    driver = _chromium(tmp_path / "chromium-profile")
    yield driver
    driver.quit()


def _root_font_size(browser):
    return float(browser.execute_script("return parseFloat(getComputedStyle(document.documentElement).fontSize)"))


def test_the_larger_text_button_enlarges_the_text_and_is_remembered(browser, served, home_page):
    from selenium.webdriver.common.by import By

    browser.get(served("/"))
    normal = _root_font_size(browser)
    browser.find_element(By.CSS_SELECTOR, "[data-text-size='large']").click()
    assert _root_font_size(browser) > normal
    browser.refresh()
    assert _root_font_size(browser) > normal
    assert browser.find_element(By.CSS_SELECTOR, "[data-text-size='large']").get_attribute("aria-pressed") == "true"


def test_the_menu_button_opens_the_menu_on_a_phone(browser, served, home_page):
    from selenium.webdriver.common.by import By

    browser.get(served("/"))
    toggle = browser.find_element(By.CSS_SELECTOR, "[data-menu-toggle]")
    menu = browser.find_element(By.ID, "main-menu")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not menu.is_displayed()
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert menu.is_displayed()
    assert "สิทธิประโยชน์" in menu.text


def test_the_first_tab_reaches_the_skip_link(browser, served, category_page):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    browser.get(served(category_page("benefits/social-security-fund/maternity").url))
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    focused = browser.switch_to.active_element
    assert focused.get_attribute("href").endswith("#main")
    assert focused.is_displayed()


AXE_FILE = settings.BASE_DIR / ".cache" / "axe-core-4.14.1" / "axe.min.js"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def _axe_violations(browser, url):
    browser.get(url)
    browser.execute_script(AXE_FILE.read_text(encoding="utf-8"))
    result = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}}).then(done);",
        WCAG_21_AA,
    )
    return [f"{v['id']}: {v['help']} — {[n['target'] for n in v['nodes']][:3]}" for v in result["violations"]]


@pytest.mark.skipif(not AXE_FILE.exists(), reason="make test fetches axe-core from the npm registry")
def test_public_pages_meet_wcag_2_1_aa_as_axe_checks_them(browser, served, category_page, home_page):
    from categories.tests import factories as f

    items = [
        f.NewsArticlePageFactory(parent=category_page("news/press-releases")),
        f.LawPageFactory(parent=category_page("laws/acts")),
        f.PersonPageFactory(parent=category_page("about/executives/sso-executives")),
        f.VideoNewsPageFactory(parent=category_page("news/video-news")),
        f.RecruitmentNoticePageFactory(parent=category_page("news/recruitment")),
        f.EventPageFactory(parent=category_page("news/calendar")),
        f.DownloadFormPageFactory(parent=category_page("downloads/ssf-forms")),
        f.UnitOfficePageFactory(parent=category_page("units/regional")),
    ]
    urls = ["/", "/search/?q=ประกันสังคม", "/site-map/"]
    urls += [category_page(key).url for key in ("benefits", "benefits/social-security-fund/maternity", "about/contact")]
    urls += [item.url for item in items] + [item.get_parent().url for item in items]
    urls += [f"/report-problem/?page={items[0].pk}"]
    problems = {url: _axe_violations(browser, served(url)) for url in urls}
    assert {url: found for url, found in problems.items() if found} == {}


@pytest.mark.skipif(not AXE_FILE.exists(), reason="make test fetches axe-core from the npm registry")
def test_english_pages_and_the_language_switch_meet_wcag_2_1_aa_as_axe_checks_them(browser, served, category_page):
    from categories.tests.factories import publish_english

    publish_english(category_page("about"), "About the Social Security Office")
    problems = {url: _axe_violations(browser, served(url)) for url in ("/en/", "/en/about/", "/about/")}
    assert {url: found for url, found in problems.items() if found} == {}


def test_procurement_pages_meet_wcag_2_1_aa_as_axe_checks_them(browser, served, category_page):
    from procurement.models import NoticeKind
    from procurement.tests import factories as p

    project = p.ProjectFactory()
    invitation = p.publish(p.InvitationNoticeFactory(parent=p.central_list(NoticeKind.INVITATION), project=project))
    winner = p.publish(p.WinnerNoticeFactory(parent=p.central_list(NoticeKind.WINNER), project=project))
    central = category_page("news/procurement-central")
    urls = [central.url, category_page("news/procurement-regional").url, central.url + "open/"]
    urls += [invitation.url, winner.url, invitation.project_url]
    problems = {url: _axe_violations(browser, served(url)) for url in urls}
    assert {url: found for url, found in problems.items() if found} == {}


@pytest.fixture
def statistics_page(db):
    """ส่วนที่ 2 of the Social Security Fund's statistics with three months of five provinces each."""
    from sso_statistics.tests import factories as s

    page = s.part_page("ssf", 2)
    datasets = [s.make_dataset(page.schema, s.month(2568, n), s.table_rows(page.schema, 5, seed=n)) for n in (1, 2, 3)]
    return s.publish_datasets(page, datasets)


def _drawn(element):
    """The element is shown and the browser gave it room on the page."""
    size = element.rect
    return element.is_displayed() and size["width"] > 0 and size["height"] > 0


def test_a_statistics_page_draws_its_chart_and_shows_its_table(browser, served, statistics_page):
    from selenium.webdriver.common.by import By

    browser.get(served(statistics_page.url))
    chart = browser.find_element(By.CSS_SELECTOR, "figure.chart-figure svg.chart[role='img']")
    assert _drawn(chart)
    bars = chart.find_elements(By.CSS_SELECTOR, "rect.chart-bar")
    assert len(bars) == 5
    assert all(bar.rect["width"] > 0 for bar in bars)
    assert browser.find_element(By.CSS_SELECTOR, "figure.chart-figure figcaption").text
    assert len(browser.find_elements(By.CSS_SELECTOR, "table.data-table tbody tr")) == 5


def test_a_statistics_series_page_draws_its_lines_and_shows_one_row_a_period(browser, served, statistics_page):
    from selenium.webdriver.common.by import By

    browser.get(served(statistics_page.url + "series/"))
    chart = browser.find_element(By.CSS_SELECTOR, "figure.chart-figure svg.chart[role='img']")
    assert _drawn(chart)
    lines = chart.find_elements(By.CSS_SELECTOR, "polyline.chart-line")
    assert lines and all(_drawn(line) for line in lines)
    assert len(chart.find_elements(By.CSS_SELECTOR, "circle.chart-point")) == 3 * len(lines)
    assert len(browser.find_elements(By.CSS_SELECTOR, "table.data-table tbody tr")) == 3


@pytest.mark.skipif(not AXE_FILE.exists(), reason="make test fetches axe-core from the npm registry")
def test_statistics_pages_meet_wcag_2_1_aa_as_axe_checks_them(browser, served, statistics_page):
    urls = [
        statistics_page.url,
        statistics_page.url + "?period=2568-02&compare=2568-01&sort=total&order=desc",
        statistics_page.url + "series/",
        statistics_page.get_parent().url,
        statistics_page.url + "?province=" + statistics_page.sorted_datasets()[-1].rows[1][0],  # issue 17's filter
    ]
    problems = {url: _axe_violations(browser, served(url)) for url in urls}
    assert {url: found for url, found in problems.items() if found} == {}


@pytest.fixture
def browser_without_javascript(tmp_path):
    """A browser whose pages run no script (WebDriver's own commands still work)."""
    driver = _chromium(tmp_path / "chromium-profile-no-js", javascript=False)
    yield driver
    driver.quit()


def test_a_statistics_page_shows_its_chart_and_table_without_javascript(
    browser_without_javascript, served, statistics_page
):
    from selenium.webdriver.common.by import By

    browser = browser_without_javascript
    browser.get(served(statistics_page.url))
    assert "no-js" in browser.find_element(By.TAG_NAME, "html").get_attribute("class").split()
    assert _drawn(browser.find_element(By.CSS_SELECTOR, "svg.chart"))
    assert len(browser.find_elements(By.CSS_SELECTOR, "table.data-table tbody tr")) == 5
    sort_links = browser.find_elements(By.CSS_SELECTOR, "table.data-table thead a.sort-link")
    assert sort_links and all(link.is_displayed() for link in sort_links)


def test_a_statistics_part_filtered_to_one_province_shows_its_row_and_a_chart_that_fits(
    browser, served, statistics_page
):
    from selenium.webdriver.common.by import By

    province = statistics_page.sorted_datasets()[-1].rows[1][0]
    browser.set_window_size(390, 844)
    browser.get(served(statistics_page.url + "?province=" + province))
    rows = browser.find_elements(By.CSS_SELECTOR, ".data-table tbody th[scope='row']")
    region = browser.find_element(By.CSS_SELECTOR, ".chart-figure__drawing")
    svg = browser.find_element(By.CSS_SELECTOR, "svg.chart")
    assert province in [row.text for row in rows]
    assert len(browser.find_elements(By.CSS_SELECTOR, ".chart-bar")) == 1
    assert region.rect["width"] <= 358  # 390 px less the page margins
    assert svg.rect["width"] <= region.rect["width"]
    assert not browser.execute_script("return arguments[0].scrollWidth > arguments[0].clientWidth", region)


def test_a_statistics_page_does_not_scroll_sideways_on_a_phone(browser, served, statistics_page):
    from selenium.webdriver.common.by import By

    browser.set_window_size(390, 844)  # --window-size gives at least 500 pixels in headless mode
    for url in (statistics_page.url, statistics_page.url + "series/"):
        browser.get(served(url))
        page_width = browser.execute_script("return document.documentElement.clientWidth")
        assert page_width < 400
        assert browser.execute_script("return document.documentElement.scrollWidth") == page_width, url
        assert browser.find_element(By.CSS_SELECTOR, ".chart-figure__drawing").rect["width"] <= page_width


@pytest.fixture
def citizen_pages(category_page, home_page):
    """The services setting, a FAQ, a policy, offices in three provinces and two hospitals: the citizen's pages."""
    from categories.models import FaqItem, FaqPage, Hospital, PolicyPage
    from categories.tests.factories import UnitOfficePageFactory
    from home.models import OnlineService, OnlineServices

    setting = OnlineServices.for_site(home_page.get_site())
    OnlineService.objects.create(setting=setting, name="e-Service", url="https://www.sso.go.th/wpr/main/login")
    other = category_page("other")
    faq = other.add_child(instance=FaqPage(title="คำถามที่พบบ่อย", slug="faq"))
    FaqItem.objects.create(page=faq, topic="maternity", question="ค่าคลอดบุตรได้เท่าไร", answer="<p>15,000 บาท</p>")
    faq.save_revision().publish()
    policy = other.add_child(instance=PolicyPage(title="นโยบายคุ้มครองข้อมูลส่วนบุคคล", slug="privacy", kind="privacy"))
    policy.save_revision().publish()
    directory = category_page("units/regional")
    for province in ("ตาก", "เชียงใหม่", "กระบี่"):
        UnitOfficePageFactory(parent=directory, province=province, title=f"สำนักงานประกันสังคมจังหวัด{province}")
    for name in ("โรงพยาบาลนครพิงค์", "คลินิกเวชกรรมนิมมาน"):
        Hospital.objects.create(name=name, province="เชียงใหม่", district="เมือง", phone="053 999 200",
                                social_security=True, is_sample=True)  # fmt: skip
    finder = category_page("downloads/hospital-data")
    return {"faq": faq.url, "policy": policy.url, "finder": finder.url, "directory": directory.url}


def test_the_services_are_one_tap_from_home_on_a_phone(browser, served, citizen_pages):
    from selenium.webdriver.common.by import By

    browser.set_window_size(390, 844)
    browser.get(served("/"))
    link = browser.find_element(By.CSS_SELECTOR, "#services a.external-link")
    header_link = browser.find_element(By.CSS_SELECTOR, ".utility-bar__services")
    assert link.is_displayed() and link.get_attribute("href").startswith("https://www.sso.go.th/")
    assert header_link.is_displayed()


def test_an_office_phone_is_a_tel_link_and_the_provinces_are_in_thai_order_on_a_phone(browser, served, citizen_pages):
    from selenium.webdriver.common.by import By

    browser.set_window_size(390, 844)
    browser.get(served(citizen_pages["directory"]))
    options = [o.get_attribute("value") for o in browser.find_elements(By.CSS_SELECTOR, "#filter-province option")]
    phone = browser.find_element(By.CSS_SELECTOR, ".card--office a[href^='tel:']")
    assert options[1:] == ["กระบี่", "เชียงใหม่", "ตาก"]
    assert phone.is_displayed() and phone.get_attribute("href") == "tel:053225000"


def test_the_citizens_pages_do_not_scroll_sideways_on_a_phone(browser, served, citizen_pages):
    browser.set_window_size(390, 844)
    for url in ("/", "/services/", citizen_pages["faq"], citizen_pages["policy"], citizen_pages["finder"]):
        browser.get(served(url))
        page_width = browser.execute_script("return document.documentElement.clientWidth")
        assert browser.execute_script("return document.documentElement.scrollWidth") == page_width, url


def test_the_desktop_menu_stays_on_one_line_at_1366_pixels(browser, served, category_page):
    from selenium.webdriver.common.by import By

    browser.set_window_size(1366, 900)
    browser.get(served("/"))
    tops = {item.rect["y"] for item in browser.find_elements(By.CSS_SELECTOR, ".main-nav__menu > .main-nav__item")}
    assert len(tops) == 1, tops


@pytest.mark.skipif(not AXE_FILE.exists(), reason="make test fetches axe-core from the npm registry")
def test_the_citizens_page_types_meet_wcag_2_1_aa_as_axe_checks_them(browser, served, citizen_pages):
    urls = ["/", "/services/", citizen_pages["faq"], citizen_pages["policy"], citizen_pages["finder"]]
    problems = {url: _axe_violations(browser, served(url)) for url in urls}
    assert problems == dict.fromkeys(urls, []), problems


def test_the_language_switch_takes_a_phone_reader_to_english_and_back(browser, served, category_page):
    from selenium.webdriver.common.by import By

    from categories.tests.factories import publish_english

    publish_english(category_page("about"), "About the Social Security Office")
    browser.set_window_size(390, 844)  # --window-size gives at least 500 pixels in headless mode
    thai_url, english_url = served("/about/"), served("/en/about/")
    browser.get(thai_url)
    page_width = browser.execute_script("return document.documentElement.clientWidth")
    assert page_width < 400
    assert browser.execute_script("return document.documentElement.scrollWidth") == page_width
    link = browser.find_element(By.CSS_SELECTOR, ".language-switch a[hreflang='en']")
    assert link.is_displayed()
    assert link.rect["x"] >= 0 and link.rect["x"] + link.rect["width"] <= page_width
    assert link.rect["height"] >= 24  # WCAG 2.2 target size (minimum)
    link.click()
    assert browser.current_url == english_url
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    assert browser.find_element(By.TAG_NAME, "h1").text == "About the Social Security Office"
    assert browser.execute_script("return document.documentElement.scrollWidth") == page_width
    browser.find_element(By.CSS_SELECTOR, ".language-switch a[hreflang='th']").click()
    assert browser.current_url == thai_url
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "th"


@pytest.mark.parametrize(
    "title",
    ["พระราชบัญญัติทดสอบการประเมินผู้ใช้ พ.ศ. 2569", "ประกาศ: เรื่อง “การยื่นแบบ” (ฉบับที่ ๒)", "Social Security Act B.E. 2533"],
)
def test_the_admin_slug_script_types_the_address_the_server_would_make(browser, title):
    from core.slugs import page_slug

    browser.get("about:blank")
    browser.execute_script((settings.BASE_DIR / "core" / "static" / "core" / "js" / "thai-slug.js").read_text())
    assert browser.execute_script("return window.ssoPageSlug(arguments[0])", title) == page_slug(title)
