"""`summarizer batch`: inputs of every kind, one file per policy, labels.jsonl, resume, safe names,
atomic writes, bounded read-ahead, and identical output from every engine."""
from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

import summarizer
from summarizer import batch as B
from summarizer.cli import app
from summarizer.engines import LocalEngine, Task, _ordered

EX = Path(__file__).resolve().parent.parent / "examples"
POLICY = ("Privacy Policy\n\nWe collect your email address and your name when you register. "
          "We use cookies to remember you. We do not sell your personal information. "
          "We share data with our payment processors. Contact us at privacy@example.com.\n")

runner = CliRunner()


def cli(*args, input=None):
    return runner.invoke(app, ["batch", *[str(a) for a in args]], input=input)


def lines(out: Path) -> list[dict]:
    return [json.loads(x) for x in (out / "labels.jsonl").read_text(encoding="utf-8").splitlines()]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    c = tmp_path / "corpus"
    (c / "sub").mkdir(parents=True)
    for f in EX.iterdir():
        (c / f.name).write_bytes(f.read_bytes())
    (c / "sub" / "plain.txt").write_text(POLICY)
    (c / "notes.json").write_text("{}")  # not a policy suffix: ignored in folders
    (c / ".hidden.txt").write_text(POLICY)  # hidden: ignored
    return c


def test_folder_glob_jsonl_and_stdin(tmp_path, corpus):
    more = tmp_path / "more"
    more.mkdir()
    (more / "a.html").write_text("<html><body><h1>Privacy</h1><p>" + POLICY + "</p></body></html>")
    (more / "b.html").write_text("<p>We collect your location.</p>")
    jl = tmp_path / "p.jsonl"
    jl.write_text(json.dumps({"id": "one", "text": POLICY}) + "\n\n" + json.dumps({"id": 2, "text": "We track you."}) + "\n")
    listed = tmp_path / "listed.md"
    listed.write_text("# Privacy\n\n" + POLICY)
    out = tmp_path / "out"
    r = cli(corpus, str(more / "*.html"), jl, "-", "-o", out, "-q", "--jobs", "1", input=f"{listed}\n\n")
    assert r.exit_code == 0, r.output
    ids = [d["id"] for d in lines(out)]
    assert len(ids) == 4 + 2 + 2 + 1
    assert ids[-3:] == ["one", "2", str(listed)]
    assert all(d["status"] == "ok" for d in lines(out))
    names = sorted(snapshot(out))
    assert "corpus/sub/plain.json" in names and "corpus/brightside-notes.json" in names
    assert "a.json" in names and "one.json" in names and "2.json" in names and "listed.json" in names
    assert not any(n.endswith(".tmp") or "hidden" in n or n.startswith("corpus/notes") for n in names)
    assert "4 labelled" not in r.stderr and "9 labelled" in r.stderr


def test_outputs_match_the_label_command(tmp_path, corpus):
    out = tmp_path / "out"
    summary = B.run_batch([str(corpus)], out, B.Options(formats=("json", "html", "markdown")))
    assert summary.failed == 0 and summary.labelled == 4
    src = corpus / "corner-bakery.txt"
    lab = summarizer.label_file(str(src))
    assert (out / "corpus/corner-bakery.json").read_text(encoding="utf-8") == lab.to_json()
    assert (out / "corpus/corner-bakery.html").read_text(encoding="utf-8") == lab.to_html()
    assert (out / "corpus/corner-bakery.md").read_text(encoding="utf-8") == lab.to_markdown()
    rec = next(d for d in lines(out) if d["id"] == str(src))
    assert rec["label"] == json.loads(lab.to_json())
    assert rec["files"] == ["corpus/corner-bakery.json", "corpus/corner-bakery.html", "corpus/corner-bakery.md"]


def test_resume_skips_unchanged_and_relabels_changed(tmp_path, corpus):
    out = tmp_path / "out"
    s1 = B.run_batch([str(corpus)], out)
    assert (s1.labelled, s1.unchanged) == (4, 0)
    first = snapshot(out)
    s2 = B.run_batch([str(corpus)], out)
    assert (s2.labelled, s2.unchanged, s2.failed) == (0, 4, 0)
    assert snapshot(out) == first  # nothing rewritten, labels.jsonl compacted back to one line per id
    (corpus / "sub" / "plain.txt").write_text(POLICY + "We sell your data to advertisers.\n")
    s3 = B.run_batch([str(corpus)], out)
    assert (s3.labelled, s3.unchanged) == (1, 3)
    recs = lines(out)
    assert len(recs) == 4 and len({d["id"] for d in recs}) == 4
    assert json.loads((out / "corpus/sub/plain.json").read_text())["answers"]["sold"]["status"] == "stated"
    # other options (or rules, templates, version) are another key: everything is relabelled
    s4 = B.run_batch([str(corpus)], out, B.Options(include_text=False))
    assert s4.labelled == 4
    # a deleted output file is relabelled
    (out / "corpus/brightside-notes.json").unlink()
    s5 = B.run_batch([str(corpus)], out, B.Options(include_text=False))
    assert (s5.labelled, s5.unchanged) == (1, 3)
    assert B.run_batch([str(corpus)], out, B.Options(include_text=False), force=True).labelled == 4


