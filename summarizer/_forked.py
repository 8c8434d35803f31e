"""Part of a computation done in a forked process, while this one does the rest.

A one-policy ``summarizer label`` spends most of its time compiling the regular expressions the
policy needs (RE2 cannot keep compiled programs between runs, and does not release the GIL while
compiling, so threads do not help) and loading what it needs once (the rule pack, the pronouncing
dictionary). On a machine with two or more cores, a forked copy of the process does part of that
first policy's work while this process does the rest, and sends its results back pickled through
a pipe: the file is read and parsed while this process loads the rules
(:func:`summarizer._parsed_aside`), then the rule index shares the matching of the rules with one
(:meth:`summarizer.extract._RuleIndex._decide_split`).

Forking is only done where it is safe and worth it (:func:`can_fork`): a POSIX ``fork`` on
Linux, one thread in the process (a fork copies only the calling thread: a lock another thread
held would stay locked in the child), two or more CPUs to run on, and only when the caller
asked for it (``Extractor(split=True)``, ``label_file(split=True)``: ``summarizer label`` does; a
library does not fork behind its caller's back). Whatever goes wrong in the child (an exception, a signal, a result that cannot be read)
the caller computes the part itself: the result is the same either way.
"""
from __future__ import annotations

import os
import pickle
import sys
import threading
from typing import Any, Callable


def can_fork() -> bool:
    """Can (and should) part of the work go to a forked process here and now?"""
    if not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return False
    if threading.active_count() != 1:
        return False
    try:
        return len(os.sched_getaffinity(0)) >= 2
    except (AttributeError, OSError):
        return (os.cpu_count() or 1) >= 2


def _keep_caches() -> None:
    """In a child, store what it added to the cache folder that the parent stores at exit: the
    programs of the regular expressions it compiled first (:mod:`._lazyre`). The child leaves
    with ``os._exit``, skipping ``atexit``; without this, expressions only a child uses (parsing,
    say) would be compiled anew in every run."""
    try:
        from . import _lazyre

        _lazyre._save()
    except Exception:  # noqa: BLE001 - a cache is never worth failing for
        pass


class Forked:
    """``fn()`` computed in a forked child; :meth:`result` waits for it in this process.

    The child runs ``fn`` and nothing else: it leaves with ``os._exit``, so no ``atexit``
    handler, buffered output or ``finally`` of the caller's runs twice."""

    def __init__(self, fn: Callable[[], Any]) -> None:
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child
            code = 1
            try:
                os.close(read)
                data = pickle.dumps(fn(), protocol=pickle.HIGHEST_PROTOCOL)
                with os.fdopen(write, "wb") as out:
                    out.write(data)
                code = 0
                _keep_caches()
            finally:  # (KeyboardInterrupt, SystemExit included: never return into the caller)
                os._exit(code)
        os.close(write)
        self._pid: int | None = pid
        self._read = read

    def result(self, otherwise: Callable[[], Any]) -> Any:
        """The child's ``fn()``; ``otherwise()`` if the child failed (computed here instead)."""
        data = b""
        try:
            with os.fdopen(self._read, "rb") as got:
                data = got.read()
        except OSError:
            data = b""
        ok = self._reap() == 0 and bool(data)
        if ok:
            try:
                return pickle.loads(data)
            except Exception:  # noqa: BLE001 - a truncated or damaged result: compute it here
                pass
        return otherwise()

    def cancel(self) -> None:
        """Stop the child and reap it (when the caller will not ask for the result)."""
        if self._pid is None:
            return
        try:
            os.kill(self._pid, 9)
        except OSError:
            pass
        try:
            os.close(self._read)
        except OSError:
            pass
        self._reap()

    def _reap(self) -> int:
        pid, self._pid = self._pid, None
        if pid is None:
            return -1
        try:
            _, status = os.waitpid(pid, 0)
        except ChildProcessError:
            return -1
        return status
