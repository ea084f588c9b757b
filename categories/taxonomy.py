"""Reading and checking the taxonomy data file (``settings.SSO_TAXONOMY_FILE``).

The file is the single source of the menu (seed §1) and of the responsibility matrix (seed §2.1). This module
turns it into ``TaxonomyNode`` objects and refuses a file that would build a broken tree, with a message that
names the node at fault.
"""

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from django.apps import apps
from django.conf import settings
from wagtail.models import Page

from core.provinces import CAPITAL, PROVINCE_NAMES, PROVINCE_SLUGS

UNIT_ROLES = ("data", "publishing", "checking")
UNIT_KINDS = ("centre", "bureau", "division", "regional", "executive")
OWNING_UNIT = "หน่วยงานเจ้าของข้อมูล"
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_NODE_KEYS = {
    "slug",
    "title",
    "page_type",
    "units",
    "units_decision",
    "seed_title",
    "note",
    "children",
    "fields",
    "in_menu",
    "workflow",
    "offices",
    "review_days",
}
# How often a page must be confirmed still correct when neither it nor a parent sets ``review_days`` (seed §2.1).
DEFAULT_REVIEW_DAYS = 180
WORKFLOW_KINDS = ("outside_list",)


class TaxonomyError(ValueError):
    """The taxonomy file is malformed; the message names the node and the problem."""


def split_units(written: str) -> list[str]:
    """Unit codes in a cell as the seed writes it: ``"กค./สปส.พท."`` → ``["กค.", "สปส.พท."]``."""
    return [code for code in re.split(r"\s*/\s*|\s+", (written or "").strip()) if code]


@dataclass
class TaxonomyNode:
    key: str
    slug: str
    title: str
    page_type: str
    parent_key: str | None
    units: dict[str, str] | None = None
    units_decision: dict[str, str] | None = None
    seed_title: str = ""
    note: str = ""
    fields: dict = field(default_factory=dict)
    in_menu: bool = True
    workflow: str = ""
    offices: dict | None = None
    # Days between reviews of the category's pages, the nearest set value up the tree (DEFAULT_REVIEW_DAYS at the top).
    review_days: int = DEFAULT_REVIEW_DAYS
    # True for the office pages that ``offices`` expands to: they are not rows of the seed's tables.
    generated: bool = False
    children: list["TaxonomyNode"] = field(default_factory=list)

    @property
    def page_model(self) -> type[Page]:
        return apps.get_model(self.page_type)

    @property
    def effective_units(self) -> dict[str, str] | None:
        """The units as written, else the recorded decision for a row the seed left empty."""
        return self.units or self.units_decision

    def unit_codes(self, role: str) -> list[str]:
        units = self.effective_units or {}
        return split_units(units.get(role, ""))


@dataclass(frozen=True)
class UnitSpec:
    code: str
    kind: str
    parent: str = ""
    province: str = ""


@dataclass
class Taxonomy:
    roots: list[TaxonomyNode]
    request_routes: list[dict]
    units: list[UnitSpec] = field(default_factory=list)

    def walk(self):
        """Every node, parents before children, in menu order."""
        stack = list(reversed(self.roots))
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))


def _check_units(where: str, units, name: str) -> dict[str, str] | None:
    if units is None:
        return None
    if not isinstance(units, dict) or set(units) != set(UNIT_ROLES):
        raise TaxonomyError(f"{where}: '{name}' must have exactly the keys {', '.join(UNIT_ROLES)}")
    for role, written in units.items():
        if not isinstance(written, str) or not split_units(written):
            raise TaxonomyError(f"{where}: '{name}.{role}' must name at least one unit")
    return units


def _parse_node(raw: dict, parent: TaxonomyNode | None, siblings: set[str]) -> TaxonomyNode:
    where = f"{parent.key + '/' if parent else ''}{raw.get('slug', '?')}"
    if not isinstance(raw, dict):
        raise TaxonomyError(f"{where}: each node must be a mapping")
    unknown = set(raw) - _NODE_KEYS
    if unknown:
        raise TaxonomyError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    for required in ("slug", "title", "page_type"):
        if not raw.get(required):
            raise TaxonomyError(f"{where}: '{required}' is required")
    slug = str(raw["slug"])
    if not _SLUG.match(slug):
        raise TaxonomyError(f"{where}: slug '{slug}' must be lower-case ASCII words joined by hyphens")
    if slug in siblings:
        raise TaxonomyError(f"{where}: slug '{slug}' is used twice under the same parent")
    siblings.add(slug)
    try:
        model = apps.get_model(raw["page_type"])
    except (LookupError, ValueError):
        raise TaxonomyError(f"{where}: unknown page type '{raw['page_type']}'") from None
    if not issubclass(model, Page):
        raise TaxonomyError(f"{where}: '{raw['page_type']}' is not a page type")
    fields = raw.get("fields") or {}
    for name in fields:
        try:
            model._meta.get_field(name)
        except Exception:
            raise TaxonomyError(f"{where}: page type {raw['page_type']} has no field '{name}'") from None
    node = TaxonomyNode(
        key=where,
        slug=slug,
        title=str(raw["title"]).strip(),
        page_type=model._meta.label,
        parent_key=parent.key if parent else None,
        units=_check_units(where, raw.get("units"), "units"),
        units_decision=_check_units(where, raw.get("units_decision"), "units_decision"),
        seed_title=str(raw.get("seed_title", "")),
        note=str(raw.get("note", "")),
        fields=fields,
        in_menu=bool(raw.get("in_menu", True)),
        workflow=str(raw.get("workflow", "")),
        offices=raw.get("offices"),
        review_days=_review_days(where, raw.get("review_days"), parent),
    )
    if node.workflow and node.workflow not in WORKFLOW_KINDS:
        raise TaxonomyError(f"{where}: workflow must be one of {', '.join(WORKFLOW_KINDS)}")
    parent_model = parent.page_model if parent else apps.get_model("home.HomePage")
    if model not in parent_model.allowed_subpage_models() or parent_model not in model.allowed_parent_page_models():
        raise TaxonomyError(f"{where}: a {model.__name__} cannot be placed under a {parent_model.__name__}")
    child_slugs: set[str] = set()
    node.children = [_parse_node(child, node, child_slugs) for child in raw.get("children") or []]
    return node


