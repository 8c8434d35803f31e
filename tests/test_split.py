"""A process's first label may share its rule matching with a forked process (``split``): the
label is the same, whatever the other process does (takes all the work, none, the same work as
this one, or fails), and a failing or interrupted child never leaves a process behind."""
from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import threading
import time

import pytest

import summarizer
from summarizer import _forked, extract, ingest
from summarizer.rules import load_rules

from conftest import EXAMPLES, SHARED, needs_shared

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the split forks on Linux only")


# --- the forked process ------------------------------------------------------------------------

@linux_only
def test_forked_gives_the_childs_result():
    parent = os.getpid()
    got = _forked.Forked(lambda: {"pid": os.getpid(), "words": ["a", "b"]}).result(lambda: None)
    assert got["words"] == ["a", "b"] and got["pid"] != parent


@linux_only
@pytest.mark.parametrize("fails", ["raises", "unpicklable", "exits"])
def test_forked_child_that_fails_gives_the_fallback(fails):
    def work():
        if fails == "raises":
            raise ValueError("no")
        if fails == "exits":
            os._exit(3)
        return lambda: None  # pickle cannot send a lambda

    assert _forked.Forked(work).result(lambda: "computed here") == "computed here"


@linux_only
def test_forked_cancel_stops_and_reaps_the_child():
    forked = _forked.Forked(lambda: time.sleep(60))
    pid = forked._pid
    started = time.monotonic()
    forked.cancel()
    assert time.monotonic() - started < 5
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # reaped already: no such child


@linux_only
def test_no_fork_while_another_thread_runs():
    stop = threading.Event()
    t = threading.Thread(target=stop.wait)
    t.start()
    try:
        assert not _forked.can_fork()
    finally:
        stop.set()
        t.join()


# --- the split itself, with stand-ins for the forked process -----------------------------------

def _text() -> str:
    return "Privacy Policy\n\n" + "\n\n".join(
        p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.iterdir()) if p.suffix in (".txt", ".md"))


def _findings(split: bool, meanwhile=None) -> list[dict]:
    pack = load_rules()  # a fresh pack: its rule index has seen no document yet
    doc = ingest.document_from_text(_text())
    found = extract.Extractor(pack, split=split).run(doc, meanwhile=meanwhile)
    return [f.to_dict() | {"sentence": f.sentence} for f in found]


class _InProcess:
    """The forked process's stand-in: does its part here, at once (its marks are seen)."""

    started = 0

    def __init__(self, fn):
        type(self).started += 1
        try:
            self.value, self.ok = fn(), True
        except Exception:  # as a child that fails: nothing sent back
            self.ok = False

    def result(self, otherwise):
        return self.value if self.ok else otherwise()

    def cancel(self):
        pass


class _Failing(_InProcess):
    """Takes its part, then never sends it: this process decides that part itself."""

    def result(self, otherwise):
        return otherwise()


class _Unseen:
    """Shared memory whose marks neither process sees: both take every group (the race)."""

    def __init__(self, *args):
        pass

    def __getitem__(self, i):
        return 0

    def __setitem__(self, i, v):
        pass

    def close(self):
        pass


@pytest.fixture(scope="module")
def unsplit() -> list[dict]:
    return _findings(split=False)


@pytest.mark.parametrize("stand_in", [_InProcess, _Failing])
def test_split_findings_are_the_same(stand_in, unsplit, monkeypatch):
    monkeypatch.setattr(_forked, "can_fork", lambda: True)
    monkeypatch.setattr(_forked, "Forked", stand_in)
    stand_in.started = 0
    assert _findings(split=True) == unsplit
    assert stand_in.started == 1


def test_split_findings_are_the_same_when_both_processes_take_the_same_work(unsplit, monkeypatch):
    import mmap

    monkeypatch.setattr(_forked, "can_fork", lambda: True)
    monkeypatch.setattr(_forked, "Forked", _InProcess)
    monkeypatch.setattr(mmap, "mmap", _Unseen)
    assert _findings(split=True) == unsplit


