"""Links to the office's online services from text: the hero's "e-Service" becomes a link to the e-Service."""

import re

from django import template
from django.template.loader import render_to_string
from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.models import Site

from home.models import OnlineServices

register = template.Library()


@register.filter(needs_autoescape=False)
def link_services(text, setting=None):
    """Plain ``text`` escaped, line breaks kept, and the first mention of each online service's name (as in
    "ทางระบบ e-Service") made a link to the service, marked as leaving the site."""
    html = escape(text or "").replace("\n", "<br>")
    if setting is None:
        site = Site.objects.filter(is_default_site=True).first()
        setting = OnlineServices.for_site(site) if site else None
    if setting is None:
        return mark_safe(html)  # noqa: S308 - text escaped above
    for service in setting.services.all():
        name = escape(service.name)
        pattern = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")
        link = render_to_string("home/includes/external_link.html", {"url": service.url, "text": service.name})
        html = pattern.sub(lambda _match, link=link: link.strip(), html, count=1)
    return mark_safe(html)  # noqa: S308 - text escaped, links rendered by an autoescaped template
