#!/usr/bin/env python3
"""Speed of summarizer on the OPP-115 development policies.

    python benchmarks/bench.py [--corpus ../shared/corpus/opp115-dev] [--rounds 5] [--cold-runs 10]
                               [--batch-copies 4] [--skip-batch]

(a) full labels (ingest + extraction + readability + JSON) against textstat alone computing its
    twelve readability figures for the same texts, in the same run, round after round in turn
    (target: ratio <= 1.5), and
    the label's time stage by stage (ingest, extraction, readability, building the label, JSON);
(b) linearity: a policy 100 times longer, cost per word against the original (target <= 1.3);
(c) cold start of `summarizer label one-policy.txt` as a whole process (target < 1 s; hyperfine
    when installed, else repeated subprocess timing);
(d) `summarizer batch` throughput with --jobs 1 and --jobs 2 (and the dask engine if installed), on
    the corpus four times over (--batch-copies), so the command's fixed start is not most of it.

Skips cleanly (exit 0) when the corpus is absent.
"""
from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "opp115-dev"
FIGURES = ("flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index", "coleman_liau_index",
           "automated_readability_index", "dale_chall_readability_score", "text_standard", "lexicon_count",
           "sentence_count", "syllable_count", "reading_time")


def policies(corpus: Path) -> list[Path]:
    found = sorted(corpus.glob("*/policy.txt"))
    return found or sorted(p for p in corpus.rglob("*") if p.suffix in (".txt", ".html", ".md"))


def machine() -> str:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        load = " (load average {:.2f} {:.2f} {:.2f})".format(
            *os.getloadavg())
    except (OSError, AttributeError):
        load = ""
    return (f"{os.cpu_count()} CPUs{', ' + model if model else ''}; Python {platform.python_version()}; "
            f"{platform.system()}{load}")


def best_of(rounds: int, fn) -> float:
    """Best CPU time of ``rounds`` runs of ``fn``. CPU time of this process, not wall-clock time:
    (a) and (b) run in this one process, and CPU time is not inflated when other programs load
    the machine (wall-clock figures on a busy machine are noise)."""
    times = []
    for _ in range(rounds):
        t = time.process_time()
        fn()
        times.append(time.process_time() - t)
    return min(times)


def alternated(rounds: int, *fns) -> list[list[float]]:
    """CPU times of ``rounds`` rounds, each running every one of ``fns`` once, in turn: one
    list of times per function. The machine's speed drifts over seconds (other jobs, a noisy
    neighbour); taking one function's rounds after the other's let a slow spell fall on one of
    them alone and skew their ratio (1.8x and 3.1x on the same code within the hour); in turns,
    a spell slows both."""
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(rounds):
        for fn, took in zip(fns, times):
            t = time.process_time()
            fn()
            took.append(time.process_time() - t)
    return times


def bench_labels_vs_textstat(texts: list[str], rounds: int) -> tuple[float, float, list[float]]:
    import summarizer
    from summarizer import readability

    pack = summarizer.load_rules()
    readability._textstat()  # set textstat up (offline CMU dictionary) outside the timing
    from textstat.textstat import textstatistics

    ts = textstatistics()

    def textstat_alone():
        for t in texts:
            readability._release_text_caches()  # every text is new to textstat, as in real use
            for f in FIGURES:
                getattr(ts, f)(t)
        readability._release_text_caches()

    def full_labels():
        # Each round starts with readability's per-word memory empty, so a round pays for
        # counting every distinct word of the corpus once, as the first pass over a corpus does
        # (without this, rounds after the warm-up would find every word already counted).
        readability._forget_words()
        for t in texts:
            summarizer.label_text(t, fmt="text", rules=pack).to_json()

    full_labels()  # warm: rule pack, dictionary, imports
    textstat_alone()
    alone, full = alternated(rounds, textstat_alone, full_labels)
    # (the best of each, and each round's own ratio: its two figures were taken seconds apart)
    return min(full) / len(texts), min(alone) / len(texts), [f / a for f, a in zip(full, alone)]


