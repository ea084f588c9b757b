"""Demo procurement, read from ``data/demo/procurement.yaml``: a few projects followed from the annual plan to
the contract, central and regional, each telling one of the file's stories (complete, bidding, hearing,
cancelled) with dates counted from today, so the demo always looks current.

``read_procurement`` reads and checks the whole file (wording, dates, stories) before anything is written;
``ProcurementDemo`` then creates what is missing. Idempotent like the rest of the demo: projects are found by
e-GP number, notices by slug under their parent, and a notice's number is counted in creation order so a second
run numbers alike. Every notice is published through a revision, so the publish signal moves its project's status.
"""

import datetime
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from string import Formatter

from django.db import transaction

from core.thai_dates import format_thai_date, format_thai_datetime
from demo.datafiles import (
    Where,
    date_bases,
    integer,
    mapping,
    parse_date,
    parse_datetime,
    read,
    sequence,
    text,
    texts,
)
from demo.library import document_spec
from demo.spec import DocumentSpec, paragraph
from governance.access.models import Unit
from procurement import models as m
from procurement.models import Method, fiscal_year_be

PROCUREMENT_FILE = "procurement.yaml"
CENTRAL = "central"  # the head office in the file's unit lists
CENTRAL_UNIT = "กค."

# The words a project's templates may use; a notice adds its own (NOTICE_WORDS).
PROJECT_WORDS = (
    "project",
    "issuer",
    "method",
    "fiscal_year",
    "egp_number",
    "slug",
    "province",
    "signer",
    "reference_price",
    "budget",
    "delivery_days",
)
NOTICE_WORDS = {
    "reference_price": (),
    "draft_tor": ("opens", "closes"),
    "invitation": ("opens", "closes"),
    "qualified_bidders": (),
    "winner": (),
    "contract": ("contract_prefix", "number", "contract_number"),
    "extension": ("old_close", "new_close"),
    "cancellation": (),
}
# The fields of each notice's wording: required, then optional.
NOTICE_FIELDS = {
    "reference_price": (("title", "committee", "body"), ()),
    "draft_tor": (("title", "comment_channel", "body", "attachment", "document"), ()),
    "invitation": (("title", "documents_from", "body", "attachment", "document"), ()),
    "qualified_bidders": (("title",), ()),
    "winner": (("title", "selection_reason"), ()),
    "contract": (("contract_number", "title"), ()),
    "extension": (("title", "what_changed", "reason"), ()),
    "cancellation": (("title", "what_changed", "reason"), ()),
}
# A story's steps: the notice named by the step's first key (its date, with a time for an invitation), and the
# step's other dates (True: with a time).
STEPS = {
    "reference_price": (False, {"price_set": False}),
    "draft_tor": (False, {"comments_until": False}),
    "invitation": (True, {"bids_close": True}),
    "qualified_bidders": (False, {}),
    "winner": (False, {}),
    "contract": (False, {}),
    "extension": (False, {"bids_close": True}),
    "cancellation": (False, {}),
}
NEEDS_BIDS = ("qualified_bidders", "winner", "contract")
NEEDS_INVITATION = ("extension", "cancellation")


def _money(value) -> str:
    return f"{Decimal(value):,.2f}"


def _amount_text(value, where: Where) -> str:
    """A baht amount as written (``1690000.00``, ``1,690,000``) in the form the records keep: ``1690000.00``."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise where.error(f"expected an amount in baht, found {value!r}")
    try:
        amount = Decimal(str(value).replace(",", ""))
    except InvalidOperation:
        raise where.error(f"expected an amount in baht, found {value!r}") from None
    if amount < 0 or amount.as_tuple().exponent < -2:
        raise where.error(f"expected an amount in baht with at most two decimals, found {value!r}")
    return f"{amount:.2f}"


def _template(value, where: Where, words) -> str:
    """Text whose ``{word}`` placeholders are all among ``words``."""
    value = text(value, where, allow_empty=False)
    try:
        fields = [(name, spec, conversion) for _literal, name, spec, conversion in Formatter().parse(value)]
    except ValueError as exc:
        raise where.error(f"unbalanced braces ({exc}); write {{{{ and }}}} for a brace itself") from None
    for name, spec, conversion in fields:
        if name is not None and (name not in words or spec or conversion):
            allowed = ", ".join(f"{{{word}}}" for word in words)
            raise where.error(f"unknown word {{{name}}} (this text may use {allowed or 'none'})")
    return value


def _templates(raw: dict, where: Where, words) -> dict:
    return {key: _template(value, where / key, words) for key, value in raw.items()}


# The file, read ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bid:
    name: str
    tax_id: str
    price: str


@dataclass(frozen=True)
class CostLine:
    item: str
    quantity: str
    unit: str
    unit_price: str


@dataclass(frozen=True)
class Step:
    """One notice of a project's story: its kind, its date (``on``) and its further dates by name."""

    notice: str
    on: datetime.date
    dates: dict