@pytest.mark.parametrize("after", [0, 30, 300, 1000, 10**9])
def test_split_findings_are_the_same_whenever_the_guards_filter_is_built(after, monkeypatch):
    """The guards' Filter is built once GUARD_FILTER_AFTER candidates' guards were searched one
    by one; a split document is decided group by group, so that moment may come within it (a
    long policy): its guards are still all tested. (The rules' own examples, one long document,
    meet the guards everywhere.)"""
    from test_shortcuts import _EXAMPLES

    monkeypatch.setattr(extract, "GUARD_FILTER_AFTER", after)
    doc = ingest.document_from_text("Privacy Policy\n\n" + "\n\n".join(_EXAMPLES))

    def findings(split: bool) -> list[dict]:
        found = extract.Extractor(load_rules(), split=split).run(doc)
        return [f.to_dict() | {"sentence": f.sentence} for f in found]

    plain = findings(split=False)
    monkeypatch.setattr(_forked, "can_fork", lambda: True)
    monkeypatch.setattr(_forked, "Forked", _InProcess)
    _InProcess.started = 0
    assert findings(split=True) == plain
    assert _InProcess.started == 1


def test_only_the_first_document_is_split(monkeypatch):
    monkeypatch.setattr(_forked, "can_fork", lambda: True)
    monkeypatch.setattr(_forked, "Forked", _InProcess)
    _InProcess.started = 0
    pack = load_rules()
    doc = ingest.document_from_text(_text())
    first = extract.Extractor(pack, split=True).run(doc)
    second = extract.Extractor(pack, split=True).run(doc)
    assert first == second and _InProcess.started == 1


@pytest.mark.parametrize("text", [
    "We collect your email address.",
    # (the rules read everywhere are candidates of every sentence of a document that may be
    # split: they do not count)
    "We collect your email address when you sign up. We share it with our payment processor.\n\n" * 2,
])
def test_no_split_without_enough_candidates(text, monkeypatch):
    monkeypatch.setattr(_forked, "can_fork", lambda: True)
    monkeypatch.setattr(_forked, "Forked", _InProcess)
    _InProcess.started = 0
    doc = ingest.document_from_text("Privacy Policy\n\n" + text)
    assert extract.Extractor(load_rules(), split=True).run(doc)
    assert _InProcess.started == 0


@pytest.mark.parametrize("split", [False, True])
def test_meanwhile_is_called_once(split, monkeypatch):
    monkeypatch.setattr(_forked, "can_fork", lambda: True)
    monkeypatch.setattr(_forked, "Forked", _InProcess)
    calls = []
    _findings(split=split, meanwhile=lambda: calls.append(1))
    assert calls == [1]
    calls.clear()  # a document without a sentence: still once
    extract.Extractor(load_rules(), split=split).run(ingest.document_from_text(""), meanwhile=lambda: calls.append(1))
    assert calls == [1]


def test_an_error_meanwhile_stops_the_other_process(monkeypatch):
    cancelled = []

    class Recorded(_InProcess):
        def cancel(self):
            cancelled.append(True)

    monkeypatch.setattr(_forked, "can_fork", lambda: True)
    monkeypatch.setattr(_forked, "Forked", Recorded)

    def fails():
        raise summarizer.SummarizerError("no templates")

    with pytest.raises(summarizer.SummarizerError, match="no templates"):
        _findings(split=True, meanwhile=fails)
    assert cancelled == [True]


def test_split_label_has_the_policys_readability(monkeypatch):
    from summarizer.readability import measure

    monkeypatch.setattr(_forked, "can_fork", lambda: True)
    monkeypatch.setattr(_forked, "Forked", _InProcess)
    doc = ingest.document_from_text(_text())
    lab = summarizer.label_document(doc, rules=load_rules(), split=True)
    assert lab.readability == measure(doc.text)
    assert lab.to_json() == summarizer.label_document(doc, rules=load_rules()).to_json()


