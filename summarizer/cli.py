"""Stage 8 — the command line. The only module that imports typer: parse, call the library, print.

Library errors (:class:`~summarizer.errors.SummarizerError`) become one message on stderr and a
non-zero exit code, never a traceback.
"""
from __future__ import annotations

import gc
import os
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from . import __version__, files
from .errors import SummarizerError

#: Whether this process ends with the command (:func:`run`, the console script), so that work
#: which only keeps a long-lived process tidy may be skipped; False when :data:`app` is called
#: from Python (tests, ``typer.testing.CliRunner``).
_ONE_SHOT = False

app = typer.Typer(
    name="summarizer",
    help="Turn a privacy policy into a plain-language privacy nutrition label.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
rules_app = typer.Typer(help="Check and explain rule packs.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")


class OutFormat(str, Enum):
    markdown = "markdown"
    md = "md"
    html = "html"
    json = "json"
    yaml = "yaml"


class ReadabilityFormat(str, Enum):
    text = "text"
    json = "json"


class InFormat(str, Enum):
    text = "text"
    html = "html"
    markdown = "markdown"


def _fail(e: SummarizerError) -> None:
    msg = str(e).strip()
    typer.echo(f"summarizer: error: {msg}", err=True)
    raise typer.Exit(getattr(e, "exit_code", 1) or 1)


def write_output(text: str, out: Optional[Path]) -> None:
    """Print, or write atomically (a temporary file renamed into place: never a half-written file)."""
    if out is None or str(out) == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    out = Path(out)
    if out.is_dir():
        raise SummarizerError(f"{out}: is a directory; give a file name for -o")
    parent = out.parent if str(out.parent) else Path(".")
    if not parent.exists():
        raise SummarizerError(f"{out}: folder {parent} does not exist")
    try:
        files.write_atomic(out, text)
    except OSError as e:
        raise SummarizerError(f"{out}: cannot write: {e.strerror or e}") from None


def _version(value: bool) -> None:
    if value:
        typer.echo(f"summarizer {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
) -> None:
    """Turn a privacy policy into a plain-language privacy nutrition label."""


@app.command()
def label(
    input: str = typer.Argument(..., help="Policy file (.txt, .html, .md), or - for standard input."),
    format: OutFormat = typer.Option(OutFormat.markdown, "--format", "-f", help="Output format."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of standard output."),
    input_format: Optional[InFormat] = typer.Option(None, "--input-format", "-i",
                                                    help="Read the input as this format (default: guess)."),
    rules: Optional[List[Path]] = typer.Option(None, "--rules", "-r",
                                               help="Rule pack folder or file (repeat to combine; default: built-in)."),
    template_dir: Optional[List[Path]] = typer.Option(None, "--template-dir", "-t",
                                                      help="Folder of templates overriding the built-in ones."),
    name: Optional[str] = typer.Option(None, "--name", help="Name shown on the label (default: the policy's title)."),
    max_bytes: int = typer.Option(20 * 1024 * 1024, "--max-bytes", help="Refuse inputs larger than this."),
    no_text: bool = typer.Option(False, "--no-text", help="Leave the document text out of JSON/YAML."),
) -> None:
    """Label one privacy policy (Markdown by default; HTML, JSON or YAML with -f)."""
    import summarizer

    if _ONE_SHOT:
        # One policy, then the process ends (:func:`run`): nothing for the cycle collector to
        # free (labelling makes no cycles), and, paused while the label is made, it would walk
        # everything labelling allocated once resumed (~65 ms, while rendering).
        gc.disable()
    try:
        pack = summarizer.load_rules(rules) if rules else None
        fmt = "markdown" if format in (OutFormat.markdown, OutFormat.md) else format.value
        dirs = [str(d) for d in template_dir] if template_dir else None

        def load_template() -> None:
            if fmt in ("markdown", "html"):
                from .render import prepare

                prepare(fmt, dirs)

        # split: a second core takes part of the rule matching (most of a one-policy run's work),
        # while this process measures readability and loads the template
        lab = summarizer.label_file(input, fmt=input_format.value if input_format else None, rules=pack,
                                    name=name, max_bytes=max_bytes, split=True, meanwhile=load_template)
        if fmt == "json":
            text = lab.to_json(include_text=not no_text)
        elif fmt == "yaml":
            text = lab.to_yaml(include_text=not no_text)
        else:
            text = lab.render(fmt, template_dirs=dirs)
        for w in lab.warnings:
            typer.echo(f"summarizer: warning: {w}", err=True)
        write_output(text, output)
    except SummarizerError as e:
        _fail(e)


@app.command()
def readability(
    input: str = typer.Argument(..., help="Policy file, or - for standard input."),
    format: ReadabilityFormat = typer.Option(ReadabilityFormat.text, "--format", "-f",
                                             help="A table of the figures, or their JSON."),
    input_format: Optional[InFormat] = typer.Option(None, "--input-format", "-i",
                                                  help="Read the input as this format (default: guess)."),
    max_bytes: int = typer.Option(20 * 1024 * 1024, "--max-bytes", help="Refuse inputs larger than this."),
) -> None:
    """How hard a policy is to read (Flesch, grade levels, reading time)."""
    import json

    from .ingest import load
    from .readability import measure

    try:
        doc = load(input, fmt=input_format.value if input_format else None, max_bytes=max_bytes)
        r = measure(doc.text)
        if format is ReadabilityFormat.json:
            write_output(json.dumps(r.to_dict(), indent=2) + "\n", None)
            return
        d = r.to_dict()
        rows = [
            ("Flesch Reading Ease", d["flesch_reading_ease"]), ("Flesch-Kincaid grade", d["flesch_kincaid_grade"]),
            ("Gunning Fog", d["gunning_fog"]), ("SMOG", d["smog_index"]), ("Coleman-Liau", d["coleman_liau_index"]),
            ("Automated Readability Index", d["automated_readability_index"]), ("Dale-Chall", d["dale_chall"]),
            ("Consensus grade", d["consensus"]), ("Words", d["words"]), ("Sentences", d["sentences"]),
            ("Reading time (minutes)", d["reading_time_minutes"]),
        ]
        width = max(len(k) for k, _ in rows)
        lines = [f"{k:<{width}}  {v}" for k, v in rows]
        lines.append("")
        lines.append(d["meaning"])
        write_output("\n".join(lines) + "\n", None)
    except SummarizerError as e:
        _fail(e)


@rules_app.command("check")
def rules_check(
    paths: List[Path] = typer.Argument(..., help="Rule pack folders or YAML files."),
    examples: bool = typer.Option(True, "--examples/--no-examples", help="Also run every rule's examples."),
    with_default: bool = typer.Option(False, "--with-default", help="Load the built-in pack first (for add-on packs "
                                                                    "that use its macros and taxonomy)."),
) -> None:
    """Validate rule packs: every problem is listed with file, line, rule and field."""
    from .rules import default_rules_path, load_rules
    from .extract import check_example

    try:
        pack = load_rules(([default_rules_path()] if with_default else []) + list(paths))
    except SummarizerError as e:
        _fail(e)
        return
    failures: list[str] = []
    if examples:
        for rule in pack.rules:
            for kind, sentences in rule.examples.items():
                for s in sentences:
                    fired, negated = check_example(pack, rule, s)
                    ok = {"match": fired and not negated, "denied": fired and negated, "no_match": not fired}[kind]
                    if not ok:
                        failures.append(f"{rule.file}:{rule.line}: rule {rule.id!r} field 'examples.{kind}': "
                                        f"{'fired' if fired else 'did not fire'}{' (negated)' if negated else ''} "
                                        f"on {s!r}")
        for xs in pack.taxonomy.exclusions.values():
            for x in xs:
                for kind, sentences in x.examples.items():
                    for s in sentences:
                        if x.matches(s) != (kind == "match"):
                            failures.append(f"{x.file}:{x.line}: exclusion {x.attribute}.{x.id} field 'examples.{kind}': "
                                            f"{'matches' if kind == 'no_match' else 'does not match'} {s!r}")
    n_ex = sum(len(v) for r in pack.rules for v in r.examples.values()) + sum(
        len(v) for xs in pack.taxonomy.exclusions.values() for x in xs for v in x.examples.values())
    if failures:
        for f in failures:
            typer.echo(f, err=True)
        typer.echo(f"summarizer: error: {len(failures)} of {n_ex} examples fail", err=True)
        raise typer.Exit(3)
    typer.echo(f"ok: {len(pack.rules)} rules in {len(pack.files)} files"
               + (f", {n_ex} examples pass" if examples else ""))


@rules_app.command("explain")
def rules_explain(
    gold_dir: Path = typer.Argument(..., help="Folder of annotated policies in the OPP-115 layout "
                                              "(policy.txt, segments.json, gold.json), or one policy folder."),
    field: Optional[str] = typer.Option(None, "--field", help="A policy field (e.g. first_party.purposes, or a "
                                                              "unique part of it), or 'denials'."),
    category: Optional[str] = typer.Option(None, "--category", help="A segment category (or a unique part of it)."),
    only: Optional[str] = typer.Option(None, "--only", help="Comma-separated policy folder names."),
    limit: int = typer.Option(20, "--limit", help="Cases shown per list."),
    rules: Optional[List[Path]] = typer.Option(None, "--rules", "-r", help="Rule pack (default: built-in)."),
    per_policy: bool = typer.Option(False, "--per-policy", help="With no field or category: one line per policy."),
    json_out: Optional[Path] = typer.Option(None, "--json", help="Also write the summary figures here."),
) -> None:
    """Score a rule pack on expert annotations and list its false positives and negatives."""
    import json

    from .evaluate import evaluate, explain, load_gold
    from .rules import load_rules

    try:
        pack = load_rules(rules) if rules else None
        ev = evaluate(load_gold(gold_dir, only.split(",") if only else None), pack)
        if per_policy and not field and not category:
            text = ev.report(per_policy=True)
        else:
            text = explain(ev, field_name=field, category=category, limit=limit)
        if json_out is not None:
            detail = {**ev.summary(),
                      "segment": {c: [p.p, p.r, p.f1] for c, p in ev.segment.items()},
                      "fields": {k: [p.p, p.r, p.f1] for k, p in ev.fields.items()}}
            write_output(json.dumps(detail, indent=1) + "\n", json_out)
        write_output(text, None)
    except SummarizerError as e:
        _fail(e)


# ---------------------------------------------------------------------------------- site + card
site_app = typer.Typer(help="Publish labels as a static website.", no_args_is_help=True)
app.add_typer(site_app, name="site")


@site_app.command("build")
def site_build(
    source: Path = typer.Argument(..., help="A folder with site.yaml, a site.yaml file, or any folder of policies."),
    output: Path = typer.Option(Path("public"), "--output", "-o", help="Folder to write the site into."),
    jobs: int = typer.Option(0, "--jobs", "-j", help="Worker processes for labelling (0: one per CPU)."),
    template_dir: Optional[List[Path]] = typer.Option(None, "--template-dir", "-t",
                                                      help="Folder of templates overriding the built-in ones."),
    rules: Optional[List[Path]] = typer.Option(None, "--rules", "-r", help="Rule pack (default: built-in)."),
    base_url: Optional[str] = typer.Option(None, "--base-url", help="Where the site will be published "
                                                                    "(overrides site.yaml's base_url)."),
    title: Optional[str] = typer.Option(None, "--title", help="Site title (overrides site.yaml's)."),
    force: bool = typer.Option(False, "--force", help="Relabel every policy (ignore the cache)."),
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", help="Where to cache labels "
                                                                       "(default: OUTPUT/.cache/labels)."),
    strict: bool = typer.Option(False, "--strict", help="Fail if any policy cannot be labelled (default: skip it)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Build a static website of labels: index, label pages, compare page, cards, JSON, sitemap."""
    from .site import build_site

    bar = None
    try:
        try:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
        except ImportError:  # typer without rich: the plain counter below
            Progress = None  # type: ignore[assignment,misc]
        if not quiet and sys.stderr.isatty() and Progress is not None:
            bar = Progress(TextColumn("labelling"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                           TextColumn("{task.description}"), console=Console(stderr=True), transient=True)
            bar.start()
            task = bar.add_task("", total=None)

            def progress(done: int, total: int, name: str) -> None:
                bar.update(task, completed=done, total=total, description=name[:40])
        elif not quiet:
            step = [0]

            def progress(done: int, total: int, name: str) -> None:
                if done == total or done - step[0] >= max(1, total // 10):
                    step[0] = done
                    typer.echo(f"labelled {done}/{total}", err=True)
        else:
            progress = None  # type: ignore[assignment]
        cpus = os.cpu_count() or 1
        res = build_site(source, output, jobs=jobs if jobs > 0 else cpus,
                         template_dirs=[str(d) for d in template_dir] if template_dir else None,
                         rules=[str(r) for r in rules] if rules else None, base_url=base_url, title=title,
                         force=force, strict=strict, cache_dir=cache_dir, progress=progress)
    except SummarizerError as e:
        if bar is not None:
            bar.stop()
        _fail(e)
        return
    if bar is not None:
        bar.stop()
    for w in res.warnings:
        typer.echo(f"summarizer: warning: {w}", err=True)
    typer.echo(res.summary())


@site_app.command("serve")
def site_serve(
    folder: Path = typer.Argument(Path("public"), help="The built site."),
    port: int = typer.Option(8000, "--port", "-p", help="Port (0: any free port)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
) -> None:
    """Preview a built site at http://127.0.0.1:8000/ (Ctrl-C stops)."""
    from .site import make_server

    try:
        server = make_server(folder, host, port)
    except SummarizerError as e:
        _fail(e)
        return
    h, p = server.server_address[:2]
    typer.echo(f"Serving {folder} at http://{h}:{p}/ (Ctrl-C to stop)", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@app.command("card")
def card_cmd(
    input: str = typer.Argument(..., help="Policy file (.txt, .html, .md), or - for standard input."),
    output: Path = typer.Option(Path("card"), "--output", "-o", help="Folder for card.html, card.svg, snippet.html."),
    url: str = typer.Option("", "--url", help="Where the card folder will be published (for the embed snippet)."),
    label_url: str = typer.Option("", "--label-url", help="Link from the card to the full label."),
    input_format: Optional[InFormat] = typer.Option(None, "--input-format", "-i",
                                                  help="Read the input as this format (default: guess)."),
    rules: Optional[List[Path]] = typer.Option(None, "--rules", "-r", help="Rule pack (default: built-in)."),
    template_dir: Optional[List[Path]] = typer.Option(None, "--template-dir", "-t",
                                                      help="Folder of templates overriding the built-in ones."),
    name: Optional[str] = typer.Option(None, "--name", help="Name shown on the card."),
) -> None:
    """Make an embeddable summary card: card.html (for an iframe), card.svg and snippet.html."""
    from .card import make_card

    try:
        files = make_card(input, output, url=url, label_url=label_url,
                          fmt=input_format.value if input_format else None,
                          rules=[str(r) for r in rules] if rules else None, name=name,
                          template_dirs=[str(d) for d in template_dir] if template_dir else None)
    except SummarizerError as e:
        _fail(e)
        return
    typer.echo("wrote " + ", ".join(str(p) for p in files.values()))


class EngineName(str, Enum):
    local = "local"
    dask = "dask"


@app.command()
def batch(
    inputs: List[str] = typer.Argument(..., help="Policy files, folders (recursive), globs, .jsonl files "
                                                 "({\"id\", \"text\"} per line), or - for a list of paths on stdin."),
    output: Path = typer.Option(Path("out"), "--output", "-o", help="Output folder (created if missing)."),
    format: List[OutFormat] = typer.Option([OutFormat.json], "--format", "-f",
                                           help="Output format per policy (repeat for several)."),
    jobs: int = typer.Option(0, "--jobs", "-j", help="Worker processes (0: one per CPU)."),
    engine: EngineName = typer.Option(EngineName.local, "--engine", help="local, or dask (needs the dask extra: pip install 'summarizer\\[dask]')."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address, e.g. tcp://host:8786 "
                                                                     "(default: a local cluster of --jobs workers)."),
    input_format: Optional[InFormat] = typer.Option(None, "--input-format", "-i",
                                                  help="Read every input as this format (default: guess each)."),
    rules: Optional[List[Path]] = typer.Option(None, "--rules", "-r", help="Rule pack folder or file (repeat to combine; default: built-in)."),
    template_dir: Optional[List[Path]] = typer.Option(None, "--template-dir", "-t",
                                                      help="Folder of templates overriding the built-in ones."),
    max_bytes: int = typer.Option(20 * 1024 * 1024, "--max-bytes", help="Skip (as failed) inputs larger than this."),
    no_text: bool = typer.Option(False, "--no-text", help="Leave the document text out of JSON/YAML."),
    force: bool = typer.Option(False, "--force", help="Relabel policies even when unchanged since the last run."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Label many policies: one file per policy in the output folder, plus labels.jsonl.

    Resumable: policies whose content, rules, options and summarizer version are unchanged since the last run into the same folder are skipped. A bad input is reported and skipped; the exit code is non-zero if any failed.
    """  # (the second paragraph on one line: typer's help keeps its line breaks as they are)
    import time

    from .batch import Options, count_sources, run_batch
    from .engines import make_engine

    fmts: list[str] = []
    for f in format:
        v = "markdown" if f in (OutFormat.markdown, OutFormat.md) else f.value
        if v not in fmts:
            fmts.append(v)
    try:
        options = Options(formats=tuple(fmts), input_format=input_format.value if input_format else None,
                          rules=tuple(str(r) for r in rules or ()),
                          template_dirs=tuple(str(d) for d in template_dir or ()), max_bytes=max_bytes,
                          include_text=not no_text)
        total = count_sources(inputs, max_bytes=max_bytes, skip_dirs=[str(output)]) if not quiet else None
        eng = make_engine(engine.value, jobs=jobs or None, scheduler=scheduler)
    except SummarizerError as e:
        _fail(e)
        return

    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn, TextColumn,
                               TimeElapsedColumn, TimeRemainingColumn)

    console = Console(stderr=True)
    bar = Progress(TextColumn("[bold]labelling"), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
                   TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("eta"), TimeRemainingColumn(),
                   console=console, disable=quiet or not console.is_terminal, transient=False)
    started = time.perf_counter()

    def on_item(item) -> None:
        done = bar.tasks[0].completed + 1 if bar.tasks else 0
        rate = done / max(time.perf_counter() - started, 1e-9)
        bar.update(task_id, advance=1, rate=f"{rate:.1f}/s")
        if item.status == "failed":
            msg = f"summarizer: error: {item.error}"
            if bar.disable:
                typer.echo(msg, err=True)
            else:
                bar.console.print(msg, markup=False, highlight=False)

    try:
        with eng, bar:
            task_id = bar.add_task("labelling", total=total, rate="")
            summary = run_batch(inputs, output, options, engine=eng, progress=on_item)
    except SummarizerError as e:
        _fail(e)
        return
    except KeyboardInterrupt:
        typer.echo("summarizer: interrupted; finished labels are kept, run again to resume", err=True)
        raise typer.Exit(130)
    typer.echo(summary.line(), err=True)
    if summary.failed:
        raise typer.Exit(summary.exit_code)


def run() -> None:
    """The ``summarizer`` console script: :data:`app`, then an exit that skips freeing memory.

    When a command is done, freeing every object the process made (the rule pack, RE2's compiled
    programs and automata, the pronouncing dictionary) costs about 0.1 s, a tenth of a one-policy
    ``summarizer label``. Like mypy's command line, this entry point flushes its streams, runs
    the ``atexit`` handlers (which close what libraries opened) and leaves with ``os._exit``,
    so the operating system reclaims the memory at once. Callers in Python (tests,
    ``typer.testing.CliRunner``) use :data:`app` itself and keep the normal shutdown.
    """
    import atexit

    global _ONE_SHOT
    _ONE_SHOT = True
    code: int = 0
    try:
        app()
    except SystemExit as e:
        if isinstance(e.code, str):  # sys.exit("message"): said on stderr, as Python would
            print(e.code, file=sys.stderr)
            code = 1
        else:
            code = int(e.code or 0)
    run_exit_handlers = getattr(atexit, "_run_exitfuncs", None)  # (CPython's; absent elsewhere: none are run)
    if run_exit_handlers is not None:
        run_exit_handlers()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe ("| head"): nothing more can be written
            pass
    os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    app()