@dataclass(frozen=True)
class DemoProject:
    """A purchase of the demo. ``bids`` are in the order received; the lowest wins."""

    slug: str
    egp_suffix: str
    title: str  # may name the fiscal year as {fiscal_year}
    method: str
    budget: str
    cost_lines: tuple[CostLine, ...]
    scope: tuple[str, ...]
    bids: tuple[Bid, ...]
    delivery_days: int
    story: tuple[Step, ...]
    province: str = ""

    @staticmethod
    def amount(quantity, unit_price) -> Decimal:
        return (Decimal(quantity) * Decimal(unit_price)).quantize(Decimal("0.01"), ROUND_HALF_UP)

    @property
    def reference_price(self) -> Decimal:
        """The sum of the cost table, as the reference price notice must show it."""
        return sum((self.amount(line.quantity, line.unit_price) for line in self.cost_lines), Decimal("0"))

    @property
    def winner(self) -> Bid:
        return min(self.bids, key=lambda bid: Decimal(bid.price))


@dataclass(frozen=True)
class DemoProcurement:
    units: dict  # "central"/"regional" -> {issuer, signer, contract_prefix} templates of {province}
    methods: dict
    projects: tuple[DemoProject, ...]
    notices: dict  # notice kind -> its wording (templates; a PDF as its raw content)
    plans: dict
    monthly_summaries: dict
    auction: dict


def _bid(raw, where: Where) -> Bid:
    raw = mapping(raw, where, required=("name", "tax_id", "price"))
    tax_id = text(raw["tax_id"], where / "tax_id")
    if not (len(tax_id) == 13 and tax_id.isdigit()):
        raise (where / "tax_id").error(f'expected 13 digits in quotes, e.g. "0105558123451", found {tax_id!r}')
    return Bid(text(raw["name"], where / "name", allow_empty=False), tax_id, _amount_text(raw["price"], where))


def _cost_line(raw, where: Where) -> CostLine:
    raw = mapping(raw, where, required=("item", "quantity", "unit", "unit_price"))
    quantity = integer(raw["quantity"], where / "quantity")
    return CostLine(
        item=text(raw["item"], where / "item", allow_empty=False),
        quantity=str(quantity),
        unit=text(raw["unit"], where / "unit", allow_empty=False),
        unit_price=_amount_text(raw["unit_price"], where / "unit_price"),
    )


def _story(raw, where: Where, bases: dict, has_bids: bool) -> tuple[Step, ...]:
    steps = []
    for number, step in enumerate(sequence(raw, where), start=1):
        here = where / f"#{number}"
        step = mapping(step, here)
        notice = next(iter(step), None)
        if notice not in STEPS:
            raise here.error(f"a step starts with its notice: one of {', '.join(STEPS)} (found {notice!r})")
        with_time, further = STEPS[notice]
        mapping(step, here, required=(notice, *further))
        if notice in NEEDS_BIDS and not has_bids:
            raise here.error(f"a project without bids cannot have a {notice} notice")
        if notice in NEEDS_INVITATION and not any(s.notice == "invitation" for s in steps):
            raise here.error(f"a {notice} needs an invitation earlier in the story")

        def when(key, timed, here=here, step=step):
            read_date = parse_datetime if timed else parse_date
            return read_date(step[key], here / key, bases)

        steps.append(Step(notice, when(notice, with_time), {key: when(key, t) for key, t in further.items()}))
    return tuple(steps)


