"""Normalisation: punctuation, whitespace, broken lines, page furniture."""

from __future__ import annotations

from fazhi.review.engine.normalize import normalise


def test_halfwidth_punctuation_in_chinese_becomes_fullwidth():
    # given a line typed with half-width punctuation
    raw = '按照"谁执法谁普法"原则,开展宣传;效果良好!(一)加强领导:成立小组?'
    # when normalised
    text = normalise(raw)
    # then the punctuation is full-width
    assert text == "按照“谁执法谁普法”原则，开展宣传；效果良好！（一）加强领导：成立小组？"


def test_numbers_urls_and_latin_keep_their_punctuation():
    # given figures with thousands separators, a time and a URL
    raw = "办理10,283笔，会议于9:30开始，网址http://www.gov.cn（PDF）"
    # when normalised
    text = normalise(raw)
    # then they are untouched
    assert "10,283笔" in text and "9:30" in text and "http://www.gov.cn" in text


def test_fullwidth_digits_and_letters_become_halfwidth():
    assert normalise("共排查纠纷２１５件，成功率９５％") == "共排查纠纷215件，成功率95%"


def test_spaces_inside_chinese_are_removed_others_collapsed():
    # given PDF-style spacing around numbers and inside a name
    raw = "  全镇共排查各类矛盾纠纷 215 件，签发人：卢  红   Word   file  "
    # when normalised
    text = normalise(raw)
    # then spaces touching Chinese go, Latin words keep one space
    assert text == "全镇共排查各类矛盾纠纷215件，签发人：卢红Word file"


def test_year_periods_use_one_dash():
    assert "（2015—2020年）" in normalise("《纲要（2015-2020年）》") + normalise("（2015 — 2020年）")


def test_line_broken_inside_a_sentence_is_joined():
    # given a page break in the middle of a sentence, with a blank line in between
    raw = (
        "一是人员到位，成立了由书记担任组长、政法书记任副组长的领导小组，法治宣传、行政执法等工作均\n"
        "\n"
        "由镇班子成员共同研究、做出决策和部署。\n"
        "（二）完善制度\n"
        "新的段落。"
    )
    # when normalised
    lines = normalise(raw).split("\n")
    # then the sentence is one line; headings and complete sentences stay separate
    assert lines == [
        "一是人员到位，成立了由书记担任组长、政法书记任副组长的领导小组，法治宣传、行政执法等工作均由镇班子成员共同研究、做出决策和部署。",
        "（二）完善制度",
        "新的段落。",
    ]


def test_titles_addressees_and_signatures_are_not_joined():
    # given a title, an addressee and a signature block, none ending in punctuation
    raw = "重庆市渝北区大湾镇人民政府关于2020年度法治政府建设情况的报告\n\n区政府：\n\n正文。\n\n重庆市渝北区大湾镇人民政府\n\n2021年1月28日"
    # when normalised
    lines = normalise(raw).split("\n")
    # then each stays on its own line and blank lines are dropped
    assert lines == [
        "重庆市渝北区大湾镇人民政府关于2020年度法治政府建设情况的报告",
        "区政府：",
        "正文。",
        "重庆市渝北区大湾镇人民政府",
        "2021年1月28日",
    ]


def test_latin_hyphenation_across_lines_is_undone():
    raw = "新上线的执法平台，系统名称为 the legal infor-\nmation platform，已上线运行。"
    assert "information platform" in normalise(raw)


def test_page_numbers_and_running_headers_are_dropped():
    # given three PDF pages with a running header and page numbers
    pages = []
    for n in (1, 2, 3):
        pages.append(f"大湾镇2020年法治政府建设报告\n第{n}段正文。\n— {n} —")
    raw = "\x0c".join(pages) + "\n第 4 页\n4/12\n- 5 -"
    # when normalised
    text = normalise(raw)
    # then only the body remains
    assert text.split("\n") == ["第1段正文。", "第2段正文。", "第3段正文。"]


def test_word_residue_and_bom_are_removed():
    assert normalise("\ufeff[bookmark: _GoBack]（四）科学民主决策。") == "（四）科学民主决策。"


def test_normalise_is_idempotent_on_the_seeds():
    # given a seed already normalised
    from .helpers import seed_paths

    for path in seed_paths():
        once = normalise(path.read_text(encoding="utf-8"))
        # when normalised again, then nothing changes (line numbers are stable)
        assert normalise(once) == once
