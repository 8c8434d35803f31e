"""Where batch work runs: in this process, in a local process pool, or on a Dask cluster.

An engine maps a *pure* function over a stream of tasks and yields the results **in task
order**, with at most ``window`` tasks in flight (submitted, running, or finished but waiting
for an earlier one). Reading ahead is therefore bounded: memory stays flat however long the
stream is, and the results of a parallel or distributed run come out in the same order as a
serial one, so every engine writes byte-identical output.

A task is either ``Task(args=...)`` (call the function) or ``Task(result=...)`` (already known:
an unchanged policy that is skipped, or an input that could not be read). Engines never see
typer or rich; progress is the caller's business (it consumes the iterator).

* :class:`LocalEngine` — ``jobs=1``: in this process; ``jobs>1``: a ``ProcessPoolExecutor``
  (``forkserver`` start method where available, so a progress-bar thread in the parent is never
  forked).
* :class:`DaskEngine` — ``dask.distributed``: ``scheduler="tcp://host:8786"`` connects to a
  running cluster; no scheduler starts a ``LocalCluster`` of ``jobs`` single-threaded worker
  processes on 127.0.0.1. Needs the optional extra ``pip install 'summarizer[dask]'``.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator

from .errors import SummarizerError

ENGINES = ("local", "dask")


@dataclass
class Task:
    """One unit of work: ``args`` for the function, or a ready ``result``."""

    args: tuple | None = None
    result: Any = None

    @property
    def ready(self) -> bool:
        return self.args is None


class EngineError(SummarizerError):
    """An engine cannot start (dask missing, scheduler unreachable)."""

    exit_code = 1


def _ordered(submit: Callable[[tuple], Any], wait_any: Callable[[list], list], collect: Callable[[Any], Any],
             tasks: Iterable[Task], window: int) -> Iterator[Any]:
    """The windowed, order-preserving loop shared by the parallel engines.

    ``submit(args)`` returns a future; ``wait_any(futures)`` blocks until at least one is done and
    returns the done ones; ``collect(future)`` returns its result.
    """
    window = max(1, window)
    it = iter(tasks)
    pending: dict[Any, int] = {}  # future -> sequence number
    done: dict[int, Any] = {}  # sequence number -> result, waiting for its turn
    seq = nxt = 0
    exhausted = False
    while True:
        while not exhausted and len(pending) + len(done) < window:
            try:
                task = next(it)
            except StopIteration:
                exhausted = True
                break
            if task.ready:
                done[seq] = task.result
            else:
                pending[submit(task.args)] = seq
            seq += 1
        if nxt in done:
            yield done.pop(nxt)
            nxt += 1
            continue
        if not pending:
            if exhausted and not done:
                return
            continue  # pragma: no cover - a ready result is always either next or behind a pending one
        for fut in wait_any(list(pending)):
            done[pending.pop(fut)] = collect(fut)


class LocalEngine:
    """This machine: serial for ``jobs=1``, else a pool of ``jobs`` worker processes."""

    name = "local"

    def __init__(self, jobs: int = 1) -> None:
        self.jobs = max(1, int(jobs))
        self._pool = None

    def __enter__(self) -> "LocalEngine":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _executor(self):
        if self._pool is None:
            import multiprocessing as mp
            from concurrent.futures import ProcessPoolExecutor

            methods = mp.get_all_start_methods()
            ctx = mp.get_context("forkserver" if "forkserver" in methods else "spawn")
            if "forkserver" in methods:
                # summarizer._preload sets up the default rules and textstat in the fork server,
                # so workers forked from it start warm
                ctx.set_forkserver_preload(["summarizer.batch", "summarizer._preload"])
            self._pool = ProcessPoolExecutor(max_workers=self.jobs, mp_context=ctx)
        return self._pool

    def map(self, fn: Callable, tasks: Iterable[Task], window: int | None = None) -> Iterator[Any]:
        if self.jobs == 1:
            for task in tasks:
                yield task.result if task.ready else fn(*task.args)
            return
        from concurrent.futures import FIRST_COMPLETED, wait

        pool = self._executor()
        yield from _ordered(
            lambda args: pool.submit(fn, *args),
            lambda futs: list(wait(futs, return_when=FIRST_COMPLETED).done),
            lambda fut: fut.result(),
            tasks,
            window or 4 * self.jobs,
        )


class DaskEngine:
    """A Dask ``distributed`` cluster: an existing scheduler, or a LocalCluster on 127.0.0.1."""

    name = "dask"

    def __init__(self, scheduler: str | None = None, jobs: int = 1, timeout: float = 10.0) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise EngineError("the dask engine needs dask.distributed: pip install 'summarizer[dask]'") from None
        self._cluster = None
        try:
            if scheduler:
                self.client = Client(scheduler, timeout=timeout)
            else:
                self._cluster = LocalCluster(n_workers=max(1, int(jobs)), threads_per_worker=1, processes=True,
                                             host="127.0.0.1", dashboard_address=None, silence_logs=40)
                self.client = Client(self._cluster)
        except (OSError, TimeoutError) as e:
            self.close()
            raise EngineError(f"cannot reach the dask scheduler {scheduler or '(local cluster)'}: {e}") from None
        info = self.client.scheduler_info()
        self.workers = max(1, len(info.get("workers", {})))

    def __enter__(self) -> "DaskEngine":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        client = getattr(self, "client", None)
        if client is not None:
            client.close()
            self.client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None

    def map(self, fn: Callable, tasks: Iterable[Task], window: int | None = None) -> Iterator[Any]:
        from distributed import wait

        client = self.client
        yield from _ordered(
            lambda args: client.submit(fn, *args, pure=False),
            lambda futs: list(wait(futs, return_when="FIRST_COMPLETED").done),
            lambda fut: fut.result(),
            tasks,
            window or 4 * self.workers,
        )


def make_engine(name: str = "local", jobs: int | None = None, scheduler: str | None = None):
    """An engine by name (``local`` or ``dask``). ``jobs=None``: the number of CPUs."""
    jobs = jobs or os.cpu_count() or 1
    if name == "local":
        if scheduler:
            raise EngineError("--scheduler needs --engine dask")
        return LocalEngine(jobs)
    if name == "dask":
        return DaskEngine(scheduler=scheduler, jobs=jobs)
    raise EngineError(f"unknown engine {name!r} (choose from {', '.join(ENGINES)})")
