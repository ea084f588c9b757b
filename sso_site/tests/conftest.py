import pytest

from categories.tests.factories import LawPageFactory


@pytest.fixture
def live_law(category_page):
    """A live act under laws/acts (data unit กม.), for the public problem-report form."""
    page = LawPageFactory(parent=category_page("laws/acts"), title="พระราชบัญญัติประกันสังคม")
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)