def _project(raw, where: Where, today, methods: dict, stories: dict) -> DemoProject:
    raw = mapping(
        raw,
        where,
        required=("slug", "egp_suffix", "title", "method", "budget", "cost_lines", "scope", "delivery_days", "story"),
        optional=("province", "bids", "signed"),
    )
    egp_suffix = text(raw["egp_suffix"], where / "egp_suffix")
    if not (len(egp_suffix) == 9 and egp_suffix.isdigit()):
        raise (where / "egp_suffix").error(f'expected nine digits in quotes, e.g. "089041275", found {egp_suffix!r}')
    if raw["method"] not in methods:
        raise (where / "method").error(f"expected one of {', '.join(methods)} (see `methods`), found {raw['method']!r}")
    if raw["story"] not in stories:
        raise (where / "story").error(f"expected one of {', '.join(stories)} (see `stories`), found {raw['story']!r}")
    bases = date_bases(today)
    if "signed" in raw:
        bases["signed"] = parse_date(raw["signed"], where / "signed", bases)
    elif "signed" in str(stories[raw["story"]]):
        raise where.error(f"the story '{raw['story']}' counts from 'signed': give the project a 'signed' date")
    bids = tuple(_bid(bid, where / "bids" / f"#{n}") for n, bid in enumerate(sequence(raw.get("bids", []), where), 1))
    lines = sequence(raw["cost_lines"], where / "cost_lines")
    if not lines:
        raise (where / "cost_lines").error("a project needs at least one cost line")
    return DemoProject(
        slug=text(raw["slug"], where / "slug", allow_empty=False),
        egp_suffix=egp_suffix,
        title=_template(raw["title"], where / "title", ("fiscal_year",)),
        method=raw["method"],
        budget=_amount_text(raw["budget"], where / "budget"),
        cost_lines=tuple(_cost_line(line, where / "cost_lines" / f"#{n}") for n, line in enumerate(lines, 1)),
        scope=tuple(texts(raw["scope"], where / "scope")),
        bids=bids,
        delivery_days=integer(raw["delivery_days"], where / "delivery_days"),
        story=_story(stories[raw["story"]], Where(where.file, ("stories", raw["story"])), bases, bool(bids)),
        province=text(raw.get("province", ""), where / "province"),
    )


def _substitute(raw, values: dict, scope=(), cost_lines=()):
    """A PDF's raw content with its words filled in, ``"{scope}"`` as the scope list and ``cost_table`` as the table."""
    if isinstance(raw, str):
        return list(scope) if raw == "{scope}" else raw.format_map(values)
    if isinstance(raw, list):
        return [_substitute(item, values, scope, cost_lines) for item in raw]
    if isinstance(raw, dict) and "cost_table" in raw:
        amounts = [DemoProject.amount(line.quantity, line.unit_price) for line in cost_lines]
        rows = [
            [line.item, line.quantity, line.unit, _money(line.unit_price), _money(amount)]
            for line, amount in zip(cost_lines, amounts, strict=True)
        ]
        head = [_substitute(heading, values) for heading in raw["cost_table"]]
        total = [_substitute(raw["total"], values), "", "", "", _money(sum(amounts, Decimal("0")))]
        return {"table": [head, *rows, total]}
    if isinstance(raw, dict):
        return {key: _substitute(value, values, scope, cost_lines) for key, value in raw.items()}
    return raw


def _check_pdf(raw, where: Where, words) -> dict:
    """The raw PDF wording, checked: its words, its blocks (``document_spec`` reads a sample of it)."""

    def check(value, here):
        if isinstance(value, str):
            if value != "{scope}":
                _template(value, here, words)
        elif isinstance(value, list):
            for n, item in enumerate(value, 1):
                check(item, here / f"#{n}")
        elif isinstance(value, dict):
            if "cost_table" in value:
                mapping(value, here, required=("cost_table", "total"))
                texts(value["cost_table"], here / "cost_table")
            for key, item in value.items():
                check(item, here / key)

    raw = mapping(raw, where)
    check(raw, where)
    sample = CostLine("item", "1", "unit", "1.00")
    document_spec(_substitute(raw, dict.fromkeys(words, "x"), ("x",), (sample,)), where)
    return raw


