"""Regular expressions (the standard library's ``re``) compiled on first use.

The label, extraction and ingest modules hold some 220 module-level patterns. Python compiles a
pattern in Python code (``re._compiler``), about 0.1 s for all of them, and a single
``summarizer label`` uses fewer than half: the rest read wordings its policy does not have (a
sale denial, a junior account, a table's sale column). Compiling each on first use takes that
share off every cold start (about 45 ms).

A :class:`LazyPattern` answers like the ``re.Pattern`` it stands for: its first call of a
method compiles the pattern and puts the compiled pattern's bound methods on the instance,
so every later call goes straight to them, at the cost of a plain ``re.Pattern``'s.
``pattern`` and ``flags`` are known before compiling (patterns are built from others'
``.pattern``). Being no ``re.Pattern``, it is not passed to ``re``'s module functions
(``re.sub(p, …)``); call its methods instead.

Compiled on first use, the patterns a ``summarizer label`` needs still cost it about 0.1 s:
Python parses each pattern and generates its program in Python code, in every process, and
keeps nothing between runs. So the programs are kept in the cache folder
(:func:`summarizer.rules.cache_dir`), as Python keeps byte code in ``.pyc`` files: a later run
hands each pattern's stored program to the regular-expression engine (``_sre.compile``, which
checks a program before it takes it) instead of parsing and generating it again. The file is
named after the Python build and its engine's version, so no other Python reads it; on any other
Python than CPython, or if the engine answers otherwise than expected, patterns are compiled
with ``re.compile`` as usual.
"""
from __future__ import annotations

import re
import sys
from typing import Any

_METHODS = ("search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer", "scanner")


class LazyPattern:
    """A ``re.Pattern`` compiled when first used (see the module's docstring)."""

    def __init__(self, pattern: str | bytes, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern | None = None

    def compiled(self) -> re.Pattern:
        """The compiled ``re.Pattern`` (compiled now if it is not yet)."""
        p = self._compiled
        if p is None:
            p = self._compiled = _compile(self.pattern, self._flags)
            for name in _METHODS:
                setattr(self, name, getattr(p, name))  # instance attributes shadow the class's (_deferred)
        return p

    @property
    def flags(self) -> int:
        return self.compiled().flags  # as re.Pattern's (with re.UNICODE added for a str pattern)

    @property
    def groups(self) -> int:
        return self.compiled().groups

    @property
    def groupindex(self) -> Any:
        return self.compiled().groupindex

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self._flags!r})"

    def __reduce__(self) -> tuple:
        return (LazyPattern, (self.pattern, self._flags))


def _deferred(name: str) -> Any:
    """``re.Pattern``'s method ``name`` on a :class:`LazyPattern`: it compiles the pattern (which
    puts the compiled pattern's own bound method on the instance for later calls), then calls it."""
    def method(self: LazyPattern, *args: Any, **kwargs: Any) -> Any:
        return getattr(self.compiled(), name)(*args, **kwargs)

    method.__name__ = method.__qualname__ = name
    return method


for _name in _METHODS:
    setattr(LazyPattern, _name, _deferred(_name))


def compile(pattern: str | bytes, flags: int = 0) -> Any:  # noqa: A001 - stands in for re.compile
    """``re.compile``, deferred to first use (typed ``Any``: it answers as a ``re.Pattern``)."""
    return LazyPattern(pattern, flags)


# --- the programs kept between runs ---------------------------------------------------------

_programs: dict[tuple[Any, int], tuple] | None = None  # (pattern, flags) → _sre.compile's arguments
_added = False  # programs made in this process, not in the cache file yet
_registered = False  # is _save an exit handler yet?
_used: set = set()  # the keys this process compiled, from the cache or anew
#: The most programs the cache file keeps: past that (patterns of earlier releases pile up), a
#: process that adds programs keeps only those it used.
MAX_PROGRAMS = 1000
_engine: Any = None  # (_sre, parse, generate), or False when the cache is not used


