"""Accuracy against expert annotations, in-process: the measures of ``opp115_score.py`` and an
error analysis for rule writers (``summarizer rules explain GOLD_DIR``).

A gold folder holds one folder per policy in the OPP-115 layout (``policy.txt``,
``segments.json``, ``gold.json``; see ``../shared/corpus/opp115-dev/README.md``). Each policy is
read as plain text, the rule pack runs on it with the library API, and its ``practices`` list is
scored exactly as the external scorer scores the JSON of ``summarizer label``:

* **segment**: the categories each segment (paragraph) speaks of, read from where each
  practice's evidence lies; micro and macro F1 over the nine categories ("other" left out);
* **policy**: per policy, the values of 13 fields; micro F1 over (policy, field, value);
* **denials**: values stated as not happening, F1;
* **grounded**: share of predicted values that are right *and* whose evidence lies in a
  segment where the annotators marked that value.

:func:`explain` lists the false positives and false negatives behind those figures, each with
the segment text and the rule that fired (or the rules that fired instead).
"""
from __future__ import annotations

import json
import re
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from .errors import SummarizerError

CATEGORIES = [
    "first_party_collection_use",
    "third_party_sharing_collection",
    "user_choice_control",
    "user_access_edit_and_deletion",
    "data_retention",
    "data_security",
    "policy_change",
    "do_not_track",
    "international_and_specific_audiences",
]

#: gold.json["policy"] path → (category, attribute) of the practices contract.
FIELDS: dict[str, tuple[str, str]] = {
    "first_party.personal_information_types": ("first_party_collection_use", "personal_information_type"),
    "first_party.purposes": ("first_party_collection_use", "purpose"),
    "third_party.entities": ("third_party_sharing_collection", "third_party_entity"),
    "third_party.personal_information_types": ("third_party_sharing_collection", "personal_information_type"),
    "third_party.purposes": ("third_party_sharing_collection", "purpose"),
    "retention.periods": ("data_retention", "retention_period"),
    "retention.purposes": ("data_retention", "retention_purpose"),
    "user_choice.choice_types": ("user_choice_control", "choice_type"),
    "user_access.access_types": ("user_access_edit_and_deletion", "access_type"),
    "security.measures": ("data_security", "security_measure"),
    "policy_change.notification_types": ("policy_change", "notification_type"),
    "do_not_track.policies": ("do_not_track", "do_not_track_policy"),
    "audiences.audience_types": ("international_and_specific_audiences", "audience_type"),
}

DENIALS: dict[str, tuple[str, str]] = {
    "first_party.does_not.personal_information_types": ("first_party_collection_use", "personal_information_type"),
    "third_party.does_not.entities": ("third_party_sharing_collection", "third_party_entity"),
    "third_party.does_not.personal_information_types": ("third_party_sharing_collection", "personal_information_type"),
    "third_party.does_not.purposes": ("third_party_sharing_collection", "purpose"),
}

IGNORED_VALUES = {"other", "unspecified", "not_selected", ""}


def snake(s: Any) -> str:
    return re.sub(r"[^a-z0-9]+", "_", str(s).lower()).strip("_")