def _notices(raw, where: Where) -> dict:
    raw = mapping(raw, where, required=tuple(NOTICE_FIELDS))
    notices = {}
    for kind, (required, optional) in NOTICE_FIELDS.items():
        here = where / kind
        wording = mapping(raw[kind], here, required=required, optional=optional)
        words = (*PROJECT_WORDS, *NOTICE_WORDS[kind])
        notices[kind] = {
            key: _check_pdf(value, here / key, words) if key == "document" else _wording(value, here / key, words)
            for key, value in wording.items()
        }
    return notices


def _wording(value, where: Where, words):
    """A text template, or a list of them (the paragraphs of a body)."""
    if isinstance(value, list):
        return [_template(item, where / f"#{n}", words) for n, item in enumerate(value, 1)]
    return _template(value, where, words)


def _unit_list(raw, where: Where) -> list[str]:
    return [CENTRAL if name == CENTRAL else name for name in texts(raw, where)]


def read_procurement(today: datetime.date, directory: Path | None = None) -> DemoProcurement:
    """The whole of ``procurement.yaml``, checked, with its dates counted from ``today``."""
    data, where = read(PROCUREMENT_FILE, directory)
    data = mapping(
        data,
        where,
        required=("units", "methods", "projects", "stories", "notices", "plans", "monthly_summaries", "auction"),
    )
    units = mapping(data["units"], where / "units", required=(CENTRAL, "regional"))
    units = {
        kind: _templates(
            mapping(units[kind], where / "units" / kind, required=("issuer", "signer", "contract_prefix")),
            where / "units" / kind,
            ("province",),
        )
        for kind in (CENTRAL, "regional")
    }
    methods = mapping(data["methods"], where / "methods")
    for method, phrase in methods.items():
        if method not in Method.values:
            raise (where / "methods" / method).error(f"expected one of {', '.join(Method.values)}")
        text(phrase, where / "methods" / method, allow_empty=False)
    stories = mapping(data["stories"], where / "stories")
    projects = tuple(
        _project(
            raw,
            where / "projects" / (raw.get("slug", f"#{n}") if isinstance(raw, dict) else f"#{n}"),
            today,
            methods,
            stories,
        )
        for n, raw in enumerate(sequence(data["projects"], where / "projects"), 1)
    )
    bases = date_bases(today)
    plans_where, summaries_where, auction_where = where / "plans", where / "monthly_summaries", where / "auction"
    plans = mapping(data["plans"], plans_where, required=("units", "announced", "title", "body"))
    summaries = mapping(data["monthly_summaries"], summaries_where, required=("units", "announced", "title"))
    auction = mapping(
        data["auction"],
        auction_where,
        required=("title", "announced", "auction_at", "place", "viewing_from", "viewing_until", "viewing", "lots"),
    )
    return DemoProcurement(
        units=units,
        methods=methods,
        projects=projects,
        notices=_notices(data["notices"], where / "notices"),
        plans={
            "units": _unit_list(plans["units"], plans_where / "units"),
            "announced": parse_date(plans["announced"], plans_where / "announced", bases),
            "title": _template(plans["title"], plans_where / "title", ("issuer", "fiscal_year")),
            "body": _template(plans["body"], plans_where / "body", ("issuer", "fiscal_year")),
        },
        monthly_summaries={
            "units": _unit_list(summaries["units"], summaries_where / "units"),
            "announced": parse_date(summaries["announced"], summaries_where / "announced", bases),
            "title": _template(summaries["title"], summaries_where / "title", ("month",)),
        },
        auction={
            "title": _template(auction["title"], auction_where / "title", ("fiscal_year",)),
            "announced": parse_date(auction["announced"], auction_where / "announced", bases),
            "auction_at": parse_datetime(auction["auction_at"], auction_where / "auction_at", bases),
            "place": text(auction["place"], auction_where / "place", allow_empty=False),
            "viewing_from": parse_date(auction["viewing_from"], auction_where / "viewing_from", bases),
            "viewing_until": parse_date(auction["viewing_until"], auction_where / "viewing_until", bases),
            "viewing": _template(auction["viewing"], auction_where / "viewing", ("viewing_from", "viewing_until")),
            "lots": [
                _lot(lot, auction_where / "lots" / f"#{n}")
                for n, lot in enumerate(sequence(auction["lots"], auction_where / "lots"), 1)
            ],
        },
    )