STAGES = ("ingest", "extraction", "readability", "label", "JSON")


def bench_stages(texts: list[str], rounds: int) -> dict[str, float]:
    """Where a full label's time goes: CPU seconds per policy of each stage, the round with the
    least total of ``rounds`` (each stage timed around the library's public calls, in the order
    ``summarizer.label_text`` makes them; readability is the policy's, the label's own is in
    "label")."""
    import summarizer
    from summarizer import readability
    from summarizer.extract import Extractor
    from summarizer.label import build_label

    pack = summarizer.load_rules()
    clock = time.process_time
    best: dict[str, float] | None = None
    for _ in range(rounds):
        readability._forget_words()  # as in (a): each round meets every word for the first time
        spent = dict.fromkeys(STAGES, 0.0)
        for t in texts:
            t0 = clock()
            doc = summarizer.parse(t, fmt="text")
            t1 = clock()
            findings = Extractor(pack).run(doc)
            t2 = clock()
            measured = readability.measure(doc.text)
            t3 = clock()
            label = build_label(doc, findings, pack, readability=measured)
            t4 = clock()
            label.to_json()
            t5 = clock()
            for stage, took in zip(STAGES, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4)):
                spent[stage] += took
        if best is None or sum(spent.values()) < sum(best.values()):
            best = spent
    assert best is not None
    return {stage: took / len(texts) for stage, took in best.items()}


def bench_linearity(texts: list[str], factor: int = 100) -> tuple[float, float, int]:
    import summarizer

    pack = summarizer.load_rules()
    base = sorted(texts, key=len)[len(texts) // 2]  # the median-length policy
    long = "\n\n".join([base] * factor)
    words = len(base.split())

    def one(t):
        summarizer.label_text(t, fmt="text", rules=pack).to_json()

    one(base)
    short = best_of(5, lambda: one(base)) / words
    big = best_of(2, lambda: one(long)) / (words * factor)
    return short, big, words


def cli_command() -> list[str]:
    exe = shutil.which("summarizer")
    return [exe] if exe else [sys.executable, "-c", "from summarizer.cli import app; app()"]


def bench_cold_start(policy: Path, runs: int = 10) -> tuple[float, float, float, str]:
    # An installed summarizer has its modules byte-compiled (pip does it on install); an editable
    # install run with PYTHONDONTWRITEBYTECODE would compile every module from source on each
    # start instead (about 55 ms here), which is not what users' cold start costs.
    import compileall
    import summarizer

    compileall.compile_dir(str(Path(summarizer.__file__).parent), quiet=1)
    cmd = cli_command() + ["label", str(policy)]
    hf = shutil.which("hyperfine")
    if hf and cli_command()[0] != sys.executable:
        import json

        with tempfile.TemporaryDirectory() as d:
            out = Path(d) / "h.json"
            subprocess.run([hf, "--warmup", "2", "--runs", str(runs), "--export-json", str(out), "-N",
                            " ".join(cmd)], check=True, capture_output=True)
            r = json.loads(out.read_text())["results"][0]
            return r["mean"], r["median"], r["min"], "hyperfine"
    subprocess.run(cmd, capture_output=True, check=True)  # warm the file cache
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=True)
        times.append(time.perf_counter() - t)
    return statistics.mean(times), statistics.median(times), min(times), f"{runs} subprocess runs"


def batch_corpus(texts: list[str], copies: int, folder: Path) -> int:
    """Write ``copies`` copies of every policy to ``folder`` (each copy made distinct by a last line,
    so that batch's skip of content it has labelled before does not apply); return their number.
    A whole `summarizer batch` command pays a fixed start (interpreter, rules, worker processes)
    of about a second; a corpus a few times larger than the 56 policies shows what more workers
    do once that is paid, as on the corpora batch is for."""
    n = 0
    for k in range(copies):
        for i, t in enumerate(texts):
            (folder / f"{i:03d}-{k}.txt").write_text(f"{t}\n\n(Copy {k + 1}.)\n", encoding="utf-8")
            n += 1
    return n


