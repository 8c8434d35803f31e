"""Label whole corpora: many inputs in, one file per policy and a streaming ``labels.jsonl`` out.

Inputs (:func:`iter_sources`): files, folders (walked recursively, sorted; ``.txt``, ``.html``,
``.htm``, ``.md``… and ``.jsonl`` files), glob patterns, JSON Lines files (``{"id": ...,
"text": ...}`` per line, optional ``"format"``), and ``-``: a list of paths on standard input,
one per line. Nothing is read ahead beyond the engine's window, so memory stays flat however
large the corpus.

The work itself is one **pure function**, :func:`label_one` (content, name, :class:`Options`
→ :class:`Result`: the output texts, or a one-line error). It runs wherever the engine puts it
(:mod:`summarizer.engines`: this process, a process pool, a Dask cluster); only the calling
process writes files, so workers need no access to the output folder, and every engine writes
byte-identical output.

Output folder (:func:`run_batch`):

* ``<name>.json`` / ``.html`` / ``.md`` / ``.yaml`` per policy — names from :func:`output_stem`,
  sanitised so that no input (``../../etc/passwd``, ``/abs``, ``CON``, 10 kB ids) can write
  outside the folder. Written atomically: a temporary file renamed into place, so a failure
  never leaves a half-written file where a good one was.
* ``labels.jsonl`` — one line per policy, in input order: ``{"id", "key", "status": "ok",
  "files", "label"}`` or ``{"id", "key", "status": "error", "error", "exit_code"}``. It is
  appended to as results arrive (one ``write`` per line) and doubles as the **manifest**: a
  policy whose ``key`` — SHA-256 of its content and name, the summarizer version, the rules,
  the templates and the options — is unchanged and whose files exist is skipped next time.
  Superseded lines are compacted away (atomically) at the end of a run; a line torn by a crash
  is dropped at the start of the next.

One bad input is reported and skipped; the batch goes on, and :attr:`Summary.exit_code` says
that something failed (2: only bad inputs; 1: anything else).
"""
from __future__ import annotations

import glob as _glob
import hashlib
import json
import os
import re
import sys
import tempfile
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator

from . import __version__
from . import files
from .errors import InputError, SummarizerError

#: File name endings taken from folders (explicitly named files are read whatever their name).
POLICY_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".shtml", ".md", ".markdown", ".mdown", ".mkd")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
OUTPUT_EXT = {"json": ".json", "html": ".html", "markdown": ".md", "yaml": ".yaml"}
LABELS = "labels.jsonl"
_GLOB_CHARS = re.compile(r"[*?\[]")
_MAX_ERROR = 500  # characters of an error message kept in labels.jsonl


@dataclass(frozen=True)
class Options:
    """What to produce. Plain data (picklable), the same for every policy of a batch."""

    formats: tuple[str, ...] = ("json",)
    input_format: str | None = None
    rules: tuple[str, ...] = ()  # rule pack paths; () = the built-in pack
    template_dirs: tuple[str, ...] = ()
    max_bytes: int = 20 * 1024 * 1024
    include_text: bool = True
    name: str | None = None

    def __post_init__(self) -> None:
        bad = [f for f in self.formats if f not in OUTPUT_EXT]
        if bad or not self.formats:
            raise SummarizerError(f"unknown output format {bad[0] if bad else '(none)'!r} "
                                  f"(choose from {', '.join(OUTPUT_EXT)})")


@dataclass(frozen=True)
class Result:
    """What :func:`label_one` returns: output texts by format, the compact JSON label, or an error."""

    ok: bool
    outputs: tuple[tuple[str, str], ...] = ()
    record: str = ""  # the label as compact JSON, for labels.jsonl
    warnings: tuple[str, ...] = ()
    error: str = ""
    exit_code: int = 0


# ---------------------------------------------------------------------------------------------
# The pure function
# ---------------------------------------------------------------------------------------------

@lru_cache(maxsize=4)
def _pack(rules: tuple[str, ...]):
    from .rules import default_rules, load_rules

    return load_rules(list(rules)) if rules else default_rules()


def _one_line(msg: str) -> str:
    s = " ".join(str(msg).split())
    return s if len(s) <= _MAX_ERROR else s[:_MAX_ERROR] + "…"


