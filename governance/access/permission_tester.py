"""Wagtail's page permission tester plus the owning-unit rule, used for every page type of the site.

Wagtail's page permissions come from the matrix (governance.access.sync). Where the seed says หน่วยงานเจ้าของข้อมูล,
every unit holds them over the whole category, so every action on an existing page (edit, delete, move,
unpublish, unschedule, lock, read revisions; in single and bulk views alike) also needs the owning-unit rule.
Putting it in the tester, rather than in one hook per view, covers the views Wagtail adds later too.

Taking live content offline is publishing too (seed §2.1: nobody publishes alone). Unpublishing, deleting a live
page, and setting privacy (a password or login) over live pages are therefore refused to everyone but superusers;
a unit takes a page offline by setting its expiry date and submitting it, so that the approvals take it down.
"""

from functools import cached_property

from wagtail.models import PagePermissionTester

from governance.access.rules import can_edit


class UnitPagePermissionTester(PagePermissionTester):
    @cached_property
    def _unit_allows(self) -> bool:
        return self.user.is_superuser or can_edit(self.user, self.page)

    def can_edit(self):
        return super().can_edit() and self._unit_allows

    @cached_property
    def _live_in_subtree(self) -> bool:
        """A page without children (``numchild``) needs no query: the explorer asks this of each of its 50 rows
        twice (delete, privacy), 4 of its 5.4 s at 100,000 pages (bench/scale.py)."""
        if self.page.live:
            return True
        return self.page.numchild > 0 and self.page.get_descendants().live().exists()

    def can_delete(self, ignore_bulk=False):
        # The live-content rule first: it answers a live page without a query, where Wagtail's own check and the
        # unit rule cost a query or two (for each of the explorer's 50 rows).
        if not self.user.is_superuser and self._live_in_subtree:
            return False
        return super().can_delete(ignore_bulk) and self._unit_allows

    def can_unpublish(self):
        return super().can_unpublish() and self.user.is_superuser

    def can_set_view_restrictions(self):
        return super().can_set_view_restrictions() and (self.user.is_superuser or not self._live_in_subtree)

    def can_publish(self):
        return super().can_publish() and self._unit_allows

    def can_submit_for_moderation(self):
        return super().can_submit_for_moderation() and self._unit_allows

    def can_unschedule(self):
        return super().can_unschedule() and self._unit_allows

    def can_lock(self):
        return super().can_lock() and self._unit_allows

    def can_unlock(self):
        return super().can_unlock() and self._unit_allows

    def can_move(self):
        return super().can_move() and self._unit_allows

    def can_move_to(self, destination):
        return super().can_move_to(destination) and self._unit_allows

    def can_view_revisions(self):
        return super().can_view_revisions() and self._unit_allows
