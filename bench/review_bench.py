"""Benchmark of the report review engine (issue 8): not part of the test suite.

Generates 1,000 realistic annual reports by recombining and perturbing the five seed reports
(deterministic: ``--seed``), writes them as .txt files, reviews them all with cross-corpus
duplicate search (the batch against itself, plus the seeds as reference corpus) and prints:

- the wall time of the review (reading, normalising, indexing, all checks);
- the wall time of tokenising the same texts with jieba alone (dictionary loaded beforehand);
- the ratio of the two. Targets: review ≤ 60 s on a 2-core machine, ratio ≤ 3.

    .venv/bin/python bench/review_bench.py [--count 1000] [--seed 8] [--out DIR] [--keep]
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from fazhi.review.engine import prepare_text, review_paths  # noqa: E402
from fazhi.review.engine.identity import infer  # noqa: E402
from fazhi.review.engine.structure import find_parts, lines_of  # noqa: E402

SEEDS = ROOT / "tests" / "fixtures" / "seeds"
SYLLABLES = "青石龙凤河山桥溪坪坝湾江林水新安平永兴福云白马金银沙松柏桃李双宝华东西南北"
SYNONYMS = [("进一步", "持续"), ("加强", "强化"), ("认真", "切实"), ("积极", "主动"), ("不断", "持续")]
SEED_PLACES = ["大湾镇", "龙河镇", "古楼镇", "遂城镇", "大湾", "龙河", "古楼", "遂城"]
SEED_COUNTIES = ["渝北区", "丰都县", "合川区", "遂溪县", "武隆区", "渝北", "丰都", "合川", "遂溪", "武隆"]
COUNTIES = ["渝北区", "丰都县", "合川区", "武隆区", "江津区", "垫江县", "忠县", "綦江区", "遂溪县", "徐闻县"]
_FIGURE = re.compile(r"(?<![\d.〔])(\d{2,5})(?=(件|起|宗|人次|人|名|个|项|场|次|份|户|家|条))")


def seed_pools() -> dict[str, list[tuple[str, int]]]:
    """Paragraphs of each statutory part of the seeds, with the seed's report year."""
    pools: dict[str, list[tuple[str, int]]] = {"achievements": [], "shortcomings": [], "leader_duties": [], "next_year": []}
    for path in sorted(SEEDS.glob("*.txt")):
        doc = prepare_text(path.read_text(encoding="utf-8"), name=path.name)
        who = infer(doc)
        parts = find_parts(doc, who.year)
        for key in pools:
            for n in lines_of(parts, key):
                text = doc.lines[n - 1]
                if n != parts[key].line and len(text) >= 40:
                    pools[key].append((text, who.year or 2020))
    return pools


def perturb(text: str, seed_year: int, year: int, town: str, county: str, rng: random.Random) -> str:
    for place in SEED_PLACES:
        text = text.replace(place, town if place.endswith("镇") else town[:-1])
    for place in SEED_COUNTIES:
        text = text.replace(place, county if place[-1] in "区县" else county[:-1])
    text = text.replace(str(seed_year + 1), str(year + 1)).replace(str(seed_year), str(year))
    text = _FIGURE.sub(lambda m: str(max(1, round(int(m.group(1)) * rng.uniform(0.7, 1.3)))), text)
    sentences = re.split(r"(?<=。)", text)
    sentences = [s for s in sentences if s]
    if len(sentences) > 2 and rng.random() < 0.3:
        del sentences[rng.randrange(1, len(sentences))]
    if len(sentences) > 3 and rng.random() < 0.2:
        i = rng.randrange(1, len(sentences) - 1)
        sentences[i], sentences[i + 1] = sentences[i + 1], sentences[i]
    text = "".join(sentences)
    for a, b in SYNONYMS:
        if rng.random() < 0.3:
            text = text.replace(a, b, 1)
    return text


