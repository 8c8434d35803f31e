"""The command line: formats, stdin, output files, and one-line errors with non-zero exit codes."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.cli import app

runner = CliRunner()
EX = Path(__file__).resolve().parent.parent / "examples"


def run(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input)


def test_label_markdown_to_stdout():
    r = run("label", EX / "brightside-notes.html")
    assert r.exit_code == 0, r.output
    assert "## Brightside Notes Privacy Policy — Privacy label" in r.stdout
    assert "| Do they sell it? |" in r.stdout


def test_label_html_to_file(tmp_path):
    out = tmp_path / "label.html"
    r = run("label", EX / "corner-bakery.txt", "-f", "html", "-o", out)
    assert r.exit_code == 0, r.output
    html = out.read_text()
    assert html.startswith("<!DOCTYPE html>") and "</html>" in html
    assert "http://" not in html.replace("http://www.w3.org", "") and "<link" not in html
    assert not list(tmp_path.glob(".*.tmp"))


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_label_data_formats(fmt):
    import yaml

    r = run("label", EX / "pebble-weather.md", "-f", fmt)
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout) if fmt == "json" else yaml.safe_load(r.stdout)
    assert data["source"]["format"] == "markdown"
    assert isinstance(data["practices"], list) and data["practices"]


def test_label_from_stdin():
    text = (EX / "corner-bakery.txt").read_text()
    r = run("label", "-", "-f", "json", input=text)
    assert r.exit_code == 0, r.output
    d = json.loads(r.stdout)
    assert d["answers"]["sold"]["status"] == "denied"
    assert d["source"]["text"] == text


def test_readability_command():
    r = run("readability", EX / "corner-bakery.txt")
    assert r.exit_code == 0, r.output
    assert "Flesch Reading Ease" in r.stdout and "Reading time" in r.stdout
    r = run("readability", EX / "corner-bakery.txt", "-f", "json")
    assert json.loads(r.stdout)["words"] > 50


def test_readability_refuses_an_unknown_format_as_a_usage_error():
    r = run("readability", EX / "corner-bakery.txt", "-f", "xml")
    assert r.exit_code == 2 and "Traceback" not in r.output
    assert "'xml' is not one of 'text', 'json'" in " ".join(r.output.replace("│", " ").split())


def test_rules_check_ok_on_default_pack():
    from summarizer.rules import default_rules_path

    r = run("rules", "check", default_rules_path())
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("ok:")


def test_rules_check_reports_every_problem(tmp_path):
    (tmp_path / "a.yaml").write_text("rules:\n  - id: x\n    category: nope\n    when: ['(']\n")
    r = run("rules", "check", tmp_path)
    assert r.exit_code == 3
    assert "a.yaml:2" in r.stderr and "'category'" in r.stderr and "'when[0]'" in r.stderr
    assert "Traceback" not in r.output


def test_rules_check_reports_failing_examples(tmp_path):
    (tmp_path / "a.yaml").write_text(
        "rules:\n  - id: x.y\n    category: data_security\n    when: ['encrypt']\n"
        "    examples: {match: [We use firewalls.]}\n")
    r = run("rules", "check", tmp_path)
    assert r.exit_code == 3 and "examples.match" in r.stderr


def test_label_with_user_rules_and_templates(tmp_path):
    from summarizer.rules import default_rules_path

    tdir = tmp_path / "tpl"
    tdir.mkdir()
    (tdir / "label.md.j2").write_text("CUSTOM {{ data.name }} answers {{ data.at_a_glance.answered }}\n")
    r = run("label", EX / "corner-bakery.txt", "--template-dir", tdir, "--rules", default_rules_path())
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("CUSTOM ")


def test_template_extends_default(tmp_path):
    tdir = tmp_path / "tpl"
    tdir.mkdir()
    (tdir / "label.html.j2").write_text(
        '{% extends "default:label.html.j2" %}{% block header %}<h1>OUR NEWSROOM</h1>{% endblock %}')
    r = run("label", EX / "corner-bakery.txt", "-f", "html", "--template-dir", tdir)
    assert r.exit_code == 0, r.output
    assert "<h1>OUR NEWSROOM</h1>" in r.stdout and "From the policy" in r.stdout


@pytest.mark.parametrize("setup,expect", [
    ("missing", "no such file"),
    ("directory", "is a directory"),
    ("binary", "binary"),
    ("empty", "empty"),
])
def test_bad_input_one_line_error(tmp_path, setup, expect):
    p = tmp_path / "in.txt"
    if setup == "directory":
        p = tmp_path
    elif setup == "binary":
        p.write_bytes(b"\x7fELF" + bytes(range(256)) * 20)
    elif setup == "empty":
        p.write_bytes(b"")
    r = run("label", p)
    assert r.exit_code == 2
    assert expect in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert "Traceback" not in r.output


def test_not_a_policy_warns_but_labels(tmp_path):
    p = tmp_path / "recipe.txt"
    p.write_text("Mix the flour and the water. Bake for forty minutes. Let the bread cool.\n")
    r = run("label", p)
    assert r.exit_code == 0
    assert "does not look like a privacy policy" in r.stderr
    assert "Privacy label" in r.stdout


@pytest.mark.parametrize("encoding", ["utf-16", "cp1252", "latin-1"])
def test_other_encodings_are_decoded(tmp_path, encoding):
    text = "Privacy policy of Café Ltd.\n\nWe collect your e-mail address. We do not sell your data.\n"
    p = tmp_path / "p.txt"
    p.write_bytes(text.encode(encoding))
    r = run("label", p, "-f", "json")
    assert r.exit_code == 0, r.output
    d = json.loads(r.stdout)
    assert d["source"]["text"] == text and d["answers"]["sold"]["status"] == "denied"


def test_bad_template_dir_and_format_errors(tmp_path):
    r = run("label", EX / "corner-bakery.txt", "--template-dir", tmp_path / "nope")
    assert r.exit_code == 4 and "template folder not found" in r.stderr
    r = run("label", EX / "corner-bakery.txt", "-f", "pdf")
    assert r.exit_code != 0 and "Traceback" not in r.output


def test_output_to_missing_folder_is_an_error(tmp_path):
    r = run("label", EX / "corner-bakery.txt", "-o", tmp_path / "no" / "such" / "x.md")
    assert r.exit_code == 1 and "does not exist" in r.stderr


def test_version():
    r = run("--version")
    assert r.exit_code == 0 and r.stdout.startswith("summarizer ")


def test_console_script_exits_fast_with_the_same_output_and_codes(tmp_path):
    """The ``summarizer`` script (``cli.run``) ends with a hard exit after flushing: the output
    is the command's whole output, and the exit codes are the command's own."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent

    def script(*args):
        return subprocess.run([sys.executable, "-c", "from summarizer.cli import run; run()", *map(str, args)],
                              capture_output=True, text=True, cwd=root, timeout=120)

    ok = script("label", EX / "corner-bakery.txt", "-f", "json")
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout == run("label", EX / "corner-bakery.txt", "-f", "json").stdout
    json.loads(ok.stdout)
    missing = script("label", tmp_path / "missing.txt")
    assert missing.returncode != 0 and missing.stderr.startswith("summarizer: error:") and not missing.stdout
    assert "Traceback" not in missing.stderr
    out = tmp_path / "label.md"
    written = script("label", EX / "corner-bakery.txt", "-o", out)
    assert written.returncode == 0 and out.read_text().startswith("## ")
    assert script("--version").stdout.strip().endswith(__import__("summarizer").__version__)


