"""Merge the ledger apps' claim-mapping fragments into the one mapping file.

    .venv/bin/python -m fazhi.indicators.claims_merge [--remove-fragments]

Each app keeps, while it is being built, ``fazhi/<app>/claims_map.yaml``; the product reads one
file, ``fazhi/indicators/data/claims_map.yaml`` (issue 7: "mapping kept in one data file"). Entries
keep their fields; ``app`` records which ledger app supplied them.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import yaml

from .claims import DATA_DIR, FAZHI_DIR, _normalise, load_yaml

HEADER = """# 样本报告中的说法 → 计算它的指标（fazhi claims check 使用）。由 fazhi.indicators.claims_merge 从各台账应用的
# 片段合并而来；条目字段见 README.md。unmapped：无法由台账计算的说法及原因。
"""


def merge(remove_fragments: bool = False) -> Path:
    target = DATA_DIR / "claims_map.yaml"
    claims, unmapped = [], {}
    if target.exists():
        rows, un, _ = _normalise(load_yaml(target.read_text(encoding="utf-8")), target.name)
        claims += rows
        unmapped.update({k: {"id": k, "reason": v} for k, v in un.items()})
    seen = {(r["id"], r.get("indicator") or r.get("ledger"), r.get("part"), r.get("figure"), r.get("unit")) for r in claims}
    fragments = sorted(FAZHI_DIR.glob("*/claims_map.yaml"))
    for path in fragments:
        app = path.parent.name
        rows, un, problems = _normalise(load_yaml(path.read_text(encoding="utf-8")), f"{app}/{path.name}")
        if problems:
            raise SystemExit("\n".join(problems))
        for r in rows:
            key = (r["id"], r.get("indicator") or r.get("ledger"), r.get("part"), r.get("figure"), r.get("unit"))
            if key not in seen:
                claims.append({**r, "app": app})
                seen.add(key)
        for k, reason in un.items():
            unmapped.setdefault(k, {"id": k, "reason": reason, "app": app})
    mapped = {r["id"] for r in claims}
    out = {
        "claims": sorted(claims, key=lambda r: (r["id"], str(r.get("part") or ""), str(r.get("figure") or ""))),
        "unmapped": sorted((v for k, v in unmapped.items() if k not in mapped), key=lambda v: v["id"]),
    }
    target.write_text(HEADER + yaml.safe_dump(out, allow_unicode=True, sort_keys=False, width=140), encoding="utf-8")
    if remove_fragments:
        for path in fragments:
            path.unlink()
    return target


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description="合并各应用的 claims_map.yaml 片段")
    p.add_argument("--remove-fragments", action="store_true")
    args = p.parse_args(argv)
    path = merge(args.remove_fragments)
    print(f"已写入 {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
