"""summarizer.evaluate and `summarizer rules explain`: scores on a tiny hand-written gold folder."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.errors import SummarizerError
from summarizer.evaluate import PRF, evaluate, explain, load_gold, predict
from summarizer.rules import load_rules

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "opp"
SCORER = Path(__file__).resolve().parent.parent.parent / "shared" / "tools" / "opp115_score.py"

# A rule pack of our own, so the expected figures do not move when the shipped rules improve.
PACK = """
vocabulary:
  taxonomy:
    personal_information_type:
      contact:
        label: contact details
        terms:
          email: ['e-?mail(?: address)?']
      generic_personal_information:
        label: personal information
        terms:
          pi: ['personal information']
rules:
  - id: t.collect
    category: first_party_collection_use
    fill: [personal_information_type]
    when: ['\\bcollect\\b']
    examples: {match: [We collect your email.]}
  - id: t.share
    category: third_party_sharing_collection
    fill: [personal_information_type]
    when: ['\\b(?:sell|share)\\b']
    examples: {match: [We sell data.], denied: [We do not sell data.]}
  - id: t.security
    category: data_security
    attributes: {security_measure: [generic]}
    when: ['\\bsecurity\\b']
    examples: {match: [We use security measures.]}
  - id: t.bakery
    category: data_retention
    attributes: {retention_period: [stated_period]}
    when: ['\\bmorning\\b']
    examples: {match: [Every morning.]}
