"""Stage 1 — ingest: bytes (plain text, HTML or Markdown) → :class:`Document`.

A Document is a plain-text view of the policy with its sections, paragraphs and sentences,
each located by character offsets into ``Document.text``; list items (with the sentence that
introduces their list) and the entries of a table of contents are marked on their sentences.
For plain text, ``text`` is the decoded file exactly (universal newlines), so offsets can be
checked against the original; for HTML and Markdown it is the extracted text, which the JSON
output carries.

Libraries do the hard parts: charset-normalizer guesses encodings, BeautifulSoup (with lxml)
parses real-world HTML, Python-Markdown turns Markdown into HTML, syntok splits sentences.
"""
from __future__ import annotations

import codecs
import re
import sys
import warnings
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, BinaryIO, Iterable, Iterator

from . import _lazyre as _lazy_re
from .errors import InputError

#: Default largest input accepted, in bytes (``--max-bytes`` changes it).
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

FORMATS = ("text", "html", "markdown")


@dataclass(frozen=True)
class Section:
    """A titled part of the document; ``start``/``end`` cover the heading and its body."""

    index: int
    title: str
    level: int
    start: int
    end: int


@dataclass(frozen=True)
class Paragraph:
    """A block of text (paragraph, list item, table row); never crosses a section."""

    index: int
    start: int
    end: int
    section: int


@dataclass(frozen=True)
class Sentence:
    """A sentence (or heading line / list line) with its place in the document.

    ``in_contents``: the line is an entry of a table of contents kept in the text (see
    :func:`table_of_contents`); it names a section, it says nothing itself.
    ``list_lead``: the line is an item of a list, introduced by the sentence of this index (see
    :func:`list_leads`); None for any other line.
    ``table_row``: a row of an HTML table written with its column names ("Purpose: … |
    Retention: 7 years"), read as one statement of all its cells.
    """

    index: int
    start: int
    end: int
    text: str
    paragraph: int
    section: int
    is_heading: bool = False
    in_contents: bool = False
    list_lead: int | None = None
    table_row: bool = False


@dataclass
class Document:
    """The plain-text view of one policy."""

    text: str
    format: str
    source: str = "-"
    encoding: str = "utf-8"
    title: str = ""
    sections: list[Section] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: where the paragraphs that the markup made list items start (HTML ``<li>``, Markdown "- "),
    #: whose marks the plain text no longer shows
    list_items: frozenset[int] = frozenset()

    def section_of(self, sentence: Sentence) -> Section:
        return self.sections[sentence.section]

    def heading_for(self, sentence: Sentence) -> str:
        """Title of the section a sentence lies in ('' for text before any heading)."""
        return self.sections[sentence.section].title

    def to_dict(self, include_text: bool = True) -> dict:
        d: dict = {
            "source": self.source,
            "format": self.format,
            "encoding": self.encoding,
            "title": self.title,
            "characters": len(self.text),
            "sections": [
                {"title": s.title, "level": s.level, "start": s.start, "end": s.end} for s in self.sections
            ],
            "paragraphs": len(self.paragraphs),
            "sentences": len(self.sentences),
        }
        if include_text:
            d["text"] = self.text
        return d


# ---------------------------------------------------------------------------------------------
# Reading and decoding
# ---------------------------------------------------------------------------------------------

def read_bytes(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES, stdin: BinaryIO | None = None) -> bytes:
    """Read a file (or ``-`` for standard input) with a size limit, raising :class:`InputError`."""
    if str(path) == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError(f"standard input is larger than the limit of {_size(max_bytes)} (see --max-bytes)")
        return data
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file")
    if p.is_dir():
        raise InputError(f"{path}: is a directory, not a policy file (use `summarizer batch` for folders)")
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise InputError(f"{path}: {_size(size)} is larger than the limit of {_size(max_bytes)} (see --max-bytes)")
        with p.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as e:
        raise InputError(f"{path}: cannot read: {e.strerror or e}") from None
    if len(data) > max_bytes:
        raise InputError(f"{path}: larger than the limit of {_size(max_bytes)} (see --max-bytes)")
    return data


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n:,} bytes"


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, name: str = "-") -> tuple[str, str]:
    """Decode bytes to text, returning ``(text, encoding)``.

    Order: a byte-order mark; strict UTF-8; UTF-16 without BOM (many NULs at alternate
    positions); then charset-normalizer's best guess; finally CP1252 with replacement,
    which never fails. Binary data (images, archives, executables) raises InputError.
    """
    if not data.strip():
        raise InputError(f"{name}: the input is empty")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc.replace("-sig", "")
            except UnicodeDecodeError:
                break
    head = data[:4096]
    # UTF-16 without a BOM: ASCII text has a NUL in every other byte.
    if len(head) >= 4 and head.count(0) > len(head) // 3:
        evens, odds = head[0::2].count(0), head[1::2].count(0)
        enc = "utf-16-le" if odds > evens * 4 else "utf-16-be" if evens > odds * 4 else ""
        if enc:
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                pass
    if _looks_binary(head):
        raise InputError(f"{name}: looks like a binary file, not text, HTML or Markdown")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        if best is not None and best.encoding:
            enc = best.encoding
            # charset-normalizer names Latin-1 text cp1252 or latin_1; cp1252 is the safer
            # superset for Windows-made files (curly quotes in 0x80–0x9F).
            if enc in ("latin_1", "iso8859_1"):
                enc = "cp1252"
            return data.decode(enc, errors="replace"), enc
    except (ImportError, LookupError):  # pragma: no cover - dependency is declared
        pass
    return data.decode("cp1252", errors="replace"), "cp1252"


_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x7fELF", b"MZ", b"\x1f\x8b")


def _looks_binary(head: bytes) -> bool:
    if head.startswith(_BINARY_MAGIC):
        return True
    if not head:
        return False
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(head) > 0.10


_SURROGATE = _lazy_re.compile("[\ud800-\udfff]")


