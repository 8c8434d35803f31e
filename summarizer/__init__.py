"""summarizer — turn a privacy policy into a plain-language privacy nutrition label.

The pipeline, one module per stage: :mod:`~summarizer.ingest` (text/HTML/Markdown →
Document) → :mod:`~summarizer.rules` (YAML rule packs) → :mod:`~summarizer.extract`
(findings with evidence) → :mod:`~summarizer.readability` → :mod:`~summarizer.label`
(the label model) → :mod:`~summarizer.render` (Jinja templates) → :mod:`~summarizer.cli`.

Python API::

    import summarizer
    label = summarizer.label_text(open("policy.txt").read())
    print(label.to_json())          # or .to_markdown(), .to_html(), .to_yaml(), .to_dict()
    label = summarizer.label_file("policy.html")
"""
from __future__ import annotations

__version__ = "0.1.0"

import contextlib
import gc
import os
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO, Iterable

from .errors import InputError, RulesError, SummarizerError, TemplateError

__all__ = [
    "__version__", "label_text", "label_file", "label_document", "load_rules", "parse",
    "SummarizerError", "InputError", "RulesError", "TemplateError",
]


def load_rules(paths: Iterable[str | Path] | str | Path | None = None):
    """Load and validate rule packs (``None``: the shipped default). See :mod:`summarizer.rules`."""
    from .rules import default_rules, load_rules as _load

    return default_rules() if paths is None else _load(paths)


def parse(text: str, fmt: str | None = None, source: str = "-"):
    """Turn text (plain, HTML or Markdown; ``fmt=None`` guesses) into a :class:`~summarizer.ingest.Document`."""
    from .ingest import parse as _parse

    return _parse(text, fmt=fmt, source=source)


# Labelling a policy allocates a great many short-lived containers (tuples, lists, dicts,
# findings) and makes no reference cycles (tests/test_label.py checks that a collection after
# labelling finds nothing to free), but for an HTML or Markdown page's parse tree. Python's cycle
# collector still walks them: two or three young collections per policy, and every few dozen
# policies a full one over every tracked object of the process (25 ms with the rules, textstat
# and syntok loaded) — about 1 ms a policy on the dev corpus, for nothing. So it is paused while
# a label is made and resumed after: its count of allocations carries over, so it runs as soon
# as the label is done (and frees a page's parse tree then, still young). Paused once for nested
# and concurrent calls; never resumed if it was off already.
_collector_lock = threading.Lock()
_collector_pausers = 0
_collector_was_enabled = False


@contextlib.contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    global _collector_pausers, _collector_was_enabled
    with _collector_lock:
        if _collector_pausers == 0:
            _collector_was_enabled = gc.isenabled()
            gc.disable()
        _collector_pausers += 1
    try:
        yield
    finally:
        with _collector_lock:
            _collector_pausers -= 1
            if _collector_pausers == 0 and _collector_was_enabled:
                gc.enable()


def label_document(doc, rules=None, name: str | None = None, split: bool = False,
                   meanwhile: Callable[[], object] | None = None):
    """Label an already-parsed Document. ``rules``: a RulePack from :func:`load_rules` (default pack if None).

    ``split``: a process's first label shares its rule matching with a forked process when the
    machine has a second core (:class:`~summarizer.extract.Extractor`); the label is the same.
    ``meanwhile``: work of the caller's (loading templates, say), called once: while that
    process works, or else after the rules are matched."""
    from .extract import Extractor
    from .label import build_label
    from .readability import measure
    from .rules import default_rules

    with _cycle_collector_paused():
        pack = rules or default_rules()
        measured: list = []

        def meanwhile_here() -> None:
            # (while a forked process matches rules, this one measures the policy's readability)
            measured.append(measure(doc.text))
            if meanwhile is not None:
                meanwhile()

        findings = Extractor(pack, split=split).run(doc, meanwhile=meanwhile_here)
        return build_label(doc, findings, pack, name=name, readability=measured[0] if measured else None)


def label_text(text: str, fmt: str | None = None, rules=None, name: str | None = None, source: str = "-"):
    """Label a policy given as a string. Returns a :class:`~summarizer.label.Label`.

    ``fmt`` is ``"text"``, ``"html"``, ``"markdown"`` or None to guess from the content.
    """
    with _cycle_collector_paused():
        return label_document(parse(text, fmt=fmt, source=source), rules=rules, name=name)


def label_file(path: str | Path, fmt: str | None = None, rules=None, name: str | None = None,
               max_bytes: int | None = None, stdin: BinaryIO | None = None, split: bool = False,
               meanwhile: Callable[[], object] | None = None):
    """Read, decode and label a file (``"-"`` reads standard input); ``split`` and ``meanwhile``
    as for :func:`label_document`. With ``split``, a forked process also reads and parses the
    file while this one loads the rules (:func:`_parsed_aside`)."""
    def read():
        from .ingest import DEFAULT_MAX_BYTES, load

        return load(path, fmt=fmt, max_bytes=max_bytes or DEFAULT_MAX_BYTES, stdin=stdin)

    with _cycle_collector_paused():
        if split:
            doc, rules = _parsed_aside(path, read, rules)
        else:
            doc = read()
        return label_document(doc, rules=rules, name=name, split=split, meanwhile=meanwhile)


#: Files parsed in a forked process at most this large (:func:`_parsed_aside`): the Document
#: comes back pickled (~15 bytes per byte of text), which a larger file would make cost more
#: than it saves.
PARSE_ASIDE_MAX_BYTES = 2 * 1024 * 1024


def _rules_ready(rules) -> bool:
    """Are ``rules`` (None: the shipped pack) loaded and indexed already (nothing to do while
    a file is parsed)? Asked without importing what is not imported yet."""
    rules_module, extract = sys.modules.get(__name__ + ".rules"), sys.modules.get(__name__ + ".extract")
    if rules_module is None or extract is None:
        return False
    if rules is None:
        if not rules_module.default_rules_loaded():
            return False
        rules = rules_module.default_rules()
    return extract.prepared(rules)


def _parsed_aside(path: str | Path, read: Callable[[], object], rules):
    """(the Document ``read()`` gives, the rule pack to use): the file parsed in a forked process
    (:mod:`._forked`) while this one loads the pack and builds its rule index, the first two
    steps of a cold run and independent of each other (~0.1 s each); else one after the other.
    Any error reading or parsing is raised here, as ``read()`` raises it."""
    from . import _forked

    # (forked before the rest is imported: importing the rules' and extraction's modules is
    # part of what this process does meanwhile)
    try:
        small = str(path) != "-" and os.path.getsize(path) <= PARSE_ASIDE_MAX_BYTES
    except OSError:  # missing, unreadable: read() says so
        small = False
    if not small or _rules_ready(rules) or not _forked.can_fork():
        return read(), rules
    try:
        parsing = _forked.Forked(read)
    except OSError:
        return read(), rules
    try:
        from .extract import prepare
        from .rules import default_rules

        pack = rules or default_rules()
        prepare(pack)
    except BaseException:
        parsing.cancel()
        raise
    return parsing.result(read), pack
