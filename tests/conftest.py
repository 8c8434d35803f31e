"""Shared fixtures. Tests that read ../shared (corpus, scorer) skip when it is absent."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"

needs_shared = pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="../shared is not beside the checkout")


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def brightside():
    import summarizer

    return summarizer.label_file(EXAMPLES / "brightside-notes.html")
