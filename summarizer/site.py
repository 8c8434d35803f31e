"""Publish labels as a static website: an index, one page per label, a compare page, cards.

``build_site(source, out)`` reads ``source/site.yaml`` (title, base_url, policies with name,
file, url, date, tags) — or, without one, finds every policy file under ``source`` — labels each
policy, and writes::

    out/index.html            every policy at a glance: a sortable, filterable table and charts
    out/compare.html          2–4 labels side by side (?p=slug&p=slug…)
    out/labels.json           all labels (without the policies' full texts)
    out/sitemap.xml
    out/assets/site.css, site.js
    out/p/<slug>/index.html   the label beside the original text (evidence highlighted)
    out/p/<slug>/label.json   the label's data, with the text its offsets refer to
    out/p/<slug>/label.md     the Markdown label
    out/p/<slug>/card.html, card.svg, snippet.html   the embeddable card

Labels are cached in ``out/.cache/`` under a hash of the policy's bytes, its name and format,
the summarizer version and the rule files' content: a rebuild relabels only what changed.
Every page is rendered into a staging folder first and then moved into place file by file
(``os.replace``), so a failed build leaves the previous site untouched, and a file whose
content did not change is not rewritten. The page templates are in ``templates/site/``.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
import time
import unicodedata
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence
from urllib.parse import urlsplit

from markupsafe import Markup, escape

from . import files, __version__
from .card import CARD_FILES, render_card, summarize, type_labels
from .errors import SummarizerError
from .render import render_template

POLICY_EXTENSIONS = (".txt", ".text", ".html", ".htm", ".xhtml", ".md", ".markdown")
_SKIP_NAMES = re.compile(r"^(readme|license|licence|changelog|contributing|copying|notice\.md)(\..*)?$", re.I)
_GENERIC_STEMS = {"policy", "privacy", "privacy-policy", "privacy_policy", "privacypolicy", "index", "text",
                  "document", "original", "policy-text", "privacy-notice", "privacy_notice", "notice"}
_SITE_KEYS = {"title", "base_url", "description", "lang", "policies"}
_POLICY_KEYS = {"name", "file", "url", "date", "tags", "slug", "format"}
MAX_SLUG = 60
CACHE_DIR = ".cache"
PAGES_DIR = "p"
STATIC_COMPARE = 3  # how many labels the no-JavaScript compare page shows


class SiteError(SummarizerError):
    """The site cannot be built: a bad site.yaml, no policies, an unwritable output folder…"""

    exit_code = 2


# ------------------------------------------------------------------------------ small helpers

def slugify(text: str, max_len: int = MAX_SLUG) -> str:
    """A file-name-safe slug: lowercase ASCII letters, digits and single dashes; never empty,
    never ``.``/``..``, never a path. ``"Ünïcode / ../Café"`` → ``"unicode-cafe"``."""
    s = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii").lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    if len(s) > max_len:
        s = s[:max_len].rsplit("-", 1)[0] if "-" in s[:max_len] else s[:max_len]
        s = s.strip("-")
    return s or "policy"


def unique_slugs(names: Sequence[str]) -> list[str]:
    """Slugs for ``names``, made unique by numbering repeats (``acme``, ``acme-2``…)."""
    seen: set[str] = set()
    out: list[str] = []
    for n in names:
        base = slugify(n)
        s, i = base, 2
        while s in seen:
            s = f"{base[:MAX_SLUG - 1 - len(str(i))]}-{i}"
            i += 1
        seen.add(s)
        out.append(s)
    return out


def write_atomic(path: str | Path, data: str | bytes) -> None:
    """Write a file atomically (see :func:`summarizer.files.write_atomic`); errors → SiteError."""
    try:
        files.write_atomic(path, data)
    except OSError as e:
        raise SiteError(f"{path}: cannot write: {e.strerror or e}") from None


def _safe_url(url: Any) -> str:
    """Keep only http(s) URLs (a ``javascript:`` link from site.yaml must not reach a page)."""
    if not url:
        return ""
    u = str(url).strip()
    try:
        parts = urlsplit(u)
    except ValueError:
        return ""
    return u if parts.scheme in ("http", "https") and parts.netloc else ""


def _name_from_path(path: Path, root: Path) -> str:
    """A display name from a policy's file name, or its folder's when the file name is generic
    (``amazon.com/policy.txt`` → ``amazon.com``); a leading number ``105_`` is dropped."""
    stem = path.stem
    if stem.lower() in _GENERIC_STEMS:
        parent = path.parent if path.parent != root else root
        stem = parent.name or stem
    stem = re.sub(r"^\d+[_\-\s]+(?=\S)", "", stem)
    if re.fullmatch(r"(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", stem):
        return stem  # a domain: amazon.com, sci-news.com
    words = re.sub(r"[_\-]+", " ", stem).strip()
    return (words[:1].upper() + words[1:]) if words else path.name


def _meaningless(name: str) -> bool:
    """A name made of digits or a hash, not words (``9a9e63fbd406c79b``)."""
    n = name.strip().lower()
    return not n or bool(re.fullmatch(r"[0-9a-f]{8,}|\d+|[0-9a-f\s_-]{12,}", n))


# ------------------------------------------------------------------------------ site config

@dataclass
class PolicySpec:
    """One policy of the site: where it is and how it is shown."""

    file: Path
    name: str = ""               # from site.yaml; empty: decided after labelling
    url: str = ""                # the original policy online (http/https only)
    date: str = ""
    tags: list[str] = field(default_factory=list)
    slug: str = ""               # from site.yaml, else made from the name
    fmt: str | None = None
    path_name: str = ""          # a fallback name from the file/folder name


@dataclass
class SiteConfig:
    root: Path
    title: str = "Privacy labels"
    base_url: str = ""
    description: str = ""
    lang: str = "en"
    policies: list[PolicySpec] = field(default_factory=list)
    from_yaml: bool = False


def _str(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    return str(v).strip()


def load_site(source: str | Path, exclude: Iterable[Path] = ()) -> SiteConfig:
    """Read ``source/site.yaml`` (or ``source`` itself when it is a YAML file); without one,
    find the policy files under the ``source`` folder."""
    import yaml

    src = Path(source)
    if not src.exists():
        raise SiteError(f"{src}: no such file or folder")
    cfg_file = src if src.is_file() else src / "site.yaml"
    if src.is_file() and src.suffix.lower() not in (".yaml", ".yml"):
        raise SiteError(f"{src}: give a folder of policies or a site.yaml file")
    if not cfg_file.is_file():
        root = src.resolve()
        policies = discover_policies(root, exclude=exclude)
        if not policies:
            raise SiteError(f"{src}: no policy files found ({', '.join(POLICY_EXTENSIONS)}) and no site.yaml")
        return SiteConfig(root=root, title=f"Privacy labels: {root.name}", policies=policies)
    root = cfg_file.resolve().parent
    try:
        raw = yaml.safe_load(cfg_file.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError) as e:
        raise SiteError(f"{cfg_file}: cannot read: {e}") from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        raise SiteError(f"{cfg_file}{where}: not valid YAML: {getattr(e, 'problem', None) or e}") from None
    if not isinstance(raw, dict):
        raise SiteError(f"{cfg_file}: expected a mapping with title, base_url and policies")
    problems = [f"unknown key {k!r}" for k in raw if k not in _SITE_KEYS]
    base_url = _str(raw.get("base_url"))
    if base_url and not _safe_url(base_url):
        problems.append(f"base_url {base_url!r} must be an http(s) URL")
    items = raw.get("policies")
    specs: list[PolicySpec] = []
    if items is None:
        specs = discover_policies(root, exclude=exclude)
    elif not isinstance(items, list):
        problems.append("'policies' must be a list")
    else:
        for i, it in enumerate(items, 1):
            where = f"policies[{i}]"
            if isinstance(it, str):
                it = {"file": it}
            if not isinstance(it, dict):
                problems.append(f"{where}: expected a mapping with name and file")
                continue
            problems += [f"{where}: unknown key {k!r}" for k in it if k not in _POLICY_KEYS]
            f = _str(it.get("file"))
            if not f:
                problems.append(f"{where}: 'file' is missing")
                continue
            path = (root / f).resolve()
            if not path.is_file():
                problems.append(f"{where}: file {f!r} not found")
                continue
            tags = it.get("tags") or []
            if isinstance(tags, str):
                tags = [t.strip() for t in tags.split(",")]
            if not isinstance(tags, list):
                problems.append(f"{where}: 'tags' must be a list")
                tags = []
            url = _str(it.get("url"))
            if url and not _safe_url(url):
                problems.append(f"{where}: url {url!r} must be an http(s) URL")
            fmt = it.get("format")
            if fmt is not None and fmt not in ("text", "html", "markdown"):
                problems.append(f"{where}: format must be text, html or markdown")
            specs.append(PolicySpec(file=path, name=_str(it.get("name")), url=_safe_url(url), date=_str(it.get("date")),
                                    tags=[_str(t) for t in tags if _str(t)], slug=slugify(it["slug"]) if it.get("slug") else "",
                                    fmt=fmt, path_name=_name_from_path(path, root)))
    if problems:
        raise SiteError(f"{cfg_file}: " + "; ".join(problems))
    if not specs:
        raise SiteError(f"{cfg_file}: no policies")
    return SiteConfig(root=root, title=_str(raw.get("title")) or "Privacy labels", base_url=base_url,
                      description=_str(raw.get("description")), lang=_str(raw.get("lang")) or "en",
                      policies=specs, from_yaml=True)


def discover_policies(root: Path, exclude: Iterable[Path] = ()) -> list[PolicySpec]:
    """Every policy file under ``root`` (recursively, sorted), skipping hidden folders, READMEs
    and the folders in ``exclude`` (the output folder)."""
    root = Path(root).resolve()
    skip = {Path(e).resolve() for e in exclude}
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith((".", "_")) and d != "node_modules"
                             and (here / d).resolve() not in skip)
        for fn in sorted(filenames):
            p = here / fn
            if fn.startswith(".") or _SKIP_NAMES.match(fn) or p.suffix.lower() not in POLICY_EXTENSIONS:
                continue
            if p.is_file():
                found.append(p)
    return [PolicySpec(file=p, path_name=_name_from_path(p, root)) for p in sorted(found)]


# ------------------------------------------------------------------------------ labelling + cache

def rules_fingerprint(rules: Sequence[str | Path] | None = None) -> str:
    """A hash of the rule files' names and content (the built-in pack when ``rules`` is None)."""
    from .rules import default_rules_path

    paths = [Path(p) for p in rules] if rules else [default_rules_path()]
    h = hashlib.sha256()
    for p in paths:
        files = sorted(f for f in p.rglob("*") if f.is_file()) if p.is_dir() else [p]
        for f in files:
            if "__pycache__" in f.parts:
                continue
            h.update(f.name.encode() + b"\0")
            try:
                h.update(f.read_bytes())
            except OSError:
                h.update(b"?")
            h.update(b"\0")
    return h.hexdigest()


