import pytest
from wagtail.models import Site

from categories.models import Category
from categories.site_builder import build_site
from categories.taxonomy import load_taxonomy
from governance.workflow.sync import sync_governance


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from what setup_site builds from the real taxonomy file: tree, units, groups,
    page permissions and workflows."""
    with django_db_blocker.unblock():
        taxonomy = load_taxonomy()
        build_site(taxonomy)
        sync_governance(taxonomy)
        _snapshot_the_tree()


@pytest.fixture(autouse=True)
def _empty_cache():
    """The page tree (and so page ids) is shared by every test; cached values must not be."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def taxonomy():
    return load_taxonomy()


@pytest.fixture
def home_page(db):
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def category_page(db):
    """The page of a taxonomy category by its key, e.g. ``category_page("news/press-releases")``."""

    def get(key):
        return Category.objects.get(key=key).page.specific

    return get


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("root", "root@example.invalid", "pw")
    client.force_login(user)
    return client


def _snapshot_the_tree():
    """The built tree as the snapshot Django restores for a serialized-rollback test.

    A live-server test runs outside a transaction and its data is flushed afterwards, tree included; Django
    restores this snapshot at the start of the test (pytest-django runs such tests after all others). Taken right
    after the build, because other transactional tests (the job-lock races) flush the database before."""
    from django.db import connection

    connection._test_serialized_contents = connection.creation.serialize_db_to_string()


@pytest.fixture
def live_site(django_db_serialized_rollback, live_server):
    """A live server over the built tree, for browser tests of the admin (which needs JavaScript and a
    session): the test's data is committed, so the server's thread sees it."""
    return live_server