# --- really forked, in a process of its own ------------------------------------------------------

_SPLIT_RUN = r"""
import json, sys
from summarizer import _forked, label_file
from summarizer.rules import load_rules

forks = []
Forked = _forked.Forked
class Counted(Forked):
    def __init__(self, fn):
        forks.append(1)
        super().__init__(fn)
_forked.Forked = Counted
for path in sys.argv[1:]:
    split = label_file(path, rules=load_rules(), split=True).to_json()  # a fresh pack: a first document
    plain = label_file(path, rules=load_rules()).to_json()
    print(json.dumps({"path": path, "same": split == plain}))
print(json.dumps({"forks": len(forks), "can_fork": _forked.can_fork()}))
"""


def _split_run(paths: list[str]) -> tuple[list[dict], dict]:
    out = subprocess.run([sys.executable, "-c", _SPLIT_RUN, *paths], capture_output=True, text=True, check=True)
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    return lines[:-1], lines[-1]


def test_forked_split_gives_the_same_labels_on_the_examples():
    paths = [str(p) for p in sorted(EXAMPLES.iterdir())]
    results, run = _split_run(paths)
    assert results == [{"path": p, "same": True} for p in paths]
    if run["can_fork"]:  # each file is parsed aside; the smallest have too few candidates to split
        assert len(paths) < run["forks"] <= 2 * len(paths)


def test_forked_split_gives_the_same_labels_on_a_long_policy(tmp_path):
    """A long policy (the rules' own examples, some 2,000 sentences) guards so many candidates
    that the guards' Filter is built while its groups are decided, in one process or the other:
    its guards are all tested still, as unsplit."""
    from test_shortcuts import _EXAMPLES

    path = tmp_path / "long.txt"
    path.write_text("Privacy Policy\n\n" + "\n\n".join(_EXAMPLES), encoding="utf-8")
    results, run = _split_run([str(path)])
    assert results == [{"path": str(path), "same": True}]
    if run["can_fork"]:
        assert run["forks"] == 2  # parsed aside, and rules matched in two processes


@needs_shared
def test_forked_split_gives_the_same_labels_on_dev_policies():
    paths = [str(p) for p in sorted((SHARED / "corpus" / "opp115-dev").glob("*/policy.txt"))[::7]]
    results, run = _split_run(paths)
    assert results == [{"path": p, "same": True} for p in paths]
    if run["can_fork"]:
        assert run["forks"] == 2 * len(paths)  # parsed aside, and rules matched in two processes


# --- the file parsed in a forked process, while this one loads the rules -----------------------

@pytest.fixture()
def counted(monkeypatch):
    """Forks counted, each run here at once (:class:`_InProcess`)."""
    monkeypatch.setattr(_forked, "can_fork", lambda: True)
    monkeypatch.setattr(_forked, "Forked", _InProcess)
    _InProcess.started = 0
    return _InProcess


def test_a_file_parsed_aside_gives_the_same_label(counted):
    policy = EXAMPLES / "brightside-notes.html"
    split = summarizer.label_file(policy, rules=load_rules(), split=True).to_json()
    assert counted.started >= 1
    assert split == summarizer.label_file(policy).to_json()


def test_a_file_is_parsed_aside_only_while_the_rules_are_not_ready(counted):
    pack = load_rules()
    policy = EXAMPLES / "corner-bakery.txt"
    summarizer.label_file(policy, rules=pack, split=True)
    first = counted.started
    assert first >= 1
    summarizer.label_file(policy, rules=pack, split=True)  # loaded and indexed: parsed here
    assert counted.started == first


