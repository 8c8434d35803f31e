"""Shared fixtures. Tests that read ../shared (corpus, scorer) skip when it is absent."""
from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# Parsed rule files are cached in the user's cache folder (summarizer.rules.cache_dir); the tests
# keep theirs in a folder of their own, removed at the end, so that they neither read a cache
# some other run left nor leave one behind. (Set SUMMARIZER_CACHE_DIR to choose another.)
if "SUMMARIZER_CACHE_DIR" not in os.environ:
    _cache = tempfile.mkdtemp(prefix="summarizer-test-cache-")
    os.environ["SUMMARIZER_CACHE_DIR"] = _cache
    atexit.register(shutil.rmtree, _cache, True)

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
