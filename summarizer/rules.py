"""Stage 2 — rules: load, validate and compile rule packs (YAML data, never code).

A rule pack is a folder (or a single file) of YAML files. Two kinds of top-level keys:

``vocabulary`` (usually ``vocabulary.yaml``)
    ``macros``: named regular-expression pieces used inside rule patterns as ``{NAME}``;
    ``taxonomy``: for each attribute (``personal_information_type``, ``third_party_entity``,
    ``purpose``…), its values, each with a plain-language ``label`` and ``terms`` (name → pattern)
    that rules use to *fill* attributes from the words of a sentence.

``rules``
    a list of rules; each has an ``id``, what it sets (``category``, ``attributes``, ``fill``,
    ``facts``), its patterns (``when``: every group must match; ``unless``: none may), optional
    ``section`` (the heading must match), optional ``yield_to`` (categories: the rule's finding
    is dropped when a rule of one of them fires on the same sentence: "we will delete the
    information you provided" is about deletion, not collection), optional ``releases``
    (categories that, once the rule has fired undenied anywhere in a document, no rule yields to
    there: in a policy for children every sentence speaks of children, and its practices are not
    set aside as statements about an audience), optional ``capture_all`` (the ``capture`` holds
    every value the sentence states, not only the first), optional ``overrides`` (categories whose
    findings by other rules give way on a sentence where this rule fires), and
    ``examples: {match: [...], no_match: [...],
    denied: [...]}`` that the test-suite runs.

Patterns are compiled with RE2 (google-re2), whose matching time is linear in the input: a
policy is untrusted text and no rule can be made to backtrack catastrophically. Every problem
in a pack is reported at once, each naming file, line, rule and field.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

import yaml

from .errors import RulesError

#: OPP-115 categories and the attributes each may carry (../shared/spec/practices.md).
CATEGORIES: dict[str, tuple[str, ...]] = {
    "first_party_collection_use": ("personal_information_type", "purpose", "action_first_party",
                                   "collection_mode", "identifiability", "user_type", "choice_type",
                                   "choice_scope"),
    "third_party_sharing_collection": ("third_party_entity", "personal_information_type", "purpose",
                                       "action_third_party", "identifiability", "choice_type"),
    "user_choice_control": ("choice_type", "choice_scope", "personal_information_type", "purpose"),
    "user_access_edit_and_deletion": ("access_type", "access_scope"),
    "data_retention": ("retention_period", "retention_purpose", "personal_information_type"),
    "data_security": ("security_measure",),
    "policy_change": ("change_type", "notification_type", "user_choice"),
    "do_not_track": ("do_not_track_policy",),
    "international_and_specific_audiences": ("audience_type",),
    "other": ("other_type",),
}

RULE_KEYS = {"id", "description", "category", "attributes", "fill", "facts", "capture", "when", "unless",
             "section", "not_section", "use_heading", "negation", "examples", "label_only", "yield_to",
             "releases", "capture_all", "overrides"}
EXCLUSION_KEYS = {"id", "why", "pattern", "category", "in_denials", "examples"}
NEGATION_MODES = ("detect", "ignore", "always")

_MACRO = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")


def _re2():
    import re2

    opts = re2.Options()
    opts.log_errors = False  # RE2 would print parse errors to stderr; we report them ourselves
    opts.case_sensitive = False
    return re2, opts


@lru_cache(maxsize=1)
def _lazy_class() -> type:
    """The class of a pattern compiled on first use (see :func:`load_rules`' ``lazy``).

    Building RE2's program for each of the shipped pack's ~800 patterns is a third of a cold
    ``summarizer label`` (~0.25 s), and a policy's sentences reach a part of them only (later
    ``when`` groups, guards, the terms of the attributes its findings fill). A ``_LazyRegexp``
    is an ``re2._Regexp`` whose compiled program (the ``_regexp`` slot the wrapper's every
    method reads) is built the first time something asks for it; its ``pattern`` and
    ``options`` are there from the start (Sets and Filters are built from those)."""
    import re2

    class _LazyRegexp(re2._Regexp):  # type: ignore[misc,name-defined]
        __slots__ = ("_opts", "_where")

        def __init__(self, pattern: str, options: Any, where: str) -> None:
            self._pattern = pattern
            self._opts = options
            self._where = where

        def __getattr__(self, name: str) -> Any:
            # only reached while a slot is unset: ``_regexp`` before the first use
            if name != "_regexp":
                raise AttributeError(name)
            try:
                compiled = re2.compile(self._pattern, self._opts)
            except Exception as e:  # re2.error: a shipped pattern edited in place, say
                msg = e.args[0].decode() if e.args and isinstance(e.args[0], bytes) else str(e)
                raise RulesError([f"{self._where}: invalid pattern: {msg}"]) from None
            self._regexp = compiled._regexp
            return self._regexp

        @property
        def options(self) -> Any:
            return self._opts

        def adopt(self, program: Any) -> None:
            """Take ``program``, this very pattern compiled with these options elsewhere (a rule
            index's Filter compiles every pattern it screens), as its own, unless it was
            compiled already."""
            try:
                object.__getattribute__(self, "_regexp")
            except AttributeError:
                self._regexp = program

        def __reduce__(self) -> Any:  # pickled still uncompiled (a batch engine's workers)
            return _lazy_pattern, (self._pattern, {n: getattr(self._opts, n) for n in re2.Options.NAMES},
                                   self._where)

    return _LazyRegexp


def _lazy_pattern(pattern: str, options: dict[str, Any], where: str) -> Any:
    """A pattern compiled on first use, from its options as a mapping (what pickling keeps)."""
    import re2

    opts = re2.Options()
    for name, value in options.items():
        setattr(opts, name, value)
    return _lazy_class()(pattern, opts, where)


@dataclass
class Term:
    """One fine-grained term of a taxonomy value ("email address" of ``contact``)."""

    name: str
    pattern: Any  # compiled RE2 pattern


@dataclass
class TaxonomyValue:
    attribute: str
    value: str
    label: str
    terms: list[Term]
    any_pattern: Any = None  # one alternation of all terms, for a quick test


@dataclass
class Exclusion:
    """Words that look like terms of an attribute but name something else ("social security
    number" is data, not the purpose security): a sentence's words are not filled from where
    ``pattern`` matches (only the group ``term`` when the pattern has one). ``category``: only
    for findings of that category; ``in_denials``: also in a denial's scope."""

    id: str
    attribute: str
    pattern: Any  # compiled RE2 pattern
    why: str = ""
    category: str | None = None
    in_denials: bool = True
    examples: dict[str, list[str]] = field(default_factory=dict)
    file: str = ""
    line: int | None = None

    def matches(self, text: str) -> bool:
        """Does the exclusion set words of ``text`` aside? (What its examples are checked with.)"""
        return any(True for _ in self._spans(text))

    def _spans(self, text: str) -> Iterable[tuple[int, int]]:
        group = self.pattern.groupindex.get("term", 0)
        for m in self.pattern.finditer(text):
            s, e = m.span(group)
            if 0 <= s < e:
                yield s, e

    def blank(self, text: str) -> str:
        """``text`` with the excluded words turned into spaces (same length: offsets hold)."""
        out, pos = [], 0
        for s, e in self._spans(text):
            out.append(text[pos:s])
            out.append(" " * (e - s))
            pos = e
        if not out:
            return text
        out.append(text[pos:])
        return "".join(out)


@dataclass
class Taxonomy:
    """attribute → value → TaxonomyValue, in file order (which is the label's display order)."""

    attributes: dict[str, dict[str, TaxonomyValue]] = field(default_factory=dict)
    gate: dict[str, Any] = field(default_factory=dict)  # attribute → alternation of every term
    #: attribute → what its terms must not be read from, in file order
    exclusions: dict[str, list[Exclusion]] = field(default_factory=dict)
    #: attribute → alternation of its exclusions' patterns (most sentences hold none of them)
    exclusion_gate: dict[str, Any] = field(default_factory=dict)

    def label(self, attribute: str, value: str) -> str:
        tv = self.attributes.get(attribute, {}).get(value)
        return tv.label if tv else value.replace("_", " ")


@dataclass
class Rule:
    """A compiled rule."""

    id: str
    file: str
    line: int
    category: str | None
    attributes: dict[str, list[str]]
    fill: list[str]
    facts: dict[str, Any]
    capture: str | None
    when: list[Any]
    unless: list[Any]
    section: Any
    not_section: Any
    use_heading: bool
    negation: str
    examples: dict[str, list[str]]
    label_only: bool = False
    description: str = ""
    source_patterns: list[str] = field(default_factory=list)
    yield_to: tuple[str, ...] = ()
    releases: tuple[str, ...] = ()
    #: the capture holds every value the first ``when`` group finds in the sentence, not only the
    #: first ("deleted within 28 days … kept for 3 years": "within 28 days; for 3 years")
    capture_all: bool = False
    #: categories whose findings by other rules give way on a sentence where this rule fires (a
    #: form's own answer for its row: "… | Does Riverbend share?: No" is read by the form's rule
    #: alone, not by every sharing rule that sees "share")
    overrides: tuple[str, ...] = ()


@dataclass
class RulePack:
    """Everything the extractor needs: macros, taxonomy and rules."""

    rules: list[Rule]
    taxonomy: Taxonomy
    macros: dict[str, str]
    files: list[str]

    def rule(self, rule_id: str) -> Rule:
        for r in self.rules:
            if r.id == rule_id:
                return r
        raise KeyError(rule_id)

    def compile_all(self) -> None:
        """Build now every pattern loaded to be compiled on first use (``load_rules(lazy=True)``):
        for a process that forks workers, so that each starts with all of them built."""
        tax = self.taxonomy
        for p in (*(p for r in self.rules for p in (*r.when, *r.unless, r.section, r.not_section)),
                  *(t.pattern for vals in tax.attributes.values() for tv in vals.values() for t in tv.terms),
                  *(tv.any_pattern for vals in tax.attributes.values() for tv in vals.values()),
                  *(x.pattern for xs in tax.exclusions.values() for x in xs),
                  *tax.gate.values(), *tax.exclusion_gate.values()):
            getattr(p, "_regexp", None)


def default_rules_path() -> Path:
    """The folder of the rule pack shipped inside the package."""
    return Path(str(resources.files("summarizer") / "data" / "rules"))


# ---------------------------------------------------------------------------------------------


class _Problems:
    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, file: str, line: int | None, rule: str | None, fld: str | None, msg: str) -> None:
        where = f"{file}:{line}" if line else file
        who = f" rule {rule!r}" if rule else ""
        what = f" field {fld!r}" if fld else ""
        self.items.append(f"{where}:{who}{what}: {msg}")


def _yaml_files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted([*path.rglob("*.yaml"), *path.rglob("*.yml")])
    return [path]


#: libyaml's loader when PyYAML was built with it (about 20 times faster than the pure-Python
#: one, which is most of a cold start); same data and line numbers (tests/test_rules.py checks
#: the shipped pack with both).
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _parse_yaml(text: str, loader_cls: Any) -> tuple[Any, Any]:
    """(data, node) of one YAML document: what ``yaml.safe_load`` and ``yaml.compose`` give, from
    a single parse (the data is constructed from the node, as ``safe_load`` does)."""
    loader = loader_cls(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    return data, node


# --------------------------------------------------------------------------------------------
# A cache of parsed rule files
# --------------------------------------------------------------------------------------------
# Parsing the shipped pack's YAML (700 KB, most of it rule examples) is about 45 ms of every
# cold start, though the files change only with a release or a rule author's edit. Each file's
# parse (its data, and the outline of its nodes that line numbers are read from) is kept as
# JSON under the user's cache folder, named by a hash of the file's bytes and of what shapes the
# parse (PyYAML's version, this format's), and read back in about 2 ms: a file that changed
# has another name, so nothing goes stale. JSON, not pickle: a cache file is data, never code.
# Everything about the cache is best effort: a folder that cannot be written, a file that is
# missing, damaged or of another shape, and the file is parsed as if there were no cache.

#: Environment variable naming the cache folder; set to an empty string to use no cache.
CACHE_ENV = "SUMMARIZER_CACHE_DIR"
_CACHE_FORMAT = 1


def cache_dir() -> Path | None:
    """Where parsed rule files are cached: ``$SUMMARIZER_CACHE_DIR`` if set (empty: no cache),
    else ``$XDG_CACHE_HOME/summarizer`` or ``~/.cache/summarizer`` (``%LOCALAPPDATA%`` on
    Windows)."""
    import os

    env = os.environ.get(CACHE_ENV)
    if env is not None:
        return Path(env) if env.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or (os.environ.get("LOCALAPPDATA") if os.name == "nt" else None)
    try:
        return Path(base) / "summarizer" if base else Path.home() / ".cache" / "summarizer"
    except RuntimeError:  # no home directory to be found
        return None


def cache_subdir(name: str) -> Path | None:
    """The cache folder's subfolder ``name`` (screens, regex programs, compiled templates), made
    if missing; None when there is no cache folder, or the subfolder cannot be made or written
    (then whatever would be kept there is worked out afresh in each run)."""
    import os

    folder = cache_dir()
    if folder is None:
        return None
    try:
        folder = folder / name
        folder.mkdir(parents=True, exist_ok=True)
        return folder if os.access(folder, os.W_OK) else None
    except OSError:
        return None


def _outline(node: Any, depth: int = 0, leaf: bool = False) -> Any:
    """A node's outline as JSON-able lists: ["m", line, [[key, key line, value's outline]...]]
    for a mapping, ["s", line, [item's outline...]] for a sequence, ["x", line] for a scalar and
    for any node whose inside is never read. What :func:`_node_lines`, :func:`_child` and
    :func:`_key_line` read of a file: the lines of top-level keys, of rules and of the items of
    ``vocabulary.exclusions.<attribute>``, so mappings three deep and the items of lists, not
    inside them (the whole tree of the shipped pack's nodes would cost more to rebuild than to
    parse)."""
    line = node.start_mark.line
    if leaf or depth > 3:
        return ["x", line]
    if isinstance(node, yaml.MappingNode):
        return ["m", line, [[getattr(k, "value", None) if isinstance(k, yaml.ScalarNode) else None,
                             k.start_mark.line, _outline(v, depth + 1)] for k, v in node.value]]
    if isinstance(node, yaml.SequenceNode):
        return ["s", line, [_outline(v, depth + 1, leaf=True) for v in node.value]]
    return ["x", line]


def _from_outline(o: Any) -> Any:
    """Nodes back from :func:`_outline` (their marks hold lines only)."""
    def mark(line: int) -> yaml.Mark:
        return yaml.Mark("", 0, line, 0, None, None)

    kind, line = o[0], o[1]
    if kind == "m":
        return yaml.MappingNode("tag:yaml.org,2002:map", [
            (yaml.ScalarNode("tag:yaml.org,2002:str", k, mark(kl), mark(kl)), _from_outline(v)) for k, kl, v in o[2]],
            mark(line), mark(line))
    if kind == "s":
        return yaml.SequenceNode("tag:yaml.org,2002:seq", [_from_outline(v) for v in o[2]], mark(line), mark(line))
    return yaml.ScalarNode("tag:yaml.org,2002:str", "", mark(line), mark(line))


def _cache_path(raw: bytes) -> Path | None:
    import hashlib

    folder = cache_dir()
    if folder is None:
        return None
    key = hashlib.sha256(f"{_CACHE_FORMAT}:{yaml.__version__}:{_FAST_LOADER.__name__}:".encode() + raw).hexdigest()
    return folder / "rules" / f"{key}.json"


def _cached_parse(raw: bytes) -> tuple[Any, Any] | None:
    import json

    path = _cache_path(raw)
    if path is None:
        return None
    try:
        got = json.loads(path.read_bytes())
        return got["data"], _from_outline(got["outline"]) if got["outline"] is not None else None
    except Exception:  # missing, unreadable, damaged or of another shape: parse the file
        return None


def _cache_parse(raw: bytes, data: Any, node: Any) -> None:
    import json

    path = _cache_path(raw)
    if path is None:
        return
    try:
        blob = json.dumps({"data": data, "outline": _outline(node) if node is not None else None},
                          ensure_ascii=False, separators=(",", ":"))
        # Only what JSON gives back unchanged (no dates, no keys that are not strings…).
        if json.loads(blob)["data"] != data:
            return
        from .files import write_atomic

        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, blob)
    except Exception:  # an unwritable folder, a full disk: no cache, same result
        pass


def _load_yaml(path: Path, problems: _Problems) -> tuple[Any, Any]:
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError) as e:
        problems.add(str(path), None, None, None, f"cannot read: {e}")
        return None, None
    if "\r" in text:  # universal newlines, as read_text reads a file
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    cached = _cached_parse(raw)
    if cached is not None:
        return cached
    try:
        try:
            data, node = _parse_yaml(text, _FAST_LOADER)
        except yaml.YAMLError:
            if _FAST_LOADER is yaml.SafeLoader:
                raise
            data, node = _parse_yaml(text, yaml.SafeLoader)  # PyYAML's own words for the error
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        problem = getattr(e, "problem", None) or str(e)
        problems.items.append(f"{path}{line}: YAML error: {problem}")
        return None, None
    _cache_parse(raw, data, node)
    return data, node


