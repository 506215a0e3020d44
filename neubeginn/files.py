"""Files written whole: exports, printed PDFs the user saved, backups, font caches."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_private(target: Path, data: bytes) -> None:
    """Write `data` to `target` whole or not at all.

    A temporary file in the same folder, owner-only (mkstemp makes it 0600 before any byte is
    written), fsynced, renamed into place, and the folder fsynced so the rename survives a
    crash too.
    """
    target = target.expanduser()
    folder = target.resolve().parent
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    directory = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
