"""Writing output files safely: shared by the CLI, batch mode and the site builder."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(path: str | Path, data: str | bytes, encoding_errors: str = "strict") -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder renamed into place.

    Readers never see a half-written file, and a failed write (full disk, interrupt) leaves the
    previous file untouched and no temporary file behind. Text is written as UTF-8 with ``\\n``
    line ends. Raises :class:`OSError`; callers turn it into their own error."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:60]}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8", encoding_errors) if isinstance(data, str) else data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