def _commands(group):
    """(the words that call it, the click command) of every command and subcommand of ``group``."""
    import typer.main

    for name, command in typer.main.get_command(group).commands.items():
        if hasattr(command, "commands"):  # a group: rules, site
            for sub_name, sub in command.commands.items():
                yield (name, sub_name), sub
        else:
            yield (name,), command


_COMMANDS = list(_commands(app))


@pytest.mark.parametrize("path,command", _COMMANDS, ids=[" ".join(path) for path, _command in _COMMANDS])
def test_help_shows_each_paragraph_of_a_commands_description_unbroken(path, command):
    """Typer keeps the line breaks of a description's later paragraphs as they are: a docstring
    wrapped in the source printed its sentences broken in mid-line under ``--help``."""
    import inspect

    doc = inspect.getdoc(command.callback) or ""
    r = CliRunner().invoke(app, [*path, "--help"], env={"COLUMNS": "1000", "TERMINAL_WIDTH": "1000"})
    assert r.exit_code == 0, r.output
    lines = [" ".join(line.split()) for line in r.output.splitlines()]
    for paragraph in doc.split("\n\n"):
        said = " ".join(paragraph.split())
        assert any(said in line for line in lines), (said, r.output)


@pytest.mark.parametrize("path,command", _COMMANDS, ids=[" ".join(path) for path, _command in _COMMANDS])
def test_every_option_and_argument_says_what_it_is_for(path, command):
    assert [p.name for p in command.params if not getattr(p, "help", None)] == []
