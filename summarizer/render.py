"""Stage 6 — render: the label through Jinja templates (Markdown, HTML, cards).

Templates live in the repository's top-level ``templates/`` folder and ship inside the wheel
as ``summarizer/templates``. A user overrides any of them with ``--template-dir``: their
folders are searched first, and a template can extend the built-in one it replaces with
``{% extends "default:label.html.j2" %}`` (as in datasette).

HTML and SVG are autoescaped: policy text is untrusted input. ``StrictUndefined`` makes a
misspelt variable an error instead of an empty string.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

import jinja2

from .errors import TemplateError

if TYPE_CHECKING:  # pragma: no cover
    from .label import Label

TEMPLATES = {"markdown": "label.md.j2", "html": "label.html.j2"}
_ESCAPED_EXT = (".html", ".htm", ".xml", ".svg")


def builtin_template_dir() -> Path:
    """The templates shipped with the package (or the repo's ``templates/`` when run from a checkout)."""
    packaged = Path(str(resources.files("summarizer"))) / "templates"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "templates"


def _autoescape(name: str | None) -> bool:
    if not name:
        return False
    base = name[:-3] if name.endswith(".j2") else name
    return base.endswith(_ESCAPED_EXT)


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|#!~])")
# "&" is literal in Markdown unless it starts an entity or character reference ("&lt;", "&#60;"):
# only then is it written as "&amp;", so that "Smith & Jones" reads as written in the raw label.
_MD_ENTITY = re.compile(r"&(?=#?\w+;)")


def md_escape(value: Any) -> str:
    """Escape text for Markdown (and GitHub tables): no markup, no raw HTML from the policy."""
    s = " ".join(str(value).split())
    return _MD_ENTITY.sub("&amp;", _MD_SPECIAL.sub(r"\\\1", s))


def _quote(value: Any, n: int = 240) -> str:
    s = " ".join(str(value).split())
    return s if len(s) <= n else s[:n].rsplit(" ", 1)[0] + " …"


def reading_time(minutes: float) -> str:
    """'under a minute', 'about 1 minute', 'about 6 minutes' (rounded)."""
    m = int(round(float(minutes or 0)))
    if float(minutes or 0) < 1:
        return "under a minute"
    return "about 1 minute" if m == 1 else f"about {m} minutes"


def _thousands(n: Any) -> str:
    try:
        return f"{int(n):,}"
    except (TypeError, ValueError):
        return str(n)


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Jinja's own cache of compiled templates, in the cache folder (``templates/``), or None.

    Compiling the label's template costs a cold ``summarizer label`` about 40 ms; Jinja keeps the
    compiled module (Python byte code, as ``.pyc`` files do) per template and source checksum,
    so an edited or user template is compiled afresh, and writes each file by renaming it into
    place."""
    from .rules import cache_subdir

    folder = cache_subdir("templates")  # (None: no folder that can be written; compile every time)
    return None if folder is None else jinja2.FileSystemBytecodeCache(str(folder))


@lru_cache(maxsize=16)
def environment(template_dirs: tuple[str, ...] = ()) -> jinja2.Environment:
    """A Jinja environment searching ``template_dirs`` first, then the built-in templates."""
    builtin = str(builtin_template_dir())
    for d in template_dirs:
        if not Path(d).is_dir():
            raise TemplateError(f"template folder not found: {d}")
    loader = jinja2.ChoiceLoader([
        jinja2.FileSystemLoader(list(template_dirs)),
        jinja2.PrefixLoader({"default": jinja2.FileSystemLoader(builtin)}, delimiter=":"),
        jinja2.FileSystemLoader(builtin),
    ])
    env = jinja2.Environment(loader=loader, autoescape=_autoescape, undefined=jinja2.StrictUndefined,
                             trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
                             bytecode_cache=_bytecode_cache())
    env.filters["md"] = md_escape
    env.filters["quote"] = _quote
    env.filters["thousands"] = _thousands
    env.filters["reading_time"] = reading_time
    return env


def render_template(name: str, context: dict, template_dirs: Sequence[str] | None = None) -> str:
    """Render one template by name, turning Jinja's errors into :class:`TemplateError`."""
    env = environment(tuple(str(d) for d in (template_dirs or ())))
    try:
        return env.get_template(name).render(**context)
    except jinja2.TemplateNotFound as e:
        raise TemplateError(f"template not found: {e.name}") from None
    except jinja2.TemplateSyntaxError as e:
        raise TemplateError(f"{e.filename or e.name}:{e.lineno}: template syntax error: {e.message}") from None
    except jinja2.UndefinedError as e:
        raise TemplateError(f"template {name}: {e.message}") from None


def prepare(fmt: str = "markdown", template_dirs: Sequence[str] | None = None) -> None:
    """Load (compile, or read from the cache) the template :func:`render_label` will use for
    ``fmt``, ahead of time: ``summarizer label`` does it while a forked process matches rules.
    Any error is left for :func:`render_label` to report."""
    try:
        environment(tuple(str(d) for d in (template_dirs or ()))).get_template(TEMPLATES[fmt])
    except Exception:  # noqa: BLE001 - (reported when the label is rendered)
        pass


def label_context(label: "Label") -> dict:
    """What templates see: ``label`` (the Label object) and ``data`` (its dict form, without the text)."""
    return {"label": label, "data": label.to_dict(include_text=False)}


def render_label(label: "Label", fmt: str = "markdown", template_dirs: Sequence[str] | None = None) -> str:
    """Render a label as ``markdown`` or ``html``."""
    if fmt not in TEMPLATES:
        raise TemplateError(f"no template for format {fmt!r} (choose from {', '.join(TEMPLATES)})")
    return render_template(TEMPLATES[fmt], label_context(label), template_dirs)