def cache_key(content: bytes, name: str, fmt: str | None, fingerprint: str) -> str:
    h = hashlib.sha256()
    for part in (__version__, fingerprint, name or "", fmt or ""):
        h.update(part.encode("utf-8") + b"\0")
    h.update(content)
    return h.hexdigest()


_WORKER_PACKS: dict[tuple[str, ...], Any] = {}


def _label_one(path: str, fmt: str | None, name: str | None, rules: tuple[str, ...]) -> tuple[str, Any]:
    """Label one file (runs in a worker process): ``("ok", data)`` or ``("error", message)``."""
    import summarizer

    try:
        pack = None
        if rules:
            pack = _WORKER_PACKS.get(rules)
            if pack is None:
                pack = _WORKER_PACKS[rules] = summarizer.load_rules(list(rules))
        lab = summarizer.label_file(path, fmt=fmt, rules=pack, name=name or None)
        return "ok", lab.to_dict(include_text=True)
    except SummarizerError as e:
        return "error", str(e).strip().splitlines()[0]


class LabelCache:
    """Label data stored as JSON files named by :func:`cache_key`, in ``folder``."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.used: set[str] = set()

    def get(self, key: str) -> dict | None:
        self.used.add(key)
        try:
            return json.loads((self.folder / f"{key}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def put(self, key: str, data: dict) -> None:
        self.used.add(key)
        write_atomic(self.folder / f"{key}.json", json.dumps(data, ensure_ascii=False, separators=(",", ":")))

    def prune(self) -> int:
        """Remove entries this build did not use."""
        n = 0
        if self.folder.is_dir():
            for f in self.folder.glob("*.json"):
                if f.stem not in self.used:
                    try:
                        f.unlink()
                        n += 1
                    except OSError:
                        pass
        return n


# ------------------------------------------------------------------------------ the original text

def highlight_text(text: str, evidence: Sequence[Mapping[str, Any]], sections: Sequence[Mapping[str, Any]] = (),
                   backlinks: Mapping[int, str] | None = None) -> Markup:
    """The policy's plain text as safe HTML: every piece escaped, each evidence span wrapped in
    ``<mark class="ev" id="ev-N">`` (N = the label's evidence id), section headings in
    ``<strong class="h">``. Overlapping spans are cut into pieces; the first piece of a span
    carries its id and a small number linking back to the label line (``backlinks``)."""
    n = len(text)
    spans: list[tuple[int, int, int]] = []
    for e in evidence:
        s, t, i = int(e.get("start", -1)), int(e.get("end", -1)), int(e["id"])
        if 0 <= s < t <= n:
            spans.append((s, t, i))
    heads: list[tuple[int, int]] = []
    for sec in sections:
        s, title = int(sec.get("start", -1)), str(sec.get("title") or "")
        if title and 0 <= s and text.startswith(title, s):
            heads.append((s, s + len(title)))
    cuts = {0, n}
    for s, t, _ in spans:
        cuts.update((s, t))
    for s, t in heads:
        cuts.update((s, t))
    points = sorted(cuts)
    started: set[int] = set()
    out: list[str] = []
    backlinks = backlinks or {}
    for a, b in zip(points, points[1:]):
        piece = str(escape(text[a:b]))
        ids = [i for s, t, i in spans if s <= a and b <= t]
        if ids:
            first = [i for i in ids if i not in started]
            attrs = ""
            prefix = ""
            if first:
                i = first[0]
                attrs = f' id="ev-{i}" tabindex="-1"'
                for j in first:
                    started.add(j)
                    target = backlinks.get(j)
                    num = f"{j}"
                    if target:
                        prefix += (f'<a class="evn" href="#q-{escape(target)}" '
                                   f'aria-label="Quote {j}: back to the label">{num}</a>')
                    else:
                        prefix += f'<span class="evn" aria-hidden="true">{num}</span>'
                for j in first[1:]:
                    prefix += f'<span id="ev-{j}"></span>'
            piece = (f'{prefix}<mark class="ev" data-ev="{" ".join(str(i) for i in ids)}"{attrs}>{piece}</mark>')
        if any(s <= a and b <= t for s, t in heads):
            piece = f'<strong class="h">{piece}</strong>'
        out.append(piece)
    return Markup("".join(out))


def _backlinks(data: Mapping[str, Any]) -> dict[int, str]:
    out: dict[int, str] = {}
    for a in data["answers"].values():
        for r in a.get("refs", []):
            out.setdefault(int(r), a["key"])
    return out


# ------------------------------------------------------------------------------ charts

def reading_chart(rows: Sequence[Mapping[str, Any]], max_bars: int = 30) -> dict:
    """Geometry of the "reading level across policies" chart: one bar per policy (up to
    ``max_bars``), else a histogram of policies by grade band."""
    width, left, right = 640, 190, 50
    plot = width - left - right
    top_grade = max([18.0] + [float(r["grade"]) for r in rows])
    if len(rows) <= max_bars:
        bars = []
        ordered = sorted(rows, key=lambda r: (-float(r["grade"]), r["name"].lower()))
        for i, r in enumerate(ordered):
            w = max(1.0, plot * max(0.0, float(r["grade"])) / top_grade)
            bars.append({"y": 28 + i * 22, "w": round(w, 1), "label": _clip(r["name"], 28),
                         "value": f"{r['grade']:g}", "href": r["href"], "title": f"{r['name']}: grade {r['grade']:g} ({r['grade_words']})",
                         "hard": float(r["grade"]) >= 13})
        guides = [{"x": round(left + plot * g / top_grade, 1), "label": lab} for g, lab in ((8, "8th grade"), (13, "college"))]
        return {"kind": "bars", "width": width, "height": 40 + len(bars) * 22, "left": left, "bars": bars,
                "guides": guides, "axis": "US school grade (consensus of readability formulas)"}
    bands = [("≤ 8", 0, 8.5), ("9–10", 8.5, 10.5), ("11–12", 10.5, 12.5), ("13–14", 12.5, 14.5),
             ("15–16", 14.5, 16.5), ("17+", 16.5, 1e9)]
    counts = [sum(1 for r in rows if lo <= float(r["grade"]) < hi) for _, lo, hi in bands]
    top = max(counts) or 1
    bars = [{"y": 28 + i * 26, "w": round(max(1.0, plot * c / top), 1), "label": f"grade {lab}", "value": str(c),
             "href": "", "title": f"{c} policies at grade {lab}", "hard": lo >= 12.5}
            for i, ((lab, lo, _hi), c) in enumerate(zip(bands, counts))]
    return {"kind": "histogram", "width": width, "height": 40 + len(bars) * 26, "left": left, "bars": bars,
            "guides": [], "axis": "number of policies by US school grade"}


def types_chart(rows: Sequence[Mapping[str, Any]], labels: Mapping[str, str], order: Sequence[str]) -> dict:
    """Geometry of "how many policies collect / share each data type": two bars per type."""
    width, left, right = 640, 230, 50
    plot = width - left - right
    n = max(1, len(rows))
    keys = [k for k in order if any(k in r["collected"] or k in r["shared"] for r in rows)]
    groups = []
    for i, k in enumerate(keys):
        c = sum(1 for r in rows if k in r["collected"])
        s = sum(1 for r in rows if k in r["shared"])
        y = 34 + i * 34
        groups.append({"label": _clip(labels.get(k, k), 40), "y": y,
                       "collect": {"w": round(plot * c / n, 1), "value": c},
                       "share": {"w": round(plot * s / n, 1), "value": s}})
    return {"width": width, "height": 44 + len(groups) * 34, "left": left, "groups": groups, "n": len(rows),
            "plot": plot}


def _clip(s: str, n: int) -> str:
    s = " ".join(str(s).split())
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"


# ------------------------------------------------------------------------------ the build

@dataclass
class BuildResult:
    out: Path
    total: int = 0
    labelled: int = 0
    cached: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    written: int = 0
    unchanged: int = 0
    removed: int = 0
    seconds: float = 0.0
    label_seconds: float = 0.0
    render_seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)
    slugs: list[str] = field(default_factory=list)

    def summary(self) -> str:
        s = (f"{self.total - len(self.failed)} labels in {self.out} ({self.labelled} labelled, {self.cached} from cache"
             + (f", {len(self.failed)} skipped" if self.failed else "")
             + f"); {self.written} files written, {self.unchanged} unchanged"
             + (f", {self.removed} removed" if self.removed else "") + f"; {self.seconds:.1f} s")
        return s


ProgressFn = Callable[[int, int, str], None]


class _Stage:
    """Files rendered into a staging folder inside the output folder, then moved into place."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.dir = Path(tempfile.mkdtemp(prefix=".staging-", dir=out))
        self.files: list[str] = []

    def write(self, rel: str, text: str | bytes) -> None:
        rel_path = Path(rel)
        if rel_path.is_absolute() or ".." in rel_path.parts:  # names are slugs; belt and braces
            raise SiteError(f"refusing to write outside the output folder: {rel}")
        p = self.dir / rel_path
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
        self.files.append(rel_path.as_posix())

    def commit(self) -> tuple[int, int]:
        written = unchanged = 0
        for rel in self.files:
            src, dst = self.dir / rel, self.out / rel
            try:
                if dst.is_file() and dst.stat().st_size == src.stat().st_size and dst.read_bytes() == src.read_bytes():
                    unchanged += 1
                    continue
                dst.parent.mkdir(parents=True, exist_ok=True)
                os.replace(src, dst)
                written += 1
            except OSError as e:
                raise SiteError(f"{dst}: cannot write: {e.strerror or e}") from None
        return written, unchanged

    def discard(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)


def build_site(source: str | Path, out: str | Path, *, jobs: int = 1,
               template_dirs: Sequence[str | Path] | None = None, rules: Sequence[str | Path] | None = None,
               base_url: str | None = None, title: str | None = None, strict: bool = False, force: bool = False,
               cache_dir: str | Path | None = None, progress: ProgressFn | None = None) -> BuildResult:
    """Build the static site for the policies in ``source`` into the folder ``out``.

    ``jobs``: worker processes for labelling (1: in this process). ``force``: ignore the cache.
    ``cache_dir``: where labels are cached (default ``out/.cache/labels``; put it outside ``out``
    to keep it out of what you publish).
    ``strict``: a policy that cannot be read fails the build (default: it is skipped, with a
    warning). ``progress(done, total, name)`` is called as each policy is labelled or found in
    the cache. Raises :class:`SiteError` (or another :class:`SummarizerError`) before any page is
    replaced if anything goes wrong.
    """
    import summarizer

    t0 = time.perf_counter()
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise SiteError(f"{out}: exists and is not a folder")
    src = Path(source)
    if src.exists() and src.is_dir() and out.exists() and out.resolve() == src.resolve():
        raise SiteError(f"{out}: the output folder must not be the source folder")
    cfg = load_site(source, exclude=[out])
    if base_url is not None:
        if base_url and not _safe_url(base_url):
            raise SiteError(f"--base-url {base_url!r} must be an http(s) URL")
        cfg.base_url = base_url
    if title:
        cfg.title = title
    tdirs = [str(d) for d in template_dirs] if template_dirs else None
    rule_paths = tuple(str(Path(r).resolve()) for r in rules) if rules else ()
    pack = summarizer.load_rules(list(rule_paths)) if rule_paths else summarizer.load_rules(None)
    labels, order = type_labels(pack)
    fingerprint = rules_fingerprint(rule_paths or None)
    res = BuildResult(out=out, total=len(cfg.policies))
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise SiteError(f"{out}: cannot create: {e.strerror or e}") from None
    cache = LabelCache(Path(cache_dir) if cache_dir else out / CACHE_DIR / "labels")
    _remove_stale_staging(out)

    # 1. label (or fetch from the cache) ---------------------------------------------------
    tl = time.perf_counter()
    datas: list[dict | None] = [None] * len(cfg.policies)
    todo: list[tuple[int, str]] = []
    done = 0
    for i, spec in enumerate(cfg.policies):
        try:
            content = spec.file.read_bytes()
        except OSError as e:
            res.failed.append((str(spec.file), f"cannot read: {e.strerror or e}"))
            done += 1
            continue
        key = cache_key(content, spec.name, spec.fmt, fingerprint)
        hit = None if force else cache.get(key)
        if hit is not None:
            datas[i] = hit
            res.cached += 1
            done += 1
            if progress:
                progress(done, res.total, spec.name or spec.path_name)
        else:
            cache.used.add(key)
            todo.append((i, key))

    def finish(i: int, key: str, status: str, payload: Any) -> None:
        nonlocal done
        spec = cfg.policies[i]
        done += 1
        if status == "ok":
            datas[i] = payload
            cache.put(key, payload)
            res.labelled += 1
        else:
            res.failed.append((str(spec.file), str(payload)))
        if progress:
            progress(done, res.total, spec.name or spec.path_name)

    workers = max(1, int(jobs or 1))
    if workers > 1 and len(todo) >= 4:
        with ProcessPoolExecutor(max_workers=min(workers, len(todo))) as ex:
            futs = {ex.submit(_label_one, str(cfg.policies[i].file), cfg.policies[i].fmt, cfg.policies[i].name,
                              rule_paths): (i, key) for i, key in todo}
            for fut in as_completed(futs):
                i, key = futs[fut]
                try:
                    status, payload = fut.result()
                except Exception as e:  # a crashed worker: report it as this policy's failure
                    status, payload = "error", f"labelling failed: {e.__class__.__name__}: {e}"
                finish(i, key, status, payload)
    else:
        for i, key in todo:
            spec = cfg.policies[i]
            status, payload = _label_one(str(spec.file), spec.fmt, spec.name, rule_paths)
            finish(i, key, status, payload)
    res.label_seconds = time.perf_counter() - tl

    if res.failed:
        msgs = [f"{f}: {m}" for f, m in res.failed]
        if strict or len(res.failed) == res.total:
            raise SiteError(f"{len(res.failed)} of {res.total} policies could not be labelled: " + "; ".join(msgs[:5])
                            + (" …" if len(msgs) > 5 else ""))
        res.warnings += [f"skipped {m}" for m in msgs]

    # 2. the site's entries ----------------------------------------------------------------
    entries: list[dict] = []
    not_policies: list[str] = []
    kept = [(spec, d) for spec, d in zip(cfg.policies, datas) if d is not None]
    names = []
    for spec, d in kept:
        n = spec.name or (spec.path_name if not _meaningless(spec.path_name) else "") or d.get("name") or spec.path_name
        names.append(n)
    auto = unique_slugs([spec.slug or n for (spec, _d), n in zip(kept, names)])
    for (spec, d), n, slug in zip(kept, names, auto):
        s = summarize(d, labels, order)
        s["name"] = n
        href = f"{PAGES_DIR}/{slug}/"
        row = {**s, "slug": slug, "href": href, "url": spec.url, "date": spec.date or d.get("last_updated", ""),
               "tags": spec.tags, "file": _rel(spec.file, cfg.root), "label_name": d.get("name", ""),
               "search": " ".join([n, d.get("name", ""), d.get("organization", ""), " ".join(spec.tags),
                                   " ".join(s["collected_labels"]), s["recipients_text"]]).lower()}
        entries.append({"spec": spec, "data": d, "row": row, "slug": slug})
        if not d.get("is_privacy_policy", True):
            not_policies.append(str(spec.file))
    if len(not_policies) > 5:
        res.warnings.append(f"{len(not_policies)} files do not look like privacy policies (labelled anyway), "
                            f"e.g. {', '.join(not_policies[:3])}")
    else:
        res.warnings += [f"{f}: does not look like a privacy policy (labelled anyway)" for f in not_policies]
    res.slugs = [e["slug"] for e in entries]

    # 3. render into a staging folder, then move into place ---------------------------------
    tr = time.perf_counter()
    base = cfg.base_url if not cfg.base_url or cfg.base_url.endswith("/") else cfg.base_url + "/"
    site = {"title": cfg.title, "description": cfg.description, "lang": cfg.lang, "base_url": base,
            "version": __version__, "count": len(entries), "from_yaml": cfg.from_yaml}
    rows = [e["row"] for e in entries]
    all_tags = sorted({t for r in rows for t in r["tags"]}, key=str.lower)
    used_types = [k for k in order if any(k in r["collected"] or k in r["shared"] for r in rows)]
    stage = _Stage(out)
    try:
        common = {"site": site, "type_labels": labels}
        stage.write("assets/site.css", render_template("site/site.css.j2", common, tdirs))
        stage.write("assets/site.js", render_template("site/site.js.j2", common, tdirs))
        stage.write("index.html", render_template("site/index.html.j2", {
            **common, "root": "", "page": "index", "rows": rows, "tags": all_tags, "types": used_types,
            "reading_chart": reading_chart(rows), "types_chart": types_chart(rows, labels, order)}, tdirs))
        first = entries[:STATIC_COMPARE]
        stage.write("compare.html", render_template("site/compare.html.j2", {
            **common, "root": "", "page": "compare", "rows": rows,
            "columns": [{"row": e["row"], "data": _no_text(e["data"])} for e in first]}, tdirs))
        listing = []
        for e in entries:
            d, row, slug = e["data"], e["row"], e["slug"]
            prefix = f"{PAGES_DIR}/{slug}/"
            page_url = (base + prefix) if base else ""
            card_files = render_card(_no_text(d), row, tdirs, label_url=page_url or "./",
                                     card_url=(page_url + "card.html") if page_url else "card.html",
                                     svg_url=(page_url + "card.svg") if page_url else "card.svg",
                                     site_title=cfg.title, lang=cfg.lang)
            for fname in CARD_FILES:
                stage.write(prefix + fname, card_files[fname])
            src_info = d.get("source", {})
            original = highlight_text(src_info.get("text", ""), d.get("evidence", []), src_info.get("sections", []),
                                      _backlinks(d))
            stage.write(prefix + "index.html", render_template("site/label_page.html.j2", {
                **common, "root": "../../", "page": "label", "row": row, "data": _no_text(d), "original": original,
                "snippet": card_files["snippet.html"], "page_url": page_url}, tdirs))
            stage.write(prefix + "label.json", json.dumps(d, indent=2, ensure_ascii=False) + "\n")
            nt = _no_text(d)
            stage.write(prefix + "label.md", render_template("label.md.j2", {"label": nt, "data": nt}, tdirs))
            listing.append({"slug": slug, "name": row["name"], "url": row["url"], "date": row["date"],
                            "tags": row["tags"], "file": row["file"],
                            "links": {"page": prefix, "json": prefix + "label.json", "markdown": prefix + "label.md",
                                      "card": prefix + "card.html", "card_svg": prefix + "card.svg"},
                            "summary": {k: row[k] for k in ("collected", "shared", "sold", "sharing", "retention",
                                                           "grade", "flesch", "minutes", "words", "answered")},
                            "label": nt})
        stage.write("labels.json", json.dumps({"title": cfg.title, "base_url": base, "generator": f"summarizer {__version__}",
                                               "count": len(listing), "labels": listing}, ensure_ascii=False,
                                              separators=(",", ":")) + "\n")
        stage.write("sitemap.xml", render_template("site/sitemap.xml.j2", {
            "base": base or "http://127.0.0.1:8000/", "pages": ["", "compare.html"] + [r["href"] for r in rows]}, tdirs))
        if not base:
            res.warnings.append("no base_url (set it in site.yaml or with --base-url): sitemap.xml and the embed "
                                "snippets use local addresses")
        previous = _read_manifest(out)
        res.written, res.unchanged = stage.commit()
    finally:
        stage.discard()
    res.render_seconds = time.perf_counter() - tr

    # 4. tidy: files of the previous build that this one did not write, unused cache entries
    current = set(stage.files)
    for rel in sorted(previous - current):
        p = out / rel
        if ".." in Path(rel).parts or Path(rel).is_absolute():
            continue
        try:
            p.unlink()
            res.removed += 1
        except OSError:
            pass
        _remove_empty_dirs(p.parent, out)
    write_atomic(out / CACHE_DIR / "manifest.json", json.dumps(sorted(current), indent=0) + "\n")
    cache.prune()
    res.seconds = time.perf_counter() - t0
    return res


def _remove_stale_staging(out: Path, age: float = 3600.0) -> None:
    """Staging folders left by a build that was killed (older than ``age`` seconds)."""
    now = time.time()
    for d in out.glob(".staging-*"):
        try:
            if d.is_dir() and now - d.stat().st_mtime > age:
                shutil.rmtree(d, ignore_errors=True)
        except OSError:
            pass


def _rel(p: Path, root: Path) -> str:
    try:
        return p.resolve().relative_to(root).as_posix()
    except ValueError:
        return p.name


def _no_text(d: Mapping[str, Any]) -> dict:
    out = dict(d)
    src = dict(out.get("source", {}))
    src.pop("text", None)
    out["source"] = src
    return out


def _read_manifest(out: Path) -> set[str]:
    try:
        return set(json.loads((out / CACHE_DIR / "manifest.json").read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return set()


def _remove_empty_dirs(d: Path, stop: Path) -> None:
    stop = stop.resolve()
    d = d.resolve()
    while d != stop and stop in d.parents:
        try:
            d.rmdir()
        except OSError:
            return
        d = d.parent


# ------------------------------------------------------------------------------ preview server

def make_server(folder: str | Path, host: str = "127.0.0.1", port: int = 8000):
    """A quiet threaded ``http.server`` serving ``folder`` (``port=0`` picks a free port).
    Call ``serve_forever()`` on it (in a thread for tests) and ``shutdown()`` to stop."""
    import functools
    import http.server

    root = Path(folder)
    if not root.is_dir():
        raise SiteError(f"{root}: no such folder (build the site first)")

    class Handler(http.server.SimpleHTTPRequestHandler):
        extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                          ".svg": "image/svg+xml", ".json": "application/json", ".md": "text/markdown; charset=utf-8",
                          ".js": "text/javascript", ".css": "text/css", ".html": "text/html; charset=utf-8"}

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - http.server's signature
            pass

    handler = functools.partial(Handler, directory=str(root))
    try:
        return http.server.ThreadingHTTPServer((host, port), handler)
    except OSError as e:
        raise SiteError(f"cannot serve on {host}:{port}: {e.strerror or e}") from None
