"""Imported by the batch engine's fork server (``multiprocessing`` forkserver preload): set up
once there what every worker needs — the default rule pack and its rule index, textstat with
the CMU dictionary and Pyphen — so that each forked worker starts warm instead of setting it
all up again (the same work, once instead of once per worker).

Never raises: a worker that finds nothing warm sets things up itself, as without a preload.
"""
from __future__ import annotations


def _warm() -> None:
    try:
        from . import label_text
        from .rules import default_rules

        default_rules().compile_all()  # the shipped pack compiles patterns on first use
        label_text("Privacy Policy\n\nWe collect your email address to answer you. We do not sell it.",
                   fmt="text").to_json()
    except Exception:  # pragma: no cover - warming is an optimisation only
        pass


_warm()