def _node_lines(node: Any, key: str) -> list[int]:
    """Line numbers (1-based) of the items of the top-level list ``key``."""
    if node is None or not isinstance(node, yaml.MappingNode):
        return []
    for k, v in node.value:
        if getattr(k, "value", None) == key and isinstance(v, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in v.value]
    return []


def _child(node: Any, key: str) -> Any:
    """The value node of ``key`` in the mapping ``node`` (None if there is none)."""
    if node is None or not isinstance(node, yaml.MappingNode):
        return None
    for k, v in node.value:
        if getattr(k, "value", None) == key:
            return v
    return None


def _key_line(node: Any, key: str) -> int | None:
    if node is None or not isinstance(node, yaml.MappingNode):
        return None
    for k, _v in node.value:
        if getattr(k, "value", None) == key:
            return k.start_mark.line + 1
    return None


def _expand(pattern: str, macros: dict[str, str], seen: tuple[str, ...] = ()) -> str:
    def sub(m: re.Match) -> str:
        name = m.group(1)
        if name not in macros:
            raise KeyError(name)
        if name in seen:
            raise RecursionError(name)
        return "(?:" + _expand(macros[name], macros, seen + (name,)) + ")"

    return _MACRO.sub(sub, pattern)


def _as_term(pattern: str) -> str:
    """A taxonomy term's pattern as whole words (``\\b…\\b``), but at an end anchored to the start
    or end of the text ("^\\W*names?\\W*$": a list item that is only "Name") or ending in a comma
    ("name,": a name in a list), where a word boundary could never hold."""
    start = "" if pattern.startswith("^") else r"\b"
    end = "" if pattern.endswith(("$", ",")) else r"\b"
    return f"{start}(?:{pattern}){end}"