def bench_batch(corpus: Path, n: int, jobs: int, engine: str = "local") -> float:
    with tempfile.TemporaryDirectory() as d:
        cmd = cli_command() + ["batch", str(corpus), "-o", d, "-q", "--jobs", str(jobs), "--engine", engine]
        t = time.perf_counter()
        r = subprocess.run(cmd, capture_output=True)
        elapsed = time.perf_counter() - t
        if r.returncode not in (0, 2):
            raise SystemExit(r.stderr.decode())
    return n / elapsed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--rounds", type=int, default=5, help="rounds of (a) and of the stage timing (the best of each is kept)")
    ap.add_argument("--skip-batch", action="store_true")
    ap.add_argument("--batch-copies", type=int, default=4, help="copies of the corpus batch labels (d)")
    ap.add_argument("--cold-runs", type=int, default=10, help="whole-process runs timed for (c)")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"bench: corpus {args.corpus} not found; skipping")
        return 0
    paths = policies(args.corpus)
    if not paths:
        print(f"bench: no policies in {args.corpus}; skipping")
        return 0
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
    words = sum(len(t.split()) for t in texts) / len(texts)
    print(f"machine: {machine()}")
    print(f"corpus: {args.corpus} ({len(texts)} policies, {words:.0f} words on average)")

    full, alone, ratios = bench_labels_vs_textstat(texts, args.rounds)
    print(f"(a) full label (JSON)        {full * 1000:7.1f} ms/policy (CPU)")
    print(f"    textstat alone, 12 figures {alone * 1000:5.1f} ms/policy   ratio {full / alone:.2f}x (target <= 1.5)")
    print("    ratio round by round (textstat and labels in turn): "
          + ", ".join(f"{r:.2f}x" for r in ratios) + f" (median {statistics.median(ratios):.2f}x)")
    stages = bench_stages(texts, args.rounds)
    total = sum(stages.values())
    print("    stages, ms/policy (CPU): " + ", ".join(
        f"{stage} {took * 1000:.1f} ({took / total:.0%})" for stage, took in stages.items()))

    short, big, w = bench_linearity(texts)
    print(f"(b) linearity: {w}-word policy {short * 1e6:.1f} us/word; 100x longer {big * 1e6:.1f} us/word"
          f"   ratio {big / short:.2f}x (target <= 1.3)")

    mean, median, fastest, how = bench_cold_start(paths[len(paths) // 2], max(1, args.cold_runs))
    # (the median beside the mean: on a shared machine one slow run moves the mean by tenths)
    print(f"(c) cold start `summarizer label policy.txt`: mean {mean:.3f} s, median {median:.3f} s, "
          f"min {fastest:.3f} s ({how}; target < 1 s)")

    if not args.skip_batch:
        with tempfile.TemporaryDirectory() as c:
            n = batch_corpus(texts, max(1, args.batch_copies), Path(c))
            r1 = bench_batch(Path(c), n, 1)
            r2 = bench_batch(Path(c), n, 2)
            print(f"(d) batch (whole command, {n} policies: the corpus {max(1, args.batch_copies)} times over): "
                  f"--jobs 1 {r1:.1f} policies/s, --jobs 2 {r2:.1f} policies/s   speed-up {r2 / r1:.2f}x")
            try:
                import distributed  # noqa: F401

                rd = bench_batch(Path(c), n, 2, engine="dask")
                print(f"    --engine dask (LocalCluster, 2 workers): {rd:.1f} policies/s")
            except ImportError:
                print("    --engine dask: not installed (pip install 'summarizer[dask]')")
    return 0


if __name__ == "__main__":
    sys.exit(main())
