"""The search's text rules, which the index and the queries share (core.search_text)."""

from core.search_text import (
    MAX_QUERY_TOKENS,
    code_tokens,
    compact,
    expression_tokens,
    normalise,
    query_expression,
    repair_lost_sara_am,
    search_tokens,
)


def test_thai_digits_become_arabic_digits():
    assert normalise("มาตรา ๔๐ พ.ศ. ๒๕๖๘") == "มาตรา 40 พศ 2568"


def test_spaces_between_thai_letters_do_not_count():
    assert compact("เคาน์เตอร์ เซอร์วิส") == compact("เคาน์เตอร์เซอร์วิส")


def test_decomposed_sara_am_is_composed():
    assert normalise("ด\u0e4d\u0e32เนินงาน") == "ดำเนินงาน"


def test_control_characters_and_nul_become_spaces():
    assert normalise("a\x00b\x07c\u200bd") == "a b c d"


def test_a_compound_is_indexed_with_the_word_after_its_prefix():
    assert {"ผู้ประกันตน", "ประกันตน"} <= set(search_tokens("ผู้ประกันตน"))


def test_a_form_code_is_indexed_whole_and_in_parts_however_it_is_spaced():
    for written in ("สปส. 2-01", "สปส.2-01", "แบบสปส.2-01"):
        assert {"สปส2-01", "2-01", "201"} <= set(code_tokens(normalise(written))), written


def test_a_tax_id_is_indexed_with_and_without_hyphens():
    assert {"0-9940-00165-51-0", "0994000165510"} <= set(search_tokens("เลขประจำตัวผู้เสียภาษี 0-9940-00165-51-0"))


def test_a_query_code_is_one_token():
    assert query_expression("สปส. 2-01") == query_expression("สปส.2-01")
    assert "สปส2-01" in expression_tokens(query_expression("สปส. 2-01"))


def test_quotes_and_operators_in_a_query_are_plain_words():
    tokens = expression_tokens(query_expression('"ประกัน" OR (สังคม) -ว่างงาน*'))
    assert {"ประกัน", "or", "สังคม", "ว่างงาน"} <= set(tokens)
    assert not any(set(token) & set('"()*-') for token in tokens)


def test_a_query_of_symbols_and_emoji_asks_for_nothing():
    assert query_expression("😀 ''' %%% \x00") is None


def test_a_long_query_is_cut_to_a_bounded_number_of_tokens():
    words = " ".join(f"คำ{n}" for n in range(200))
    assert len(expression_tokens(query_expression(words))) <= MAX_QUERY_TOKENS + 2


def test_particles_are_not_required_words():
    assert "อย่างไร" not in expression_tokens(query_expression("ทำฟัน อย่างไร"))


def test_sara_am_lost_in_pdf_text_is_put_back_by_dictionary():
    assert repair_lost_sara_am("การดาเนินงานของสานักงานประกันสังคม") == "การดำเนินงานของสำนักงานประกันสังคม"


def test_text_that_has_sara_am_is_not_repaired():
    assert repair_lost_sara_am("น้ำ นา ดำ") == "น้ำ นา ดำ"
