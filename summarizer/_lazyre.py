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
"""
from __future__ import annotations

import re
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
            p = self._compiled = re.compile(self.pattern, self._flags)
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
