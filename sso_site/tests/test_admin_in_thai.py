"""Every admin screen that an editor, a director, a checker, an account administrator (สบท.) and a ศสน. officer
reach speaks Thai: a crawl from the dashboard as each of them, following the menu and every admin link, fails on
an English word a person would read, outside a short allow-list of names and codes.

The crawl visits each *kind* of address once (digits folded), skips downloads and sign-out, and does not submit
forms. Abbreviations in capitals (PDF, URL, MB, TOR) are codes, not English to translate.
"""

import re
from collections import defaultdict
from urllib.parse import urlsplit

import pytest

from sso_site.tests.admin_text import english_words

pytestmark = pytest.mark.django_db

# Names and codes a Thai civil servant reads as they are (fewer than 30: the bar).
ALLOWED = {
    "English",  # the language choice on the account page, named in its own language
    "Google",  # Google Authenticator, the app the sign-in guide names
    "Microsoft",
    "Authenticator",
    "LINE",  # the office's LINE official account
    "Connect",  # the SSO Connect app
    "Excel",  # the download format as staff call it
    "Word",
    "PowerPoint",
    "e-Service",
}
CODE = re.compile(r"^[A-Z0-9]{2,6}s?$")
ROLES = {
    "legal-editor": "กม.:editor",
    "legal-director": "กม.:director",
    "central-checker": "ศสน.:checker",
    "central-editor": "ศสน.:editor",
    "account-administrator": "สบท. ผู้ดูแลระบบ",
}
ADMIN_LINK = re.compile(r'(?:href="|"url": ?")(/admin/[^"#]*)"')
NOT_VISITED = re.compile(
    r"logout|/sign-in/|\.(?:csv|xlsx|pdf|zip|png)\b|export=|/download|/letter/|/attachments/|/form/$|"
    r"/preview|/bulk/|/jsi18n/|/sprite|/api/|/chooser/|/autocomplete/|[?&]p=\d|/usage/"
)
MAX_KINDS = 300


def _kind(url):
    return re.sub(r"\d+", "N", urlsplit(url).path)


def new_page_forms() -> list[str]:
    """The add form of every page type, under a page of the tree that may hold it (the crawl folds page ids, so
    it would otherwise see one page type's form)."""
    from wagtail.models import Page, get_page_models

    forms = []
    for model in get_page_models():
        if model is Page or not model.is_creatable:
            continue
        parents = [parent._meta.label_lower for parent in model.allowed_parent_page_models()]
        parent = Page.objects.filter(
            content_type__app_label__in=[label.split(".")[0] for label in parents],
            content_type__model__in=[label.split(".")[1] for label in parents],
        ).first()
        if parent is not None:
            forms.append(f"/admin/pages/add/{model._meta.app_label}/{model._meta.model_name}/{parent.pk}/")
    return forms


def crawl_for_english(client) -> tuple[dict[str, set[str]], int]:
    """English words found → the kinds of address showing them, and how many kinds were visited."""
    queue, visited, found = ["/admin/", *new_page_forms()], set(), defaultdict(set)
    while queue and len(visited) < MAX_KINDS:
        url = queue.pop(0).replace("&amp;", "&")
        if _kind(url) in visited or NOT_VISITED.search(url):
            continue
        visited.add(_kind(url))
        response = client.get(url)
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            continue
        html = response.content.decode()
        for word, line in english_words(html).items():
            if word not in ALLOWED and not CODE.match(word):
                found[f"{word} «{line[:80]}»"].add(_kind(url))
        queue.extend(ADMIN_LINK.findall(html))
    return found, len(visited)


@pytest.fixture
def work_in_progress(category_page):
    """Something on every screen: a draft law, a publication request, a site issue."""
    from categories.tests.factories import LawPageFactory
    from governance.tests.factories import PublicationRequestFactory

    law = LawPageFactory(parent=category_page("laws/acts"), live=False)
    PublicationRequestFactory()
    return law


@pytest.mark.parametrize("who", ROLES.values(), ids=ROLES.keys())
def test_every_admin_screen_a_role_reaches_is_in_thai(client, who, work_in_progress):
    from governance.tests import factories as g

    user = g.unit_user(*who.split(":")) if ":" in who else g.office_user(who)
    client.force_login(user)
    found, visited = crawl_for_english(client)
    assert visited > 10
    assert not found, "English on the admin screens:\n" + "\n".join(
        f"{word}: {', '.join(sorted(kinds)[:3])}" for word, kinds in sorted(found.items())
    )


def test_the_allow_list_stays_short():
    assert len(ALLOWED) < 30