def label_one(content: bytes | str, name: str, options: Options) -> Result:
    """Label one policy: ``content`` (raw bytes, decoded here, or text), ``name`` (its id or path:
    used for format detection and shown as the source) → :class:`Result`.

    Pure: the result depends only on the arguments (and the summarizer version, rules and
    templates they name), never on the process, the machine or the order of calls. Never raises
    for bad input: errors come back as ``Result(ok=False, error=...)``.
    """
    from .ingest import decode, parse

    try:
        if isinstance(content, (bytes, bytearray)):
            if len(content) > options.max_bytes:
                raise InputError(f"{name}: larger than the limit of {options.max_bytes:,} bytes (see --max-bytes)")
            text, enc = decode(bytes(content), name)
        else:
            if len(content) > options.max_bytes:  # characters >= bytes/4; checked exactly below
                if len(content.encode("utf-8", "surrogatepass")) > options.max_bytes:
                    raise InputError(f"{name}: larger than the limit of {options.max_bytes:,} bytes "
                                     "(see --max-bytes)")
            if not content.strip():
                raise InputError(f"{name}: the input is empty")
            text, enc = content, "utf-8"
        doc = parse(text, fmt=options.input_format, source=name, encoding=enc)
        from . import label_document

        lab = label_document(doc, rules=_pack(options.rules), name=options.name)
        from .label import label_json_text

        outputs = []
        data = lab.to_dict(include_text=options.include_text)  # once, for the JSON file and the record
        for fmt in options.formats:
            if fmt == "json":
                out = label_json_text(data)
            elif fmt == "yaml":
                out = lab.to_yaml(include_text=options.include_text)
            else:
                out = lab.render(fmt, template_dirs=list(options.template_dirs) or None)
            outputs.append((fmt, out))
        record = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        return Result(True, tuple(outputs), record, tuple(lab.warnings))
    except SummarizerError as e:
        return Result(False, error=_one_line(str(e)), exit_code=getattr(e, "exit_code", 1) or 1)
    except RecursionError:
        return Result(False, error=f"{name}: the input is nested too deeply to read", exit_code=2)
    except MemoryError:
        return Result(False, error=f"{name}: out of memory while labelling (try a smaller --max-bytes)",
                      exit_code=2)
    except Exception as e:  # a bug, but one policy must not stop a corpus
        return Result(False, error=_one_line(f"{name}: internal error: {type(e).__name__}: {e}"), exit_code=1)


# ---------------------------------------------------------------------------------------------
# Inputs
# ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Source:
    """One policy to label: a file (``path``) or a JSON Lines record (``text``), or a problem."""

    id: str
    path: str | None = None
    out: str = ""  # what output names are made from (see :func:`output_stem`); default: ``id``
    text: str | None = None
    fmt: str | None = None
    error: str = ""  # set when the input could not even be listed (bad JSONL line, missing file)
    exit_code: int = 2


def _norm(p: str) -> str:
    return os.path.normpath(p) if p not in ("", "-") else p


def _walk(folder: str, skip: set[str]) -> Iterator[str]:
    """Files of a folder, recursively, in sorted order; hidden entries and ``skip`` folders left out."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as e:
        raise InputError(f"{folder}: cannot list: {e.strerror or e}") from None
    for e in entries:
        if e.name.startswith("."):
            continue
        try:
            if e.is_dir():
                if os.path.realpath(e.path) in skip:
                    continue
                yield from _walk(e.path, skip)
            elif e.is_file() and e.name.lower().endswith(POLICY_SUFFIXES + JSONL_SUFFIXES):
                yield e.path
        except OSError:
            continue


def _in_folder(folder: str, skip: set[str]) -> Iterator[tuple[str, str]]:
    base = os.path.basename(os.path.normpath(folder))
    for p in _walk(folder, skip):
        yield p, os.path.join(base, os.path.relpath(p, folder))


def _expand(arg: str, skip: set[str]) -> Iterator[tuple[str, str]]:
    """(path, output name basis) for one command-line argument: file, folder or glob. Files of a
    folder are named by the folder's name and their path inside it; other files by their name."""
    if os.path.isdir(arg):
        yield from _in_folder(arg, skip)
    elif os.path.exists(arg) or not _GLOB_CHARS.search(arg):
        yield arg, os.path.basename(arg)
    else:
        matches = sorted(_glob.glob(arg, recursive=True))
        if not matches:
            yield arg, os.path.basename(arg)  # reported as "no such file" by the reader
        for m in matches:
            if os.path.isdir(m):
                yield from _in_folder(m, skip)
            else:
                yield m, os.path.basename(m)


