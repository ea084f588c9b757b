"""Driving the admin in Debian's Chromium: a browser signed in as a given user, on the live server."""

import shutil

from django.conf import settings
from django.test import Client

CHROMIUM = shutil.which("chromium")
CHROMEDRIVER = shutil.which("chromedriver")


def chromium(profile_dir, width: int = 1366, height: int = 900):
    """Debian's headless Chromium through its chromedriver (never a downloaded browser)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        f"--window-size={width},{height}",
        f"--user-data-dir={profile_dir}",
        "--lang=th",
    ):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


def sign_in(driver, live_url: str, user) -> None:
    """Give the browser the session of ``user`` signed in (password and, where enforced, second factor are
    tested elsewhere through the real sign-in views)."""
    client = Client()
    client.force_login(user)
    driver.get(live_url + "/admin/login/")
    driver.add_cookie(
        {"name": settings.SESSION_COOKIE_NAME, "value": client.cookies[settings.SESSION_COOKIE_NAME].value, "path": "/"}
    )