def test_bad_inputs_are_reported_and_the_batch_goes_on(tmp_path, corpus):
    (corpus / "empty.txt").write_text("   \n")
    (corpus / "binary.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    (corpus / "big.txt").write_text("We collect data. " * 1000)
    jl = tmp_path / "p.jsonl"
    jl.write_text('{"id": "x", "text": "We collect your email."}\nnot json\n[1, 2]\n{"id": "y"}\n')
    out = tmp_path / "out"
    r = cli(corpus, jl, tmp_path / "missing.txt", "-o", out, "-q", "--max-bytes", "5000", "--jobs", "1")
    assert r.exit_code == 2, r.output
    assert "Traceback" not in r.output
    recs = {d["id"]: d for d in lines(out)}
    bad = {k for k, d in recs.items() if d["status"] == "error"}
    assert {str(corpus / "empty.txt"), str(corpus / "binary.html"), str(corpus / "big.txt"),
            f"{jl}:2", f"{jl}:3", f"{jl}:4", str(tmp_path / "missing.txt")} == bad
    assert recs["x"]["status"] == "ok" and sum(d["status"] == "ok" for d in recs.values()) == 5
    for k in bad:
        assert "\n" not in recs[k]["error"]
        assert f"summarizer: error: {recs[k]['error']}" in r.stderr
    assert "5 labelled" in r.stderr and "7 failed" in r.stderr


def test_failed_policies_are_retried(tmp_path):
    jl = tmp_path / "p.jsonl"
    jl.write_text('{"id": "x", "text": " "}\n')
    out = tmp_path / "out"
    assert B.run_batch([str(jl)], out).failed == 1
    jl.write_text('{"id": "x", "text": "We collect your email."}\n')
    s = B.run_batch([str(jl)], out)
    assert (s.labelled, s.failed) == (1, 0)
    assert [d["status"] for d in lines(out)] == ["ok"]


@pytest.mark.parametrize("sid", ["../../escape", "/etc/passwd", "a/../../b", "..", ".", "", "CON", "nul.txt",
                                 "x" * 5000, "a\\..\\..\\b", "ünïcødé/名前", "a\x00b", "with space/ and:colon",
                                 ".hidden", "a/" * 40 + "deep"])
def test_output_names_never_escape(tmp_path, sid):
    stem = B.output_stem(sid)
    assert stem and not stem.startswith("/") and "\\" not in stem and "\x00" not in stem
    parts = stem.split("/")
    assert all(p and not p.startswith(".") and len(p) <= 90 for p in parts) and len(parts) <= 8
    out = tmp_path / "out"
    base = os.path.realpath(out)
    assert os.path.realpath(out / (stem + ".json")).startswith(base + os.sep)


def test_hostile_ids_end_up_inside_the_output_folder(tmp_path):
    jl = tmp_path / "p.jsonl"
    ids = ["../../escape", "/tmp/abs", "CON", "x" * 3000, "a/b", "a_b", "a b"]
    jl.write_text("".join(json.dumps({"id": i, "text": POLICY}) + "\n" for i in ids))
    out = tmp_path / "deep" / "out"
    s = B.run_batch([str(jl)], out)
    assert s.labelled == len(ids) and s.failed == 0
    files = [p for p in tmp_path.rglob("*") if p.is_file() and p.suffix == ".json"]
    assert len(files) == len(ids)
    assert all(str(p.resolve()).startswith(str(out.resolve()) + os.sep) for p in files)


def test_same_output_name_from_two_inputs_gets_distinct_files(tmp_path):
    d = tmp_path / "c"
    d.mkdir()
    (d / "x.txt").write_text(POLICY)
    (d / "x.html").write_text("<p>" + POLICY + "</p>")
    out = tmp_path / "out"
    B.run_batch([str(d)], out)
    files = [f for rec in lines(out) for f in rec["files"]]
    assert len(set(files)) == 2


def test_writes_are_atomic(tmp_path, corpus, monkeypatch):
    out = tmp_path / "out"
    B.run_batch([str(corpus)], out)
    good = snapshot(out)
    (corpus / "corner-bakery.txt").write_text(POLICY + "Changed.\n")
    real_replace = os.replace

    def failing_replace(src, dst):
        if str(dst).endswith("corner-bakery.json"):
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", failing_replace)
    s = B.run_batch([str(corpus)], out)
    monkeypatch.undo()
    assert s.failed == 1 and "No space left" in s.failures[0][1]
    now = snapshot(out)
    assert now["corpus/corner-bakery.json"] == good["corpus/corner-bakery.json"]  # the good one stays
    assert not [n for n in now if n.endswith(".tmp")]
    s = B.run_batch([str(corpus)], out)  # and the next run retries it
    assert (s.labelled, s.unchanged, s.failed) == (1, 3, 0)


def test_a_torn_last_line_is_dropped(tmp_path, corpus):
    out = tmp_path / "out"
    B.run_batch([str(corpus)], out)
    p = out / "labels.jsonl"
    data = p.read_bytes()
    p.write_bytes(data + b'{"id": "half-writ')
    s = B.run_batch([str(corpus)], out)
    assert s.unchanged == 4
    assert p.read_bytes() == data


def test_read_ahead_is_bounded():
    pulled = []
    released = []

    def tasks():
        for i in range(1000):
            pulled.append(i)
            assert len(pulled) - len(released) <= 8, "read too far ahead"
            yield Task(args=(i,)) if i % 3 else Task(result=i)

    from concurrent.futures import Future

    def submit(args):
        f = Future()
        f.set_result(args[0])
        return f

    for r in _ordered(submit, lambda futs: futs[:1], lambda f: f.result(), tasks(), window=8):
        released.append(r)
    assert released == list(range(1000))


def test_progress_callback_and_summary(tmp_path, corpus):
    seen = []
    s = B.run_batch([str(corpus)], tmp_path / "out", progress=seen.append)
    assert [i.status for i in seen] == ["labelled"] * 4
    assert s.total == 4 and s.exit_code == 0 and "4 labelled" in s.line()
    assert B.count_sources([str(corpus)]) == 4


def test_jobs_two_equals_jobs_one_byte_for_byte(tmp_path, corpus):
    a, b = tmp_path / "a", tmp_path / "b"
    opts = B.Options(formats=("json", "html"))
    B.run_batch([str(corpus)], a, opts, engine=LocalEngine(1))
    with LocalEngine(2) as eng:
        B.run_batch([str(corpus)], b, opts, engine=eng)
    assert snapshot(a) == snapshot(b)


def test_label_one_is_pure_and_never_raises():
    opts = B.Options(formats=("json", "markdown"))
    r1 = B.label_one(POLICY.encode(), "p.txt", opts)
    r2 = B.label_one(POLICY.encode(), "p.txt", opts)
    assert r1 == r2 and r1.ok
    assert json.loads(r1.record)["answers"]["sold"]["status"] == "denied"
    bad = B.label_one(b"\x00\x01\x02" * 100, "bin.txt", opts)
    assert not bad.ok and bad.exit_code == 2 and "binary" in bad.error
    assert not B.label_one("", "e", opts).ok


def test_unknown_engine_and_missing_scheduler_errors(tmp_path):
    r = cli(EX, "-o", tmp_path / "o", "--scheduler", "tcp://127.0.0.1:9", "-q")
    assert r.exit_code == 1 and "--scheduler needs --engine dask" in r.stderr


def test_output_folder_inside_input_folder_is_not_read(tmp_path, corpus):
    out = corpus / "out"
    B.run_batch([str(corpus)], out)
    s = B.run_batch([str(corpus)], out)
    assert s.total == 4


# ---------------------------------------------------------------------------------------------
# Dask distributed: a LocalCluster on 127.0.0.1 gives byte-identical results
# ---------------------------------------------------------------------------------------------

def test_dask_local_cluster_matches_local_run(tmp_path, corpus):
    pytest.importorskip("distributed")
    from summarizer.engines import DaskEngine

    a, b = tmp_path / "a", tmp_path / "b"
    jl = tmp_path / "p.jsonl"
    jl.write_text(json.dumps({"id": "j", "text": POLICY}) + "\nbroken\n")
    opts = B.Options(formats=("json", "html"))
    sa = B.run_batch([str(corpus), str(jl)], a, opts)
    with DaskEngine(jobs=2) as eng:
        assert eng.client.scheduler.address.startswith("tcp://127.0.0.1:")
        sb = B.run_batch([str(corpus), str(jl)], b, opts, engine=eng)
    assert (sa.labelled, sa.failed) == (sb.labelled, sb.failed) == (5, 1)
    assert snapshot(a) == snapshot(b)


def test_dask_missing_gives_one_line_error(monkeypatch):
    import builtins

    from summarizer.engines import EngineError, make_engine

    real = builtins.__import__

    def no_dask(name, *a, **k):
        if name.split(".")[0] in ("distributed", "dask"):
            raise ImportError(name)
        return real(name, *a, **k)

    monkeypatch.setattr(builtins, "__import__", no_dask)
    with pytest.raises(EngineError, match=r"pip install 'summarizer\[dask\]'"):
        make_engine("dask", jobs=1)