def _jsonl(path: str, max_bytes: int) -> Iterator[Source]:
    """Records of a JSON Lines file, streamed; a line over ``max_bytes`` is skipped unread."""
    try:
        fh = open(path, "rb")
    except OSError as e:
        yield Source(id=path, error=f"{path}: cannot read: {e.strerror or e}")
        return
    with fh:
        lineno = 0
        while True:
            line = fh.readline(max_bytes + 2)
            if not line:
                return
            lineno += 1
            where = f"{path}:{lineno}"
            if len(line) > max_bytes + 1 and not line.endswith(b"\n"):
                while True:  # skip the rest of the over-long line without holding it
                    chunk = fh.readline(1 << 20)
                    if not chunk or chunk.endswith(b"\n"):
                        break
                yield Source(id=where, error=f"{where}: line larger than the limit of {max_bytes:,} bytes "
                                             "(see --max-bytes)")
                continue
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except (ValueError, UnicodeDecodeError) as e:
                yield Source(id=where, error=_one_line(f"{where}: not a JSON object: {e}"))
                continue
            if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
                yield Source(id=where, error=f"{where}: expected {{\"id\": ..., \"text\": \"...\"}}")
                continue
            rid = rec.get("id")
            rid = where if rid is None or rid == "" else str(rid)
            fmt = rec.get("format")
            yield Source(id=rid, text=rec["text"], fmt=fmt if isinstance(fmt, str) else None)


def iter_sources(inputs: Iterable[str], stdin: IO[str] | None = None, max_bytes: int = 20 * 1024 * 1024,
                 skip_dirs: Iterable[str] = ()) -> Iterator[Source]:
    """Every policy named by ``inputs`` (files, folders, globs, JSONL files, ``-``), streamed."""
    skip = {os.path.realpath(d) for d in skip_dirs}

    def from_args(args: Iterable[str]) -> Iterator[Source]:
        for arg in args:
            if arg == "-":
                stream = stdin if stdin is not None else sys.stdin
                yield from from_args(line.strip() for line in stream if line.strip() and line.strip() != "-")
                continue
            for path, basis in _expand(arg, skip):
                if path.lower().endswith(JSONL_SUFFIXES) and os.path.isfile(path):
                    yield from _jsonl(path, max_bytes)
                else:
                    yield Source(id=_norm(path), path=path, out=basis)

    yield from from_args(inputs)


def count_sources(inputs: Iterable[str], max_bytes: int = 20 * 1024 * 1024, skip_dirs: Iterable[str] = ()) -> int | None:
    """How many policies :func:`iter_sources` will yield (None with ``-``: stdin is read once)."""
    inputs = list(inputs)
    if "-" in inputs:
        return None
    n = 0
    skip = {os.path.realpath(d) for d in skip_dirs}
    for arg in inputs:
        for path, _basis in _expand(arg, skip):
            if path.lower().endswith(JSONL_SUFFIXES) and os.path.isfile(path):
                try:
                    with open(path, "rb") as fh:
                        n += sum(1 for line in fh if line.strip())
                except OSError:
                    n += 1
            else:
                n += 1
    return n


# ---------------------------------------------------------------------------------------------
# Output names
# ---------------------------------------------------------------------------------------------

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
_MAX_PART = 80