def generate(count: int, seed: int, out: Path) -> list[Path]:
    rng = random.Random(seed)
    pools = seed_pools()
    units = []
    for _ in range(max(1, count // 3)):
        town = rng.choice(SYLLABLES) + rng.choice(SYLLABLES) + "镇"
        units.append((rng.choice(COUNTIES), town))
    files = []
    for i in range(count):
        county, town = rng.choice(units)
        year = rng.randint(2019, 2024)
        lines = [f"{county}{town}人民政府关于{year}年度法治政府建设情况的报告", f"{county[:-1]}政府：",
                 f"按照有关规定，现将我镇{year}年度法治政府建设情况报告如下："]

        def section(heading: str, key: str, low: int, high: int) -> None:
            lines.append(heading)
            for text, seed_year in rng.sample(pools[key], min(len(pools[key]), rng.randint(low, high))):
                lines.append(perturb(text, seed_year, year, town, county, rng))

        section(f"一、{year}年推进法治政府建设的主要举措和成效", "achievements", 8, 14)
        section(f"二、{year}年推进法治政府建设存在的不足和原因", "shortcomings", 1, 3)
        if rng.random() > 0.1:  # some reports omit the 第一责任人 part, as seed 001 does
            section(f"三、{year}年党政主要负责人履行推进法治建设第一责任人职责情况", "leader_duties", 2, 4)
        section(f"四、{year + 1}年推进法治政府建设的主要安排", "next_year", 3, 6)
        lines += [f"{county}{town}人民政府", f"{year + 1}年{rng.randint(1, 3)}月{rng.randint(1, 28)}日"]
        path = out / f"{i:04d}_{town}_{year}.txt"
        path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
        files.append(path)
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="报告审阅引擎的性能测试（不属于测试套件）")
    parser.add_argument("--count", type=int, default=1000, help="生成的报告数量（默认 1000）")
    parser.add_argument("--seed", type=int, default=8, help="随机种子（默认 8）")
    parser.add_argument("--out", help="生成报告的目录（默认临时目录）")
    parser.add_argument("--keep", action="store_true", help="保留生成的报告")
    args = parser.parse_args(argv)

    out = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="review_bench_"))
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    files = generate(args.count, args.seed, out)
    gen_time = time.perf_counter() - t0
    total_chars = sum(len(p.read_text(encoding="utf-8")) for p in files)
    print(f"生成 {len(files)} 份报告，共 {total_chars:,} 字，用时 {gen_time:.1f} 秒（{out}）")

    t0, c0 = time.perf_counter(), time.process_time()
    result = review_paths(files, corpus=[SEEDS])
    review_time, review_cpu = time.perf_counter() - t0, time.process_time() - c0

    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()  # loading the dictionary is a one-off cost, not tokenising
    texts = [p.read_text(encoding="utf-8") for p in files]
    t0, c0 = time.perf_counter(), time.process_time()
    tokens = 0
    for text in texts:
        tokens += len(jieba.lcut(text))
    tokenise_time, tokenise_cpu = time.perf_counter() - t0, time.process_time() - c0

    counts = Counter(f["type"] for d in result["documents"] for f in d["findings"])
    errors = sum(1 for d in result["documents"] if d.get("error"))
    print(f"审阅：墙钟 {review_time:.1f} 秒，CPU {review_cpu:.1f} 秒（{len(files) / review_time:.1f} 份/秒，无法读取 {errors} 份）")
    print(f"jieba 分词：墙钟 {tokenise_time:.1f} 秒，CPU {tokenise_cpu:.1f} 秒（{tokens:,} 词）")
    print(f"比值：审阅 / 分词 = {review_time / tokenise_time:.2f}（墙钟），{review_cpu / tokenise_cpu:.2f}（CPU）"
          "（目标 ≤ 3；审阅目标 ≤ 60 秒）")
    print("发现问题：" + "，".join(f"{k} {v}" for k, v in sorted(counts.items())))
    if not args.keep and not args.out:
        shutil.rmtree(out, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