def _as_list(v: Any) -> list:
    if v is None:
        return []
    return v if isinstance(v, list) else [v]


def load_rules(paths: Iterable[str | Path] | str | Path | None = None, *, lazy: bool = False) -> RulePack:
    """Load, validate and compile rule packs. ``None`` loads the shipped default pack.

    Several paths are merged in order (a user's pack can add macros, taxonomy terms and
    rules to the default one). Raises :class:`RulesError` listing every problem found.

    ``lazy``: compile each pattern on its first use instead of now. Everything but RE2's own
    syntax check is still validated on load; a pattern RE2 rejects raises :class:`RulesError`
    (naming file, rule and field) when it is first used. For packs whose patterns are known
    to compile: :func:`default_rules` loads the shipped pack so (the test-suite compiles every
    one of its patterns); a user's pack is compiled on load, so all its errors show at once.
    """
    if paths is None:
        paths = [default_rules_path()]
    elif isinstance(paths, (str, Path)):
        paths = [paths]
    paths = [Path(p) for p in paths]
    problems = _Problems()
    files: list[Path] = []
    for p in paths:
        if not p.exists():
            problems.add(str(p), None, None, None, "no such file or folder")
            continue
        fs = _yaml_files(p)
        if not fs:
            problems.add(str(p), None, None, None, "no .yaml files in this folder")
        files.extend(fs)

    docs: list[tuple[Path, Any, Any]] = []
    for f in files:
        data, node = _load_yaml(f, problems)
        if data is None and node is None:
            continue
        if data is None:
            continue
        if not isinstance(data, dict):
            problems.add(str(f), 1, None, None, "the file must be a mapping with 'rules' and/or 'vocabulary'")
            continue
        unknown = set(data) - {"rules", "vocabulary"}
        for k in sorted(unknown):
            problems.add(str(f), _key_line(node, k), None, k, "unknown top-level key (expected 'rules' or 'vocabulary')")
        docs.append((f, data, node))

    re2, opts = _re2()
    lazy_pattern = _lazy_class() if lazy else None
    # One compiled pattern per distinct expanded text: a third of the shipped pack's patterns
    # repeat another's (a guard several rules share, a taxonomy value of one term and that term),
    # and each copy would cost its own RE2 program (~0.2 s in all) and warm its own DFA.
    # (Every pattern is compiled with the same options.)
    compiled: dict[str, Any] = {}

    def compile_(pat: str, file: str, line: int | None, rule: str | None, fld: str) -> Any:
        if not isinstance(pat, str) or not pat.strip():
            problems.add(file, line, rule, fld, f"a pattern must be a non-empty string, not {pat!r}")
            return None
        try:
            expanded = _expand(pat, macros)
        except KeyError as e:
            problems.add(file, line, rule, fld, f"unknown macro {{{e.args[0]}}} in {pat!r}")
            return None
        except RecursionError as e:
            problems.add(file, line, rule, fld, f"macro {{{e.args[0]}}} refers to itself")
            return None
        got = compiled.get(expanded)
        if got is not None:
            return got
        if lazy_pattern is not None:
            where = f"{file}:{line}" if line else file
            got = lazy_pattern(expanded, opts, where + (f": rule {rule!r}" if rule else "") + f": field {fld!r}")
        else:
            try:
                got = re2.compile(expanded, opts)
            except Exception as e:  # re2.error
                msg = e.args[0].decode() if e.args and isinstance(e.args[0], bytes) else str(e)
                problems.add(file, line, rule, fld, f"invalid pattern {pat!r}: {msg} "
                                                   "(RE2 syntax: no backreferences or look-arounds)")
                return None
        compiled[expanded] = got
        return got

    def joined_(pat: str, fld: str) -> Any:
        """A pattern made of patterns already checked (an alternation of them)."""
        got = compiled.get(pat)
        if got is None:
            got = compiled[pat] = lazy_pattern(pat, opts, f"field {fld!r}") if lazy_pattern is not None else re2.compile(pat, opts)
        return got

    # 1. macros first (rules in any file may use macros of any file)
    macros: dict[str, str] = {}
    for f, data, node in docs:
        voc = data.get("vocabulary")
        if voc is None:
            continue
        if not isinstance(voc, dict):
            problems.add(str(f), _key_line(node, "vocabulary"), None, "vocabulary", "must be a mapping")
            continue
        for k in sorted(set(voc) - {"macros", "taxonomy", "exclusions"}):
            problems.add(str(f), None, None, f"vocabulary.{k}",
                         "unknown key (expected 'macros', 'taxonomy' or 'exclusions')")
        for name, pat in (voc.get("macros") or {}).items():
            if not re.fullmatch(r"[A-Z][A-Z0-9_]*", str(name)):
                problems.add(str(f), None, None, f"vocabulary.macros.{name}", "macro names are UPPER_CASE")
            if not isinstance(pat, (str, list)):
                problems.add(str(f), None, None, f"vocabulary.macros.{name}", "must be a pattern or a list of patterns")
                continue
            macros[str(name)] = "|".join(f"(?:{p})" for p in pat) if isinstance(pat, list) else pat

    # 2. taxonomy
    taxonomy = Taxonomy()
    for f, data, _node in docs:
        voc = data.get("vocabulary")
        if not isinstance(voc, dict):
            continue
        tax = voc.get("taxonomy") or {}
        if not isinstance(tax, dict):
            problems.add(str(f), None, None, "vocabulary.taxonomy", "must be a mapping attribute → values")
            continue
        for attr, values in tax.items():
            if not isinstance(values, dict):
                problems.add(str(f), None, None, f"taxonomy.{attr}", "must be a mapping value → {label, terms}")
                continue
            slot = taxonomy.attributes.setdefault(str(attr), {})
            for value, spec in values.items():
                fld = f"taxonomy.{attr}.{value}"
                if not isinstance(spec, dict):
                    problems.add(str(f), None, None, fld, "must be a mapping with 'label' and 'terms'")
                    continue
                for k in sorted(set(spec) - {"label", "terms"}):
                    problems.add(str(f), None, None, f"{fld}.{k}", "unknown key (expected 'label' or 'terms')")
                terms_spec = spec.get("terms") or {}
                if not isinstance(terms_spec, dict) or not terms_spec:
                    problems.add(str(f), None, None, f"{fld}.terms", "must be a non-empty mapping name → pattern(s)")
                    continue
                tv = slot.get(str(value)) or TaxonomyValue(str(attr), str(value), str(spec.get("label") or value), [])
                if spec.get("label"):
                    tv.label = str(spec["label"])
                for tname, pats in terms_spec.items():
                    pats = _as_list(pats)
                    joined = "|".join(_as_term(p) for p in pats if isinstance(p, str))
                    if not joined or len(pats) != sum(isinstance(p, str) for p in pats):
                        problems.add(str(f), None, None, f"{fld}.terms.{tname}", "must be a pattern or a list of patterns")
                        continue
                    c = compile_(joined, str(f), None, None, f"{fld}.terms.{tname}")
                    if c is not None:
                        tv.terms.append(Term(str(tname), c))
                slot[str(value)] = tv
    for attr, values in taxonomy.attributes.items():
        alts = []
        for tv in values.values():
            alts.append("|".join(t.pattern.pattern for t in tv.terms))
            if tv.terms:
                tv.any_pattern = joined_("|".join(t.pattern.pattern for t in tv.terms), f"taxonomy.{attr}.{tv.value}")
        alts = [a for a in alts if a]
        if alts:
            taxonomy.gate[attr] = joined_("|".join(alts), f"taxonomy.{attr}")

    # 2b. exclusions: words that are no term of an attribute
    seen_exclusions: set[tuple[str, str]] = set()
    for f, data, node in docs:
        voc = data.get("vocabulary")
        if not isinstance(voc, dict) or voc.get("exclusions") is None:
            continue
        excl = voc["exclusions"]
        excl_node = _child(_child(node, "vocabulary"), "exclusions")
        if not isinstance(excl, dict):
            problems.add(str(f), None, None, "vocabulary.exclusions", "must be a mapping attribute → list of exclusions")
            continue
        for attr, items in excl.items():
            base = f"exclusions.{attr}"
            if attr not in taxonomy.attributes:
                problems.add(str(f), _key_line(excl_node, str(attr)), None, base, f"no taxonomy for attribute {attr!r}")
                continue
            if not isinstance(items, list):
                problems.add(str(f), _key_line(excl_node, str(attr)), None, base,
                             "must be a list of {id, pattern, why, examples}")
                continue
            item_nodes = _child(excl_node, str(attr))
            lines = [i.start_mark.line + 1 for i in item_nodes.value] if isinstance(item_nodes, yaml.SequenceNode) else []
            for n, spec in enumerate(items):
                line = lines[n] if n < len(lines) else None
                if not isinstance(spec, dict) or not isinstance(spec.get("id"), str):
                    problems.add(str(f), line, None, f"{base}[{n}]", "must be a mapping with an 'id'")
                    continue
                xid = spec["id"]
                fld = f"{base}.{xid}"
                for k in sorted(set(spec) - EXCLUSION_KEYS):
                    problems.add(str(f), line, None, f"{fld}.{k}",
                                 f"unknown key (expected one of {', '.join(sorted(EXCLUSION_KEYS))})")
                if (attr, xid) in seen_exclusions:
                    problems.add(str(f), line, None, f"{fld}.id", "duplicate exclusion id")
                seen_exclusions.add((attr, xid))
                category = spec.get("category")
                if category is not None and category not in CATEGORIES:
                    problems.add(str(f), line, None, f"{fld}.category", f"unknown category {category!r}")
                in_denials = spec.get("in_denials", True)
                if not isinstance(in_denials, bool):
                    problems.add(str(f), line, None, f"{fld}.in_denials", "must be true or false")
                examples = spec.get("examples") or {}
                ex: dict[str, list[str]] = {"match": [], "no_match": []}
                if not isinstance(examples, dict) or set(examples) - set(ex):
                    problems.add(str(f), line, None, f"{fld}.examples", "must be a mapping with 'match' and 'no_match'")
                else:
                    for kind in ex:
                        vals = _as_list(examples.get(kind))
                        if not all(isinstance(v, str) for v in vals):
                            problems.add(str(f), line, None, f"{fld}.examples.{kind}", "must be a list of sentences")
                        ex[kind] = [str(v) for v in vals]
                    if not ex["match"]:
                        problems.add(str(f), line, None, f"{fld}.examples.match", "needs at least one sentence")
                c = compile_(spec.get("pattern"), str(f), line, None, f"{fld}.pattern")
                if c is None:
                    continue
                taxonomy.exclusions.setdefault(str(attr), []).append(Exclusion(
                    id=xid, attribute=str(attr), pattern=c, why=str(spec.get("why") or ""),
                    category=category, in_denials=in_denials is not False, examples=ex, file=str(f), line=line))
    for attr, xs in taxonomy.exclusions.items():
        # (the patterns' ``term`` groups as plain groups: RE2 allows a group name once)
        taxonomy.exclusion_gate[attr] = joined_(
            "|".join(f"(?:{x.pattern.pattern.replace('(?P<term>', '(?:')})" for x in xs), f"exclusions.{attr}")

    # 3. rules
    rules: list[Rule] = []
    seen_ids: dict[str, str] = {}
    for f, data, node in docs:
        raw_rules = data.get("rules")
        if raw_rules is None:
            continue
        if not isinstance(raw_rules, list):
            problems.add(str(f), _key_line(node, "rules"), None, "rules", "must be a list of rules")
            continue
        lines = _node_lines(node, "rules")
        for i, raw in enumerate(raw_rules):
            line = lines[i] if i < len(lines) else None
            fname = str(f)
            if not isinstance(raw, dict):
                problems.add(fname, line, None, None, f"rule #{i + 1} must be a mapping")
                continue
            rid = raw.get("id")
            if not isinstance(rid, str) or not re.fullmatch(r"[a-z0-9_]+(?:[.-][a-z0-9_]+)*", rid or ""):
                problems.add(fname, line, f"#{i + 1}" if not rid else str(rid), "id",
                             "every rule needs an id of lowercase words joined by dots (e.g. share.sell.denied)")
                rid = str(rid or f"#{i + 1}")
            elif rid in seen_ids:
                problems.add(fname, line, rid, "id", f"duplicate id (also in {seen_ids[rid]})")
            else:
                seen_ids[rid] = f"{fname}:{line}"
            for k in sorted(set(raw) - RULE_KEYS):
                problems.add(fname, line, rid, k, f"unknown field (allowed: {', '.join(sorted(RULE_KEYS))})")
            cat = raw.get("category")
            label_only = bool(raw.get("label_only", False))
            if cat is not None and cat not in CATEGORIES:
                problems.add(fname, line, rid, "category", f"unknown category {cat!r} (one of {', '.join(CATEGORIES)})")
                cat = None
            if cat is None and not raw.get("facts") and not raw.get("capture"):
                problems.add(fname, line, rid, "category", "a rule must set a category, facts or a capture")
            attrs = raw.get("attributes") or {}
            if not isinstance(attrs, dict):
                problems.add(fname, line, rid, "attributes", "must be a mapping attribute → value(s)")
                attrs = {}
            attrs = {str(k): [str(x) for x in _as_list(v)] for k, v in attrs.items()}
            fill = [str(x) for x in _as_list(raw.get("fill"))]
            if cat:
                allowed = CATEGORIES[cat]
                for a in list(attrs) + fill:
                    if a not in allowed and a not in taxonomy.attributes:
                        problems.add(fname, line, rid, "attributes" if a in attrs else "fill",
                                     f"{a!r} is not an attribute of {cat} (allowed: {', '.join(allowed)})")
            for a in fill:
                if a not in taxonomy.attributes:
                    problems.add(fname, line, rid, "fill", f"no taxonomy for attribute {a!r}")
            for a, vals in attrs.items():
                known = taxonomy.attributes.get(a)
                for v in vals:
                    if not re.fullmatch(r"[a-z0-9]+(?:_[a-z0-9]+)*", v):
                        problems.add(fname, line, rid, f"attributes.{a}", f"value {v!r} must be snake_case")
                    elif known is not None and v not in known and a in ("personal_information_type", "purpose",
                                                                           "third_party_entity"):
                        problems.add(fname, line, rid, f"attributes.{a}", f"value {v!r} is not in the taxonomy")
            facts = raw.get("facts") or {}
            if not isinstance(facts, dict):
                problems.add(fname, line, rid, "facts", "must be a mapping")
                facts = {}
            capture = raw.get("capture")
            if capture is not None and not isinstance(capture, str):
                problems.add(fname, line, rid, "capture", "must be the name of a fact (a string)")
                capture = None
            when_raw = raw.get("when")
            if not when_raw:
                problems.add(fname, line, rid, "when", "a rule needs at least one pattern")
                when_raw = []
            when = []
            srcs = []
            for j, group in enumerate(_as_list(when_raw)):
                alts = _as_list(group)
                if not alts or not all(isinstance(a, str) for a in alts):
                    problems.add(fname, line, rid, f"when[{j}]", "must be a pattern or a list of patterns")
                    continue
                pat = "|".join(f"(?:{a})" for a in alts)
                srcs.append(pat)
                c = compile_(pat, fname, line, rid, f"when[{j}]")
                if c is not None:
                    when.append(c)
            capture_all = raw.get("capture_all", False)
            if not isinstance(capture_all, bool):
                problems.add(fname, line, rid, "capture_all", "must be true or false")
                capture_all = False
            elif capture_all and not capture:
                problems.add(fname, line, rid, "capture_all", "needs a 'capture'")
                capture_all = False
            if capture and when and when[0] is not None and "(?P<value>" not in _expand_safe(srcs[0] if srcs else "", macros):
                problems.add(fname, line, rid, "capture", "the first 'when' pattern needs a (?P<value>...) group")
            unless = []
            for j, group in enumerate(_as_list(raw.get("unless"))):
                alts = _as_list(group)
                c = compile_("|".join(f"(?:{a})" for a in alts if isinstance(a, str)) or "", fname, line, rid,
                             f"unless[{j}]")
                if c is not None:
                    unless.append(c)
            section = None
            if raw.get("section") is not None:
                section = compile_("|".join(f"(?:{a})" for a in _as_list(raw["section"])), fname, line, rid, "section")
            not_section = None
            if raw.get("not_section") is not None:
                not_section = compile_("|".join(f"(?:{a})" for a in _as_list(raw["not_section"])), fname, line, rid,
                                       "not_section")
            yield_to = [str(x) for x in _as_list(raw.get("yield_to"))]
            releases = [str(x) for x in _as_list(raw.get("releases"))]
            overrides = [str(x) for x in _as_list(raw.get("overrides"))]
            for key, cats in (("yield_to", yield_to), ("releases", releases), ("overrides", overrides)):
                for y in cats:
                    if y not in CATEGORIES:
                        problems.add(fname, line, rid, key, f"unknown category {y!r} (one of {', '.join(CATEGORIES)})")
            negation = raw.get("negation", "detect")
            if negation not in NEGATION_MODES:
                problems.add(fname, line, rid, "negation", f"must be one of {', '.join(NEGATION_MODES)}")
                negation = "detect"
            ex = raw.get("examples")
            examples: dict[str, list[str]] = {"match": [], "no_match": [], "denied": []}
            if not isinstance(ex, dict) or not (ex.get("match") or ex.get("denied")):
                problems.add(fname, line, rid, "examples",
                             "every rule needs examples: {match: [...], no_match: [...]} (at least one match)")
            else:
                for k in sorted(set(ex) - set(examples)):
                    problems.add(fname, line, rid, f"examples.{k}", "unknown key (match, no_match, denied)")
                for k in examples:
                    vals = _as_list(ex.get(k))
                    if not all(isinstance(v, str) for v in vals):
                        problems.add(fname, line, rid, f"examples.{k}", "must be a list of sentences")
                        continue
                    examples[k] = vals
            rules.append(Rule(
                id=rid, file=fname, line=line or 0, category=cat, attributes=attrs, fill=fill, facts=dict(facts),
                capture=capture, when=when, unless=unless, section=section, not_section=not_section,
                use_heading=bool(raw.get("use_heading", False)), negation=negation, examples=examples,
                label_only=label_only, description=str(raw.get("description") or ""), source_patterns=srcs,
                yield_to=tuple(yield_to), releases=tuple(releases), capture_all=capture_all,
                overrides=tuple(overrides),
            ))
    if problems.items:
        raise RulesError(problems.items)
    if not rules:
        raise RulesError([f"{', '.join(map(str, paths))}: no rules found"])
    return RulePack(rules=rules, taxonomy=taxonomy, macros=macros, files=[str(f) for f in files])


def _expand_safe(pattern: str, macros: dict[str, str]) -> str:
    try:
        return _expand(pattern, macros)
    except (KeyError, RecursionError):
        return pattern


@lru_cache(maxsize=8)
def _cached_default() -> RulePack:
    return load_rules(None, lazy=True)


def default_rules() -> RulePack:
    """The shipped rule pack, loaded once per process."""
    return _cached_default()


def default_rules_loaded() -> bool:
    """Has this process loaded the shipped rule pack yet?"""
    return _cached_default.cache_info().currsize > 0
