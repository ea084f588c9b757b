"""Admin screens of the traffic log, for the auditor group alone: the records (search and CSV export) and the
legal holds. The act wants the log kept confidential, so superusers are not let in by their status, anyone
else gets a plain 403 (Wagtail's admin would turn PermissionDenied into a redirect home), and every look at the
records is written to Wagtail's audit log. Records and seals can be read here, never changed or deleted.
"""

import csv
from datetime import UTC, timedelta
from functools import wraps
from itertools import islice
from zoneinfo import ZoneInfo

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseBadRequest, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.http import require_POST
from django.views.defaults import permission_denied
from wagtail.log_actions import log

from core.thai_dates import format_thai_date
from governance.access.roles import TRAFFIC_AUDITORS
from governance.access.rules import group_names
from governance.traffic.chain import verify
from governance.traffic.models import LegalHold, TrafficChainHead, TrafficRecord, TrafficSeal

BANGKOK = ZoneInfo("Asia/Bangkok")
PAGE_SIZE = 100
MAX_PATH_FILTER = 200
MAX_USER_ID = 2**31 - 1
LOG_TITLE = "บันทึกการจราจรทางคอมพิวเตอร์"
VIEW, EXPORT, HOLD, LIFT = (
    "sso.traffic_log.view",
    "sso.traffic_log.export",
    "sso.traffic_log.hold",
    "sso.traffic_log.lift",
)
LOG_ACTIONS = (
    (VIEW, "ดูบันทึกการจราจรทางคอมพิวเตอร์", "ดูบันทึกการจราจรทางคอมพิวเตอร์"),
    (EXPORT, "ส่งออกบันทึกการจราจรทางคอมพิวเตอร์", "ส่งออกบันทึกการจราจรทางคอมพิวเตอร์ (CSV)"),
    (HOLD, "สั่งเก็บรักษาบันทึกการจราจรเกินกำหนด", "บันทึกคำสั่งให้เก็บรักษาบันทึกการจราจรเกินกำหนด"),
    (LIFT, "ยกเลิกคำสั่งเก็บรักษาบันทึกการจราจร", "ยกเลิกคำสั่งให้เก็บรักษาบันทึกการจราจร"),
)


def is_traffic_auditor(user) -> bool:
    """Active members of the auditor group only: unlike ``rules.in_any_group``, superusers are not let in."""
    return bool(user.is_authenticated and user.is_active and TRAFFIC_AUDITORS in group_names(user))


