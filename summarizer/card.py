"""Summary cards: a label's key facts, small enough to embed in another page.

A card comes in three files, all rendered from the label's data (``Label.to_dict()``) with the
templates in ``templates/site/``: ``card.html`` (a self-contained page for an ``<iframe>``: no
external assets, light and dark, fits 280–600 px), ``card.svg`` (the same facts as a picture)
and ``snippet.html`` (the ``<iframe>`` markup to paste into a page).

:func:`summarize` condenses a label into the handful of facts shown on a card and in the site's
index table; the site builder (:mod:`summarizer.site`) reuses it.
"""
from __future__ import annotations

import math
import re
import textwrap
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

from .readability import grade_phrase
from .render import render_template

STATUS_WORDS = {"stated": "Stated", "denied": "Denied", "not_stated": "Not stated"}
SOLD_WORDS = {"stated": "May sell", "denied": "Says no", "not_stated": "Not stated"}
SHARING_WORDS = {"stated": "Shares", "denied": "Says no", "not_stated": "Not stated"}
RETENTION_WORDS = {"stated": "Stated", "denied": "Stated", "not_stated": "Not stated"}

CARD_FILES = ("card.html", "card.svg", "snippet.html")


def _type_values(practices: Sequence[Mapping[str, Any]], category: str) -> list[str]:
    out: list[str] = []
    for p in practices:
        if p.get("category") != category or p.get("negated"):
            continue
        for v in p.get("attributes", {}).get("personal_information_type", []) or []:
            if v not in out:
                out.append(v)
    return out


def grade_words(grade: Any) -> str:
    """A US school grade as short words: "8th grade", "college", "graduate"."""
    return grade_phrase(grade)


def _num(x: Any, default: float = 0.0) -> float:
    try:
        v = float(x)
    except (TypeError, ValueError):
        return default
    return default if math.isnan(v) else v


def summarize(data: Mapping[str, Any], type_labels: Mapping[str, str] | None = None,
              order: Sequence[str] | None = None) -> dict:
    """The key facts of one label (its ``to_dict()``), as shown on a card and in the index.

    ``type_labels`` maps data-type keys (OPP-115 ``personal_information_type`` values) to plain
    words; ``order`` is the taxonomy's order for them.
    """
    labels = dict(type_labels or {})
    rank = {k: i for i, k in enumerate(order or labels)}
    practices = data.get("practices", [])
    answers = data["answers"]

    def sort(keys: list[str]) -> list[str]:
        # specific types first (taxonomy order), "not specified" last
        return sorted(keys, key=lambda k: (k == "generic_personal_information", rank.get(k, 999), k))

    collected = sort(_type_values(practices, "first_party_collection_use"))
    shared = sort(_type_values(practices, "third_party_sharing_collection"))
    r = data["readability"]["policy"]
    sharing = answers["sharing"]
    # who gets it: the answer's summary names the recipients ("Service providers, advertisers.")
    recipients_text = sharing["summary"].rstrip(".") if sharing["status"] == "stated" else ""
    recipients_text = re.sub(r"\s*Some sharing is ruled out.*$", "", recipients_text).rstrip(". ")
    recipients = [i["text"] for i in sharing["items"] if not i.get("negated")]
    return {
        "name": data.get("name", ""),
        "organization": data.get("organization", ""),
        "last_updated": data.get("last_updated", ""),
        "verdict": data["at_a_glance"]["verdict"],
        "answered": data["at_a_glance"]["answered"],
        "questions": data["at_a_glance"]["questions"],
        "statuses": [(a["key"], a["question"], a["status"]) for a in answers.values()],
        "collected": collected,
        "collected_labels": [labels.get(k, k.replace("_", " ")) for k in collected],
        "shared": shared,
        "shared_labels": [labels.get(k, k.replace("_", " ")) for k in shared],
        "sold": answers["sold"]["status"],
        "sold_text": SOLD_WORDS[answers["sold"]["status"]],
        "sold_summary": answers["sold"]["summary"],
        "retention": answers["retention"]["status"],
        "retention_text": RETENTION_WORDS[answers["retention"]["status"]],
        "retention_summary": answers["retention"]["summary"],
        "sharing": sharing["status"],
        "sharing_text": SHARING_WORDS[sharing["status"]],
        "sharing_summary": sharing["summary"],
        "recipients": recipients,
        "recipients_text": recipients_text,
        "grade": _round(r.get("consensus_grade")),
        "grade_words": grade_words(r.get("consensus_grade")),
        "flesch": round(_num(r.get("flesch_reading_ease")), 1),
        "level": r.get("level", ""),
        "minutes": _num(r.get("reading_time_minutes")),
        "minutes_text": _minutes(_num(r.get("reading_time_minutes"))),
        "words": int(_num(r.get("words"))),
        "is_privacy_policy": data.get("is_privacy_policy", True),
    }


