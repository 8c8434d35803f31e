"""The one family of errors the library raises for bad input, rules or templates.

The CLI catches :class:`SummarizerError` and prints its message on one line to stderr with
a non-zero exit code; anything else escaping is a bug.
"""
from __future__ import annotations


class SummarizerError(Exception):
    """Base class of every error summarizer raises on purpose."""

    exit_code = 1


class InputError(SummarizerError):
    """The input cannot be read as a policy (missing, a directory, binary, empty, too large)."""

    exit_code = 2


class RulesError(SummarizerError):
    """A rule pack is invalid. ``problems`` lists every problem found, each naming file, rule and field."""

    exit_code = 3

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        n = len(self.problems)
        head = f"{n} problem{'s' if n != 1 else ''} in rules"
        super().__init__(head + ":\n" + "\n".join(f"  {p}" for p in self.problems))


class TemplateError(SummarizerError):
    """A template is missing or fails to render."""

    exit_code = 4
