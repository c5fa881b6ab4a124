"""duplicate_passage: copying across units and years, normative text, and boilerplate that is not."""

from __future__ import annotations

from datasketch import MinHash

from fazhi.review.engine import review_paths, review_text
from fazhi.review.engine.duplicates import NUM_PERM, SEED, clean_line, shingle_hash, shingle_hashes, windows_of

from .helpers import ACHIEVEMENTS, report

COPIED = (
    "（三）枇杷和谐茶室调解品牌打造完成并投入使用，探索建立诉调、警调、司调、访调、群调五调联动机制，"
    "实行法庭、司法所、派出所、政府法律顾问有事值班制度，畅通群众诉求反映渠道，调解周期由两个月缩短到半个月。"
)


# Parts that differ from one crafted report to the next, so that only the planted paragraph is shared.
OWN = [
    dict(shortcomings=("一是执法车辆老旧，原因是经费紧张。",), leader=("书记主持专题会4次。",),
         next_year=("一是新建调解室2个。",)),
    dict(shortcomings=("一是村级法律顾问到村服务次数偏少，原因是合同约定不明。",), leader=("镇长带头述法1次，组织旁听庭审2次。",),
         next_year=("一是修订村规民约46份。",)),
]


def _own(i: int, first: str) -> dict:
    return dict(achievements=(first, f"（二）其他工作{'甲乙'[i]}。办理许可{300 + i}件。"), **OWN[i])


def _dups(doc: dict) -> list[dict]:
    return [f for f in doc["findings"] if f["type"] == "duplicate_passage"]


def test_minhash_equals_datasketch():
    # given a window of text
    clean, _ = clean_line("全镇共排查各类矛盾纠纷215件，成功调处204件，成功率达95%。")
    grams = [clean[i:i + 3].encode("utf-8") for i in range(len(clean) - 2)]
    # when hashed by the engine and by datasketch with the same hash function
    reference = MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32", hashfunc=shingle_hash)
    reference.update_batch(grams)
    windows, _ = windows_of([clean])
    engine = windows[0].hashvalues
    # then the values are identical
    assert len(windows) == 1 and list(engine) == list(reference.hashvalues)
    assert shingle_hashes(clean).dtype.name == "uint32"


def test_passage_copied_from_another_unit(tmp_path):
    # given two townships' reports sharing one paragraph
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(report(**_own(0, COPIED)), encoding="utf-8")
    b.write_text(report(unit="重庆市合川区古楼镇人民政府", **_own(1, COPIED)), encoding="utf-8")
    # when reviewed as a batch
    doc_a, doc_b = review_paths([a, b])["documents"]
    # then each report points at the other, with its line, text and similarity
    (fa,), (fb,) = _dups(doc_a), _dups(doc_b)
    assert fa["evidence"]["kind"] == "跨地抄" and fa["evidence"]["other_document"] == str(b)
    assert fa["evidence"]["other_line"] == 5 and fb["evidence"]["other_line"] == 5
    assert fa["evidence"]["similarity"] >= 95 and fa["severity"] == "error"
    assert "枇杷和谐茶室" in fa["quote"] and "枇杷和谐茶室" in fa["evidence"]["other_quote"]


def test_same_unit_earlier_year_and_light_edits(tmp_path):
    # given this year's report repeating last year's paragraph with a few words changed
    edited = COPIED.replace("两个月", "六十天").replace("畅通", "拓宽")
    old = tmp_path / "old.txt"
    old.write_text(report(year=2019, **_own(0, COPIED)), encoding="utf-8")
    # when the new report is reviewed against the old one as corpus
    doc = review_text(report(**_own(1, edited)), name="new.txt",
                      corpus_docs=[("old.txt", old.read_text(encoding="utf-8"))])
    # then it is a copy across years of the same unit
    (f,) = _dups(doc)
    assert f["evidence"]["kind"] == "跨时抄" and f["evidence"]["other_year"] == 2019


