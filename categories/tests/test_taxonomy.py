"""The taxonomy file against the seed, and the page tree setup_site builds from it."""

import pytest
import yaml

from categories.models import Category
from categories.taxonomy import UNIT_ROLES, TaxonomyError, load_taxonomy, parse_taxonomy, split_units
from categories.tests.seed_text import normalise, rows_with_categories, section_1_entries, section_2_1_rows

pytestmark = pytest.mark.django_db


def _titles(node):
    return {normalise(node.title), normalise(node.seed_title)} - {""}


def test_every_category_has_a_live_page_of_its_declared_type(taxonomy):
    categories = {c.key: c for c in Category.objects.select_related("page")}
    for node in taxonomy.walk():
        page = categories[node.key].page
        assert page is not None, node.key
        assert page.live, node.key
        assert page.specific_class is node.page_model, node.key


def test_category_pages_nest_as_the_taxonomy_does(taxonomy):
    categories = {c.key: c for c in Category.objects.select_related("page")}
    for node in taxonomy.walk():
        if node.parent_key:
            page = categories[node.key].page
            assert page.get_parent().pk == categories[node.parent_key].page_id, node.key


def test_every_row_of_the_2_1_table_has_its_units_exactly_as_written(taxonomy):
    checked = 0
    for _title, units, node in rows_with_categories(taxonomy):
        if units is not None:
            assert node.units is not None, f"{node.key} lost the units the seed gives it"
            written = tuple(normalise(node.units[role]) for role in UNIT_ROLES)
            assert written == tuple(normalise(u) for u in units), node.key
            checked += 1
    assert checked >= 100


def test_rows_without_units_in_the_table_record_a_decision_or_are_headings(taxonomy):
    for node in taxonomy.walk():
        if node.units is None:
            assert node.children or node.units_decision or node.key == "other", node.key


def outside_the_seed(node) -> bool:
    """D9's "other content" section, and the ITA section (note: ITA) the integrity assessment asks for."""
    return node.key == "other" or node.note == "ITA"


def test_every_entry_of_section_1_is_a_category(taxonomy):
    titles = sorted({t for node in taxonomy.walk() for t in _titles(node)}, key=len, reverse=True)
    for entry in section_1_entries():
        rest = normalise(entry)
        if rest in titles:
            continue
        for title in titles:  # cells that run several titles together, e.g. the executives list
            rest = rest.replace(title, "")
        assert rest == "", f"§1 entry {entry!r} is not covered by the taxonomy (left over: {rest!r})"


def test_every_category_comes_from_the_seed(taxonomy):
    seed = normalise("".join(section_1_entries())) + normalise("".join(t for t, _ in section_2_1_rows()))
    for node in taxonomy.walk():
        if outside_the_seed(node) or node.generated:  # D9 and ITA: outside the list; D11: one page per office
            continue
        assert any(title in seed for title in _titles(node)), node.key


def test_the_seed_counts_are_all_there(taxonomy):
    by_key = {node.key: node for node in taxonomy.walk()}
    parts = [n for n in by_key if n.startswith("knowledge/ssf-statistics/part-")]
    wcf_parts = [n for n in by_key if n.startswith("knowledge/wcf-statistics/part-")]
    procurement = by_key["news/procurement-central"].children
    cases = [n for n in by_key["benefits/social-security-fund"].children if n.title.startswith("กรณี")]
    assert (len(parts), len(wcf_parts), len(procurement), len(cases)) == (9, 8, 10, 7)
    assert len(by_key["downloads"].children) == 8
    assert len(by_key["units"].children) == 3


@pytest.mark.parametrize(
    ("written", "codes"),
    [
        ("กค./สปส.พท.", ["กค.", "สปส.พท."]),
        ("กวพ./สกท./ ศสน.", ["กวพ.", "สกท.", "ศสน."]),
        ("ศสน. สบท.", ["ศสน.", "สบท."]),
        ("หน่วยงานเจ้าของข้อมูล/ศสน.", ["หน่วยงานเจ้าของข้อมูล", "ศสน."]),
        ("ลธ.สปส.", ["ลธ.สปส."]),
    ],
)
def test_split_units_reads_cells_as_the_seed_writes_them(written, codes):
    assert split_units(written) == codes


def _tree(*nodes):
    return {"tree": list(nodes)}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (_tree({"slug": "x", "title": "ก", "page_type": "categories.NoSuchPage"}), "unknown page type"),
        (_tree({"slug": "X Y", "title": "ก", "page_type": "categories.SectionPage"}), "lower-case ASCII"),
        (
            _tree(
                {"slug": "a", "title": "ก", "page_type": "categories.SectionPage"},
                {"slug": "a", "title": "ข", "page_type": "categories.SectionPage"},
            ),
            "used twice",
        ),
        (_tree({"slug": "a", "title": "ก", "page_type": "categories.NewsArticlePage"}), "cannot be placed under"),
        (
            _tree({"slug": "a", "title": "ก", "page_type": "categories.ContentPage", "units": {"data": "ศสน."}}),
            "exactly the keys",
        ),
        (_tree({"slug": "a", "title": "ก", "page_type": "categories.ContentPage", "colour": "red"}), "unknown field"),
        ({"menu": []}, "'tree' list"),
    ],
)
def test_a_malformed_taxonomy_is_refused_with_the_node_named(data, message):
    with pytest.raises(TaxonomyError, match=message):
        parse_taxonomy(data)


def test_an_unreadable_taxonomy_file_is_refused(tmp_path):
    path = tmp_path / "taxonomy.yaml"
    path.write_text("tree: [unclosed", encoding="utf-8")
    with pytest.raises(TaxonomyError, match="not valid YAML"):
        load_taxonomy(path)


def test_the_shipped_taxonomy_file_is_valid_yaml_with_one_tree():
    from django.conf import settings

    data = yaml.safe_load(settings.SSO_TAXONOMY_FILE.read_text(encoding="utf-8"))
    assert isinstance(parse_taxonomy(data).roots, list)


def test_each_provincial_office_gets_a_procurement_page_with_its_own_row_of_the_matrix(taxonomy):
    offices = [node for node in taxonomy.walk() if node.generated]
    assert len(offices) == 76
    chiang_mai = next(node for node in offices if node.key == "news/procurement-regional/chiang-mai")
    assert chiang_mai.title == "สำนักงานประกันสังคมจังหวัดเชียงใหม่"
    assert chiang_mai.unit_codes("data") == ["กค.", "สปจ.เชียงใหม่"]
    assert chiang_mai.unit_codes("checking") == ["กค.", "สปจ.เชียงใหม่"]


def test_offices_of_a_unit_without_provincial_offices_are_refused(taxonomy):
    from django.conf import settings

    data = yaml.safe_load(settings.SSO_TAXONOMY_FILE.read_text(encoding="utf-8"))
    data["units"] = [{k: v for k, v in unit.items() if k != "offices"} for unit in data["units"]]
    with pytest.raises(TaxonomyError, match="has no offices"):
        parse_taxonomy(data)
