"""The benchmark runs and prints every figure (a smoke test on the two fixture policies: what it
measures is not checked here; speed targets live in benchmarks/, not in timed tests)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_benchmark_prints_every_figure():
    out = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench.py"), "--corpus", str(ROOT / "tests" / "fixtures" / "opp"),
         "--rounds", "1", "--cold-runs", "1", "--batch-copies", "2"],
        capture_output=True, text=True, timeout=300, check=True,
    ).stdout
    for figure in ("(a) full label", "textstat alone", "ratio round by round (textstat and labels in turn): ", "stages, ms/policy (CPU): ingest", "extraction",
                   "readability", "label", "JSON", "(b) linearity", "(c) cold start", "(d) batch (whole command, 4 policies"):
        assert figure in out, out


def test_benchmark_skips_without_a_corpus(tmp_path):
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench.py"), "--corpus", str(tmp_path / "none")],
                         capture_output=True, text=True, timeout=60, check=True).stdout
    assert "skipping" in out
