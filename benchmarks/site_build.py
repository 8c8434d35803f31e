"""Time `summarizer site build` on N policies made by varying the OPP-115 development policies.

    python benchmarks/site_build.py [--n 1000] [--jobs 2] [--corpus ../shared/corpus/opp115-dev]

The variants are written to a temporary folder (rotated paragraphs and a numbered first line, so
every file is different) and deleted afterwards: no corpus text is ever written into the repo.
Prints the seconds for a fresh build, a rebuild with nothing changed, and a rebuild after one
policy changed.
"""
from __future__ import annotations

import argparse
import os
import platform
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_variants(corpus: Path, n: int, dest: Path) -> None:
    files = sorted(corpus.glob("*/policy.txt"))
    if not files:
        sys.exit(f"no */policy.txt under {corpus}")
    for i in range(n):
        f = files[i % len(files)]
        paras = re.split(r"\n\s*\n", f.read_text(encoding="utf-8"))
        k = (i // len(files)) % max(1, len(paras))
        d = dest / f"{i:04d}_{f.parent.name}"
        d.mkdir(parents=True)
        (d / "policy.txt").write_text(f"Variant {i} of this policy.\n\n" + "\n\n".join(paras[k:] + paras[:k]),
                                      encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "opp115-dev")
    args = ap.parse_args()

    from summarizer.site import build_site

    with tempfile.TemporaryDirectory(prefix="summarizer-bench-") as tmp:
        src, out = Path(tmp) / "policies", Path(tmp) / "public"
        make_variants(args.corpus, args.n, src)
        print(f"{args.n} policies, --jobs {args.jobs}, {os.cpu_count()} CPUs, {platform.processor() or platform.machine()}, "
              f"Python {platform.python_version()}")
        t = time.perf_counter()
        r = build_site(src, out, jobs=args.jobs)
        print(f"fresh build:       {time.perf_counter() - t:6.1f} s  (labelling {r.label_seconds:.1f} s, "
              f"pages {r.render_seconds:.1f} s; {r.written} files)")
        t = time.perf_counter()
        r = build_site(src, out, jobs=args.jobs)
        print(f"nothing changed:   {time.perf_counter() - t:6.1f} s  ({r.cached} from cache, {r.written} files written)")
        one = next(src.iterdir()) / "policy.txt"
        one.write_text(one.read_text(encoding="utf-8") + "\nWe keep logs for 30 days.\n", encoding="utf-8")
        t = time.perf_counter()
        r = build_site(src, out, jobs=args.jobs)
        print(f"one policy edited: {time.perf_counter() - t:6.1f} s  ({r.labelled} relabelled, {r.written} files written)")


if __name__ == "__main__":
    main()
