"""The editors' guide's screenshots, taken in Debian's Chromium by `make test`, so they show today's admin.

Each screen is opened by the role the guide page is written for, on the live server, and saved under
docs/guide/screenshots/. A second test checks that the guide and this list name the same pictures.
"""

import re

import pytest
from django.conf import settings

from sso_site.tests.admin_browser import CHROMEDRIVER, CHROMIUM, chromium, sign_in

GUIDE = settings.BASE_DIR / "docs" / "guide"
IMAGES = GUIDE / "screenshots"

# picture name → (who opens it, the admin address). Who: a unit role "<code>:<role>", an office-wide group,
# or "superuser".
SCREENS = {
    "editor-dashboard": ("กม.:editor", "/admin/"),
    "editor-explorer": ("กม.:editor", "page:laws/acts"),
    "editor-new-law": ("กม.:editor", "add:laws/acts:categories/lawpage"),
    "director-dashboard": ("กม.:director", "/admin/"),
    "ssn-requests": ("ศสน.:editor", "/admin/governance/requests/"),
    "ssn-sla-report": ("ศสน.:director", "/admin/governance/sla-report/"),
    "ssn-site-issues": ("ศสน.:editor", "/admin/site-issues/"),
    "it-issue-account": ("สบท. ผู้ดูแลระบบ", "/admin/governance/issue-account/"),
    "it-users": ("สบท. ผู้ดูแลระบบ", "/admin/users/"),
    "auditor-traffic-log": ("ผู้ตรวจสอบบันทึกการจราจรทางคอมพิวเตอร์", "/admin/traffic-log/"),
    "auditor-matrix": ("ลธ.สปส.", "/admin/governance/permission-matrix/"),
}


def _user(who):
    from governance.tests import factories as g

    if who == "superuser":
        return g.UserFactory(is_superuser=True, first_name="ผู้ดูแลระบบ", last_name="(ตัวอย่าง)")
    if ":" in who:
        code, role = who.split(":")
        return g.unit_user(code, role, first_name="เจ้าหน้าที่", last_name=f"{code} (ตัวอย่าง)")
    return g.office_user(who, first_name="เจ้าหน้าที่", last_name="(ตัวอย่าง)")


def _address(where):
    """A fixed address, or one found from the tree: ``page:<category>`` (its explorer listing) or
    ``add:<category>:<app>/<model>`` (the form for a new page of that type under it)."""
    from categories.models import Category

    if not where.startswith(("page:", "add:")):
        return where
    kind, key, *rest = where.split(":")
    page = Category.objects.get(key=key).page
    if kind == "page":
        return f"/admin/pages/{page.pk}/"
    app, model = rest[0].split("/")
    return f"/admin/pages/add/{app}/{model}/{page.pk}/"


@pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER), reason="Debian's chromium and chromium-driver are needed")
def test_the_guide_screenshots_are_taken_from_todays_admin(live_site, tmp_path):
    IMAGES.mkdir(parents=True, exist_ok=True)
    driver = chromium(tmp_path / "profile")
    failures = {}
    try:
        users = {}
        for name, (who, where) in SCREENS.items():
            if who not in users:
                users[who] = _user(who)
            driver.delete_all_cookies()
            sign_in(driver, live_site.url, users[who])
            address = live_site.url + _address(where)
            driver.get(address)
            title = driver.title
            # A refused screen redirects (to the dashboard or the sign-in page) or answers an error page.
            if driver.current_url != address or any(sign in title for sign in ("404", "403", "500", "Server Error")):
                failures[name] = f"{driver.current_url} {title}"
            driver.save_screenshot(str(IMAGES / f"{name}.png"))
    finally:
        driver.quit()
    assert failures == {}


def test_the_guide_shows_exactly_the_pictures_the_browser_takes():
    shown = set()
    for page in GUIDE.glob("*.md"):
        shown |= set(re.findall(r"\]\(screenshots/([\w-]+)\.png\)", page.read_text(encoding="utf-8")))
    assert shown == set(SCREENS)
