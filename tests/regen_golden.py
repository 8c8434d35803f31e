"""Regenerate the golden files of rendered output: `python tests/regen_golden.py`.

Run it after an intended change to templates, rules or the label model, then review the diff
(`git diff tests/golden`) as you would review code: it shows what users will see change.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"

# (example file, output format, golden file name)
CASES = [
    ("brightside-notes.html", "markdown", "brightside-notes.md"),
    ("brightside-notes.html", "html", "brightside-notes.html"),
    ("brightside-notes.html", "json", "brightside-notes.json"),
    ("pebble-weather.md", "markdown", "pebble-weather.md"),
    ("corner-bakery.txt", "markdown", "corner-bakery.md"),
    ("corner-bakery.txt", "yaml", "corner-bakery.yaml"),
]


def render(example: str, fmt: str) -> str:
    import summarizer

    lab = summarizer.label_file(ROOT / "examples" / example)
    # The source path is part of the output; make it independent of where the checkout lives.
    lab.document.source = f"examples/{example}"
    if fmt == "json":
        return lab.to_json()
    if fmt == "yaml":
        return lab.to_yaml()
    return lab.render(fmt)


def main() -> int:
    sys.path.insert(0, str(ROOT))
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for example, fmt, name in CASES:
        (GOLDEN / name).write_text(render(example, fmt), encoding="utf-8")
        print(f"wrote tests/golden/{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
