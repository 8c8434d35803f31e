"""Rendered output compared with golden files. Regenerate: `python tests/regen_golden.py`."""
from __future__ import annotations

import pytest

from regen_golden import CASES, GOLDEN, render


@pytest.mark.parametrize("example,fmt,name", CASES, ids=[c[2] for c in CASES])
def test_golden(example, fmt, name):
    expected = (GOLDEN / name).read_text(encoding="utf-8")
    got = render(example, fmt)
    assert got == expected, f"{name} differs from the golden file; if intended, run `python tests/regen_golden.py`"
