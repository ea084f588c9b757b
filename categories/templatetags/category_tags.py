"""Template tags of the public layout that read category pages: the footer's policy links."""

from django import template

from categories.models.policies import PolicyPage

register = template.Library()


@register.simple_tag
def policy_pages():
    """The live policy pages, privacy first: the footer lists them, so publishing one is all it takes."""
    return PolicyPage.footer_pages()
