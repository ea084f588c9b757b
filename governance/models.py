"""Who may publish what: responsible units, page ownership, the permissions setup_site manages, account
designations, and the workflow tasks whose approvers depend on the page's responsible unit (seed §2.1)."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Task, TaskState

from governance.roles import ROLE_CHOICES


class Unit(models.Model):
    """A unit the measures name, by its code exactly as the seed writes it (e.g. ``กค.``, ``สปส.พท.``)."""

    class Kind(models.TextChoices):
        CENTRE = "centre", _("centre")
        BUREAU = "bureau", _("bureau")
        DIVISION = "division", _("division")
        REGIONAL = "regional", _("provincial or area office")
        EXECUTIVE = "executive", _("executive office")

    code = models.CharField(_("code"), max_length=40, unique=True)
    name_th = models.CharField(_("full name"), max_length=255, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    director = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("director"),
    )

    class Meta:
        ordering = ["code"]
        verbose_name = _("unit")
        verbose_name_plural = _("units")

    def __str__(self):
        return f"{self.code} {self.name_th}".strip()


class PageOwner(models.Model):
    """The unit that wrote a page. Decides who edits and approves it where the matrix says หน่วยงานเจ้าของข้อมูล."""

    page = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, related_name="owner_unit")
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="owned_pages", verbose_name=_("unit"))

    class Meta:
        verbose_name = _("page owner")
        verbose_name_plural = _("page owners")

    def __str__(self):
        return f"{self.page_id} → {self.unit.code}"


class ManagedPagePermission(models.Model):
    """A page permission that setup_site created from the matrix; anything else was added by hand."""

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="+")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    codename = models.CharField(max_length=100)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["group", "page", "codename"], name="unique_managed_page_permission")
        ]


class Designation(models.Model):
    """A publisher a unit's director designated and สบท. gave an account to (seed §2.1(1))."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="designations", verbose_name=_("user")
    )
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="designations", verbose_name=_("unit"))
    role = models.CharField(_("role"), max_length=20, choices=ROLE_CHOICES)
    designated_by = models.CharField(
        _("designated by"), max_length=255, help_text=_("Name and position of the director who designated them.")
    )
    letter_reference = models.CharField(_("reference letter"), max_length=255, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("account issued by"),
    )
    created_at = models.DateTimeField(_("account issued at"), default=timezone.now)
    # The one-time password's hash: while the user's hash still equals it, the password has not been changed.
    initial_password_hash = models.CharField(max_length=255, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("designation")
        verbose_name_plural = _("designations")

    def __str__(self):
        return f"{self.user} ({self.unit.code} {self.get_role_display()})"


class ExtraDayOff(models.Model):
    """A day off that the Thai holiday calendar does not know (e.g. a cabinet bridge day), for the 3-day clock."""

    date = models.DateField(_("date"), unique=True)
    name = models.CharField(_("name"), max_length=200)

    class Meta:
        ordering = ["date"]
        verbose_name = _("extra day off")
        verbose_name_plural = _("extra days off")

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {self.name}"


class UnitApprovalTask(Task):
    """Approval by the page's responsible unit: its director (data role) or its checker (checking role).

    Which unit is responsible comes from the page's category in the matrix, or from the page's owning unit
    where the matrix says หน่วยงานเจ้าของข้อมูล. Nobody approves a revision they wrote or submitted.
    """

    class Stage(models.TextChoices):
        DIRECTOR = "director", _("director of the data unit")
        CHECKER = "checker", _("checking unit")

    stage = models.CharField(_("stage"), max_length=20, choices=Stage.choices, default=Stage.DIRECTOR)

    admin_form_fields = Task.admin_form_fields + ["stage"]

    class Meta:
        verbose_name = _("unit approval task")
        verbose_name_plural = _("unit approval tasks")

    def _can_act(self, obj, user) -> bool:
        from governance.rules import can_approve

        return can_approve(user, obj, self.stage)

    def user_can_access_editor(self, obj, user):
        return self._can_act(obj, user)

    def locked_for_user(self, obj, user):
        return not self._can_act(obj, user)

    def get_actions(self, obj, user):
        if self._can_act(obj, user):
            return [
                ("reject", _("Request changes"), True),
                ("approve", _("Approve"), False),
                ("approve", _("Approve with comment"), True),
            ]
        return []

    def get_task_states_user_can_moderate(self, user, **kwargs):
        from governance.rules import pages_user_can_approve

        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if user.is_superuser:
            return states
        # WorkflowState.object_id is text: compare it with the page ids cast to text, in one sub-query.
        page_ids = pages_user_can_approve(user, self.stage).annotate(id_text=Cast("pk", models.CharField()))
        return states.filter(workflow_state__object_id__in=page_ids.values("id_text"))

    @classmethod
    def get_description(cls):
        return _("The director or checker of the unit responsible for the page approves it")


class SlaClock(models.Model):
    """The 3-day clock of one approval (seed §2.1): started by the approval that allows publication, stopped
    when the page goes live. A scheduled go-live later than the deadline moves the deadline to it."""

    class Source(models.TextChoices):
        REGULAR = "regular", _("regular duty (§2.1(1))")
        INTERNAL = "internal", _("unit without a regular duty (§2.1(2))")
        MINISTRY = "ministry", _("Ministry of Labour agency (§2.2)")
        EXTERNAL = "external", _("outside agency (§2.3)")

    source = models.CharField(_("source"), max_length=20, choices=Source.choices, default=Source.REGULAR)
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, on_delete=models.SET_NULL, related_name="sla_clocks", verbose_name=_("page")
    )
    unit = models.CharField(
        _("unit"), max_length=255, blank=True, help_text=_("Data unit(s) as the matrix names them.")
    )
    category = models.ForeignKey(
        "categories.Category", null=True, blank=True, on_delete=models.SET_NULL, verbose_name=_("category")
    )
    approved_at = models.DateTimeField(_("approved at"))
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("approved by"),
    )  # fmt: skip
    due_at = models.DateTimeField(_("due at"))
    scheduled_go_live_at = models.DateTimeField(_("scheduled go-live"), null=True, blank=True)
    live_at = models.DateTimeField(_("live at"), null=True, blank=True)

    class Meta:
        ordering = ["-approved_at"]
        indexes = [models.Index(fields=["live_at", "due_at"])]
        verbose_name = _("3-day clock")
        verbose_name_plural = _("3-day clocks")

    def __str__(self):
        return f"{self.page} {self.approved_at:%Y-%m-%d}"

    @property
    def on_time(self) -> bool | None:
        """True or False once the page is live; None while the clock runs."""
        return None if self.live_at is None else self.live_at <= self.due_at
