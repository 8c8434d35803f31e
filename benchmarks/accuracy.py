#!/usr/bin/env python3
"""Score summarizer on OPP-115 (or any folder in its layout) and print the README's accuracy table.

    python benchmarks/accuracy.py [--gold ../shared/corpus/opp115-dev] [--run 'summarizer label {input} -f json']

Runs ../shared/tools/opp115_score.py (the scorer is not ours and is not copied here) and turns
its per-category and per-field tables into Markdown, ending with its SUMMARY line. Skips
cleanly (exit 0) when ../shared is absent.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
ROW = re.compile(r"^\s{2}(\S[^P]*?)\s+P ([\d.]+)\s+R ([\d.]+)\s+F1 ([\d.]+)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=SHARED / "corpus" / "opp115-dev")
    ap.add_argument("--scorer", type=Path, default=SHARED / "tools" / "opp115_score.py")
    ap.add_argument("--run", default="summarizer label {input} -f json")
    args = ap.parse_args()
    if not args.gold.is_dir() or not args.scorer.is_file():
        print(f"skipped: {args.gold} or {args.scorer} not found")
        return 0
    out = subprocess.run([sys.executable, str(args.scorer), str(args.gold), "--run", args.run],
                         capture_output=True, text=True, check=False).stdout
    section = ""
    tables: dict[str, list[str]] = {"segment": [], "policy": []}
    summary = timing = ""
    for line in out.splitlines():
        if line.startswith("segment categories"):
            section = "segment"
        elif line.startswith("policy fields"):
            section = "policy"
        elif line.startswith("SUMMARY"):
            summary = line
        elif "time per policy" in line:
            timing = line.strip()
        m = ROW.match(line)
        if m and section:
            name, p, r, f1 = m.groups()
            tables[section].append(f"| {name.strip()} | {p} | {r} | {f1} |")
    for title, key in (("Segment categories", "segment"), ("Policy fields", "policy")):
        print(f"| {title} | P | R | F1 |\n|---|---:|---:|---:|")
        print("\n".join(tables[key]))
        print()
    print(f"`{summary}`" if summary else out[-2000:])
    if timing:
        print(f"\n({timing})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