def normalize_newlines(text: str) -> str:
    """Universal newlines, as Python's text mode reads files; NULs become spaces and lone
    surrogates (possible in JSON strings, never in decoded files) U+FFFD, both keeping the length."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        text = text.replace("\x00", " ")
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            text = _SURROGATE.sub("\ufffd", text)
    return text


def detect_format(text: str, name: str = "-") -> str:
    """Guess ``text``, ``html`` or ``markdown`` from the file name, then from the content."""
    suffix = Path(name).suffix.lower() if name and name != "-" else ""
    if suffix in (".html", ".htm", ".xhtml", ".shtml"):
        return "html"
    if suffix in (".md", ".markdown", ".mdown", ".mkd"):
        return "markdown"
    if suffix == ".txt":
        return "text"
    head = text[:5000].lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) or re.search(
        r"<(?:html|body|head|div|p|h[1-6]|article|main)\b[^>]*>", head
    ):
        return "html"
    # [^\S\n]* (not \s*) after ^: \s* would run across blank lines and backtrack quadratically.
    if re.search(r"(?m)^#{1,6} \S", text[:20000]) or re.search(r"(?m)^[^\S\n]*[-*] \S.*\n\s*[-*] \S", text[:20000]) and re.search(
        r"\*\*\S|\[[^\]]+\]\([^)]+\)", text[:20000]
    ):
        return "markdown"
    return "text"


# ---------------------------------------------------------------------------------------------
# Building a Document from blocks
# ---------------------------------------------------------------------------------------------

@dataclass
class _Block:
    kind: str  # "heading" | "para" | "item"
    text: str
    level: int = 0
    links: int = 0  # HTML: how many links the block's text holds
    link_chars: int = 0  # HTML: how many of its characters are link text
    whole: bool = False  # one sentence however it is punctuated (a table row written with its column names)


def _documents_from_blocks(blocks: Iterable[_Block], fmt: str, source: str, encoding: str, title: str) -> Document:
    """Join blocks into one text (blank line between blocks, one newline between list items)."""
    parts: list[str] = []
    pos = 0
    spans: list[tuple[int, int]] = []
    heads: list[tuple[int, int, str, int]] = []
    heading_paras: set[int] = set()
    whole_paras: set[int] = set()
    item_starts: set[int] = set()
    prev_kind = ""
    for blk in blocks:
        s = blk.text.strip()
        if not s:
            continue
        if parts:
            sep = "\n" if prev_kind == "item" and blk.kind == "item" else "\n\n"
            parts.append(sep)
            pos += len(sep)
        start = pos
        parts.append(s)
        pos += len(s)
        if blk.kind == "heading":
            heads.append((start, pos, s, blk.level or 2))
            heading_paras.add(len(spans))
        if blk.whole:
            whole_paras.add(len(spans))
        if blk.kind == "item":
            item_starts.add(start)
        spans.append((start, pos))
        prev_kind = blk.kind
    text = "".join(parts)
    sections = _sections_from_headings(text, heads)
    paragraphs = [Paragraph(i, s, e, _section_index(sections, s)) for i, (s, e) in enumerate(spans)]
    doc = Document(text=text, format=fmt, source=source, encoding=encoding, title=title,
                   sections=sections, paragraphs=paragraphs, list_items=frozenset(item_starts))
    _split_sentences(doc, heading_paras, whole_paras)
    mark_structure(doc)
    return doc


def _sections_from_headings(text: str, heads: list[tuple[int, int, str, int]]) -> list[Section]:
    """Sections from heading positions; text before the first heading is an untitled section."""
    out: list[Section] = []
    if not heads or heads[0][0] > 0:
        end = heads[0][0] if heads else len(text)
        out.append(Section(0, "", 0, 0, len(text[:end].rstrip())))
    for i, (s, _e, title, level) in enumerate(heads):
        end = heads[i + 1][0] if i + 1 < len(heads) else len(text)
        out.append(Section(len(out), title, level, s, s + len(text[s:end].rstrip())))
    return out


# ---------------------------------------------------------------------------------------------
# Plain text
# ---------------------------------------------------------------------------------------------

_PARA_SPLIT = _lazy_re.compile(r"\n[ \t\f\v]*\n\s*")
_LIST_MARK = _lazy_re.compile(r"^\s*(?:[-*•·▪◦‣⁃–]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+")


_SHORT_LEAD_IN = _lazy_re.compile(
    r"^(?:we|you|they|i|this|these|it|he|she|each|all)\b|\b(?:following|include|includes|including|such as|"
    r"are|is|as follows|namely|like|contain|contains)\s*:$|"
    # a lead that only points at its list ("For example:", "Under the current schedule:")
    r"^(?:for example|for instance|e\.g\.|in particular|specifically|currently|at present|in short|in summary|"
    r"under (?:the|our|this|that) (?:\w+ ){0,3}?\w+)\s*:$", re.I)


# Words a title leaves in lower case ("Information We Collect from You").
_SMALL_WORDS = frozenset({"and", "or", "of", "the", "to", "for", "in", "on", "a", "an", "with", "by", "we", "your",
                          "you", "our", "is", "are", "do", "how", "what", "this", "about", "from", "at", "as", "us",
                          "it", "may"})


def _title_case(words: list[str]) -> bool:
    """Every word capitalised, not a word, or a small word: written like a title."""
    return all(w[:1].isupper() or not w[:1].isalpha() or w in _SMALL_WORDS for w in words)


# A line of a postal address set out as lines ("Attn: Privacy Office", "1200 Liberty Avenue, Suite
# 400", "Pittsburgh, PA 15222", "Leeds LS2 7EX"): written like a title, but no heading.
_ADDRESS_LINE = _lazy_re.compile(
    r"^(?:attn\b|attention\s*:|c/o\b|p\.?\s?o\.?\s+box\s+\d"
    r"|\d{1,5}[a-z]?\s+(?:[\w.'’-]+\s+){1,4}?(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|way|"
    r"place|pl|square|sq|court|ct|parkway|pkwy|plaza|terrace|highway|hwy|row|circle|crescent|quay|wharf)\b"
    r"|[A-Z][\w .'’-]{1,40},\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?$"
    r"|[A-Z][\w .'’-]{1,40}\s+[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}$"
    # a company's name on a line of its own ("Example LLC", "Acme Widgets GmbH")
    r"|(?-i:[A-Z][\w&.,'’ -]{1,60}\s(?:LLC|L\.L\.C\.|Inc\.?|Ltd\.?|Limited|GmbH|AG|B\.V\.|BV|N\.V\.|AB|ApS|A/S|Oy|"
    r"S\.A\.|SAS|PLC|plc|LLP|Corp\.?|Corporation|Pty Ltd|Pte\.? Ltd\.?))$)", re.I)


def looks_like_heading(line: str, next_line: str | None = None) -> bool:
    """A short line with no sentence-ending punctuation, written like a title, or ending in '?' or ':'."""
    s = line.strip()
    if not s or len(s) > 90:
        return False
    if _ADDRESS_LINE.match(s):
        return False
    if _LIST_MARK.match(s):
        # "3. Purposes Of Processing" is a numbered heading; "3. we share it with…" and
        # "- name" are list items.
        m = re.match(r"^\(?(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})[.)]\s+(?=[A-Z])", s)
        if m is None or s.endswith((".", ",", ";", ":")):
            return False
        rest = s[m.end():].split()
        return 0 < len(rest) <= 14 and _title_case(rest)
    words = s.split()
    if len(words) > 12:
        return False
    numbered = re.match(r"^(?:\d+\.)+\s*\w", s)
    if s.endswith((".", ",", ";")) and not numbered:
        return False
    if numbered and s.endswith((".", ",", ";")) and not _title_case(words[1:]):
        # "1.2. Data We Collect." is a title; "2.1 There is no advertising in the app." is a clause
        return False
    if s.endswith("?"):
        return True
    if s.endswith(":") and len(words) > 5:
        # "Acme collects personal data from:" introduces a list; it is not a title. A long line
        # ending in ':' is a heading only when written like one ("Information We Collect From You:"),
        # numbered or not ("7.1 Subject to applicable law, you have the right to:" leads in to its
        # sub-clauses)
        if numbered and not _title_case([w.rstrip(":,") for w in words[1:]]):
            return False
        s = s[:-1]
    elif s.endswith(":"):
        # "Information We Collect:" is a title; "We collect the following details:" and "This
        # includes:" are short lead-ins to a list (a pronoun subject, or a lead word at the end).
        return not _SHORT_LEAD_IN.search(s)
    if re.match(r"^(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s+[A-Z]", s):
        return True
    if s.isupper() and any(c.isalpha() for c in s):
        return True
    caps = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return caps + sum(1 for w in words if w.lower() in _SMALL_WORDS) >= len(words) and words[0][:1].isupper()


def _short_title(line: str) -> bool:
    """A line of at most 8 words that starts with a capital and has no sentence punctuation."""
    s = line.strip()
    # a numbered title ("3. Sharing with third parties") counts; a bullet item does not
    s = re.sub(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.)\s+(?=[A-Z])", "", s, count=1)
    words = s.split()
    # (a title that asks, up to 12 words: "Why we use your data and on what legal basis")
    most = 12 if _WH_START.match(s) and not _OPEN_END.search(s) else 8
    return (0 < len(words) <= most and len(s) <= 90 and s[:1].isupper() and not _LIST_MARK.match(s)
            and not s.endswith((".", ",", ";", "!")) and s.count(",") == 0 and "@" not in s
            and not any(ch.isdigit() for ch in s[:1])
            # (a lead-in to a list, "We also work with:", is a sentence, not a title)
            and not (s.endswith(":") and _SHORT_LEAD_IN.search(s)))


_WH_START = _lazy_re.compile(r"(?:How|Why|What|Who|Whom|When|Where|Which)\s")
_WH_TITLE = _lazy_re.compile(r"^(?:who|whom|what|how|why|when|where|which)\s+(?:\w+\s+){1,5}(?:with|for|to|about|from|on)$", re.I)
_OPEN_END = _lazy_re.compile(
    r"\b(?:and|or|of|the|to|for|in|on|a|an|with|by|from|at|as|that|which|who|your|our|their|its|is|are|"
    r"was|were|be|we|you|may|will|can|not|such|this|these|any|all|if|when|about|than|into|us)\s*$", re.I)


# A heading that names the document: "Privacy Policy", "Cookie Notice", "Data Protection Statement",
# and health notices' "Notice of Privacy Practices".
_TITLE_WORDS = _lazy_re.compile(r"(?i)\b(?:privacy|cookies?|data protection)\b.*\b(?:policy|notice|statement|practices)\b|"
                          r"\b(?:notice|statement) of (?:\w+ )?privacy\b")


# A decimal clause number opening a line ("1.1 We collect…", "4.2. Sharing"), as numbered
# policies number the paragraphs under a numbered title.
_CLAUSE_NUMBER = _lazy_re.compile(r"^\s*\(?\d{1,2}\.\d{1,2}(?:\.\d{1,2})*\.?\)?\s+\S")


def _lead_title(line: str, nxt: str) -> bool:
    """A short sentence-case title ("Data we collect") on the line above a list item or a new
    capitalised sentence, not the first line of a hard-wrapped sentence ("We collect the following\nabout you")."""
    s, n = line.strip(), nxt.strip()
    if not n or not _short_title(s):
        return False
    if s.endswith(":") and _SHORT_LEAD_IN.search(s):
        return False  # a lead-in to its list ("For example:", "These include:"), not a title
    # "1. What we collect from you" over "1.1 We collect…": a numbered title over its clauses
    m = re.match(r"\(?(\d{1,2})[.)]\s", s)
    if m is not None and re.match(rf"\(?{m.group(1)}\.\d", n):
        return True
    # (a title put as a question ends on its preposition: "Who we share it with", "What we use it for")
    if (_OPEN_END.search(s) and not _WH_TITLE.match(s)) or len(s.split()) < 2:
        return False
    if _LIST_MARK.match(n) or _CLAUSE_NUMBER.match(n):
        return True
    # the next line opens a sentence of its own: a capital, then the line reads on as prose
    return n[:1].isupper() and len(n.split()) >= 6 and n.rstrip().endswith((".", ":", "!", "?", ")"))


def _text_blocks(text: str) -> Iterator[tuple[int, int, str]]:
    """Paragraph spans of plain text: (start, end, kind) with kind 'heading' or 'para'."""
    pos = 0
    for m in _PARA_SPLIT.finditer(text + "\n\n"):
        start, end = pos, m.start()
        pos = m.end()
        while start < end and text[start].isspace():
            start += 1
        end = min(end, len(text))
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            continue
        # A title in capitals on a line of its own right after a sentence ("…treated securely.\n
        # 3. HOW WE USE YOUR INFORMATION\nWe use…"), or a numbered title over its first numbered
        # clause ("…your data.\n3. Your rights\n3.1 You can…"), opens a block of its own, as if a
        # blank line stood before it (copied pages often lose that line).
        at = start
        titles = sorted({m.start(1) for m in _CAPS_TITLE_LINE.finditer(text, start, end)}
                        | {m.start(1) for m in _NUMBERED_TITLE_LINE.finditer(text, start, end)})
        for hs in titles:
            # the text before the title ends a sentence (looked at from the title back, over the
            # spaces only: a block of thousands of numbered lines costs no more than its length)
            stop = hs
            while stop > at and text[stop - 1].isspace():
                stop -= 1
            if stop > at and text[stop - 1] in ".!?:;":
                yield at, stop, "para"
                at = hs
        yield at, end, "para"


# A title in capitals on a line of its own, maybe numbered: "3. HOW WE USE YOUR INFORMATION".
_CAPS_TITLE_LINE = _lazy_re.compile(
    r"\n[ \t]*((?:(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.)[ \t]+)?[A-Z][A-Z'’&/,()-]*(?:[ \t]+[A-Z'’&/,()-]+){1,11})[ \t]*(?=\n)")

def _long_numbered_title(title: str) -> bool:
    """Up to 20 words, opening with a capital, with no sentence break or list inside it."""
    words = title.split()
    return (0 < len(words) <= 20 and title[:1].isupper() and not re.search(r"[.!?;:]\s", title)
            and title.count(",") <= 1 and "@" not in title)


def _numbered_title_over_clauses(text: str, line: str, end: int) -> bool:
    """A line "5. Dispute resolution." (a number, a short title, a full stop) whose next text is
    clause 5.1: the title of the clauses, full stop and all."""
    m = re.match(r"\s*(\d{1,2})\.\s+(\S.*?)\.\s*$", line) if len(line) <= 120 else None  # titles are short
    # (the clause number below is the sign of a title, so a longer one counts too: "3. Conditions
    # and methods of Users' personal data processing and its transfer to the third parties.")
    if m is None or not (_short_title(m.group(2)) or _long_numbered_title(m.group(2))):
        return False
    return re.match(rf"[\s\xa0]*\(?{m.group(1)}\.\d", text[end:end + 200]) is not None


# A numbered title over its first numbered clause: "3. Your rights" above "3.1 You can…".
_NUMBERED_TITLE_LINE = _lazy_re.compile(r"\n[ \t]*((\d{1,2})[.)][ \t]+[A-Z][^\n.!?;:]{0,70}?)[ \t]*(?=\n[ \t]*\(?\2\.\d)")


def document_from_text(text: str, source: str = "-", encoding: str = "utf-8", fmt: str = "text") -> Document:
    """Build a Document whose ``text`` is exactly ``text`` (after newline normalisation)."""
    text = normalize_newlines(text)
    sections: list[Section] = []
    paragraphs: list[Paragraph] = []
    heading_units: list[tuple[int, int]] = []
    sec_start, sec_title, sec_level = 0, "", 0
    title = ""

    def close(at: int) -> None:
        nonlocal sections
        end = at
        while end > sec_start and text[end - 1].isspace():
            end -= 1
        if sec_title or end > sec_start:
            sections.append(Section(len(sections), sec_title, sec_level, sec_start, end))

    for start, end, _ in _text_blocks(text):
        # A block may open with heading lines ("Cookies\nWe use cookies ...").
        line_start = start
        lines = text[start:end].split("\n")
        offset = start
        body_start = start
        for i, line in enumerate(lines):
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            is_head = looks_like_heading(line, nxt) and (nxt is not None or len(lines) == 1)
            if len(lines) == 1 and is_head:
                # a one-line block is a heading only if it is short and title-like
                is_head = len(_LIST_MARK.sub("", line, count=1).split()) <= 12
            elif len(lines) == 1:
                # ... or a short sentence-case line standing alone: "How we use your information",
                # or a numbered one with a full stop whose clauses follow ("5. Dispute resolution."
                # then "5.1. All disputes…")
                is_head = _short_title(line) or _numbered_title_over_clauses(text, line, end)
            elif not is_head and nxt is not None and _lead_title(line, nxt):
                # ... or one right above a list item or a capitalised line with no blank line
                # between ("Data we collect\n- Account: …", "Why we use it\nWe use account data…")
                is_head = True
            if not is_head:
                break
            hs = offset + (len(line) - len(line.lstrip()))
            he = offset + len(line.rstrip())
            close(hs)
            sec_start, sec_title, sec_level = hs, text[hs:he], 2
            if not title and _TITLE_WORDS.search(sec_title):
                title = sec_title
            paragraphs.append(Paragraph(len(paragraphs), hs, he, len(sections)))
            heading_units.append((hs, he))
            offset += len(line) + 1
            body_start = offset
        del line_start
        if body_start < end:
            bs = body_start
            while bs < end and text[bs].isspace():
                bs += 1
            # Pages copied out of a browser often lose the breaks around headings:
            # "…we do not own.Automatic collection of informationWhen you visit…". Such a
            # glued heading starts a section of its own.
            for hs, he in _glued_headings(text, bs, end):
                if hs > bs:
                    paragraphs.append(Paragraph(len(paragraphs), bs, hs, len(sections)))
                close(hs)
                sec_start, sec_title, sec_level = hs, text[hs:he], 2
                paragraphs.append(Paragraph(len(paragraphs), hs, he, len(sections)))
                heading_units.append((hs, he))
                bs = he
            if bs < end:
                paragraphs.append(Paragraph(len(paragraphs), bs, end, len(sections)))
    close(len(text))
    if not sections:
        sections.append(Section(0, "", 0, 0, len(text)))
    # A title in the opening lines, under the company's name ("ORBITAL LEDGER, INC." /
    # "GLOBAL PRIVACY POLICY"), though no heading of its own: the document's title, rather
    # than a later section's ("11. CALIFORNIA PRIVACY NOTICE")
    for line in text.lstrip().split("\n", 3)[:3]:
        line = line.strip()
        if (line and len(line.split()) <= 10 and not line.endswith((".", ":", ";", ","))
                and _TITLE_WORDS.search(line)):
            title = line
            break
    # paragraphs were numbered against the section count at the time; remap to section index
    paragraphs = [Paragraph(p.index, p.start, p.end, _section_index(sections, p.start)) for p in paragraphs]
    doc = Document(text=text, format=fmt, source=source, encoding=encoding, title=title,
                   sections=sections, paragraphs=paragraphs)
    heads = {hs for hs, _ in heading_units}
    _split_sentences(doc, {p.index for p in paragraphs if p.start in heads})
    mark_structure(doc)
    return doc


# A sentence end glued to a short title glued to the next sentence's first word: ".Title wordsWord".
# The title has 1–8 words, no sentence punctuation, and ends in a lower-case letter that runs
# straight into a capitalised word (a pronoun or article, as sections begin: "We", "When", "The"…).
_GLUED = _lazy_re.compile(
    r"(?<=[a-z0-9)][.!?])([A-Z][A-Za-z'’&/-]*(?:[ \t]+[A-Za-z'’&/-]+){0,7}?[a-z])"
    r"(?=(?:We|When|Our|The|This|These|If|You|Your|In|Any|Some|A|As|To|For|At|By|Most|Please|Cookies|Information|"
    r"Personal|Like|All|Each|Users?|Unless|Where|Although|Should|Depending|From|It|Third|Such|Once|Upon|On|"
    r"Subject|Except|Children|Only|Although)\b)"
)
# What precedes and opens every match of _GLUED (its lookbehind and first letter). A pattern led by
# a lookbehind is tried at every position; this one is searched for by its leading class, so most
# paragraphs, which have no ".Title", are done with at C speed.
_GLUED_HINT = _lazy_re.compile(r"[a-z0-9)][.!?][A-Z]")


def _glued_headings(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of titles glued between sentences in ``text[start:end]``."""
    if end - start < 40:
        return []
    # No match of _GLUED starts before the first hint's title letter (the lookbehind may look
    # back before ``start``, so the hint is searched for from two characters earlier).
    hint = _GLUED_HINT.search(text, max(0, start - 2), end)
    if hint is None:
        return []
    out = []
    for m in _GLUED.finditer(text, hint.start() + 2, end):
        title = m.group(1)
        if "\n" in title or len(title) > 80:
            continue
        out.append((m.start(1), m.end(1)))
    return out