def output_stem(source_id: str) -> str:
    """A relative path (``/``-separated, no extension) for a policy's output files.

    Folders of the id are kept (``corpus/a/policy.txt`` → ``corpus/a/policy``); ``..``, ``.``,
    empty and absolute parts are dropped, every other character outside ``A-Za-z0-9._-`` becomes
    ``_``, no part starts with a dot or is a Windows device name, parts are cut to 80 characters.
    When that changed the id, ``-`` and 8 hex digits of its SHA-256 are appended so that
    different ids never share a name. The result never escapes the output folder.
    """
    raw = source_id.replace("\\", "/")
    parts = [p for p in raw.split("/") if p not in ("", ".", "..")]
    last = parts[-1] if parts else ""
    low = last.lower()
    for suf in POLICY_SUFFIXES:
        if low.endswith(suf) and len(last) > len(suf):
            last = last[: -len(suf)]
            break
    parts = parts[:-1] + [last] if parts else [last]
    clean: list[str] = []
    for p in parts:
        q = _UNSAFE.sub("_", p).lstrip(".")[:_MAX_PART].rstrip(".") or "_"
        if q.lower().split(".")[0] in _RESERVED:
            q = "_" + q
        clean.append(q)
    stem = "/".join(clean[-8:])  # at most 8 folder levels
    exact = "/".join(parts) == stem and not raw.startswith("/") and ".." not in raw.split("/") \
        and "/./" not in f"/{raw}/" and "//" not in raw
    if not exact:
        stem += "-" + hashlib.sha256(source_id.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return stem


# ---------------------------------------------------------------------------------------------
# Fingerprints (what, besides the content, decides the output)
# ---------------------------------------------------------------------------------------------

def _hash_tree(h: "hashlib._Hash", root: Path, suffixes: tuple[str, ...]) -> None:
    root = Path(root)
    files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file()
                                                 and p.name.endswith(suffixes)) if root.is_dir() else []
    for p in files:
        h.update(str(p.relative_to(root) if p != root else p.name).encode() + b"\0")
        try:
            h.update(p.read_bytes())
        except OSError:
            h.update(b"<unreadable>")
        h.update(b"\0")


def options_fingerprint(options: Options) -> str:
    """SHA-256 of everything that shapes a label besides its input: version, options, rules, templates."""
    from .rules import default_rules_path

    h = hashlib.sha256()
    h.update(f"summarizer-batch/1\0{__version__}\0".encode())
    h.update(json.dumps({"formats": list(options.formats), "input_format": options.input_format,
                         "include_text": options.include_text, "name": options.name,
                         "max_bytes": options.max_bytes}, sort_keys=True).encode())
    for r in (options.rules or (str(default_rules_path()),)):
        _hash_tree(h, Path(r), (".yaml", ".yml"))
    if any(f in ("html", "markdown") for f in options.formats):
        from .render import builtin_template_dir

        for d in (*options.template_dirs, str(builtin_template_dir())):
            _hash_tree(h, Path(d), (".j2", ".html", ".md", ".css", ".svg", ".js", ".txt"))
    return h.hexdigest()