def _parts() -> Any:
    """CPython's regular-expression engine and compiler, if they answer as expected."""
    global _engine
    if _engine is None:
        _engine = False
        try:
            if sys.implementation.name == "cpython":
                import _sre

                try:
                    from re import _compiler, _parser  # type: ignore[attr-defined]
                except ImportError:  # Python 3.10
                    import sre_compile as _compiler  # type: ignore[no-redef]
                    import sre_parse as _parser  # type: ignore[no-redef]
                engine = (_sre, _parser.parse, _compiler._code)
                probe = r"(?P<w>\w+)-(\d{2,})|x"
                made = _sre.compile(probe, *_program(engine, probe, re.IGNORECASE))
                if (made.groupindex == re.compile(probe, re.IGNORECASE).groupindex and made.groups == 2
                        and made.search("ab-123").group("w", 2) == ("ab", "123") and made.search("X")):
                    _engine = engine
        except Exception:  # noqa: BLE001 - another implementation or release: plain re.compile
            _engine = False
    return _engine


def _program(engine: Any, pattern: Any, flags: int) -> tuple:
    """``_sre.compile``'s arguments after ``pattern``, as ``re.compile`` works them out."""
    _sre, parse, generate = engine
    parsed = parse(pattern, flags)
    code = generate(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    # (plain ints: some of the code is opcodes, an int subclass that marshal does not store)
    return (int(flags | parsed.state.flags), [int(c) for c in code], int(parsed.state.groups - 1), groupindex,
            tuple(indexgroup))


def _cache_file() -> Any:
    import hashlib

    from .rules import cache_dir

    folder = cache_dir()
    if folder is None:
        return None
    engine = _parts()
    key = hashlib.sha256(f"{sys.version}:{engine[0].MAGIC}:{engine[0].CODESIZE}".encode()).hexdigest()[:24]
    return folder / "re" / f"{key}.marshal"


def _load() -> dict:
    global _programs
    if _programs is None:
        _programs = {}
        try:
            import marshal

            path = _cache_file()
            if path is not None:
                got = marshal.loads(path.read_bytes())
                if isinstance(got, dict):
                    _programs = got
        except Exception:  # noqa: BLE001 - missing or damaged: compile as usual, store anew
            pass
    return _programs


def _save() -> None:
    """Write the programs made in this process to the cache file (at exit), with those it held."""
    global _added
    if not _added:
        return
    _added = False
    try:
        import marshal

        from .files import write_atomic

        path = _cache_file()
        if path is None:
            return
        programs = dict(_load())
        try:  # another process may have stored others meanwhile
            got = marshal.loads(path.read_bytes())
            if isinstance(got, dict):
                programs = {**got, **programs}
        except Exception:  # noqa: BLE001
            pass
        if len(programs) > MAX_PROGRAMS:
            programs = {k: v for k, v in programs.items() if k in _used}
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, marshal.dumps(programs))
    except Exception:  # noqa: BLE001 - an unwritable folder: no cache, the same patterns
        pass


def _compile(pattern: Any, flags: int) -> re.Pattern:
    """``re.compile(pattern, flags)``, from the program kept in the cache when there is one."""
    global _added, _registered
    engine = _parts()
    if not engine:
        return re.compile(pattern, flags)
    programs = _load()
    key = (pattern, int(flags))  # (a plain int: marshal does not store re.RegexFlag)
    _used.add(key)
    got = programs.get(key)
    if got is not None:
        try:
            return engine[0].compile(pattern, *got)
        except Exception:  # noqa: BLE001 - a program the engine will not take: make it anew
            pass
    try:
        got = _program(engine, pattern, flags)
        made = engine[0].compile(pattern, *got)
    except re.error:
        raise
    except Exception:  # noqa: BLE001 - anything unexpected: as re.compile does it
        return re.compile(pattern, flags)
    if not _registered:
        import atexit

        atexit.register(_save)
        _registered = True
    programs[key] = got
    _added = True
    return made