def _round(x: Any) -> float | int:
    v = round(_num(x), 1)
    return int(v) if v == int(v) else v


def _minutes(m: float) -> str:
    if m < 1:
        return "under 1 min"
    return f"{int(round(m))} min"


def _svg_lines(text: str, width: int, max_lines: int) -> list[str]:
    lines = textwrap.wrap(" ".join(str(text).split()), width=width) or [""]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        lines[-1] = (last[: width - 1].rsplit(" ", 1)[0] if len(last) >= width - 1 else last) + "…"
    return lines


def card_context(data: Mapping[str, Any], summary: Mapping[str, Any], *, label_url: str = "",
                 card_url: str = "card.html", svg_url: str = "card.svg", site_title: str = "",
                 lang: str = "en") -> dict:
    """What the card templates see: ``data`` (the label), ``s`` (its summary), the URLs, and
    pre-wrapped lines for the SVG (which cannot wrap text by itself)."""
    s = summary
    facts = [
        ("Collects", (", ".join(s["collected_labels"][:4]) + (f" +{len(s['collected']) - 4} more" if len(s["collected"]) > 4 else ""))
         if s["collected"] else "Not stated"),
        ("Shares with", s["recipients_text"] or s["sharing_text"]),
        ("Sells data", s["sold_text"]),
        ("How long kept", s["retention_summary"].rstrip(".") if s["retention"] != "not_stated" else "Not stated"),
        ("Reading", f"{s['minutes_text']}, {s['grade_words']} level"),
    ]
    svg = {
        "name": _svg_lines(s["name"], 40, 1)[0],
        "verdict": _svg_lines(s["verdict"], 62, 3),
        "facts": [(k, _svg_lines(v, 44, 1)[0]) for k, v in facts],
    }
    return {"data": data, "s": s, "facts": facts, "svg": svg, "label_url": label_url, "card_url": card_url,
            "svg_url": svg_url, "site_title": site_title, "lang": lang}


def render_card(data: Mapping[str, Any], summary: Mapping[str, Any], template_dirs: Sequence[str] | None = None,
                **urls: Any) -> dict[str, str]:
    """Render the three card files; returns ``{file name: text}``."""
    ctx = card_context(data, summary, **urls)
    return {
        "card.html": render_template("site/card.html.j2", ctx, template_dirs),
        "card.svg": render_template("site/card.svg.j2", ctx, template_dirs),
        "snippet.html": render_template("site/snippet.html.j2", ctx, template_dirs),
    }


def type_labels(pack) -> tuple[dict[str, str], list[str]]:
    """Plain words for each data type of a rule pack's taxonomy, and their order."""
    values = pack.taxonomy.attributes.get("personal_information_type", {})
    return {k: pack.taxonomy.label("personal_information_type", k) for k in values}, list(values)


def make_card(input: str | Path, out_dir: str | Path, *, url: str = "", label_url: str = "",
              fmt: str | None = None, rules: Sequence[str | Path] | None = None, name: str | None = None,
              template_dirs: Sequence[str] | None = None, max_bytes: int | None = None,
              write: Callable[[Path, str], None] | None = None) -> dict[str, Path]:
    """Label one policy and write ``card.html``, ``card.svg`` and ``snippet.html`` into ``out_dir``.

    ``url``: where the card folder will be published (the snippet's iframe points at
    ``url + "card.html"``; default: a relative ``card.html``). ``label_url``: where the card's
    "full label" link goes.
    """
    import summarizer

    from .site import SiteError, write_atomic

    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise SiteError(f"{out}: not a folder")
    pack = summarizer.load_rules(list(rules)) if rules else summarizer.load_rules(None)
    lab = summarizer.label_file(input, fmt=fmt, rules=pack, name=name, max_bytes=max_bytes)
    data = lab.to_dict(include_text=False)
    labels, order = type_labels(pack)
    s = summarize(data, labels, order)
    base = url if (not url or url.endswith("/")) else url + "/"
    files = render_card(data, s, template_dirs, label_url=label_url, card_url=base + "card.html",
                        svg_url=base + "card.svg")
    out.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    for fname, text in files.items():
        (write or write_atomic)(out / fname, text)
        written[fname] = out / fname
    return written