def _review_days(where: str, value, parent: TaxonomyNode | None) -> int:
    if value is None:
        return parent.review_days if parent else DEFAULT_REVIEW_DAYS
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 3650:
        raise TaxonomyError(f"{where}: review_days must be a whole number of days from 1 to 3650")
    return value


def office_code(parent_code: str, province: str) -> str:
    """The code of a unit's office in a province: ``สปจ.`` in เชียงใหม่ → ``สปจ.เชียงใหม่``."""
    return f"{parent_code}{province}"


def _parse_units(raw_units) -> list[UnitSpec]:
    units, seen = [], set()
    for raw in raw_units or []:
        code, kind = str((raw or {}).get("code", "")).strip(), (raw or {}).get("kind")
        if not code:
            raise TaxonomyError("units: every unit needs a 'code'")
        if code in seen:
            raise TaxonomyError(f"units: '{code}' is listed twice")
        if kind not in UNIT_KINDS:
            raise TaxonomyError(f"units: '{code}' has kind '{kind}'; use one of {', '.join(UNIT_KINDS)}")
        seen.add(code)
        units.append(UnitSpec(code=code, kind=kind))
        offices = (raw or {}).get("offices")
        if offices is None:
            continue
        if offices != "provincial":
            raise TaxonomyError(f"units: '{code}' has offices '{offices}'; the only kind known is 'provincial'")
        # One office per province outside Bangkok, whose area offices are units of their own.
        for province in PROVINCE_NAMES:
            if province != CAPITAL:
                units.append(UnitSpec(office_code(code, province), kind, parent=code, province=province))
                seen.add(units[-1].code)
    return units


def _expand_offices(taxonomy: "Taxonomy") -> None:
    """Give a node with ``offices`` one child page per office of the named unit, responsible for its own
    notices: the node's matrix with the unit's code replaced by the office's code."""
    offices_of: dict[str, list[UnitSpec]] = {}
    for unit in taxonomy.units:
        if unit.parent:
            offices_of.setdefault(unit.parent, []).append(unit)
    for node in list(taxonomy.walk()):
        spec = node.offices
        if spec is None:
            continue
        if not isinstance(spec, dict) or set(spec) != {"of", "page_type", "title"}:
            raise TaxonomyError(f"{node.key}: 'offices' must have exactly the keys of, page_type, title")
        parent_code = spec["of"]
        if parent_code not in offices_of:
            raise TaxonomyError(f"{node.key}: unit '{parent_code}' has no offices in the units list")
        if not node.effective_units or parent_code not in node.unit_codes("data"):
            raise TaxonomyError(f"{node.key}: the offices' unit '{parent_code}' must be a data unit of the node")
        for office in offices_of[parent_code]:
            units = {
                role: "/".join(office.code if code == parent_code else code for code in split_units(written))
                for role, written in node.effective_units.items()
            }
            raw = {
                "slug": PROVINCE_SLUGS[office.province],
                "title": spec["title"].format(province=office.province),
                "page_type": spec["page_type"],
                "units": units,
                "fields": {"province": office.province},
                "in_menu": False,
            }
            child = _parse_node(raw, node, {child.slug for child in node.children})
            child.generated = True
            node.children.append(child)


def _check_unit_codes(taxonomy: Taxonomy) -> None:
    """Every code in the matrix must be a listed unit (or the owning-unit rule): a typo is an error."""
    known = {unit.code for unit in taxonomy.units} | {OWNING_UNIT}
    cells = [(node.key, node.effective_units or {}) for node in taxonomy.walk()]
    cells += [(f"request_routes/{route.get('source', '?')}", route["units"]) for route in taxonomy.request_routes]
    for where, units in cells:
        for role, written in units.items():
            for code in split_units(written):
                if code not in known:
                    close = [k for k in known if k.replace(".", "") == code.replace(".", "")]
                    hint = f" (did you mean '{close[0]}'?)" if close else ""
                    raise TaxonomyError(f"{where}: unknown unit code '{code}' in {role}{hint}")


def parse_taxonomy(data: dict) -> Taxonomy:
    if not isinstance(data, dict) or not isinstance(data.get("tree"), list):
        raise TaxonomyError("the taxonomy file must have a 'tree' list")
    root_slugs: set[str] = set()
    roots = [_parse_node(raw, None, root_slugs) for raw in data["tree"]]
    routes = data.get("request_routes") or []
    for route in routes:
        _check_units(f"request_routes/{route.get('source', '?')}", route.get("units"), "units")
    taxonomy = Taxonomy(roots=roots, request_routes=routes, units=_parse_units(data.get("units")))
    _expand_offices(taxonomy)
    if "units" in data:
        _check_unit_codes(taxonomy)
    return taxonomy


def load_taxonomy(path: Path | str | None = None) -> Taxonomy:
    path = Path(path or settings.SSO_TAXONOMY_FILE)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise TaxonomyError(f"cannot read the taxonomy file {path}: {exc}") from None
    except yaml.YAMLError as exc:
        raise TaxonomyError(f"the taxonomy file {path} is not valid YAML: {exc}") from None
    return parse_taxonomy(data)
