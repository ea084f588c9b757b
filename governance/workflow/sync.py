"""Workflows created as data from the taxonomy file, and the whole sync that ``setup_site`` runs.

Each category's page gets the workflow its row of the matrix asks for: the data unit's director signs off; then
the checking unit reviews where it differs; material outside the list (``other``) needs the authorised executive
first. Idempotent: a second run changes nothing.
"""

from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import Task, Workflow, WorkflowPage, WorkflowTask

from categories.models import Category
from categories.taxonomy import Taxonomy, TaxonomyNode
from categories.translations import translation_page_ids
from governance.access.roles import EXECUTIVES
from governance.access.sync import (
    SyncReport,
    retire_wagtail_default_groups,
    sync_page_permissions,
    sync_units_and_groups,
)
from governance.workflow.models import ExecutiveApprovalTask, UnitApprovalTask

DIRECTOR_TASK = "ผอ. หน่วยงานด้านข้อมูลอนุมัติ"
CHECKER_TASK = "หน่วยงานตรวจสอบทบทวน"
EXECUTIVE_TASK = "ผู้บริหารที่ได้รับมอบอำนาจเห็นชอบ"
WORKFLOW_DIRECTOR = "อนุมัติโดย ผอ. หน่วยงานด้านข้อมูล"
WORKFLOW_DIRECTOR_CHECKER = "อนุมัติโดย ผอ. แล้วตรวจสอบโดยหน่วยงานตรวจสอบ"
WORKFLOW_OUTSIDE_LIST = "เนื้อหานอกรายการ: ผู้บริหารที่ได้รับมอบอำนาจเห็นชอบก่อน"


def _workflow(name: str, tasks: list) -> Workflow:
    workflow, _ = Workflow.objects.get_or_create(name=name, defaults={"active": True})
    current = list(workflow.workflow_tasks.order_by("sort_order").values_list("task_id", flat=True))
    if current != [task.pk for task in tasks]:
        workflow.workflow_tasks.all().delete()
        for order, task in enumerate(tasks):
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
    return workflow


def _workflow_for(node: TaxonomyNode, workflows) -> Workflow | None:
    if node.workflow == "outside_list":
        return workflows["outside_list"]
    if not node.effective_units:
        return None
    checking = set(node.unit_codes("checking"))
    return workflows["director"] if checking <= set(node.unit_codes("data")) else workflows["director_checker"]


def sync_workflows(taxonomy: Taxonomy, report: SyncReport) -> None:
    director, _ = UnitApprovalTask.objects.get_or_create(name=DIRECTOR_TASK, defaults={"stage": "director"})
    checker, _ = UnitApprovalTask.objects.get_or_create(name=CHECKER_TASK, defaults={"stage": "checker"})
    executive, created = ExecutiveApprovalTask.objects.get_or_create(name=EXECUTIVE_TASK)
    if created:
        executive.groups.set([Group.objects.get(name=EXECUTIVES)])
    workflows = {
        "director": _workflow(WORKFLOW_DIRECTOR, [director]),
        "director_checker": _workflow(WORKFLOW_DIRECTOR_CHECKER, [director, checker]),
        "outside_list": _workflow(WORKFLOW_OUTSIDE_LIST, [executive, director]),
    }
    pages = dict(Category.objects.exclude(page=None).values_list("key", "page_id"))
    translations = translation_page_ids()
    for node in taxonomy.walk():
        workflow = _workflow_for(node, workflows)
        if workflow is None or node.key not in pages:
            continue
        # The category's page and its translations: an English page is approved as its Thai source is.
        for page_id in translations.get(pages[node.key], [pages[node.key]]):
            _, changed = WorkflowPage.objects.update_or_create(page_id=page_id, defaults={"workflow": workflow})
            report.workflows_assigned += int(changed)


WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"


def retire_wagtail_default_workflow(report: SyncReport) -> None:
    """Wagtail's own "Moderators approval" workflow on the root page would let its group approve everything."""
    default_workflow = Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW, active=True).first()
    if default_workflow is not None:
        WorkflowPage.objects.filter(workflow=default_workflow).delete()
        default_workflow.active = False
        default_workflow.save(update_fields=["active"])
        report.defaults_retired.append(f"workflow '{WAGTAIL_DEFAULT_WORKFLOW}'")
    # Its task of the same name would still be listed among the tasks an administrator may add to a workflow.
    default_task = Task.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW, active=True).first()
    if default_task is not None:
        default_task.deactivate()
        report.defaults_retired.append(f"task '{WAGTAIL_DEFAULT_WORKFLOW}'")


@transaction.atomic
def sync_governance(taxonomy: Taxonomy) -> SyncReport:
    report = SyncReport()
    retire_wagtail_default_groups(report)
    retire_wagtail_default_workflow(report)
    units = sync_units_and_groups(taxonomy, report)
    sync_page_permissions(taxonomy, units, report)
    sync_workflows(taxonomy, report)
    return report
