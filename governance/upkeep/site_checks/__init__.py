"""The regular site check (seed §2.1, §3.2): broken internal links, missing documents and images, links to
expired pages, pages past their category's review interval, empty sections in the menus, documents that are not
PDF/A or too large for the public and, when asked, outside links that no longer answer. Each finding becomes a
site issue for the category's checking units; a finding that disappears closes its issue as fixed.

Run by ``python manage.py check_site`` and the daily cron job ``governance.upkeep.jobs.check_site``.
"""

from governance.upkeep.site_checks.runner import CheckSummary, run_site_check

__all__ = ["CheckSummary", "run_site_check"]
