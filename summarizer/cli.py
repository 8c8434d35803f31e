"""Stage 8 — the command line. The only module that imports typer: parse, call the library, print.

Library errors (:class:`~summarizer.errors.SummarizerError`) become one message on stderr and a
non-zero exit code, never a traceback.
"""
from __future__ import annotations

import os
import sys
import tempfile
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from . import __version__
from .errors import SummarizerError

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
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, out)
    except OSError as e:
        try:
            os.unlink(tmp)
        except OSError:
            pass
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

    try:
        pack = summarizer.load_rules(rules) if rules else None
        lab = summarizer.label_file(input, fmt=input_format.value if input_format else None, rules=pack,
                                    name=name, max_bytes=max_bytes)
        fmt = "markdown" if format in (OutFormat.markdown, OutFormat.md) else format.value
        dirs = [str(d) for d in template_dir] if template_dir else None
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
    format: str = typer.Option("text", "--format", "-f", help="text or json."),
    input_format: Optional[InFormat] = typer.Option(None, "--input-format", "-i"),
    max_bytes: int = typer.Option(20 * 1024 * 1024, "--max-bytes"),
) -> None:
    """How hard a policy is to read (Flesch, grade levels, reading time)."""
    import json

    from .ingest import load
    from .readability import measure

    try:
        if format not in ("text", "json"):
            raise SummarizerError(f"unknown format {format!r} (text or json)")
        doc = load(input, fmt=input_format.value if input_format else None, max_bytes=max_bytes)
        r = measure(doc.text)
        if format == "json":
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
    n_ex = sum(len(v) for r in pack.rules for v in r.examples.values())
    if failures:
        for f in failures:
            typer.echo(f, err=True)
        typer.echo(f"summarizer: error: {len(failures)} of {n_ex} examples fail", err=True)
        raise typer.Exit(3)
    typer.echo(f"ok: {len(pack.rules)} rules in {len(pack.files)} files"
               + (f", {n_ex} examples pass" if examples else ""))


def run() -> None:  # pragma: no cover - console entry point alias
    app()


if __name__ == "__main__":  # pragma: no cover
    app()