def _lot(raw, where: Where) -> dict:
    raw = mapping(raw, where, required=("description", "quantity", "unit", "starting_price"))
    return {
        "description": text(raw["description"], where / "description", allow_empty=False),
        "quantity": integer(raw["quantity"], where / "quantity"),
        "unit": text(raw["unit"], where / "unit", allow_empty=False),
        "starting_price": _amount_text(raw["starting_price"], where / "starting_price"),
    }


# Loading --------------------------------------------------------------------------------------------------


class ProcurementDemo:
    """Creates what is missing, counting the pages it creates."""

    def __init__(self, loader, today: datetime.date, data: DemoProcurement):
        self.loader = loader
        self.today = today
        self.data = data
        self.fy = fiscal_year_be(today)
        self.last_month = date_bases(today)["last month"]
        self.created = 0
        self._numbers: dict[tuple[str, str], int] = {}

    # Finding and creating ------------------------------------------------------------------------------

    def unit(self, province: str = "") -> Unit:
        if province:
            return Unit.objects.get(province=province, parent__isnull=False)
        return Unit.objects.get(code=CENTRAL_UNIT)

    def unit_words(self, province: str = "") -> dict:
        """The issuer, signer and contract prefix of the head office, or of the office of ``province``."""
        templates = self.data.units["regional" if province else CENTRAL]
        return {key: value.format(province=province) for key, value in templates.items()}

    def project(self, spec: DemoProject) -> m.ProcurementProject:
        project, _created = m.ProcurementProject.objects.get_or_create(
            egp_number=f"{self.fy % 100:02d}{spec.egp_suffix}",
            defaults={
                "title": spec.title.format(fiscal_year=self.fy),
                "unit": self.unit(spec.province),
                "fiscal_year": self.fy,
                "budget": Decimal(spec.budget),
                "method": spec.method,
            },
        )
        return project

    def words(self, spec: DemoProject, project) -> dict:
        """What the braces of a project's notices stand for."""
        unit = self.unit_words(spec.province)
        return {
            "project": project.title,
            "issuer": unit["issuer"],
            "signer": unit["signer"],
            "contract_prefix": unit["contract_prefix"],
            "method": self.data.methods[spec.method],
            "fiscal_year": self.fy,
            "egp_number": project.egp_number,
            "slug": spec.slug,
            "province": spec.province,
            "reference_price": _money(spec.reference_price),
            "budget": _money(spec.budget),
            "delivery_days": spec.delivery_days,
        }

    def number(self, unit: Unit, series: str = "notice") -> str:
        """The unit's next number in a series (``12/2570``), in creation order so a second run numbers alike."""
        key = (unit.code, series)
        self._numbers[key] = self._numbers.get(key, 10) + 1
        return f"{self._numbers[key]}/{self.fy}"

    def add(self, model, unit: Unit, slug: str, **fields):
        """The published notice ``slug`` under its parent: the existing one, or a new one."""
        parent = m.notice_parent(unit, model.NOTICE_KIND)
        if "notice_number" not in fields:
            fields["notice_number"] = self.number(unit)
        existing = parent.get_children().filter(slug=slug).first()
        if existing is not None:
            return existing.specific
        page = model(slug=slug, **fields)
        if not fields.get("project"):
            page.unit = unit
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1
        return page

    def attachment(self, raw_pdf: dict, words: dict, spec: DemoProject, label: str) -> list:
        pdf: DocumentSpec = document_spec(_substitute(raw_pdf, words, spec.scope, spec.cost_lines), Where("-"))
        document = self.loader.document_for(pdf)
        return [{"type": "attachment", "value": {"document": document.pk, "label": label}}]

    @staticmethod
    def body(wording, words: dict) -> list:
        """A body of one paragraph block holding the wording's paragraphs."""
        paragraphs = wording if isinstance(wording, list) else [wording]
        return [paragraph(*(item.format_map(words) for item in paragraphs))]

    # Notices of a project ------------------------------------------------------------------------------

    def reference_price(self, spec, project, words, step, _invitation):
        wording = self.data.notices["reference_price"]
        lines = [
            {
                "type": "line",
                "value": {"item": c.item, "quantity": c.quantity, "unit": c.unit, "unit_price": c.unit_price},
            }
            for c in spec.cost_lines
        ]
        return self.add(
            m.ReferencePriceNoticePage,
            project.unit,
            f"{spec.slug}-reference-price-{self.fy}",
            title=wording["title"].format_map(words),
            project=project,
            announced_on=step.on,
            reference_price=spec.reference_price,
            price_set_on=step.dates["price_set"],
            committee=wording["committee"].format_map(words),
            cost_lines=lines,
            body=self.body(wording["body"], words),
        )

    def draft_tor(self, spec, project, words, step, _invitation):
        wording = self.data.notices["draft_tor"]
        opens, closes = step.on, step.dates["comments_until"]
        words = {**words, "opens": format_thai_date(opens), "closes": format_thai_date(closes)}
        return self.add(
            m.DraftTorNoticePage,
            project.unit,
            f"{spec.slug}-draft-tor-{self.fy}",
            title=wording["title"].format_map(words),
            project=project,
            announced_on=opens,
            hearing_starts=opens,
            hearing_ends=closes,
            comment_channel=wording["comment_channel"].format_map(words),
            body=self.body(wording["body"], words),
            attachments=self.attachment(wording["document"], words, spec, wording["attachment"].format_map(words)),
        )

    def invitation(self, spec, project, words, step, _invitation):
        wording = self.data.notices["invitation"]
        opens, closes = step.on, step.dates["bids_close"]
        words = {**words, "opens": format_thai_datetime(opens), "closes": format_thai_datetime(closes)}
        return self.add(
            m.InvitationNoticePage,
            project.unit,
            f"{spec.slug}-invitation-{self.fy}",
            title=wording["title"].format_map(words),
            project=project,
            announced_on=opens.date(),
            bid_submission_starts=opens,
            bid_submission_ends=closes,
            documents_from=wording["documents_from"].format_map(words),
            body=self.body(wording["body"], words),
            attachments=self.attachment(wording["document"], words, spec, wording["attachment"].format_map(words)),
        )

    def qualified_bidders(self, spec, project, words, step, _invitation):
        return self.add(
            m.QualifiedBiddersNoticePage,
            project.unit,
            f"{spec.slug}-qualified-bidders-{self.fy}",
            title=self.data.notices["qualified_bidders"]["title"].format_map(words),
            project=project,
            announced_on=step.on,
            bidders=[{"type": "bidder", "value": {"name": b.name, "tax_id": b.tax_id}} for b in spec.bids],
        )

    def winner(self, spec, project, words, step, _invitation):
        wording, winner = self.data.notices["winner"], spec.winner
        return self.add(
            m.WinnerNoticePage,
            project.unit,
            f"{spec.slug}-winner-{self.fy}",
            title=wording["title"].format_map(words),
            project=project,
            announced_on=step.on,
            bids=[{"type": "bid", "value": {"name": b.name, "tax_id": b.tax_id, "price": b.price}} for b in spec.bids],
            winner_name=winner.name,
            winner_tax_id=winner.tax_id,
            agreed_price=Decimal(winner.price),
            selection_reason=wording["selection_reason"].format_map(words),
        )

    def contract(self, spec, project, words, step, _invitation):
        wording, winner, signed = self.data.notices["contract"], spec.winner, step.on
        words = {**words, "number": self.number(project.unit, "contract")}
        words["contract_number"] = wording["contract_number"].format_map(words)
        return self.add(
            m.ContractNoticePage,
            project.unit,
            f"{spec.slug}-contract-{self.fy}",
            title=wording["title"].format_map(words),
            project=project,
            announced_on=signed,
            notice_number="",
            contract_number=words["contract_number"],
            contract_date=signed,
            contract_value=Decimal(winner.price),
            vendor_name=winner.name,
            vendor_tax_id=winner.tax_id,
            delivery_due=signed + datetime.timedelta(days=spec.delivery_days),
        )

    def extension(self, spec, project, words, step, invitation):
        wording, new_close = self.data.notices["extension"], step.dates["bids_close"]
        words = {
            **words,
            "old_close": format_thai_datetime(invitation.bid_submission_ends),
            "new_close": format_thai_datetime(new_close),
        }
        return self._change(
            spec, project, words, step, invitation, "change", wording, new_bid_submission_ends=new_close
        )

    def cancellation(self, spec, project, words, step, invitation):
        wording = self.data.notices["cancellation"]
        change_type = m.ChangeNoticePage.ChangeType.CANCEL
        return self._change(spec, project, words, step, invitation, "cancellation", wording, change_type=change_type)

    def _change(self, spec, project, words, step, invitation, slug_word, wording, **fields):
        return self.add(
            m.ChangeNoticePage,
            project.unit,
            f"{spec.slug}-{slug_word}-{self.fy}",
            title=wording["title"].format_map(words),
            project=project,
            announced_on=step.on,
            amends=invitation,
            what_changed=wording["what_changed"].format_map(words),
            reason=wording["reason"].format_map(words),
            **fields,
        )

    def story(self, spec: DemoProject) -> None:
        """The project's notices, in the order of its story."""
        project = self.project(spec)
        words = self.words(spec, project)
        invitation = None
        for step in spec.story:
            page = getattr(self, step.notice)(spec, project, words, step, invitation)
            if step.notice == "invitation":
                invitation = page

    # Unit notices --------------------------------------------------------------------------------------

    def plan(self, province: str = ""):
        plans = self.data.plans
        words = {"issuer": self.unit_words(province)["issuer"], "fiscal_year": self.fy}
        return self.add(
            m.ProcurementPlanNoticePage,
            self.unit(province),
            f"procurement-plan-{self.fy}",
            title=plans["title"].format_map(words),
            fiscal_year=self.fy,
            announced_on=plans["announced"],
            body=self.body(plans["body"], words),
        )

    def monthly_summary(self, province: str = ""):
        summaries = self.data.monthly_summaries
        month = format_thai_date(self.last_month, "month")
        return self.add(
            m.MonthlySummaryNoticePage,
            self.unit(province),
            f"monthly-summary-{self.last_month:%Y-%m}",
            title=summaries["title"].format(month=month),
            announced_on=min(self.today, summaries["announced"]),  # never announced in the future
            summary_month=self.last_month,
        )

    def auction(self):
        auction = self.data.auction
        viewing = auction["viewing"].format(
            viewing_from=format_thai_date(auction["viewing_from"]),
            viewing_until=format_thai_date(auction["viewing_until"]),
        )
        return self.add(
            m.AuctionNoticePage,
            self.unit(),
            f"auction-computers-{self.fy}",
            title=auction["title"].format(fiscal_year=self.fy),
            announced_on=auction["announced"],
            auction_at=auction["auction_at"],
            place=auction["place"],
            viewing=viewing,
            lots=[{"type": "lot", "value": lot} for lot in auction["lots"]],
        )

    def load(self) -> int:
        province = {CENTRAL: ""}
        for spec in self.data.projects:
            self.project(spec)
        for unit in self.data.plans["units"]:
            self.plan(province.get(unit, unit))
        for spec in self.data.projects:
            self.story(spec)
        self.auction()
        for unit in self.data.monthly_summaries["units"]:
            self.monthly_summary(province.get(unit, unit))
        return self.created


def load_procurement_demo(loader, today: datetime.date, directory: Path | None = None) -> int:
    """Load the demo procurement with ``loader`` (a ``DemoLoader``, for its PDFs); the number of pages created."""
    data = read_procurement(today, directory)
    with transaction.atomic():
        return ProcurementDemo(loader, today, data).load()