def _section_index(sections: list[Section], pos: int) -> int:
    lo, hi = 0, len(sections) - 1
    ans = 0
    while lo <= hi:
        mid = (lo + hi) // 2
        if sections[mid].start <= pos:
            ans = mid
            lo = mid + 1
        else:
            hi = mid - 1
    return ans


# ---------------------------------------------------------------------------------------------
# Sentences
# ---------------------------------------------------------------------------------------------

_END_PUNCT = (".", "!", "?", ":", ";", "\u201d", '"', ")")


# A word broken at the end of a line with a hyphen ("we do not knowin-" / "gly collect"), as text
# copied out of a PDF has them: the line runs on, whatever its length.
_HYPHENATED_END = _lazy_re.compile(r"[A-Za-z]{2}-$")


def _line_units(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Split a paragraph into units at line breaks that are real breaks (list items, short
    lines, lines ending in punctuation), but join hard-wrapped lines of running text."""
    seg = text[start:end]
    if "\n" not in seg:
        yield start, end
        return
    lines = seg.split("\n")
    unit_start = start
    pos = start
    for i, line in enumerate(lines):
        line_end = pos + len(line)
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if nxt is None:
            yield unit_start, line_end
            break
        stripped = line.rstrip()
        wrapped = (
            (len(stripped) >= 50 or _HYPHENATED_END.search(stripped) is not None)
            and not stripped.endswith(_END_PUNCT)
            and nxt[:1].islower()
            and not _LIST_MARK.match(nxt)
        )
        if not wrapped:
            yield unit_start, line_end
            unit_start = line_end + 1
        pos = line_end + 1


_SYNTOK_MARKS: re.Pattern | None = None
_SYNTOK_OPENING: frozenset[str] = frozenset()


def _one_sentence(unit: str) -> bool:
    """Is it certain that syntok finds at most one sentence in ``unit``?

    syntok only ends a sentence at a token that is one of its terminals (``. ! ? ;`` and their
    CJK and fullwidth forms) or an opening bracket, and only splits a text into paragraphs at a
    blank line. A unit with at most one line break and none of those characters, except one
    terminal as its last visible character, is one sentence whatever syntok makes of its words,
    so it need not be tokenised (a third of the units of a typical policy: list items, short
    paragraphs).
    """
    global _SYNTOK_MARKS
    if _SYNTOK_MARKS is None:
        from syntok._segmentation_states import State

        marks = {c for t in State.terminals for c in t} | set(State.opening_brackets)
        _SYNTOK_MARKS = re.compile("[" + "".join(re.escape(c) for c in sorted(marks)) + "]")
    if unit.count("\n") > 1:
        return False
    body = unit.rstrip(" \t\n")
    if not body or body[-1].isspace() or body[-1] in _SYNTOK_OPENING:
        return False
    return _SYNTOK_MARKS.search(body, 0, len(body) - 1) is None


_TOKENIZER = None


def _tokenizer():
    """The syntok tokenizer ``analyze()`` uses, built once."""
    global _TOKENIZER
    if _TOKENIZER is None:
        from syntok.tokenizer import Tokenizer

        _TOKENIZER = Tokenizer(replace_not_contraction=False)  # what analyze() uses
    return _TOKENIZER


def _syntok_paragraphs(unit: str) -> Iterable[Iterable[list]]:
    """``syntok.segmenter.analyze(unit)``: paragraphs of sentences of tokens. A unit without two
    line breaks is one paragraph for syntok (it splits paragraphs at blank lines only), so it is
    tokenised and segmented directly, without analyze's paragraph pass (same tokens, same
    sentences, less work per unit)."""
    from syntok import segmenter

    if unit.count("\n") > 1:
        return segmenter.analyze(unit)
    return (segmenter.segment(_tokenizer().tokenize(unit)),)


# ---------------------------------------------------------------------------------------------
# Segmenting a long unit: syntok reads only the words around its marks
#
# syntok's segmenter (syntok 1.4.4, ``_segmentation_states``) walks the tokens one by one and
# decides anything only at a *special* token: a terminal (``. ! ? ; ...`` and their CJK and
# fullwidth forms), an opening or closing bracket, or a closing quote. At a terminal it reads the
# token before it, the run of terminals, closing brackets and quotes after it, and the one token
# after that run; at an opening bracket it scans at most 50 tokens ahead for the matching closing
# bracket (and the token after it). Every other token is just moved into the current sentence by
# the InnerToken state, whose only question about the next token is "is it special?". So a token
# that is not special and has no special token next to it can be left out of the stream
# without changing any decision: the token before it is moved in the same state, the question
# gets the same answer ("no") from the token after the gap, and no sentence starts or ends on it
# (a sentence starts right after a special token or on an opening bracket and ends on a special
# token, right before an opening bracket, or at the end). Sentences are then the same, with the
# same first and last tokens, hence the same offsets. On a typical policy four words in five are
# such tokens, and the tokenizer and segmenter take a few microseconds per token.
#
# The leaving out is done on the text, by whitespace-separated chunks, because syntok's tokenizer
# splits the text at whitespace first and then works on each chunk alone: a chunk gives the same
# tokens wherever it stands (what precedes its first token is whitespace, in the unit as in the
# shortened text, and the segmenter only asks whether there is any).
# A chunk is kept when it holds a *live* mark (a character that can be or be part of a special
# token), when it holds the token before or after a special token, when an opening bracket's
# 50-token scan can reach it, or when it is the first or last chunk; the kept runs are joined with
# one space, segmented, and the offsets mapped back. tests/test_shortcuts.py compares the result
# with syntok's on generated, tricky and example text.
# ---------------------------------------------------------------------------------------------

#: What syntok's tokenizer splits at (``Tokenizer._spaces`` is ``[^\s\u200b]+`` of the regex
#: module, whose ``\s`` is Unicode White_Space); checked against the tokenizer when first used.
_SYNTOK_SPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000"
#: The syntok version whose segmenter the reasoning above was checked against; with any other the
#: shortcut is off and every unit goes through syntok whole.
_SYNTOK_CHECKED = "1.4.4"


@dataclass(frozen=True)
class _Marks:
    """The compiled patterns of the shortcut (built from syntok's own character sets once)."""

    live: re.Pattern  # a live mark
    opening: frozenset[str]  # the opening brackets
    mark_chars: frozenset[str]  # every character a special token can be made of
    bracket: re.Pattern  # an opening or a closing bracket
    bracket_chunk: re.Pattern  # a whole chunk holding a bracket
    chunk: re.Pattern  # from a position in a chunk, the rest of it (the whole, from its start)
    spaces: re.Pattern  # a run of whitespace (maybe empty)
    # From a position in a chunk: the rest of it (group 1), then the whitespace and the chunk
    # after it; on the reversed text, the chunk's start and the chunk before it.
    reach: re.Pattern
    fifty: re.Pattern  # from inside a chunk to the end of the 50th chunk after it
    chunk_char: re.Pattern  # a character that is not whitespace to syntok


_MARKS: _Marks | None | bool = False  # False: not built yet; None: shortcut unavailable


def _syntok_version() -> str:
    """The installed syntok's version (syntok has no ``__version__``). importlib.metadata costs
    about 20 ms to import, a fortieth of a cold start, so the dist-info folder pip writes beside
    the package is looked for first."""
    import syntok

    site = Path(syntok.__file__).resolve().parent.parent
    if (site / f"syntok-{_SYNTOK_CHECKED}.dist-info").is_dir():
        return _SYNTOK_CHECKED
    from importlib.metadata import version

    return version("syntok")


def _marks() -> _Marks | None:
    """The shortcut's patterns, or None when the installed syntok is not the one checked."""
    global _MARKS
    if _MARKS is not False:
        return _MARKS  # type: ignore[return-value]
    _MARKS = None
    try:
        from syntok._segmentation_states import State
        from syntok.tokenizer import Tokenizer

        if _syntok_version() != _SYNTOK_CHECKED:
            return None
    except Exception:  # pragma: no cover - syntok is a dependency
        return None
    # The whitespace class must be exactly where syntok's tokenizer cuts chunks: every character
    # that either side may call whitespace (Python's, Unicode's, the zero-width space) is tried.
    space = re.compile(f"[{_SYNTOK_SPACE}]")
    tried = {chr(c) for c in range(0x3001) if chr(c).isspace()} | {"\u200b", "\u180e", "\ufeff", "\u2060"}
    if any((Tokenizer._spaces.fullmatch(c) is None) != (space.fullmatch(c) is not None) for c in tried):
        return None
    esc = lambda chars: "".join(re.escape(c) for c in sorted(chars))  # noqa: E731
    terminal_chars = {c for t in State.terminals for c in t}
    openers = frozenset(State.opening_brackets)
    # _bracket_reach counts on the tokenizer cutting every bracket out of a word.
    if any(Tokenizer._separation.fullmatch(c) is None for c in openers | State.closing_brackets):
        return None
    marks = terminal_chars | openers | set(State.closing_brackets) | set(State.closing_quotes)
    # Two kinds of mark inside a word never become a token of their own (they stay inside the
    # word token, which holds letters, so is never special), and are left out of the live marks:
    # * '.', '!' or '?' between ASCII letters or digits, unless a lower-case letter comes before
    #   it and a capital after ("www.example.com", "1.5", "U.S" of "U.S."; but "data.We" is split
    #   by the tokenizer's lower-to-upper rule);
    # * an apostrophe that is a closing quote ("'", "´", "’") between an ASCII letter or digit and
    #   an ASCII letter ("user’s", "don't"): the tokenizer makes it a token with the letters after it.
    dots = {".", "!", "?"} & terminal_chars
    apostrophes = set(Tokenizer._apostrophes) & set(State.closing_quotes)
    # (Written as one character class with the dead cases after it, not as alternatives: a
    # pattern that starts with a class is searched for by the class, three times faster.)
    dead = []
    if dots:
        dead += [f"(?<=[A-Z0-9][{esc(dots)}])[A-Za-z0-9]", f"(?<=[a-z][{esc(dots)}])[a-z0-9]"]
    if apostrophes:
        dead.append(f"(?<=[A-Za-z0-9][{esc(apostrophes)}])[A-Za-z]")
    live = f"[{esc(marks)}]" + (f"(?!{'|'.join(dead)})" if dead else "")
    sp, ns = f"[{_SYNTOK_SPACE}]", f"[^{_SYNTOK_SPACE}]"
    brackets = f"[{esc(openers | set(State.closing_brackets))}]"
    _MARKS = _Marks(
        live=re.compile(live),
        opening=openers,
        mark_chars=frozenset(marks),
        bracket=re.compile(brackets),
        # (?<!ns): a match starts at a chunk's start, never inside one (and stays linear).
        bracket_chunk=re.compile(f"(?<!{ns}){ns}*{brackets}{ns}*"),
        chunk=re.compile(f"{ns}+"),
        spaces=re.compile(f"{sp}*"),
        reach=re.compile(f"({ns}*)(?:{sp}+{ns}+)?"),
        fifty=re.compile(f"{ns}*(?:{sp}+{ns}+){{0,50}}"),
        chunk_char=re.compile(ns),
    )
    return _MARKS


def _bracket_reach(unit: str, at: int, start: int, cap: int, m: _Marks) -> int:
    """Where syntok's scan from the opening bracket at ``at`` (in the chunk starting at
    ``start``) can read to: the end of the chunk after the one holding its closing bracket, and
    never beyond ``cap``, the end of the 50th chunk after its own.

    syntok reads tokens up to the closing bracket (the one that empties its bracket stack) and
    the token after it, at most 50 tokens on. Every chunk is one token or more, so 50 chunks hold
    those 50 tokens. The closing bracket is found on the characters, counting every opening
    bracket (a token that is one is always one of them) but only the closing brackets that are
    surely tokens of their own: alone in their chunk, or in a chunk with a letter or digit (the
    tokenizer cuts every bracket out of such a chunk); a chunk of marks only (").", ")]") is one
    token, no bracket. So the count closes no earlier than syntok's, and the reach is enough.
    """
    depth = 1
    for cm in m.bracket_chunk.finditer(unit, start, cap):
        cs, ce = cm.span()
        counts = ce - cs == 1 or any(map(str.isalnum, unit[cs:ce]))
        for bm in m.bracket.finditer(unit, max(cs, at + 1), ce):
            if unit[bm.start()] in m.opening:
                depth += 1
            elif counts:
                depth -= 1
                if depth == 0:
                    return min(m.reach.match(unit, ce).end(), cap)
    return cap


#: Shorter units are segmented whole (the shortcut's bookkeeping would cost about what it saves).
_REDUCE_MIN = 100
#: Units denser in marks than one in this many characters are segmented whole (little to leave
#: out; and hostile input such as a line of "((((" must not cost more than syntok itself).
_REDUCE_MARK_SPACING = 16
#: Units that would keep more than this share of their text are segmented whole.
_REDUCE_KEEP = 0.8
#: Chunks with an opening bracket scanned for its reach in one unit at most (a scan reads 50 chunks).
_REDUCE_BRACKETS = 32


def _reduced(unit: str) -> tuple[str, list[int], list[int]] | None:
    """``unit`` with the chunks syntok need not read left out (see above): the text, and for each
    kept run its start in that text and in ``unit``. None when there is little to leave out.

    Linear in the unit: each chunk is looked at a bounded number of times (marks in a chunk
    already seen reuse its figures)."""
    m = _marks()
    if m is None or len(unit) < _REDUCE_MIN:
        return None
    first = m.chunk.match(unit)
    if first is None:
        return None  # a unit opening with whitespace
    n = len(unit)
    rev = unit[::-1]  # the unit reversed, to find where a chunk (or the one before it) starts
    last = m.chunk.match(rev, m.spaces.match(rev).end())
    if last is None:
        return None  # only whitespace
    runs: list[list[int]] = [[0, first.end()]]  # kept [start, end), in order
    budget = n // _REDUCE_MARK_SPACING
    brackets = _REDUCE_BRACKETS
    chunk_end = -1  # end of the chunk of the last mark seen
    cap_chunk_end, cap = -1, -1  # the same for the last opening bracket, and its 50-chunk reach
    for mk in m.live.finditer(unit):
        budget -= 1
        if budget < 0:
            return None
        i = mk.start()
        run = runs[-1]
        if i >= chunk_end:
            # A new chunk with a mark: keep it, with the token before and the token after each
            # special token in it. A special token is made of marks only, so one can be the
            # chunk's first token (and need the chunk before) only when the chunk starts with a
            # mark, and its last (and need the chunk after) only when it ends with one: "data."
            # needs the next chunk, not the one before.
            ahead = m.reach.match(unit, i)
            chunk_end = ahead.end(1)
            e = ahead.end() if unit[chunk_end - 1] in m.mark_chars else chunk_end
            if i >= run[1]:
                # (a chunk inside the run is not its first, so the one before it is kept already)
                back = m.reach.match(rev, n - 1 - i)
                s = n - back.end(1)
                if unit[s] in m.mark_chars:
                    s = n - back.end()
                if s > run[1] and m.chunk_char.search(unit, run[1], s) is not None:
                    runs.append([s, e])
                    run = runs[-1]
            if e > run[1]:
                run[1] = e
        if unit[i] in m.opening:
            # ... and the chunks the bracket's scan reads.
            if chunk_end != cap_chunk_end:
                brackets -= 1
                if brackets < 0:
                    return None
                start = n - m.reach.match(rev, n - 1 - i).end(1)
                cap_chunk_end, cap = chunk_end, m.fifty.match(unit, i).end()
                reach = _bracket_reach(unit, i, start, cap, m)
            else:
                reach = cap  # another bracket in the same chunk: the first one's 50 chunks bound it
            if reach > run[1]:
                run[1] = reach
    s = n - last.end()  # the last chunk's start
    run = runs[-1]
    if s > run[1] and m.chunk_char.search(unit, run[1], s) is not None:
        runs.append([s, n])
    else:
        run[1] = n
    if len(runs) == 1 or sum(e - s for s, e in runs) > _REDUCE_KEEP * n:
        return None
    red_starts, orig_starts, pieces = [], [], []
    pos = 0
    for s, e in runs:
        red_starts.append(pos)
        orig_starts.append(s)
        pieces.append(unit[s:e])
        pos += e - s + 1
    return " ".join(pieces), red_starts, orig_starts


def _syntok_spans(unit: str) -> list[tuple[int, int]]:
    """syntok's sentences of ``unit`` as (start, end) of their first and last non-empty tokens;
    for a long unit, read off the reduced text (:func:`_reduced`) and mapped back."""
    red = _reduced(unit) if unit.count("\n") <= 1 else None
    if red is None:
        sentences = (sent for sp in _syntok_paragraphs(unit) for sent in sp)

        def orig(p: int) -> int:
            return p
    else:
        text, red_starts, orig_starts = red
        from syntok import segmenter

        sentences = segmenter.segment(_tokenizer().tokenize(text))

        def orig(p: int) -> int:  # an offset in the reduced text, in ``unit``
            i = bisect_right(red_starts, p) - 1
            return p - red_starts[i] + orig_starts[i]

    spans: list[tuple[int, int]] = []
    for sent in sentences:
        toks = [t for t in sent if t.value]
        if toks:
            last = toks[-1]
            spans.append((orig(toks[0].offset), min(orig(last.offset) + len(last.value), len(unit))))
    return spans


# Abbreviations common in policies that syntok 1.4's list lacks (its ``State.abbreviations`` has
# "Ltd", "Inc", "Co", "GmbH"...): company forms of Asia, Africa and Turkey ("Nimbus Pte. Ltd.",
# "Acme (Pty) Ltd.", "Anadolu A.Ş.") and a document's revision ("Rev. 01/2026"). syntok ends a
# sentence at their full stop when a capital or a number follows; a span that ends with one is
# joined to the next.
_ABBREVIATION_END = _lazy_re.compile(r"(?<![\w.])(?:Pte|Pty|Pvt|Sdn|Bhd|Tbk|Rev|Ş|Şti)\.$")


# An e-mail address that ends a sentence ("…email privacy@acme.example. California residents may…"):
# syntok reads its full stop as part of the address and runs on into the next sentence.
_EMAIL_STOP = _lazy_re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.(?=\s+[\"“‘(]?[A-Z])")


# ...and so does a web address ("…to serve ads on wordwell.com. You may opt out…").
_TLDS = ("com", "org", "net", "edu", "gov", "io", "co", "us", "uk", "ca", "au", "de", "fr", "eu", "info", "biz",
         "app", "tv", "me", "example")
_SITE_STOP = _lazy_re.compile(r"(?<![\w.@/-])(?:https?://)?(?:[\w-]+\.)+(?:" + "|".join(_TLDS) + r")(?:/[\w./%-]*?)?\."
                        r"(?=\s+[\"“‘(]?[A-Z])", re.I)
# ...and so do a section number ("…described in section 2.6. Fitness data is…") and a company form
# before a new sentence's first word ("We are Acme Ltd. We collect…"), which syntok reads as
# abbreviations.
_NUMBER_STOP = _lazy_re.compile(r"\b(?:[Ss]ections?|[Cc]lauses?|[Pp]aragraphs?|[Aa]rticles?|[Pp]arts?)\s+\d+(?:\.\d+)+\.(?=\s+[A-Z][a-z])")
_FORM_STOP = _lazy_re.compile(r"\b(?:Ltd|Inc|Corp|LLC|GmbH|plc|PLC|Co)\.(?=\s+(?:We|Our|You|Your|This|These|If|When|In|For|It|They|"
                        r"Please|The|Any|All|Where)\b)")
# Cheap tests first (most units hold none of these): a web address's ending (lower case, as
# addresses are written), the words a section number follows, a company form's full stop.
_SITE_STOP_HINT = _lazy_re.compile(r"\.(?:" + "|".join(_TLDS) + r")[./]")
_NUMBER_WORDS = ("ection", "lause", "rticle", "aragraph", "art ", "arts ")
_FORM_PIECES = ("Ltd.", "Inc.", "Corp.", "LLC.", "GmbH.", "plc.", "PLC.", "Co.")


def _split_after_stops(unit: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (sentences of ``unit``) with each also ended after an e-mail address or a web
    address that ends a sentence."""
    stoppers = [rx for rx, here in ((_EMAIL_STOP, "@" in unit),
                                    (_SITE_STOP, _SITE_STOP_HINT.search(unit) is not None),
                                    (_NUMBER_STOP, any(w in unit for w in _NUMBER_WORDS)),
                                    (_FORM_STOP, any(f in unit for f in _FORM_PIECES))) if here]
    if not stoppers:
        return spans
    out = []
    for a, b in spans:
        stops = sorted({m.end() for rx in stoppers for m in rx.finditer(unit, a, b)})
        for end in stops:
            if a < end < b:
                out.append((a, end))
                a = end
        out.append((a, b))
    return out


def _split_sentences(doc: Document, heading_paras: set[int], whole_paras: frozenset[int] | set[int] = frozenset()) -> None:
    global _SYNTOK_OPENING
    if not _SYNTOK_OPENING:
        from syntok._segmentation_states import State

        _SYNTOK_OPENING = frozenset(State.opening_brackets)
    text = doc.text
    out: list[Sentence] = []
    # syntok's warnings on odd input are not the reader's business (silenced once for the document,
    # not once per unit: entering catch_warnings costs a few microseconds each time)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for para in doc.paragraphs:
            is_head = para.index in heading_paras
            # A row of a table written with its column names is read as one statement: a full stop
            # inside a cell ("Used to count visits. Anonymous.") must not part the cookie from its
            # provider or expiry.
            whole = para.index in whole_paras
            for us, ue in _line_units(text, para.start, para.end):
                while us < ue and text[us].isspace():
                    us += 1
                if us >= ue:
                    continue
                if is_head or whole or ue - us < 3:
                    out.append(Sentence(len(out), us, ue, text[us:ue], para.index, para.section, is_head,
                                        table_row=whole and not is_head))
                    continue
                unit = text[us:ue]
                if _one_sentence(unit):
                    e = ue
                    while e > us and text[e - 1].isspace():
                        e -= 1
                    out.append(Sentence(len(out), us, e, text[us:e], para.index, para.section, False))
                    continue
                spans: list[tuple[int, int]] = []
                try:
                    spans = _syntok_spans(unit)
                except Exception:  # syntok is robust, but a label beats a crash on odd input
                    spans = [(0, len(unit))]
                if not spans:
                    spans = [(0, len(unit))]
                # Keep any text between syntok's sentences (e.g. stray symbols) attached to the previous one.
                merged: list[tuple[int, int]] = []
                for k, (a, b) in enumerate(spans):
                    nb = spans[k + 1][0] if k + 1 < len(spans) else len(unit)
                    tail = unit[b:nb]
                    b2 = b + len(tail.rstrip())
                    if merged and _ABBREVIATION_END.search(unit, max(0, merged[-1][1] - 8), merged[-1][1]):
                        # (no sentence ends at an abbreviation syntok does not know: "Pte. Ltd.", "Rev. 01/2026")
                        merged[-1] = (merged[-1][0], max(b, b2))
                        continue
                    merged.append((a if k else 0, max(b, b2)))
                for a, b in _split_after_stops(unit, merged):
                    s, e = us + a, us + b
                    while s < e and text[s].isspace():
                        s += 1
                    while e > s and text[e - 1].isspace():
                        e -= 1
                    if s < e:
                        out.append(Sentence(len(out), s, e, text[s:e], para.index, para.section, False))
    doc.sentences = out


# ---------------------------------------------------------------------------------------------
# Lists and tables of contents
#
# A table of contents is navigation, not content: its entries name sections and state nothing.
# An HTML one made of links (link text = a heading of the page) is dropped with the page's other
# navigation (``_drop_clutter_blocks``): the markup says what it is. One written as lines of
# text (a plain-text file, or a page whose entries are not links) is only known once the whole
# document is read (its titles come back over their sections), and a plain-text Document's text
# is the file itself, so it is kept and its sentences are marked ``in_contents`` instead.
# Telling such a table from a list needs the list structure: short title lines right under
# "We collect the following:" are the items of a list, even when sections carry the same titles.
# ---------------------------------------------------------------------------------------------

# (a decimal clause number, "3.1 We do not…", numbers a paragraph of its own, not a list item)
_ITEM_MARK = _lazy_re.compile(r"^\s*(?:[-*•·▪◦‣⁃–—>]|\(?\d{1,2}(?:\)|\.(?!\d))|\(?[a-zA-Z][.)]|\(?[ivx]{1,4}[.)])\s*")
# A lead-in ends with a colon, or stops mid-phrase on a word that wants a list after it.
_LEAD_WORDS = ("include", "includes", "including", "such as", "following", "are", "is", "as follows", "from", "to",
               "for", "like", "namely", "e.g.", "i.e.", "contain", "contains", "comprise", "comprises", "of",
               "with", "by", "when", "where", "if", "about", "on")
_LEAD_END = _lazy_re.compile(r"(?::|\b(?:" + "|".join(map(re.escape, _LEAD_WORDS)) + r"))\s*$", re.I)
# A match of _LEAD_END ends where its text's trailing spaces begin ("\s" is what ``str.isspace``
# tests) and, as re.I matches letter for letter, is no longer than its longest word.
_LEAD_LONGEST = max(map(len, _LEAD_WORDS))
_ITEM_MAX = 300  # longer units are paragraphs of their own, not list items
# A lead-in that ends on "to:" ("We use persistent cookies to:") wants verbs: its items are
# clauses ("Collect and compile anonymous information for statistical purposes."), full stop or
# not, as long as each opens on a verb of what is done with data.
# (not an address's lead-in: "please write to:", "send your request to:")
_TO_LEAD = _lazy_re.compile(r"\b(?!(?:writ\w*|wrote|mail\w*|e-?mail\w*|send\w*|sent|post\w*|address\w*|forward\w*|"
                            r"fax\w*|deliver\w*|return\w*|direct\w*|submit\w*|go|goes|going|come|turn)\s)"
                            r"\w+\s+to\s*:\s*$", re.I)
_ITEM_VERB = _lazy_re.compile(
    r"^\W*(?:help|remember|collect|compile|access|display|show|conduct|require|provide|send|process|improve|"
    r"personali[sz]e|customi[sz]e|tailor|analy[sz]e|deliver|respond|communicate|notify|contact|enable|allow|"
    r"prevent|detect|protect|comply|enforce|administer|manage|maintain|operate|develop|measure|understand|"
    r"track|verify|identify|store|offer|serve|fulfil+|complete|create|perform|carry|facilitate|inform|"
    r"market|promote|research|evaluate|monitor|investigate|keep|recogni[sz]e|record|save|authenticate|bill|"
    r"ship|handle|answer|resolve|meet|assist|support|establish|exercise|defend|tell|let|give|make|"
    r"determine|diagnose|fix|test|train|match|recommend|select|target|count|estimate|assess|audit)\b", re.I)


def _verb_item(text: str) -> bool:
    """Is ``text`` an item of a list of verbs (see ``_TO_LEAD``)? A line with no full stop is one,
    as in other lists; a full sentence only if it opens on a verb."""
    return not text.rstrip().endswith((".", "!", "?")) or bool(_ITEM_VERB.match(text))


def _ends_as_lead(text: str) -> bool:
    """Does ``text`` end the way a lead-in does (``_LEAD_END``)? Only its last words are searched:
    the pattern is anchored at the end, and searching a long sentence from every position costs
    more than the rest of list detection together."""
    if len(text) > 64:
        tail = text[-64:]
        cut = tail.find(" ")  # start at a word boundary, so "\b" means what it means in the text
        text = tail[cut + 1:] if cut >= 0 else tail
    # ...and of those only where a match can start ("\b" still sees the character before it)
    return _LEAD_END.search(text, max(0, len(text.rstrip()) - _LEAD_LONGEST)) is not None


def list_leads(doc: Document) -> dict[int, Sentence]:
    """Map each list item sentence (by index) to the sentence that introduces its list.

    An item is a short unit right after a lead-in (or after another item of the same list), in
    the same section, and either marked as a list line ("•", "-", "1.", "(a)") or on a line of its
    own; a lead-in ends with ':' or breaks off on "include", "such as", "from"…"""
    out: dict[int, Sentence] = {}
    text = doc.text
    lead: Sentence | None = None
    prev: Sentence | None = None
    marked_list = False
    heading_lead = False
    # A list inside a list ("…with others, such as: / Service providers… / Courts, when: / the
    # law requires it / to protect our rights / Another entity, in a merger…"): the lists it is
    # nested in, innermost last, each with how its items look (:func:`_item_style`). An item
    # that looks like the enclosing list's items and not like the inner list's goes back to it.
    enclosing: list[tuple[Sentence, bool]] = []
    style: dict[int, str] = {}  # lead-in index → how the first item of its list looks
    goes_on: set[int] = set()  # sentences that continue a list item
    for s in doc.sentences:
        if s.is_heading:
            # A heading may introduce a list itself ("The following data we may process"), but
            # only marked items count as its list.
            lead, prev, heading_lead, marked_list = s, s, True, True
            enclosing = []
            continue
        if (lead is not None and prev is not None and (prev.index in out or prev.index in goes_on)
                and s.paragraph == prev.paragraph
                and (doc.paragraphs[s.paragraph].start in doc.list_items
                     or ("\n" not in text[prev.end:s.start] and not _ITEM_MARK.match(s.text)))):
            # a further sentence of a list item, of the markup or on the item's line ("CAMERA — to
            # scan barcodes. Images never leave your phone."): the item goes on, and so does its list
            goes_on.add(s.index)
            prev = s
            continue
        if (lead is not None and prev is not None and len(s.text) <= _ITEM_MAX
                and (s.section == lead.section or heading_lead) and not _ends_as_lead(s.text)):
            gap = text[prev.end:s.start]
            marked = bool(_ITEM_MARK.match(s.text)) or s.start in doc.list_items
            # An unmarked item is a short line of its own that is not a full sentence; once a
            # list has used marks, an unmarked line ends it.
            # One with no full stop may be as long as any item (items are sometimes whole clauses,
            # "Analyze the use of our Sites … to produce statistics;"); after a lead-in that wants
            # verbs, a full sentence is an item only if it opens on one.
            plain = ("\n" in gap and not marked_list
                     and (_verb_item(s.text) if _TO_LEAD.search(lead.text)
                          else len(s.text) <= 80 or not s.text.rstrip().endswith((".", "!", "?"))))
            if (marked or plain) and gap.count("\n") <= 3:
                looks = _item_style(s.text)
                if lead.index not in style:
                    style[lead.index] = looks
                elif (enclosing and looks != style[lead.index] and looks == style.get(enclosing[-1][0].index)
                      and s.section == enclosing[-1][0].section):
                    lead, marked_list = enclosing.pop()
                marked_list = marked_list or marked
                out[s.index] = lead
                prev = s
                continue
        # a lead-in on a line of its own right after an item of a list opens a list inside it
        nested = (lead is not None and prev is not None and (prev.index in out or prev.index in goes_on)
                  and len(s.text) <= _ITEM_MAX
                  and s.section == lead.section and "\n" in text[prev.end:s.start] and _ends_as_lead(s.text))
        if nested:
            enclosing.append((lead, marked_list))
        else:
            enclosing = []
        lead = s if len(s.text) <= 600 and _ends_as_lead(s.text) else None
        marked_list = heading_lead = False
        prev = s
    return out


def _item_style(text: str) -> str:
    """How a list item looks: its mark ("•", "1.", "(a)", none) and whether its first letter is
    a capital ("Service providers…" against "to protect our rights")."""
    mark = _ITEM_MARK.match(text)
    kind = ""
    if mark:
        m = mark.group().strip()
        kind = "digit" if any(c.isdigit() for c in m) else "letter" if any(c.isalpha() for c in m) else m[:1]
    first = next((c for c in text[mark.end() if mark else 0:] if c.isalpha()), "")
    return f"{kind}:{'U' if first.isupper() else 'l'}"


def _title_line(doc: Document, s: Sentence) -> bool:
    """A line of a table of contents inside a paragraph: on a line of its own, short, and a
    question or a title (most longer words capitalised, no full stop)."""
    t = s.text.strip()
    if len(t) > 100:
        return False
    before = doc.text[max(0, s.start - 20):s.start].rstrip(" \t")
    after = doc.text[s.end:s.end + 20].lstrip(" \t")
    if (before and not before.endswith("\n")) or (after and not after.startswith("\n")):
        return False
    if t.endswith("?"):
        return True
    words = [w for w in t.split() if len(w) >= 4 and w[0].isalpha()]
    return (not t.endswith((".", "!", ";", ":", ",")) and len(words) >= 2
            and sum(w[0].isupper() for w in words) >= 0.7 * len(words))


_ENTRY_NUMBER = _lazy_re.compile(r"^\W*(?:\d{1,2}(?:\.\d{1,2})*|[ivx]{1,4}|[a-z])[.)]\s+|\W+", re.I)


def _entry_key(text: str) -> str:
    """A title as a table of contents and the section heading both spell it: lower case, no
    numbering, no punctuation."""
    t = _ENTRY_NUMBER.sub(" ", text.lower()) if text else ""
    return " ".join(t.split())


def table_of_contents(doc: Document, leads: dict[int, Sentence] | None = None) -> set[int]:
    """Indexes of the sentences that make up a table of contents: two or more title lines in a
    row (headings, or short questions or titles on lines of their own) each of which comes back
    later in the document as the title of its section ("1. SCOPE AND CONSENT" … "1. SCOPE AND
    CONSENT", "What About Cookies?" … "What About Cookies?"). Their words ("Your California
    Privacy Rights") would otherwise read as statements; the same titles over their sections
    still count. List items are never entries. Parsing marks these sentences ``in_contents``."""
    leads = list_leads(doc) if leads is None else leads
    titles: list[tuple[int, str]] = []
    for s in doc.sentences:
        if s.index not in leads and (s.is_heading or _title_line(doc, s)):
            key = _entry_key(s.text)
            if len(key) >= 3:
                titles.append((s.index, key))
    last: dict[str, int] = {}
    for i, key in titles:
        last[key] = i
    entries = {i for i, key in titles if last[key] > i}
    return {i for i in entries if i - 1 in entries or i + 1 in entries}


def mark_structure(doc: Document) -> None:
    """Mark lists (``list_lead``) and the table of contents (``in_contents``) on the document's
    sentences. Parsing does this; call it on a Document built by hand before extracting."""
    leads = list_leads(doc)
    contents = table_of_contents(doc, leads)
    for i, lead in leads.items():
        doc.sentences[i] = replace(doc.sentences[i], list_lead=lead.index)
    for i in contents:
        doc.sentences[i] = replace(doc.sentences[i], in_contents=True)


# ---------------------------------------------------------------------------------------------
# HTML and Markdown
# ---------------------------------------------------------------------------------------------

_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed",
              "nav", "footer", "aside", "form", "button", "select", "input", "textarea", "head", "menu",
              "dialog")
_BOILERPLATE = _lazy_re.compile(
    r"(?:^|[\s_-])(?:cookie[-_]?(?:banner|bar|notice|consent|popup|modal)|consent|gdpr[-_]?banner|"
    r"onetrust|cookiebot|cc[-_]window|newsletter|subscribe|breadcrumbs?|navbar|nav|navigation|menu|"
    r"sidebar|site[-_]?footer|footer|site[-_]?header|masthead|skip[-_]?link|social|share|sharing|"
    r"advert|ads?|banner|popup|modal|related)(?:$|[\s_-])",
    re.I,
)
_BOILER_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog"}
_BLOCK_TAGS = {"p", "div", "section", "article", "main", "blockquote", "pre", "address", "figure",
               "figcaption", "dl", "dt", "dd", "ul", "ol", "table", "thead", "tbody", "tfoot", "header",
               "body", "html", "center", "details", "summary", "fieldset", "hr"}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_WS = _lazy_re.compile(r"\s+")


_DATE_LINE = _lazy_re.compile(r"\b(?:last (?:updated|modified|revised|changed)|effective(?: date| as of| from)?|updated|"
                        r"revised|version|date)\b[^\n]{0,40}\b(?:19|20)\d\d\b", re.I)


def _page_head(root, main) -> list[_Block]:  # root, main: bs4.Tag
    """What the page says of its policy outside its <main>: the <h1> title and the line that
    dates it ("Veltrano Logistics B.V. · Effective date: 1 January 2025"), when <main> has
    neither; the rest of the page (menus, footers) stays out."""
    out: list[_Block] = []
    inside = set(map(id, main.find_all(True))) | {id(main)}
    if main.find("h1") is None:
        h1 = next((h for h in root.find_all("h1") if id(h) not in inside), None)
        if h1 is not None and h1.get_text(" ", strip=True):
            out.append(_Block("heading", _WS.sub(" ", h1.get_text(" ", strip=True)), 1))
    if not _DATE_LINE.search(main.get_text(" ", strip=True)[:2000]):
        from bs4 import Tag

        blocky = {"p", "div", "ul", "ol", "table", "main", "article", "section", "header"}
        # (looking only at each element's own children, and at a bounded number of them: deeply
        # nested pages stay linear)
        for el in root.find_all(("p", "time", "span", "div", "small"), limit=2000):
            if id(el) in inside or any(isinstance(c, Tag) and c.name in blocky for c in el.children):
                continue
            text = _WS.sub(" ", el.get_text(" ", strip=True))
            if text and len(text.split()) <= 20 and _DATE_LINE.search(text):
                out.append(_Block("para", text))
                break
    return out


def _in_details(el) -> bool:  # el: bs4.Tag
    """Is ``el`` (a <summary>) the title of a <details>?"""
    return getattr(getattr(el, "parent", None), "name", None) == "details"


def _is_boilerplate(el) -> bool:  # el: bs4.Tag
    attrs = getattr(el, "attrs", None) or {}
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    style = attrs.get("style") or ""
    if isinstance(style, str) and re.search(r"display\s*:\s*none|visibility\s*:\s*hidden", style, re.I):
        return True
    role = attrs.get("role")
    if isinstance(role, str) and role.lower() in _BOILER_ROLES:
        return True
    if getattr(el, "name", None) in _HEADINGS:
        # a heading's id is the anchor of its section ("<h2 id=\"share\">3. Sharing</h2>"), not a widget
        return False
    idc = " ".join([attrs.get("id") or "", *(attrs.get("class") or [])]) if isinstance(attrs.get("class"), list) \
        else f"{attrs.get('id') or ''} {attrs.get('class') or ''}"
    if idc.strip() and _BOILERPLATE.search(idc) and not re.search(r"privacy|policy|content|article|main", idc, re.I):
        return not _anchored_section(el, attrs)
    return False


def _first_nodes(el: Any, limit: int) -> Iterator[Any]:
    """The first ``limit`` nodes under ``el`` in document order (bs4's ``descendants`` first
    finds the subtree's last node, a walk over all of it)."""
    stack = list(reversed(getattr(el, "contents", None) or []))
    while stack and limit > 0:
        node = stack.pop()
        limit -= 1
        yield node
        kids = getattr(node, "contents", None)
        if kids:
            stack.extend(reversed(kids))


def _anchored_section(el: Any, attrs: dict) -> bool:
    """A section of the policy whose id names its topic, for links to it ("<section
    id=\"advertising\"><h2>Advertising</h2>…"): its id's words, not its classes, looked like a
    widget's, and its first heading says the same words."""
    classes = attrs.get("class")
    classes = " ".join(classes) if isinstance(classes, list) else str(classes or "")
    ident = attrs.get("id")
    if not isinstance(ident, str) or not ident or _BOILERPLATE.search(classes):
        return False
    # (its heading opens it: only its first few nodes are looked at, so that a page of thousands
    # of nested such elements is not searched through once per element)
    heading = next((n for n in _first_nodes(el, 12) if getattr(n, "name", None) in _HEADINGS), None)
    if heading is None:
        return False
    title = heading.get_text(" ").lower()
    return any(len(w) >= 3 and w in title for w in re.split(r"[\W_]+", ident.lower()))


def html_blocks(html: str, strip_boilerplate: bool = True) -> tuple[list[_Block], str]:
    """Parse HTML into blocks (headings, paragraphs, list items) and the page title."""
    from bs4 import BeautifulSoup, Comment, NavigableString, Tag

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            soup = BeautifulSoup(html, "lxml")
        except Exception:  # pragma: no cover - lxml missing or failing: stdlib parser
            soup = BeautifulSoup(html, "html.parser")
    title = ""
    if soup.title and soup.title.string:
        title = _WS.sub(" ", soup.title.string).strip()
    root = soup.body or soup
    for t in root.find_all(_DROP_TAGS if strip_boilerplate else ("script", "style", "noscript", "template", "head")):
        t.decompose()
    if strip_boilerplate:
        for t in root.find_all(True):
            # Read the flag from __dict__: bs4's ``decomposed`` property falls back to
            # Tag.__getattr__, a find() over the whole subtree (quadratic on deep pages).
            if t.__dict__.get("_decomposed", False):
                continue
            if t.name in ("html", "body", "main", "article"):
                continue
            if _is_boilerplate(t):
                t.decompose()
        # Prefer the main content when the page marks it and it holds most of the text.
        main = root.find("main") or root.find(attrs={"role": "main"}) or root.find("article")
        if main is not None and len(main.get_text(" ", strip=True)) > 0.3 * len(root.get_text(" ", strip=True)):
            kept = _page_head(root, main)
            root = main
        else:
            kept = []
    else:
        kept = []

    blocks: list[_Block] = list(kept)
    buf: list[str] = []
    cur_kind = ["para"]
    # Link text in the current buffer (a block made only of links is a menu or a button row).
    in_link = [0]
    row_cells = [0]  # <td> cells in the current table row
    tables: list[_Table] = []  # the open <table>s, innermost last
    links = [0, 0]  # links opened, characters of link text

    def take() -> tuple[int, int]:
        n = links[0], links[1]
        links[0] = links[1] = 0
        return n

    def flush() -> None:
        s = _WS.sub(" ", "".join(buf)).strip()
        buf.clear()
        n, c = take()
        if s:
            blocks.append(_Block(cur_kind[0], s, 0, n, c))
        cur_kind[0] = "para"

    dt_at = [-1]  # how many blocks there were once the last <dt> was written
    # Iterative walk (deeply nested pages must not hit Python's recursion limit).
    stack: list = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        if isinstance(node, Comment):
            continue
        if isinstance(node, NavigableString):
            buf.append(str(node))
            if in_link[0]:
                links[1] += len(str(node).strip())
            continue
        if not isinstance(node, Tag):
            continue
        name = node.name
        if leaving:
            if name == "a":
                in_link[0] -= 1
            elif name in _HEADINGS or (name == "summary" and _in_details(node)):
                # (an accordion's <summary> is the title of what its <details> holds)
                s = _WS.sub(" ", "".join(buf)).strip()
                buf.clear()
                take()
                if s:
                    blocks.append(_Block("heading", s, _HEADINGS.get(name, 2)))
                cur_kind[0] = "para"
            elif name in ("li", "tr", "dt", "dd"):
                k = "item"
                s = _WS.sub(" ", "".join(buf)).strip()
                buf.clear()
                n, c = take()
                whole = False
                if name == "tr":
                    table = tables[-1] if tables else None
                    # cells are only known when no block (a paragraph, a nested table) was
                    # written from inside the row and cut it up
                    cells = table.cells if table is not None and table.row_blocks == len(blocks) else None
                    first = table is not None and not table.seen_row
                    if table is not None:
                        table.seen_row = True
                    header = cookie_columns(cells) if first and cells is not None else None
                    if row_cells[0] == 0 or (header is not None and all(len(x) <= 40 for x in header)):
                        # a row of column labels names the columns, it says nothing; a cookie
                        # table's labels, or those of a first row of header cells (<th>), are
                        # kept to be written into each of its rows ("Purpose: … | Retention: 7 years")
                        if table is not None and first:
                            sharing = (_sharing_names(cells) or _answer_names(cells)
                                       if header is None and row_cells[0] == 0 else None)
                            table.columns = header or sharing or (_header_names(cells) if row_cells[0] == 0 else None)
                            table.cookies = header is not None
                            table.sharing = sharing is not None
                        s = ""
                    elif (table is not None and table.columns is None and cells is not None and len(cells) == 2
                          and table.th_first and row_cells[0] == 1 and cells[0] and cells[1]
                          and len(cells[0]) <= 60):
                        # a row that names its own subject in a header cell ("<th>What we collect</th>
                        # <td>Your name and email address</td>"): written "What we collect: Your name…"
                        s = f"{_column_name(cells[0])}: {cells[1]}"
                    elif (table is not None and table.columns is not None and cells is not None
                          and len(cells) == len(table.columns)
                          and (table.cookies or table.sharing or not any(_MARK_CELL.match(c) for c in cells))):
                        s = _labelled_row(table.columns, cells)
                        whole = True
                row_cells[0] = 0
                if s and name == "dd" and dt_at[0] == len(blocks) and blocks and blocks[-1].kind == "item":
                    # a definition list's term and its description, read together ("Device and
                    # usage data: 13 months."), as a table row with its column's name is
                    term = blocks.pop()
                    s = f"{term.text} {s}" if term.text.endswith(":") else f"{term.text}: {s}"
                    n, c = n + term.links, c + term.link_chars
                if s:
                    blocks.append(_Block(k, s, 0, n, c, whole))
                    if name == "dt":
                        dt_at[0] = len(blocks)
            elif name in _BLOCK_TAGS or name == "p":
                if (name == "div" and _is_title_div(node)) or (name in ("p", "div") and _is_bold_line(node)):
                    cur_kind[0] = "heading"
                flush()
            elif name in ("td", "th"):
                if tables:
                    tables[-1].cells.append(_WS.sub(" ", "".join(buf[tables[-1].cell_at:])).strip())
                buf.append(" | ")
                if name == "td":
                    row_cells[0] += 1
            elif name == "table" and tables:
                tables.pop()
            continue
        if name == "br":
            if buf and "".join(buf).strip():
                if _is_bold_lead(node):
                    cur_kind[0] = "heading"
                flush()
            continue
        if name == "a":
            in_link[0] += 1
            links[0] += 1
        elif name == "table":
            tables.append(_Table())
        elif name == "tr" and tables:
            tables[-1].cells = []
        if name in _HEADINGS or name in _BLOCK_TAGS or name in ("li", "tr", "dt", "dd", "p"):
            if "".join(buf).strip():
                flush()
            else:
                buf.clear()
        stack.append((node, True))
        if name == "tr" and tables:
            tables[-1].row_blocks = len(blocks)
        if name in ("td", "th") and tables:
            tables[-1].cell_at = len(buf)
            if not tables[-1].cells:
                tables[-1].th_first = name == "th"
        for child in reversed(node.contents):
            stack.append((child, False))
    flush()
    # Table rows: drop the trailing cell separator.
    blocks = [_Block(b.kind, _strip_cell_separators(b.text), b.level or (2 if b.kind == "heading" else 0),
                     b.links, b.link_chars, b.whole) for b in blocks]
    if strip_boilerplate:
        blocks = _drop_clutter_blocks(blocks)
    return blocks, title


# A class or id naming a title ("title", "section-heading", "policy__headline").
_TITLE_CLASS = _lazy_re.compile(r"(?:^|[\s_-])(?:title|heading|headline|subtitle|section[-_]?title)(?:$|[\s_-])", re.I)
# The title of a privacy page ("Privacy Policy", "ACME PRIVACY NOTICE", "Our privacy statement").
_PRIVACY_TITLE = _lazy_re.compile(
    r"^\W*(?:[\w.&'’-]+\s+){0,4}?(?:privacy|data protection|personal data)(?:\s+(?:and|&)\s+cookies?)?"
    r"\s+(?:policy|notice|statement|information)(?:\s+(?:for|of)\s+[^.!?]{1,40})?\W*$", re.I)
# A sign-up box's heading, which a policy may also give its section on the newsletter ("Newsletter",
# "Stay in touch": "If you join our newsletter, your email address is added to our Mailchimp
# account…"): that section speaks of the reader's data, a sign-up box does not.
_SIGN_UP = r"(?:join|subscribe to|sign up for|get) (?:our|the) (?:newsletter|mailing list)|newsletters?|stay in touch"
_SIGN_UP_HEADING = _lazy_re.compile(rf"^\W*(?:{_SIGN_UP})\W*$", re.I)
# A section of the page that is not the policy: sign-up boxes, reading lists, social links.
_CLUTTER_HEADING = _lazy_re.compile(
    rf"^\W*(?:{_SIGN_UP}|"
    r"(?:related|popular|recent|latest|more|trending|recommended) (?:articles|posts|stories|reads|news|guides|links)|"
    r"you (?:may|might) also like|read (?:next|more)|follow us(?: on [\w ]+)?|share (?:this|on)\b.*|"
    r"connect with us|keep reading)\W*$", re.I)
_SKIP_LINE = _lazy_re.compile(r"^\W*(?:skip to (?:main )?content|back to top|go to top|print(?: this page)?|table of contents|"
                        r"on this page|in this (?:article|section|policy)|jump to|got it|ok(?:ay)?|(?:i )?agree|(?:accept|reject|allow|deny)(?: all)?(?: cookies)?|"
                        r"decline|dismiss|close|cookie settings|manage (?:cookies|preferences|cookie preferences))\W*$", re.I)
_COOKIE_BANNER = _lazy_re.compile(
    r"^\W*(?:this (?:web ?site|site|page) uses cookies|we (?:and our partners )?use cookies)\b.{0,200}"
    r"\b(?:by (?:clicking|continuing|using|browsing|closing)|click (?:accept|ok|agree)|accept all|got it)\b", re.I)
_COPYRIGHT = _lazy_re.compile(r"^\W*(?:©|\(c\)|copyright\b)|\ball rights reserved\W*$", re.I)


def _is_title_div(node) -> bool:
    """A ``<div class="title">`` holding a short line: a heading written without a heading tag."""
    attrs = getattr(node, "attrs", None) or {}
    cls = attrs.get("class")
    idc = " ".join(cls) if isinstance(cls, list) else str(cls or "")
    idc = f"{attrs.get('id') or ''} {idc}"
    return bool(idc.strip()) and _TITLE_CLASS.search(idc) is not None


def _is_bold_line(node) -> bool:
    """A paragraph that is only a short bold title ("<p><strong>What we collect</strong></p>")."""
    kids = [c for c in node.contents if not (isinstance(c, str) and not c.strip())]
    return len(kids) == 1 and _bold_title(kids[0])


def _bold_title(node: Any) -> bool:
    """``node`` is a <strong> or <b> whose words are a short title."""
    if getattr(node, "name", None) not in ("strong", "b"):
        return False
    t = _WS.sub(" ", node.get_text(" ")).strip()
    return 0 < len(t) <= 70 and _short_title(t)


def _is_bold_lead(br) -> bool:
    """A line break right after a short bold title that opens its paragraph
    ("<p><strong>Who we share it with</strong><br>Stripe (payments), …</p>"): the title heads
    the lines that follow, as a bold paragraph of its own would."""
    from bs4 import Comment, NavigableString

    def blank(node: Any) -> bool:  # white space or a comment, which the walk skips
        return isinstance(node, NavigableString) and (isinstance(node, Comment) or not node.strip())

    prev = br.previous_sibling
    while blank(prev):
        prev = prev.previous_sibling
    if getattr(prev, "name", None) not in ("strong", "b"):
        return False
    before = prev.previous_sibling
    while blank(before):
        before = before.previous_sibling
    if before is not None or getattr(br.parent, "name", None) not in ("p", "div", "td", "li"):
        return False  # the bold words are not the paragraph's first
    return _bold_title(prev)


_DATA_WORDS = _lazy_re.compile(r"\b(?:personal|data|information|e-?mail address(?:es)?|unsubscribe|consent|privacy|process\w*|"
                         r"collect\w*|shar(?:e|ed|ing)|stor(?:e|ed|ing)|delet\w*|withdraw)\b", re.I)


def _speaks_of_data(blocks: list[_Block], head: _Block) -> bool:
    """Does the text under ``head`` (up to the next heading, three blocks at most) speak of the
    reader's data, in more than a line?"""
    i = next(k for k, x in enumerate(blocks) if x is head)
    body = []
    for x in blocks[i + 1: i + 4]:
        if x.kind == "heading":
            break
        body.append(x.text)
    text = " ".join(body)
    return len(text) > 80 and len(_DATA_WORDS.findall(text)) >= 2


def _drop_clutter_blocks(blocks: list[_Block]) -> list[_Block]:
    """Drop what a page wraps around a policy when its markup does not say so.

    Menus and button rows (a block that is all links), copyright lines, sign-up and reading-list
    sections (by their heading), and everything before the policy's own title when that title
    comes early in the page (a cookie banner or a menu above "Privacy Policy").
    """
    out: list[_Block] = []
    skip_level = 0  # inside a clutter section opened by a heading of this level
    # A table of contents: links whose text is a heading of the page ("On this page: Information we collect…").
    # (One written as plain lines stays in the text, marked: see table_of_contents.)
    heads = {_WS.sub(" ", b.text).strip(" .:").lower() for b in blocks if b.kind == "heading"}
    for b in blocks:
        t = b.text
        if b.kind != "heading" and b.links and b.link_chars >= 0.8 * len(re.sub(r"\W", "", t) or "x") \
                and t.strip(" .:").lower() in heads:
            continue
        if b.kind != "heading" and len(t) <= 40 and _SKIP_LINE.match(t):
            continue
        if b.kind == "heading" or (len(t) <= 60 and _short_title(t)):
            if skip_level and b.kind == "heading" and (b.level or 2) <= skip_level:
                skip_level = 0
            if _CLUTTER_HEADING.match(t) and not (_SIGN_UP_HEADING.match(t) and _speaks_of_data(blocks, b)):
                skip_level = b.level or 2 if b.kind == "heading" else 6
                continue
        if skip_level:
            continue
        if b.links >= 2 and b.link_chars >= 0.8 * len(re.sub(r"\W", "", t) or "x") and len(t) <= 200:
            continue
        if len(t) <= 200 and _COPYRIGHT.search(t):
            continue
        out.append(b)
    # Text before the policy's title (when short or within the first fifth of the page) is the site around it.
    total = sum(len(b.text) for b in out) or 1
    seen = 0
    for i, b in enumerate(out):
        if seen > max(0.2 * total, 300):
            break
        if len(b.text) <= 80 and _PRIVACY_TITLE.match(b.text):
            if i and not any(x.kind == "heading" for x in out[:i]):
                out = out[i:]
                if out[0].kind != "heading":
                    out[0] = _Block("heading", out[0].text, 1)
            break
        seen += len(b.text)
    # A cookie banner left at the end of the page ("This site uses cookies. By continuing to browse you agree…").
    if (len(out) >= 2 and out[-2].kind != "heading" and len(out[-1].text) <= 300
            and _COOKIE_BANNER.search(out[-1].text)):
        out.pop()
    # A page without heading markup: a short title line right above a longer paragraph is a heading
    # ("<p>Cookies</p><p>We use cookies…</p>", "<div>Cookies<br>We use cookies…</div>").
    if sum(1 for b in out if b.kind == "heading") <= 1:
        for i in range(len(out) - 1):
            b, nxt = out[i], out[i + 1]
            if (b.kind == "para" and nxt.kind != "heading" and len(b.text) <= 60 and len(nxt.text) > len(b.text)
                    and nxt.text.rstrip().endswith((".", "!", ":", ";")) and not b.text.rstrip().endswith(":")
                    and _short_title(b.text) and looks_like_heading(b.text, nxt.text)):
                out[i] = _Block("heading", b.text, 2)
    return out


# ---------------------------------------------------------------------------------------------
# Cookie tables
#
# A cookie policy often lists its cookies in a table: "Cookie | Provider | Purpose | Expiry" over
# "_ga | Google Analytics | Distinguishes users | 2 years". A row says something only with its
# column's names, so each row of such a table is written with them ("Cookie: _ga | Provider:
# Google Analytics | Purpose: Distinguishes users | Expiry: 2 years") and read as one sentence,
# and the rules (cookies.yaml) read the columns by those names. A table whose first row is of
# header cells (<th>) is written with its names too ("Purpose: Fraud prevention | Categories
# of data: … | Retention: 5 years"), unless one of them is a "Name" column: there a "Name |
# Purpose" pair means something else (a list of processors), and the row stays plain
# "cell | cell" rather than read as a cookie's.
# ---------------------------------------------------------------------------------------------

# Column names as cookie tables spell them (matched against the whole header cell).
_COOKIE_COL = _lazy_re.compile(r"^(?:(?:name of (?:the )?)?(?:cookies?|trackers?)(?: or (?:similar )?(?:technolog(?:y|ies)|trackers?))?"
                         r"(?:\s*(?:/|or)\s*(?:trackers?|technolog(?:y|ies)|pixels?|tags?))?(?: names?| ids?| identifiers?| keys?)?"
                         r"|names?|cookie/tracker names?)$", re.I)
_PROVIDER_COL = _lazy_re.compile(r"^(?:(?:cookie |data |service )?providers?|set by|placed by|served by|(?:cookie |host )?domains?|hosts?|"
                           r"third[- ]part(?:y|ies)|compan(?:y|ies)|vendors?|owners?|sources?|party|"
                           r"(?:first|1st) or third[- ]party|(?:first|1st)/third[- ]party|(?:first|1st)[- ]party or third[- ]party|"
                           r"(?:cookie )?(?:owner|provider)/domain)$", re.I)
_PURPOSE_COL = _lazy_re.compile(r"^(?:purposes?(?: of (?:the )?cookies?)?|(?:cookie )?descriptions?|uses?|used for|functions?|"
                          r"(?:cookie )?categor(?:y|ies)|(?:cookie )?types?(?: of cookies?)?|why (?:we use it|is it used)|what (?:it|they) do(?:es)?)$", re.I)
_EXPIRY_COL = _lazy_re.compile(r"^(?:expir(?:y|ation|es|ation date|y date|ation period|y time|ation time)|(?:cookie )?(?:duration|lifespan|life ?time|life)|"
                         r"retention(?: period)?|storage (?:period|duration)|max(?:imum)?[- ]age|how long (?:it lasts|is it kept|it is kept))$", re.I)
# A generic "Name" column is a cookie's name only beside a column that only cookie tables have.
_ONLY_COOKIE_COL = _lazy_re.compile(r"^(?:expir|lifespan|life ?time|max(?:imum)?[- ]age|(?:cookie )?duration)", re.I)


@dataclass
class _Table:
    """An open ``<table>`` while HTML is read into blocks."""

    columns: list[str] | None = None  # the column names rows are written with (see _header_names), else None
    cookies: bool = False  # the columns are a cookie table's (cookie_columns)
    seen_row: bool = False  # a first row of <td> cells may name the columns too
    cells: list[str] = field(default_factory=list)  # the text of each cell of the current row
    cell_at: int = 0  # where the current cell's text starts in the buffer
    row_blocks: int = 0  # blocks written before the current row began
    th_first: bool = False  # the current row starts with a header cell (<th>)
    sharing: bool = False  # a table whose cells answer yes or no (_sharing_names, _answer_names)


def _column_name(cell: str) -> str:
    """A header cell as a column's name: spaces collapsed, a trailing colon dropped."""
    return _WS.sub(" ", cell).strip().rstrip(":").strip()


def cookie_columns(header: list[str]) -> list[str] | None:
    """The column names of a cookie table, from its header cells; None when the header is not
    one: it must name a cookie (or tracker) column and at least one of provider, purpose or
    expiry ("Cookie | Provider | Purpose | Expiry", "Name | Set by | Duration")."""
    names = [_column_name(h) for h in header]
    kinds = [_column_kind(n) for n in names]
    if "cookie" not in kinds or not ({"provider", "purpose", "expiry"} & set(kinds)):
        return None
    generic = all(_COL_NOTE.sub("", n).lower().startswith("name") for n, k in zip(names, kinds) if k == "cookie")
    if generic and not any(_ONLY_COOKIE_COL.match(n) for n in names):
        return None  # "Name | Purpose": a table of processors or of data, not of cookies
    return names


# A note after a column's name ("Expiry (days)", "Provider (domain)") does not change its kind.
_COL_NOTE = _lazy_re.compile(r"\s*\([^()|]{1,30}\)$")


def _column_kind(name: str) -> str:
    bare = _COL_NOTE.sub("", name)
    for kind, pat in (("cookie", _COOKIE_COL), ("provider", _PROVIDER_COL), ("purpose", _PURPOSE_COL),
                      ("expiry", _EXPIRY_COL)):
        if pat.match(bare):
            return kind
    return ""


# A cell that only ticks a column ("Yes", "No", "✓", "—"): a row of such a matrix ("Identifiers |
# … | Collected: Yes | Sold or shared: No") stays plain, as "Sold or shared: No" would read as a sale.
_MARK_CELL = _lazy_re.compile(r"^\W*(?:yes|no|none|n/?a|x|✓|✔|✗|✘|×|-|–|—)?\W*$", re.I)


def _header_names(cells: list[str] | None) -> list[str] | None:
    """The column names a first row of header cells gives a table that is not a cookie table
    ("Purpose | Categories of data | Legal basis | Retention"): two to eight short names, none
    empty; None otherwise."""
    if cells is None or not 2 <= len(cells) <= 8:
        return None
    names = [_column_name(c) for c in cells]
    if not all(0 < len(n) <= 40 and "|" not in n for n in names) or "cookie" in map(_column_kind, names):
        return None
    return names


# The column of the US model privacy form (Gramm-Leach-Bliley Act) that answers each reason for
# sharing: "Does Riverbend share?" (Yes / No), beside "Can you limit this sharing?".
_DOES_SHARE = _lazy_re.compile(r"^\W*does\s+\S.{0,60}?\s+share\W*$", re.I)


def _sharing_names(cells: list[str] | None) -> list[str] | None:
    """The column names of a financial privacy notice's table of sharing reasons ("Reasons we can
    share your personal information | Does Riverbend share? | Can you limit this sharing?"): the
    reasons' column is left unnamed (a row starts with its reason, "For joint marketing with other
    financial companies"), the others keep their names, so a row reads "For joint marketing with
    other financial companies | Does Riverbend share?: No | Can you limit this sharing?: We don't
    share". None unless one column asks "Does … share?"."""
    if cells is None or not 2 <= len(cells) <= 4 or not any(_DOES_SHARE.match(c) for c in cells[1:]):
        return None
    return _named_but_first(cells)


# A column that answers, for each category of data (a row), whether the company does something
# with it: a CCPA notice's "Category | Examples | Collected? | Sold or shared? | Retention".
_ANSWER_COL = _lazy_re.compile(
    r"^\W*(?:(?:do|does|did|have|has|will|is|are)\s+(?:[\w’'-]+\s+){1,4}?)?(?:collect|sell|sold|shar|disclos)\w*"
    r"(?:\s*(?:or|/|and|,)\s*(?:collect|sell|sold|shar|disclos)\w*)*(?:\s+[^|?]{0,60}?)?\s*\??\s*:?\s*$", re.I)


def _answer_names(cells: list[str] | None) -> list[str] | None:
    """The column names of a table of data categories whose cells answer yes or no ("Category of
    personal information | Examples | Collected? | Sold or shared? | Retention"): as for
    :func:`_sharing_names`, the first column (the category a row starts with) is left unnamed and
    the others keep their names, so a row reads "Identifiers | Examples: Name, email address |
    Collected?: Yes | Sold or shared?: No | Retention: 3 years". None unless a column after the
    first asks whether data is collected, sold, shared or disclosed."""
    if cells is None or not 2 <= len(cells) <= 8 or _ANSWER_COL.match(cells[0]):
        return None
    if not any(_ANSWER_COL.match(c) for c in cells[1:]):
        return None
    return _named_but_first(cells)


def _named_but_first(cells: list[str]) -> list[str] | None:
    """Column names for a table whose rows start with what they are about: the first column left
    unnamed, the others keep their header cells' names (None if one is empty or too long)."""
    names = [_column_name(c) for c in cells]
    if not all(0 < len(n) <= 80 and "|" not in n for n in names):
        return None
    return [""] + names[1:]


def _labelled_row(columns: list[str], cells: list[str]) -> str:
    """A row of a cookie table written with its column names; empty cells are left out (a row
    ending "Expiry:" would read as the lead-in of a list)."""
    return " | ".join(f"{col}: {cell}" if col else cell for col, cell in zip(columns, cells) if cell)


def _strip_cell_separators(s: str) -> str:
    r"""Drop a leading and a trailing run of spaces and ``|`` (when it holds a ``|``).

    What ``re.sub(r"^(?:\s*\|\s*)+", "", re.sub(r"(?:\s*\|\s*)+$", "", s))`` did, without its
    exponential backtracking on rows of many empty cells ("| | | … | x").
    """
    i, n = 0, len(s)
    while i < n and (s[i] == "|" or s[i].isspace()):
        i += 1
    if "|" in s[:i]:
        s = s[i:]
    j = len(s)
    while j > 0 and (s[j - 1] == "|" or s[j - 1].isspace()):
        j -= 1
    if "|" in s[j:]:
        s = s[:j]
    return s


def document_from_html(html: str, source: str = "-", encoding: str = "utf-8", fmt: str = "html",
                       strip_boilerplate: bool = True) -> Document:
    blocks, title = html_blocks(html, strip_boilerplate=strip_boilerplate)
    doc = _documents_from_blocks(blocks, fmt, source, encoding, title)
    if not doc.title:
        doc.title = next((s.title for s in doc.sections if s.title), "")
    return doc


_MD = None


def _markdown_renderer():
    """markdown-it-py (CommonMark + tables), built once. Chosen over Python-Markdown because it is
    linear on hostile input: Python-Markdown's inline patterns backtrack for minutes on a line of
    ``*`` and ``[``, and its nested lists took gigabytes; markdown-it caps nesting depth."""
    global _MD
    if _MD is None:
        from markdown_it import MarkdownIt

        _MD = MarkdownIt("commonmark", {"html": True}).enable("table")
    return _MD


def _mark_plain_headings(md_text: str) -> str:
    """Mark a title line that opens a paragraph ("Push Notifications" right above "We use…") as a heading.

    Markdown joins the lines of a paragraph, so a policy written as plain text with a title line
    directly above its text would glue the title to the first sentence.
    """
    lines = md_text.split("\n")
    out: list[str] = []
    fence = False
    for i, line in enumerate(lines):
        st = line.strip()
        if st.startswith(("```", "~~~")):
            fence = not fence
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        prev = lines[i - 1].strip() if i else ""
        if (not fence and st and not prev and nxt and nxt[:1].isupper() and line[:1] not in " \t#>|-*+"
                and len(nxt) > len(st) and _short_title(st) and looks_like_heading(st, nxt)
                and not _LIST_MARK.match(nxt)):
            out.append("## " + st)
            out.append("")
            continue
        out.append(line)
    return "\n".join(out)


def document_from_markdown(md_text: str, source: str = "-", encoding: str = "utf-8") -> Document:
    html = _markdown_renderer().render(_mark_plain_headings(md_text))
    return document_from_html(html, source=source, encoding=encoding, fmt="markdown", strip_boilerplate=False)


def parse(text: str, fmt: str | None = None, source: str = "-", encoding: str = "utf-8") -> Document:
    """Build a :class:`Document` from already-decoded text. ``fmt``: text, html, markdown or None (detect)."""
    text = normalize_newlines(text)
    fmt = fmt or detect_format(text, source)
    if fmt not in FORMATS:
        raise InputError(f"unknown input format {fmt!r} (choose from {', '.join(FORMATS)})")
    if fmt == "html":
        doc = document_from_html(text, source=source, encoding=encoding)
    elif fmt == "markdown":
        doc = document_from_markdown(text, source=source, encoding=encoding)
    else:
        doc = document_from_text(text, source=source, encoding=encoding)
    if not doc.text.strip():
        raise InputError(f"{source}: no readable text in the input")
    return doc


def load(path: str | Path, fmt: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
         stdin: BinaryIO | None = None) -> Document:
    """Read, decode and parse a file (``-`` = standard input) into a :class:`Document`."""
    name = str(path)
    data = read_bytes(path, max_bytes=max_bytes, stdin=stdin)
    text, enc = decode(data, name)
    return parse(text, fmt=fmt, source=name, encoding=enc)