def test_normative_text_presented_as_achievement():
    paragraph = ("（三）全面推进依法决策。权责统一、权威高效的行政执法体制建立健全，法律法规规章得到严格实施，"
                 "各类违法行为得到及时查处和制裁，经济社会秩序得到有效维护，行政违法或不当行为明显减少。")
    doc = review_text(report(achievements=(*ACHIEVEMENTS, paragraph)), name="x.txt")
    (f,) = _dups(doc)
    assert f["evidence"]["kind"] == "规范性文本" and "纲要" in f["evidence"]["other_document"]


def test_normative_formula_reworded_is_found_by_its_signature():
    # given the 决定's formula and a catalogue of 问责方式, reworded so that no passage is near-identical
    paragraph = ("（三）加强内部制约。对公共资源转让、政府采购、国有资产监管、政府投资、财政资金分配使用等容易产生"
                 "腐败的岗位，实行分级授权、分事行权、定期轮岗、分岗设权。健全诫勉谈话、通报批评、责令公开道歉、"
                 "停职检查、引咎辞职、责令辞职、免职等问责方式。")
    # when reviewed
    doc = review_text(report(achievements=(*ACHIEVEMENTS, paragraph)), name="x.txt")
    # then each sentence is reported once as normative text, with the source and its fragments
    found = [(f["evidence"]["method"], f["evidence"]["other_document"]) for f in _dups(doc)]
    assert found == [("signature", "《中共中央关于全面推进依法治国若干重大问题的决定》"),
                     ("signature", "《关于实行党政领导干部问责的暂行规定》")]
    assert all(f["severity"] == "warning" and f["evidence"]["kind"] == "规范性文本" for f in _dups(doc))


def test_facts_using_some_of_the_signature_words_are_not_normative_text():
    # given a report that says whom it held accountable and which posts rotated
    paragraph = ("（三）加强内部制约。财务、采购岗位3人定期轮岗，对2名干部进行诫勉谈话、1名干部通报批评，"
                 "1名干部停职检查。")
    # when reviewed, then nothing is reported as normative text
    assert _dups(review_text(report(achievements=(*ACHIEVEMENTS, paragraph)), name="x.txt")) == []


def test_boilerplate_is_not_a_finding(tmp_path):
    # given five different reports that share only headings, formulas and quoted titles
    shared = ("（三）坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，"
              "认真贯彻《重大行政决策程序暂行条例》《中华人民共和国行政处罚法》《法治政府建设与责任落实督察工作规定》。")
    paths = []
    for i, town in enumerate(["青石镇", "龙河镇", "古楼镇", "白马镇", "金山镇"]):
        own = f"（一）本镇办理行政许可事项{100 + i}件，{['走访企业', '入户宣传', '调解纠纷', '审查合同', '评查案卷'][i]}{10 + i}次。"
        path = tmp_path / f"{i}.txt"
        path.write_text(report(unit=f"重庆市渝北区{town}人民政府", achievements=(own, shared)), encoding="utf-8")
        paths.append(path)
    # when reviewed as a batch
    docs = review_paths(paths)["documents"]
    # then nothing is a copied passage
    assert [f for d in docs for f in _dups(d)] == []


def test_passage_shared_by_every_other_report_is_common_wording(tmp_path):
    # given a non-formula sentence that all five reports contain
    common = "（三）组织机关干部参加年度法治理论考试，参考率和合格率均达到百分之百，进一步增强了干部的法治观念。"
    paths = []
    for i in range(5):
        path = tmp_path / f"{i}.txt"
        path.write_text(report(unit=f"重庆市渝北区{'青龙白金玉'[i]}石镇人民政府", achievements=(*ACHIEVEMENTS, common)),
                        encoding="utf-8")
        paths.append(path)
    # when reviewed as a batch, then it is not reported (every report shares it)
    docs = review_paths(paths)["documents"]
    assert [f for d in docs for f in _dups(d)] == []
    # but two reports sharing it are a copy
    two = review_paths(paths[:2])["documents"]
    assert all(_dups(d) for d in two)