"""


@pytest.fixture()
def pack(tmp_path):
    (tmp_path / "pack.yaml").write_text(PACK, encoding="utf-8")
    return load_rules(tmp_path / "pack.yaml")


def test_load_gold_reads_every_policy_in_order():
    pols = load_gold(FIXTURES)
    assert [p.name for p in pols] == ["1_example.test", "2_sample.test"]
    p = pols[0]
    assert p.text[p.segments[1]["start"]:p.segments[1]["end"]] == p.segments[1]["text"]
    assert p.segment_categories(1) == {"first_party_collection_use"}
    assert p.segment_categories(0) == set()  # "Other" is left out
    assert set(p.field_values("first_party.personal_information_types")) == {"contact", "location"}
    assert load_gold(FIXTURES, only=["2_sample.test"])[0].name == "2_sample.test"
    assert load_gold(FIXTURES / "2_sample.test")[0].name == "2_sample.test"  # one policy folder


def test_load_gold_errors(tmp_path):
    with pytest.raises(SummarizerError):
        load_gold(tmp_path)
    with pytest.raises(SummarizerError):
        load_gold(FIXTURES, only=["nope"])


def test_prf():
    m = PRF()
    m.add({1, 2}, {2, 3})
    assert (m.tp, m.fp, m.fn) == (1, 1, 1)
    assert m.f1 == pytest.approx(0.5)
    assert PRF().f1 == 0.0


def test_scores_by_hand(pack):
    ev = evaluate(load_gold(FIXTURES), pack)
    seg = ev.segment
    # segment 1 collect (tp), 2 share (tp), 3 security (tp), 4 bakery → retention (tp by the fixture's gold)
    assert (seg["first_party_collection_use"].tp, seg["first_party_collection_use"].fp) == (1, 0)
    assert (seg["third_party_sharing_collection"].tp, seg["data_security"].tp) == (1, 1)
    # policy 2: nothing fires; gold has policy_change and user_choice → two false negatives
    assert seg["policy_change"].fn == 1 and seg["user_choice_control"].fn == 1
    assert (ev.segment_all.tp, ev.segment_all.fp, ev.segment_all.fn) == (4, 0, 2)
    # fields: contact tp, location fn, security generic tp, retention stated_period fp, 2 fn in policy 2
    f = ev.fields
    assert (f["first_party.personal_information_types"].tp, f["first_party.personal_information_types"].fn) == (1, 1)
    assert f["security.measures"].tp == 1
    assert f["retention.periods"].fp == 1
    assert (ev.policy_all.tp, ev.policy_all.fp, ev.policy_all.fn) == (2, 1, 3)
    # "We do not sell your personal information" is a denial of generic personal information
    assert (ev.denials.tp, ev.denials.fp, ev.denials.fn) == (1, 0, 0)
    # both right values have evidence in their gold segment; the retention value is wrong
    assert ev.grounded == 2 and ev.predicted_values == 3
    s = ev.summary()
    assert s["policies"] == 2 and s["denials_f1"] == 1.0
    assert ev.report().rstrip().splitlines()[-1].startswith("SUMMARY policies=2 ")


def test_explain_lists_errors_with_rule_and_text(pack):
    ev = evaluate(load_gold(FIXTURES), pack)
    text = explain(ev, field_name="retention.periods")
    assert "FALSE POSITIVES: 1" in text and "[t.bakery]" in text and "opens at nine" in text
    text = explain(ev, field_name="first_party.personal_information_types", limit=5)
    assert "FALSE NEGATIVES: 1" in text and "location" in text and "t.collect" in text
    text = explain(ev, category="policy_change")
    assert "FALSE NEGATIVES (annotators' category, no rule of it fired): 1" in text
    assert "2_sample.test segment 0" in text and "fired here: nothing" in text
    text = explain(ev, category="retention")  # a unique part of a name is enough
    assert "FALSE POSITIVES" in text
    text = explain(ev, field_name="denials")
    assert "third_party.does_not.personal_information_types" in text
    overview = explain(ev)
    assert "t.bakery" in overview and "SUMMARY" in overview
    with pytest.raises(SummarizerError):
        explain(ev, field_name="no_such_field")


def test_predict_gives_contract_practices(pack):
    pol = load_gold(FIXTURES)[0]
    prs, seconds = predict(pol, pack)
    assert seconds >= 0
    for pr in prs:
        assert set(pr) == {"category", "attributes", "negated", "evidence", "rule"}
        for e in pr["evidence"]:
            assert pol.text[e["start"]:e["end"]] == e["text"]


def test_cli_explain(tmp_path):
    (tmp_path / "pack.yaml").write_text(PACK, encoding="utf-8")
    runner = CliRunner()
    r = runner.invoke(app, ["rules", "explain", str(FIXTURES), "--rules", str(tmp_path / "pack.yaml"),
                            "--field", "retention.periods", "--json", str(tmp_path / "f.json")])
    assert r.exit_code == 0, r.output
    assert "t.bakery" in r.output
    assert json.loads((tmp_path / "f.json").read_text())["policies"] == 2
    r = runner.invoke(app, ["rules", "explain", str(FIXTURES), "--only", "1_example.test", "--per-policy"])
    assert r.exit_code == 0, r.output
    assert "1_example.test" in r.output and "SUMMARY policies=1" in r.output
    r = runner.invoke(app, ["rules", "explain", str(tmp_path)])
    assert r.exit_code != 0 and "no policy folders" in r.output


@pytest.mark.skipif(not SCORER.exists(), reason="../shared is not beside the checkout")
def test_same_figures_as_the_external_scorer(tmp_path):
    """The in-process figures equal those of ../shared/tools/opp115_score.py on the same practices."""
    import summarizer

    preds = tmp_path / "preds"
    preds.mkdir()
    pols = load_gold(FIXTURES)
    for pol in pols:
        lab = summarizer.label_file(pol.folder / "policy.txt")
        (preds / f"{pol.name}.json").write_text(lab.to_json(include_text=False), encoding="utf-8")
    out = subprocess.run([sys.executable, str(SCORER), str(FIXTURES), "--predictions", str(preds)],
                         capture_output=True, text=True)
    summary = out.stdout.strip().splitlines()[-1]
    ev = evaluate(pols)
    ours = "SUMMARY " + " ".join(f"{k}={v}" for k, v in ev.summary().items())
    assert summary == ours