def content_key(fingerprint: str, name: str, content: bytes | str) -> str:
    h = hashlib.sha256()
    h.update(fingerprint.encode() + b"\0" + name.encode("utf-8", "surrogatepass") + b"\0")
    h.update(content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


# ---------------------------------------------------------------------------------------------
# labels.jsonl: the streaming output and the manifest
# ---------------------------------------------------------------------------------------------

_DECODER = json.JSONDecoder()


def _line_head(line: str) -> tuple[str, str, str, list[str]] | None:
    """(id, key, status, files) of a labels.jsonl line, parsing only its head."""
    try:
        if not line.startswith('{"id": '):
            raise ValueError
        i = 7
        sid, i = _DECODER.raw_decode(line, i)
        if not line.startswith(', "key": ', i):
            raise ValueError
        key, i = _DECODER.raw_decode(line, i + 9)
        if not line.startswith(', "status": ', i):
            raise ValueError
        status, i = _DECODER.raw_decode(line, i + 12)
        files: list[str] = []
        if line.startswith(', "files": ', i):
            files, i = _DECODER.raw_decode(line, i + 11)
        return str(sid), str(key), str(status), list(files)
    except (ValueError, TypeError):
        try:
            rec = json.loads(line)
            return str(rec["id"]), str(rec["key"]), str(rec["status"]), list(rec.get("files") or [])
        except (ValueError, KeyError, TypeError):
            return None


def _format_line(sid: str, key: str, files: list[str], res: Result) -> str:
    head = '{"id": ' + json.dumps(sid, ensure_ascii=False) + ', "key": ' + json.dumps(key)
    if res.ok:
        return (head + ', "status": "ok", "files": ' + json.dumps(files, ensure_ascii=False)
                + ', "warnings": ' + json.dumps(list(res.warnings), ensure_ascii=False)
                + ', "label": ' + res.record + "}\n")
    return (head + ', "status": "error", "error": ' + json.dumps(res.error, ensure_ascii=False)
            + ', "exit_code": ' + str(int(res.exit_code)) + "}\n")


class Manifest:
    """The state of an output folder, read from its labels.jsonl (last line per id wins)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.entries: dict[str, tuple[str, str, list[str]]] = {}  # id -> (key, status, files)
        self.lines = 0
        if not path.exists():
            return
        self._repair()
        with path.open("r", encoding="utf-8", errors="surrogateescape", newline="\n") as fh:
            for line in fh:
                head = _line_head(line)
                self.lines += 1
                if head is not None:
                    self.entries[head[0]] = head[1:]

    def _repair(self) -> None:
        """Drop a last line torn by a crash (no final newline)."""
        with self.path.open("rb+") as fh:
            fh.seek(0, os.SEEK_END)
            size = fh.tell()
            if size == 0:
                return
            fh.seek(size - 1)
            if fh.read(1) == b"\n":
                return
            pos = size
            while pos > 0:
                step = min(pos, 1 << 16)
                fh.seek(pos - step)
                chunk = fh.read(step)
                k = chunk.rfind(b"\n")
                if k >= 0:
                    fh.truncate(pos - step + k + 1)
                    return
                pos -= step
            fh.truncate(0)

    def unchanged(self, sid: str, key: str, out_dir: Path) -> list[str] | None:
        """The files of ``sid`` if it was labelled with this ``key`` and they are all still there."""
        e = self.entries.get(sid)
        if e is None or e[0] != key or e[1] != "ok":
            return None
        files = e[2]
        if not files or not all((out_dir / f).is_file() for f in files):
            return None
        return files


def _compact(path: Path) -> None:
    """Rewrite labels.jsonl keeping the last line of each id, atomically."""
    last: dict[str, int] = {}
    n = 0
    with path.open("r", encoding="utf-8", errors="surrogateescape", newline="\n") as fh:
        for i, line in enumerate(fh):
            head = _line_head(line)
            if head is not None:
                last[head[0]] = i
            n = i + 1
    if len(last) == n:
        return
    keep = set(last.values())
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", errors="surrogateescape", newline="\n") as out, \
                path.open("r", encoding="utf-8", errors="surrogateescape", newline="\n") as fh:
            for i, line in enumerate(fh):
                if i in keep:
                    out.write(line)
        os.replace(tmp, path)
    except BaseException:
        _unlink(tmp)
        raise


def _unlink(p: str | Path) -> None:
    try:
        os.unlink(p)
    except OSError:
        pass


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically; lone surrogates from undecodable input pass through."""
    files.write_atomic(path, text, encoding_errors="surrogatepass")


# ---------------------------------------------------------------------------------------------
# The batch
# ---------------------------------------------------------------------------------------------

@dataclass
class Item:
    """What happened to one policy (passed to the progress callback)."""

    id: str
    status: str  # "labelled" | "unchanged" | "failed"
    files: list[str] = field(default_factory=list)
    error: str = ""
    exit_code: int = 0
    warnings: tuple[str, ...] = ()


@dataclass
class Summary:
    """The outcome of a batch. ``failures`` keeps the first 100 (id, error) pairs."""

    out_dir: Path
    labelled: int = 0
    unchanged: int = 0
    failed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    exit_codes: set[int] = field(default_factory=set)

    @property
    def total(self) -> int:
        return self.labelled + self.unchanged + self.failed

    @property
    def exit_code(self) -> int:
        if not self.failed:
            return 0
        return 2 if self.exit_codes <= {2} else 1

    @property
    def rate(self) -> float:
        return self.total / self.seconds if self.seconds > 0 else 0.0

    def line(self) -> str:
        s = (f"{self.total} {'policy' if self.total == 1 else 'policies'} in {self.seconds:.1f} s ({self.rate:.1f}/s): {self.labelled} labelled, "
             f"{self.unchanged} unchanged (skipped), {self.failed} failed → {self.out_dir}")
        return s


def _read_source(src: Source, options: Options) -> tuple[bytes | str | None, str]:
    """(content, error) of a source, read in this process with the size limit."""
    if src.error:
        return None, src.error
    if src.text is not None:
        return src.text, ""
    from .ingest import read_bytes

    try:
        return read_bytes(src.path or src.id, max_bytes=options.max_bytes), ""
    except InputError as e:
        return None, _one_line(str(e))


def run_batch(inputs: Iterable[str], out_dir: str | Path, options: Options | None = None, engine: Any = None,
              progress: Callable[[Item], None] | None = None, stdin: IO[str] | None = None,
              force: bool = False, window: int | None = None) -> Summary:
    """Label every policy named by ``inputs`` into ``out_dir``; see the module docstring.

    ``engine``: from :func:`summarizer.engines.make_engine` (default: this process, serially).
    ``progress(item)`` is called once per policy, in input order. ``force``: relabel even
    unchanged policies.
    """
    from .engines import LocalEngine, Task

    options = options or Options()
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise SummarizerError(f"{out}: exists and is not a folder")
    out.mkdir(parents=True, exist_ok=True)
    real_out = os.path.realpath(out)
    if options.rules:
        _pack(options.rules)  # invalid rules: one error now, not one per policy
    fingerprint = options_fingerprint(options)
    labels_path = out / LABELS
    manifest = Manifest(labels_path)
    engine = engine or LocalEngine(1)
    summary = Summary(out_dir=out)
    started = time.perf_counter()
    used: dict[str, str] = {}  # output stem -> id, this run

    def stem_for(sid: str, basis: str) -> str:
        stem = output_stem(basis or sid)
        if used.setdefault(stem, sid) != sid:  # the same stem from another id (x.txt and x.html)
            stem = f"{stem}-{hashlib.sha256(sid.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"
            used.setdefault(stem, sid)
        return stem

    def tasks() -> Iterator[Task]:
        for src in iter_sources(inputs, stdin=stdin, max_bytes=options.max_bytes, skip_dirs=[real_out]):
            content, err = _read_source(src, options)
            if content is None:
                yield Task(result=(src.id, "", "", Result(False, error=err, exit_code=src.exit_code)))
                continue
            key = content_key(fingerprint, src.id, content)
            if not force:
                files = manifest.unchanged(src.id, key, out)
                if files is not None:
                    yield Task(result=(src.id, key, "", files))
                    continue
            opts = options if not src.fmt or src.fmt == options.input_format else \
                Options(**{**options.__dict__, "input_format": src.fmt})
            yield Task(args=(src.id, key, src.out, content, opts))

    fd = os.open(labels_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    appended = 0
    try:
        for sid, key, basis, res in engine.map(_work, tasks(), window):
            if isinstance(res, list):  # unchanged: files from the manifest
                summary.unchanged += 1
                item = Item(sid, "unchanged", res)
            else:
                files: list[str] = []
                if res.ok:
                    try:
                        stem = stem_for(sid, basis)
                        for fmt, text in res.outputs:
                            rel = stem + OUTPUT_EXT[fmt]
                            dest = out / rel
                            if not os.path.realpath(dest).startswith(real_out + os.sep):
                                raise SummarizerError(f"{sid}: output path {rel} would leave {out}")
                            write_atomic(dest, text)
                            files.append(rel)
                    except (OSError, SummarizerError) as e:
                        msg = str(e) if isinstance(e, SummarizerError) else f"{sid}: cannot write: {e.strerror or e}"
                        res = Result(False, error=_one_line(msg), exit_code=1)
                os.write(fd, _format_line(sid, key, files, res).encode("utf-8", "surrogatepass"))
                appended += 1
                if res.ok:
                    summary.labelled += 1
                    item = Item(sid, "labelled", files, warnings=res.warnings)
                else:
                    summary.failed += 1
                    summary.exit_codes.add(res.exit_code or 1)
                    if len(summary.failures) < 100:
                        summary.failures.append((sid, res.error))
                    item = Item(sid, "failed", error=res.error, exit_code=res.exit_code)
            if progress is not None:
                progress(item)
    finally:
        os.close(fd)
        summary.seconds = time.perf_counter() - started
        if appended and manifest.lines:
            _compact(labels_path)
    return summary


def _work(sid: str, key: str, basis: str, content: bytes | str, options: Options) -> tuple[str, str, str, Result]:
    """The engine's unit of work: :func:`label_one`, tagged with what the caller needs back."""
    return sid, key, basis, label_one(content, sid, options)