def _squash(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _dig(d: Any, path: str) -> Any:
    for part in path.split("."):
        if not isinstance(d, dict) or part not in d:
            return None
        d = d[part]
    return d


# ---------------------------------------------------------------------------------------------
# Gold


@dataclass
class GoldPolicy:
    """One annotated policy: its text, segments and gold.json."""

    name: str
    folder: Path
    text: str
    segments: list[dict]
    gold: dict

    def segment_categories(self, index: int) -> set[str]:
        sg = self.gold["segments"][index]
        return {snake(c) for c in sg.get("categories", [])} & set(CATEGORIES)

    def segment_votes(self, index: int) -> dict[str, int]:
        sg = self.gold["segments"][index]
        return {snake(c): n for c, n in (sg.get("votes") or {}).items()}

    def field_values(self, path: str) -> dict[str, dict]:
        node = _dig(self.gold.get("policy", {}), path) or {}
        return {snake(v): d for v, d in (node.get("values") or {}).items() if snake(v) not in IGNORED_VALUES}

    def segments_of(self, start: int, end: int) -> set[int]:
        return {sg["index"] for sg in self.segments if max(start, sg["start"]) < min(end, sg["end"])}


def _policy_folders(root: Path) -> list[Path]:
    if (root / "gold.json").exists():
        return [root]
    folders = [p for p in root.iterdir() if p.is_dir() and (p / "gold.json").exists()]

    def key(p: Path) -> tuple:
        head = p.name.split("_", 1)[0]
        return (0, int(head), p.name) if head.isdigit() else (1, 0, p.name)

    return sorted(folders, key=key)


def load_gold(root: str | Path, only: Iterable[str] | None = None) -> list[GoldPolicy]:
    """The policies of a gold folder (or one policy folder); ``only`` keeps those folder names."""
    root = Path(root)
    if not root.is_dir():
        raise SummarizerError(f"{root}: not a folder of annotated policies")
    keep = {o for o in (only or []) if o}
    out: list[GoldPolicy] = []
    for f in _policy_folders(root):
        if keep and f.name not in keep:
            continue
        try:
            gold = json.loads((f / "gold.json").read_text(encoding="utf-8"))
            text = (f / "policy.txt").read_text(encoding="utf-8")
            segments = json.loads((f / "segments.json").read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as e:
            raise SummarizerError(f"{f}: cannot read the gold files: {e}") from None
        out.append(GoldPolicy(f.name, f, text, segments, gold))
    if not out:
        raise SummarizerError(f"{root}: no policy folders with gold.json" + (" matching --only" if keep else ""))
    return out


# ---------------------------------------------------------------------------------------------
# Scores


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: set, pred: set) -> None:
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def row(self, name: str) -> str:
        return (f"  {name:<52} P {self.p:.3f}  R {self.r:.3f}  F1 {self.f1:.3f}  "
                f"(tp {self.tp}, fp {self.fp}, fn {self.fn})")


@dataclass
class Placed:
    """A practice and the segments its evidence lies in."""

    practice: dict
    segments: set[int]


@dataclass
class PolicyResult:
    policy: GoldPolicy
    practices: list[dict]
    placed: list[Placed]
    seconds: float
    seg_pred: dict[int, set[str]] = field(default_factory=dict)
    pos_values: dict[tuple, set[int]] = field(default_factory=dict)
    neg_values: set[tuple] = field(default_factory=set)
    f1: float = 0.0


@dataclass
class Evaluation:
    results: list[PolicyResult]
    segment: dict[str, PRF]
    segment_all: PRF
    fields: dict[str, PRF]
    policy_all: PRF
    denials: PRF
    grounded: int
    predicted_values: int

    @property
    def segment_macro(self) -> float:
        return sum(self.segment[c].f1 for c in CATEGORIES) / len(CATEGORIES)

    @property
    def policy_macro(self) -> float:
        return sum(self.fields[k].f1 for k in FIELDS) / len(FIELDS)

    @property
    def grounded_precision(self) -> float:
        return self.grounded / self.predicted_values if self.predicted_values else 0.0

    def summary(self) -> dict:
        return {
            "policies": len(self.results), "failed": 0,
            "segment_micro_f1": round(self.segment_all.f1, 4), "segment_macro_f1": round(self.segment_macro, 4),
            "policy_micro_f1": round(self.policy_all.f1, 4), "policy_macro_f1": round(self.policy_macro, 4),
            "denials_f1": round(self.denials.f1, 4), "grounded_precision": round(self.grounded_precision, 4),
        }

    def report(self, per_policy: bool = False) -> str:
        """The scorer's tables and its SUMMARY line."""
        lines = ["segment categories (majority of 3 annotators; 'Other' left out):"]
        lines += [self.segment[c].row(c) for c in CATEGORIES]
        lines.append(self.segment_all.row("ALL (micro)"))
        lines.append("policy fields (values stated as happening):")
        lines += [self.fields[k].row(k) for k in FIELDS]
        lines.append(self.policy_all.row("ALL (micro)"))
        lines.append(self.denials.row("denials (stated as NOT happening)"))
        ts = sorted(r.seconds for r in self.results)
        if ts:
            lines.append(f"  extraction time per policy (ms): median {1000 * ts[len(ts) // 2]:.1f}, "
                         f"max {1000 * ts[-1]:.1f}")
        if per_policy:
            for r in sorted(self.results, key=lambda r: r.f1):
                lines.append(f"  {r.policy.name:<40} policy F1 {r.f1:.3f}  {1000 * r.seconds:.1f} ms")
        lines.append("SUMMARY " + " ".join(f"{k}={v}" for k, v in self.summary().items()))
        return "\n".join(lines) + "\n"


def predict(policy: GoldPolicy, pack: Any = None) -> tuple[list[dict], float]:
    """The ``practices`` list for one policy (as ``summarizer label -f json`` gives it) and the
    seconds extraction took. The label model adds nothing to ``practices``, so only the
    parse and the extractor run."""
    from .extract import Extractor, practices
    from .ingest import parse
    from .rules import default_rules

    pack = pack or default_rules()
    t0 = time.perf_counter()
    doc = parse(policy.text, fmt="text", source=str(policy.folder / "policy.txt"))
    findings = Extractor(pack).run(doc)
    dt = time.perf_counter() - t0
    return practices(findings), dt


def _locate(text: str, ev: dict) -> tuple[int, int] | None:
    quote = ev.get("text") or ""
    start, end = ev.get("start"), ev.get("end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
        if not quote or _squash(text[start:end]) == _squash(quote):
            return start, end
    if quote:
        i = text.find(quote)
        if i >= 0:
            return i, i + len(quote)
    return None


def evaluate(policies: list[GoldPolicy], pack: Any = None) -> Evaluation:
    """Run the pack on every policy and score it as ``opp115_score.py`` does."""
    seg = {c: PRF() for c in CATEGORIES}
    seg_all = PRF()
    fields = {k: PRF() for k in FIELDS}
    pol_all = PRF()
    den = PRF()
    grounded = predicted = 0
    results: list[PolicyResult] = []
    for pol in policies:
        prs, dt = predict(pol, pack)
        res = PolicyResult(pol, prs, [], dt)
        seg_pred: dict[int, set[str]] = defaultdict(set)
        pos_values: dict[tuple, set[int]] = defaultdict(set)
        for pr in prs:
            cat = snake(pr["category"])
            where: set[int] = set()
            for ev in pr.get("evidence") or []:
                span = _locate(pol.text, ev)
                if span is not None:
                    where |= pol.segments_of(*span)
            res.placed.append(Placed(pr, where))
            if cat in CATEGORIES:
                for i in where:
                    seg_pred[i].add(cat)
            for attr, vals in (pr.get("attributes") or {}).items():
                for v in vals if isinstance(vals, list) else [vals]:
                    key = (cat, snake(attr), snake(v))
                    if pr.get("negated"):
                        res.neg_values.add(key)
                    else:
                        pos_values[key] |= where
        res.seg_pred = dict(seg_pred)
        res.pos_values = dict(pos_values)
        for sg in pol.gold["segments"]:
            g = pol.segment_categories(sg["index"])
            p = seg_pred.get(sg["index"], set())
            seg_all.add(g, p)
            for c in CATEGORIES:
                seg[c].add({c} & g, {c} & p)
        pp = PRF()
        for path, (cat, attr) in FIELDS.items():
            gvals = pol.field_values(path)
            gset = set(gvals)
            pset = {v for (c, a, v) in pos_values if c == cat and a == attr and v not in IGNORED_VALUES}
            fields[path].add(gset, pset)
            pol_all.add(gset, pset)
            pp.add(gset, pset)
            for v in pset:
                predicted += 1
                if v in gset and pos_values[(cat, attr, v)] & set(gvals[v].get("segments", [])):
                    grounded += 1
        for path, (cat, attr) in DENIALS.items():
            gset = set(pol.field_values(path))
            pset = {v for (c, a, v) in res.neg_values if c == cat and a == attr} - IGNORED_VALUES
            den.add(gset, pset)
        res.f1 = pp.f1
        results.append(res)
    return Evaluation(results, seg, seg_all, fields, pol_all, den, grounded, predicted)


# ---------------------------------------------------------------------------------------------
# Error analysis


def _short(s: str, n: int = 300) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _resolve(name: str | None, choices: Iterable[str], what: str) -> str | None:
    if not name:
        return None
    choices = list(choices)
    if name in choices:
        return name
    hits = [c for c in choices if name in c]
    if len(hits) == 1:
        return hits[0]
    raise SummarizerError(f"unknown {what} {name!r}" + (f" (matches {', '.join(hits)})" if hits else
                                                        f" (one of {', '.join(choices)})"))


def _fired_in(res: PolicyResult, index: int, category: str | None = None) -> list[Placed]:
    return [pl for pl in res.placed if index in pl.segments
            and (category is None or snake(pl.practice["category"]) == category)]


def _practice_line(pl: Placed, attr: str | None = None) -> str:
    pr = pl.practice
    neg = " NEGATED" if pr.get("negated") else ""
    attrs = pr.get("attributes") or {}
    shown = {attr: attrs.get(attr, [])} if attr else attrs
    vals = "; ".join(f"{k}={','.join(v)}" for k, v in shown.items() if v)
    ev = pr["evidence"][0]["text"] if pr.get("evidence") else ""
    return f"      [{pr['rule']}] {pr['category']}{neg} {vals}\n        « {_short(ev, 240)} »"


def explain(ev: Evaluation, field_name: str | None = None, category: str | None = None,
            limit: int = 20) -> str:
    """False positives and negatives per field and per segment category, with texts and rules.

    No field or category: the summary, and per rule how many segment categories it got right
    and wrong (the rules to look at first)."""
    out: list[str] = []
    if field_name == "denials":
        field_name = "denials"
    else:
        field_name = _resolve(field_name, list(FIELDS) + list(DENIALS), "field")
    category = _resolve(category, CATEGORIES, "category")
    if not field_name and not category:
        out.append(ev.report().rstrip("\n"))
        out.append("")
        out.append("rules by segment-category outcome (tp = evidence in a segment of its category):")
        tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for res in ev.results:
            seen: set[tuple] = set()
            for pl in res.placed:
                cat = snake(pl.practice["category"])
                if cat not in CATEGORIES:
                    continue
                for i in pl.segments:
                    key = (pl.practice["rule"], i, cat)
                    if key in seen:
                        continue
                    seen.add(key)
                    tally[pl.practice["rule"]][0 if cat in res.policy.segment_categories(i) else 1] += 1
        for rule, (tp, fp) in sorted(tally.items(), key=lambda kv: -kv[1][1])[: max(limit, 1)]:
            out.append(f"  {rule:<40} tp {tp:>4}  fp {fp:>4}  precision {tp / (tp + fp) if tp + fp else 0:.2f}")
        return "\n".join(out) + "\n"

    if category:
        fps, fns = [], []
        for res in ev.results:
            pol = res.policy
            for sg in pol.gold["segments"]:
                i = sg["index"]
                g = category in pol.segment_categories(i)
                p = category in res.seg_pred.get(i, set())
                if p and not g:
                    fps.append((res, i))
                elif g and not p:
                    fns.append((res, i))
        prf = ev.segment[category]
        out.append(prf.row(category))
        for title, items, cat_filter in (("FALSE POSITIVES (rule put the category on a segment the annotators did "
                                          "not)", fps, category),
                                         ("FALSE NEGATIVES (annotators' category, no rule of it fired)", fns, None)):
            out.append(f"\n== {title}: {len(items)}")
            for res, i in items[:limit]:
                pol = res.policy
                votes = ", ".join(f"{c}={n}" for c, n in sorted(pol.segment_votes(i).items()))
                out.append(f"\n  {pol.name} segment {i}  votes: {votes}")
                out.append(f"    « {_short(pol.segments[i]['text'], 400)} »")
                fired = _fired_in(res, i, cat_filter)
                if cat_filter is None:
                    out.append("    fired here: " + (", ".join(sorted({f"{pl.practice['rule']}"
                                                                        for pl in fired})) or "nothing"))
                else:
                    for pl in fired[:4]:
                        out.append(_practice_line(pl))
        return "\n".join(out) + "\n"

    # a field (or the denials)
    paths = DENIALS if field_name == "denials" else {field_name: {**FIELDS, **DENIALS}[field_name]}
    for path, (cat, attr) in paths.items():
        negated = path in DENIALS
        prf = PRF()
        fps, fns = [], []
        for res in ev.results:
            pol = res.policy
            gvals = pol.field_values(path)
            if negated:
                pset = {v for (c, a, v) in res.neg_values if c == cat and a == attr} - IGNORED_VALUES
            else:
                pset = {v for (c, a, v) in res.pos_values if c == cat and a == attr} - IGNORED_VALUES
            prf.add(set(gvals), pset)
            for v in sorted(pset - set(gvals)):
                fps.append((res, v))
            for v in sorted(set(gvals) - pset):
                fns.append((res, v, gvals[v]))
        out.append(prf.row(path))
        out.append(f"\n== FALSE POSITIVES: {len(fps)}")
        for res, v in fps[:limit]:
            out.append(f"\n  {res.policy.name}: {v}")
            shown = 0
            for pl in res.placed:
                pr = pl.practice
                if snake(pr["category"]) == cat and bool(pr.get("negated")) == negated and \
                        v in [snake(x) for x in (pr.get("attributes") or {}).get(attr, [])]:
                    segs = ",".join(map(str, sorted(pl.segments)))
                    cats = "/".join(sorted({c for i in pl.segments for c in res.policy.segment_categories(i)})) or "-"
                    out.append(f"    segment {segs} (gold: {cats})")
                    out.append(_practice_line(pl, attr))
                    shown += 1
                    if shown >= 3:
                        break
        out.append(f"\n== FALSE NEGATIVES: {len(fns)}")
        for res, v, gd in fns[:limit]:
            out.append(f"\n  {res.policy.name}: {v}")
            for i in (gd.get("segments") or [])[:3]:
                spans = [s.get("text", "") for s in gd.get("spans", []) if s.get("segment") == i]
                out.append(f"    segment {i}: « {_short(res.policy.segments[i]['text'], 400)} »")
                if spans:
                    out.append("      annotators marked: " + " | ".join(f"«{_short(t, 80)}»" for t in spans[:3]))
                fired = _fired_in(res, i, cat)
                out.append("      rules of the category here: " + (
                    "; ".join(f"{pl.practice['rule']}{' NEG' if pl.practice.get('negated') else ''}"
                              f" {attr}={','.join((pl.practice.get('attributes') or {}).get(attr, [])) or '-'}"
                              for pl in fired[:4]) or "none"))
        out.append("")
    return "\n".join(out) + "\n"
