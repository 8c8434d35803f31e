"""Properties of the whole pipeline, over generated text (hypothesis), and determinism across
runs and hash seeds (subprocesses)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import summarizer
from summarizer import batch
from summarizer.errors import InputError

EX = Path(__file__).resolve().parent.parent / "examples"

SENTENCES = [
    "We collect your email address and phone number.", "We do not sell your personal information.",
    "We may share data with advertising partners.", "You can delete your account at any time.",
    "We keep logs for 30 days.", "Cookies help us remember you.", "Contact privacy@example.com.",
    "Children under 13 may not use the service.", "We use encryption (TLS).", "Acme collects usage data.",
    "If you do not want us to share it, opt out.", "Privacy Policy", "1. Information we collect",
]
pieces = st.one_of(
    st.sampled_from(SENTENCES),
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=30),
    st.sampled_from(["\n", "\n\n", " ", "\t", "\r\n", "<p>", "</p>", "<h2>", "</h2>", "<li>", "# ", "- ", "* ",
                     "&amp;", "&#0;", "|", "\x00", "\u202e", "😀", "«", "’", "...", "e.g.", "Inc.", "U.S."]),
)
texts = st.lists(pieces, max_size=25).map("".join)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_label(lab) -> None:
    data = json.loads(lab.to_json())
    text = lab.document.text
    assert data["source"]["text"] == text
    for f in lab.findings:
        for e in f.evidence:
            assert 0 <= e.start <= e.end <= len(text)
            assert text[e.start:e.end] == e.text
    for p in data["practices"]:
        for e in p["evidence"]:
            assert text[e["start"]:e["end"]] == e["text"]
    for e in data["evidence"]:
        assert text[e["start"]:e["end"]] == e["text"]
    for s in lab.document.sentences:
        assert text[s.start:s.end] == s.text
    assert len(data["answers"]) == 12
    assert all(a["status"] in ("stated", "denied", "not_stated") for a in data["answers"].values())


@SETTINGS
@given(texts, st.sampled_from([None, "text", "html", "markdown"]))
def test_any_text_gives_a_valid_label(text, fmt):
    try:
        lab = summarizer.label_text(text, fmt=fmt)
    except InputError as e:  # only for input with no readable text
        assert "no readable text" in str(e) and "\n" not in str(e)
        return
    check_label(lab)


@SETTINGS
@given(st.binary(max_size=400))
def test_any_bytes_give_a_label_or_an_input_error(data):
    r = batch.label_one(data, "x.txt", batch.Options(formats=("json",)))
    if r.ok:
        d = json.loads(r.outputs[0][1])
        text = d["source"]["text"]
        for e in d["evidence"]:
            assert text[e["start"]:e["end"]] == e["text"]
    else:
        assert r.exit_code == 2 and "\n" not in r.error


@SETTINGS
@given(texts)
def test_labelling_is_deterministic_in_process(text):
    a = batch.label_one(text, "p", batch.Options(formats=("json", "html")))
    b = batch.label_one(text, "p", batch.Options(formats=("json", "html")))
    assert a == b


def _label(args, seed: str) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    r = subprocess.run([sys.executable, "-c", "from summarizer.cli import app; app()", *args],
                       capture_output=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr.decode()
    return r.stdout


@pytest.mark.parametrize("fmt", ["json", "html", "markdown"])
def test_byte_identical_across_hash_seeds(fmt):
    outs = {_label(["label", str(EX / "brightside-notes.html"), "-f", fmt], seed) for seed in ("0", "1", "4242")}
    assert len(outs) == 1


def test_batch_byte_identical_across_hash_seeds(tmp_path):
    snaps = []
    for seed in ("0", "77"):
        out = tmp_path / f"out{seed}"
        _label(["batch", str(EX), "-o", str(out), "-f", "json", "-f", "html", "-q", "--jobs", "1"], seed)
        snaps.append({str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()})
    assert snaps[0] == snaps[1] and len(snaps[0]) == 7