def auditors_only(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not is_traffic_auditor(request.user):
            return permission_denied(request, PermissionDenied())
        return view(request, *args, **kwargs)

    return wrapped


class BangkokDateTimeField(forms.DateTimeField):
    """Read as Thai time whatever time zone the admin has activated."""

    def to_python(self, value):
        with timezone.override(BANGKOK):
            return super().to_python(value)


def _datetime_field(label):
    return BangkokDateTimeField(
        label=label, required=False, widget=forms.DateTimeInput(attrs={"type": "datetime-local", "step": "1"})
    )


class TrafficFilterForm(forms.Form):
    start = _datetime_field("ตั้งแต่ (เวลาประเทศไทย)")
    end = _datetime_field("ก่อน (เวลาประเทศไทย ไม่รวมเวลานี้)")
    ip = forms.GenericIPAddressField(label="หมายเลข IP", required=False)
    path = forms.CharField(label="path มีข้อความ", max_length=MAX_PATH_FILTER, required=False)
    user = forms.CharField(label="ผู้ใช้ (ชื่อผู้ใช้หรือหมายเลข)", max_length=150, required=False)

    def clean_user(self):
        """A user name first; otherwise a number, which also finds the records of a user since deleted."""
        value = self.cleaned_data["user"].strip()
        if not value:
            return ""
        self.cleaned_data["user_id"] = _user_id(value)
        return value

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["start"] >= data["end"]:
            raise ValidationError("เวลาเริ่มต้นต้องมาก่อนเวลาสิ้นสุด")
        return data

    def records(self):
        data = self.cleaned_data
        records = TrafficRecord.objects.all()
        if data.get("start"):
            records = records.filter(time__gte=data["start"])
        if data.get("end"):
            records = records.filter(time__lt=data["end"])
        if data.get("ip"):
            records = records.filter(client_ip=data["ip"])
        if data.get("path"):
            records = records.filter(path__contains=data["path"])
        if data.get("user_id") is not None:
            records = records.filter(user_id=data["user_id"])
        return records

    def described(self) -> dict:
        """The filters as the audit log and the export show them."""
        data = self.cleaned_data
        described = {name: data.get(name) or "" for name in ("ip", "path", "user")}
        described.update({name: data[name].isoformat() if data.get(name) else "" for name in ("start", "end")})
        described["user_id"] = data.get("user_id")
        return described


def _user_id(value: str) -> int:
    found = get_user_model().objects.filter(username=value).values_list("pk", flat=True).first()
    if found is not None:
        return found
    if value.isdigit() and int(value) <= MAX_USER_ID:
        return int(value)
    raise ValidationError("ไม่พบผู้ใช้ชื่อนี้")


def _usernames(user_ids) -> dict[int, str]:
    ids = {pk for pk in user_ids if pk is not None}
    if not ids:
        return {}
    return dict(get_user_model().objects.filter(pk__in=ids).values_list("pk", "username"))


def _audit(request, action, data, hold=None):
    """Write to Wagtail's audit log. Its entries are about a model instance: a legal hold, or for the records
    the chain's head (one row)."""
    instance = hold or TrafficChainHead.objects.get_or_create(pk=1)[0]
    log(instance=instance, action=action, user=request.user, title=str(hold) if hold else LOG_TITLE, data=data)


def _milliseconds(moment, tz) -> str:
    """``2025-01-02T10:04:05.123`` in ``tz`` (records keep milliseconds)."""
    local = moment.astimezone(tz)
    return f"{local:%Y-%m-%dT%H:%M:%S}.{local.microsecond // 1000:03d}"


def _thai_time(moment) -> str:
    """``2 ม.ค. 2568 10:04:05.123`` (Buddhist era, Bangkok time)."""
    local = moment.astimezone(BANGKOK)
    return f"{format_thai_date(local.date(), 'short')} {_milliseconds(moment, BANGKOK)[11:]}"


@auditors_only
def traffic_log_view(request):
    """Newest first, a page at a time. No total count: COUNT(*) over months of requests costs more than the page."""
    form = TrafficFilterForm(request.GET)
    records, page, has_next = [], _page_number(request), False
    if form.is_valid():
        offset = (page - 1) * PAGE_SIZE
        records = list(form.records().order_by("-time", "-seq")[offset : offset + PAGE_SIZE + 1])
        has_next = len(records) > PAGE_SIZE
        records = records[:PAGE_SIZE]
        usernames = _usernames(record.user_id for record in records)
        for record in records:
            record.shown_time = _thai_time(record.time)
            record.username = usernames.get(record.user_id, "")
        _audit(request, VIEW, form.described() | {"page": page, "shown": len(records)})
    context = {"title": LOG_TITLE, "form": form, "records": records, "page": page, "has_next": has_next}
    response = TemplateResponse(request, "governance/traffic/list.html", context)
    response["Cache-Control"] = "no-store"
    return response


def _page_number(request) -> int:
    value = request.GET.get("page", "1")
    return max(1, int(value)) if value.isdigit() and len(value) < 8 else 1


class _Echo:
    """csv.writer writes each row here and gets the line back, to stream it."""

    def write(self, value):
        return value


CSV_HEADER = (
    "seq", "เวลา (UTC)", "เวลา (Asia/Bangkok)", "IP", "method", "host", "path", "status", "ขนาด (ไบต์)",
    "ระยะเวลา (ms)", "user agent", "referrer", "user id", "ชื่อผู้ใช้", "prev_hash", "hash",
)  # fmt: skip
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")
CSV_NOTE = "ข้อความที่ขึ้นต้นด้วย = + - @ หรือ ' มีเครื่องหมาย ' นำหน้า ให้ตัดออกหนึ่งตัวก่อนคำนวณแฮช"
VERIFIED = "ผลการตรวจสอบห่วงโซ่แฮช (ทุกบันทึกในช่วงเวลา)"


def _cell(value: str) -> str:
    """Text a spreadsheet would run as a formula (a forged user agent "=HYPERLINK(…)") gets a leading "'".
    Values that start with "'" get one too, so taking off one leading "'" always restores the original."""
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


def _record_row(record, usernames) -> list:
    return [
        record.seq, _milliseconds(record.time, UTC) + "Z", _milliseconds(record.time, BANGKOK) + "+07:00",
        record.client_ip or "", _cell(record.method), _cell(record.host), _cell(record.path), record.status,
        "" if record.response_size is None else record.response_size, record.duration_ms,
        _cell(record.user_agent), _cell(record.referrer), "" if record.user_id is None else record.user_id,
        _cell(usernames.get(record.user_id, "")), record.prev_hash, record.hash,
    ]  # fmt: skip


def _seals_in(start, end):
    seals = TrafficSeal.objects.order_by("day")
    if start is not None:
        seals = seals.filter(day__gte=timezone.localtime(start, BANGKOK).date())
    if end is not None:
        seals = seals.filter(day__lte=timezone.localtime(end - timedelta(microseconds=1), BANGKOK).date())
    return seals


def _csv_lines(form, exported_by: str):
    """The preamble (period, filters, verification, seals), then the records in chain order. The chain is
    verified here rather than in the view, so the download starts at once however long the period."""
    data = form.cleaned_data
    start, end = data.get("start"), data.get("end")
    writer = csv.writer(_Echo())
    yield "\ufeff"  # Excel opens UTF-8 Thai correctly with a BOM
    yield writer.writerow([LOG_TITLE, "ส่งออกเมื่อ", timezone.now().isoformat(), "โดย", exported_by])
    described = form.described()
    yield writer.writerow(["ช่วงเวลา", described["start"] or "ตั้งแต่ต้น", described["end"] or "ถึงปัจจุบัน"])
    yield writer.writerow(["ตัวกรอง", *(f"{name}={_cell(str(described[name]))}" for name in ("ip", "path", "user"))])
    result = verify(start, end)
    if result.ok:
        yield writer.writerow([VERIFIED, "OK", f"ตรวจแล้ว {result.checked} รายการ"])
    else:
        yield writer.writerow([VERIFIED, "พบปัญหา", f"record seq {result.record_seq}", result.problem])
    checked = {seal.pk for seal in result.seals_checked}
    for seal in _seals_in(start, end):
        state = "ลบบันทึกแล้ว" if seal.purged_at else ("ตรวจแล้ว" if seal.pk in checked else "ไม่ได้ตรวจ")
        yield writer.writerow(["ตราประทับรายวัน", seal.day.isoformat(), seal.count, seal.final_hash, state])
    yield writer.writerow(["หมายเหตุ", CSV_NOTE])
    yield writer.writerow([])
    yield writer.writerow(CSV_HEADER)
    records = form.records().order_by("seq").iterator(chunk_size=2000)
    while chunk := list(islice(records, 2000)):
        usernames = _usernames(record.user_id for record in chunk)
        yield "".join(writer.writerow(_record_row(record, usernames)) for record in chunk)


@auditors_only
def traffic_export_view(request):
    form = TrafficFilterForm(request.GET)
    if not form.is_valid():
        return HttpResponseBadRequest("ตัวกรองไม่ถูกต้อง", content_type="text/plain; charset=utf-8")
    _audit(request, EXPORT, form.described())
    response = StreamingHttpResponse(
        _csv_lines(form, request.user.get_username()), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="traffic-log-{timezone.now():%Y%m%d-%H%M%S}.csv"'
    response["Cache-Control"] = "no-store"
    return response


class LegalHoldForm(forms.ModelForm):
    class Meta:
        model = LegalHold
        fields = ["starts_on", "ends_on", "reference", "reason"]
        labels = {
            "starts_on": "เก็บรักษาบันทึกตั้งแต่วันที่",
            "ends_on": "ถึงวันที่",
            "reference": "เลขที่หนังสือ/คำสั่ง",
            "reason": "เหตุผล",
        }
        widgets = {
            "starts_on": forms.DateInput(attrs={"type": "date"}),
            "ends_on": forms.DateInput(attrs={"type": "date"}),
        }

    def clean(self):
        data = super().clean()
        if data.get("starts_on") and data.get("ends_on") and data["ends_on"] < data["starts_on"]:
            raise ValidationError("วันสิ้นสุดต้องไม่ก่อนวันเริ่มต้น")
        return data


@auditors_only
def legal_holds_view(request):
    """Holds are entered and lifted, never edited or deleted: the list is the history of the orders."""
    form = LegalHoldForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        hold = form.save(commit=False)
        hold.created_by = request.user
        hold.save()
        _audit(request, HOLD, {"starts_on": str(hold.starts_on), "ends_on": str(hold.ends_on)}, hold=hold)
        messages.success(request, "บันทึกคำสั่งเก็บรักษาแล้ว")
        return redirect("governance_traffic_holds")
    holds = LegalHold.objects.select_related("created_by").order_by("-created_at")
    context = {"title": "คำสั่งเก็บรักษาบันทึกการจราจรเกินกำหนด", "form": form, "holds": holds}
    return TemplateResponse(request, "governance/traffic/holds.html", context)


@auditors_only
@require_POST
def lift_hold_view(request, pk):
    hold = get_object_or_404(LegalHold, pk=pk)
    if hold.lifted_at is None:
        hold.lifted_at = timezone.now()
        hold.save(update_fields=["lifted_at"])
        _audit(request, LIFT, {"starts_on": str(hold.starts_on), "ends_on": str(hold.ends_on)}, hold=hold)
        messages.success(request, "ยกเลิกคำสั่งเก็บรักษาแล้ว บันทึกของช่วงนี้จะถูกลบเมื่อพ้นระยะเวลาเก็บรักษา")
    return redirect("governance_traffic_holds")