def test_a_file_parsed_aside_that_fails_is_parsed_here(monkeypatch):
    monkeypatch.setattr(_forked, "can_fork", lambda: True)
    monkeypatch.setattr(_forked, "Forked", _Failing)
    policy = EXAMPLES / "corner-bakery.txt"
    assert (summarizer.label_file(policy, rules=load_rules(), split=True).to_json()
            == summarizer.label_file(policy).to_json())


def test_errors_reading_a_file_are_the_same_when_parsed_aside(counted, tmp_path):
    binary = tmp_path / "policy.pdf"
    binary.write_bytes(b"%PDF-1.4\x00\x01\x02 binary " * 50)
    for path in (tmp_path / "missing.txt", binary):
        with pytest.raises(summarizer.InputError) as plain:
            summarizer.label_file(path)
        with pytest.raises(summarizer.InputError) as aside:
            summarizer.label_file(path, rules=load_rules(), split=True)
        assert str(aside.value) == str(plain.value)
    assert counted.started == 1  # (the missing file is not parsed aside: its size is unknown)


def test_large_files_and_standard_input_are_parsed_here(counted, monkeypatch, tmp_path):
    import io

    policy = EXAMPLES / "corner-bakery.txt"
    monkeypatch.setattr(summarizer, "PARSE_ASIDE_MAX_BYTES", policy.stat().st_size - 1)
    monkeypatch.setattr(summarizer, "label_document", lambda doc, **kw: doc)  # (the parse alone)
    summarizer.label_file(policy, rules=load_rules(), split=True)
    summarizer.label_file("-", rules=load_rules(), split=True, stdin=io.BytesIO(policy.read_bytes()))
    assert counted.started == 0
    monkeypatch.setattr(summarizer, "PARSE_ASIDE_MAX_BYTES", policy.stat().st_size)
    summarizer.label_file(policy, rules=load_rules(), split=True)
    assert counted.started == 1


def test_a_split_run_keeps_the_same_regex_programs_as_one_process(tmp_path):
    """The forked processes leave without ``atexit``: they store the programs of the regular
    expressions they compiled first themselves, so the cache holds what one process would."""
    import marshal

    policy = str(EXAMPLES / "brightside-notes.html")

    def stored(folder, *command: str) -> set:
        env = dict(os.environ, SUMMARIZER_CACHE_DIR=str(folder))
        subprocess.run([sys.executable, "-c", *command], env=env, capture_output=True, check=True)
        return set(marshal.loads(next((folder / "re").glob("*.marshal")).read_bytes()))

    split = stored(tmp_path / "split", "from summarizer.cli import run; run()", "label", policy)
    one = stored(tmp_path / "one", "import sys, summarizer; summarizer.label_file(sys.argv[1]).render('markdown')", policy)
    assert split == one


def test_the_label_command_keeps_the_collector_on_when_called_from_python():
    from typer.testing import CliRunner

    from summarizer.cli import app

    assert gc.isenabled()
    result = CliRunner().invoke(app, ["label", str(EXAMPLES / "corner-bakery.txt"), "-f", "json"])
    assert result.exit_code == 0
    assert gc.isenabled()


def test_the_console_script_labels_as_the_command_does():
    from typer.testing import CliRunner

    from summarizer.cli import app

    policy = str(EXAMPLES / "brightside-notes.html")
    for fmt in ("json", "markdown", "html"):
        script = subprocess.run([sys.executable, "-c", "from summarizer.cli import run; run()", "label", policy, "-f", fmt],
                                capture_output=True, text=True, check=True).stdout
        assert script == CliRunner().invoke(app, ["label", policy, "-f", fmt]).stdout


def test_a_missing_template_folder_is_still_reported():
    out = subprocess.run([sys.executable, "-c", "from summarizer.cli import run; run()", "label",
                          str(EXAMPLES / "brightside-notes.html"), "--template-dir", "/nonexistent/templates"],
                         capture_output=True, text=True)
    assert out.returncode != 0
    assert out.stderr.strip() == "summarizer: error: template folder not found: /nonexistent/templates"
