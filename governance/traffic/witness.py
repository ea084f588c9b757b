"""The daily seals sent out of the system, by e-mail to the traffic auditors.

A database administrator could rewrite records, hashes and seals together; a copy of each seal in the
auditors' mailboxes (outside this system's reach) lets them catch that: the chain must still end each day on
the hash they received.
"""

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from governance.access.roles import TRAFFIC_AUDITORS


def send_seals(seals) -> int:
    """E-mail the new seals to every active auditor with an address; returns the number of recipients."""
    if not seals:
        return 0
    recipients = list(
        get_user_model()
        .objects.filter(is_active=True, groups__name=TRAFFIC_AUDITORS)
        .exclude(email="")
        .values_list("email", flat=True)
        .distinct()
    )
    if not recipients:
        return 0
    records = pgettext("count in the seal e-mail", "records")
    lines = [f"{seal.day:%Y-%m-%d}  {seal.count:>9,} {records}  {seal.final_hash}" for seal in seals]
    body = (
        _("The daily closing hashes of the computer traffic log (day in Thai time, number of records, hash)")
        + "\n\n"
        + "\n".join(lines)
        + "\n\n"
        + _("Keep this e-mail: when checked (traffic_log verify), each day's hash must equal the one in this e-mail.")
        + "\n"
    )
    first, last = f"{seals[0].day:%Y-%m-%d}", f"{seals[-1].day:%Y-%m-%d}"
    if len(seals) > 1:
        subject = _("Traffic log closing hashes %(first)s to %(last)s") % {"first": first, "last": last}
    else:
        subject = _("Traffic log closing hash %(day)s") % {"day": first}
    send_mail(subject, body, None, recipients)
    return len(recipients)
