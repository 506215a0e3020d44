"""The operator's log: one rotating file in the user's log folder, never personal data.

The desktop client and the command line call `setup()` at start. Modules log through
`logging.getLogger(__name__)`; the file handler sits on the "neubeginn" logger only, so what
other libraries log (SQLAlchemy's statements and their parameters) never reaches the file.

What is logged: start and end, the vault opened (its file, or its server URL without the
password), a sign-in by account name and a refused one without the name that was typed
(it may be a password typed into the wrong field), locking, the code of an error a command
ended with, and the traceback of every unexpected error. Never logged: anything of a
household (names, addresses, notes, case content) and no case numbers either: they are
pseudonymous, but the audit log inside the vault already says who did what to which case,
behind the vault's keys and roles, and this file is readable by anyone who can read the
account's files or their backup.

A traceback keeps every frame (file, line, function, source line) and the type of each
exception, but not the message of an exception that may repeat what a person typed: a
ValueError or KeyError from a bad value can carry a name or a birth date. Our own errors
say their code only (model.errors), and Python's own messages about code are kept.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import platform
import sys
import threading
import traceback
from io import TextIOWrapper
from pathlib import Path
from types import TracebackType
from typing import Any

from neubeginn import __version__, paths

LOGGER = "neubeginn"
FILE_NAME = "neubeginn.log"
MAX_BYTES = 2 * 1024 * 1024
BACKUP_COUNT = 4  # so at most 10 MB in five files

# Exceptions whose messages Python writes about the program, not about the data it holds
# ("'NoneType' object has no attribute 'uuid'", Qt's "Internal C++ object already deleted").
_PLAIN_MESSAGES: tuple[type[BaseException], ...] = (
    AttributeError,
    ImportError,
    IndexError,
    NameError,
    NotImplementedError,
    RecursionError,
    RuntimeError,
    TypeError,
    ZeroDivisionError,
)
_WITHHELD = "(message withheld: it may hold personal data)"


def _message(error: BaseException) -> str:
    from neubeginn.model import VaultError  # its str() is its code

    if isinstance(error, (VaultError, *_PLAIN_MESSAGES)):
        return str(error)
    return _WITHHELD


def format_exception(error: BaseException) -> str:
    """The traceback of `error` and of the exceptions it was raised from or during."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        kind = type(current)
        part = ["Traceback (most recent call last):\n"]
        part += traceback.format_tb(current.__traceback__)
        part.append(f"{kind.__module__}.{kind.__qualname__}: {_message(current)}\n")
        lines[:0] = part
        if current.__cause__ is not None:
            note = "\nThe above exception was the direct cause of the following exception:\n\n"
            current = current.__cause__
        elif current.__context__ is not None and not current.__suppress_context__:
            note = "\nDuring handling of the above exception, another exception occurred:\n\n"
            current = current.__context__
        else:
            break
        lines[:0] = [note]
    return "".join(lines).rstrip("\n")


class _Formatter(logging.Formatter):
    def formatException(self, ei: Any) -> str:
        return format_exception(ei[1])


class _PrivateFileHandler(logging.handlers.RotatingFileHandler):
    """A RotatingFileHandler whose files are created owner-only (0600), whatever the umask."""

    def _open(self) -> TextIOWrapper:
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.fchmod(descriptor, 0o600)  # also a file made earlier, or by an older version
        return open(descriptor, "a", encoding=self.encoding, errors=self.errors)


def log_file() -> Path:
    """Where the log is written: the log folder from paths (NEUBEGINN_HOME moves it)."""
    return paths.log_dir() / FILE_NAME


def setup(program: str) -> Path:
    """Log to the rotating file from now on and say that `program` started; returns the file.

    Called again (tests, or a folder moved by NEUBEGINN_HOME), the handler is replaced.
    """
    path = log_file()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    close()
    logger = logging.getLogger(LOGGER)
    handler = _PrivateFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )
    handler.setFormatter(_Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.info(
        "%s %s started (Python %s, %s)",
        program,
        __version__,
        platform.python_version(),
        platform.platform(terse=True),
    )
    return path


def close() -> None:
    """Stop logging to the file (the handler is closed, the file stays)."""
    logger = logging.getLogger(LOGGER)
    for handler in [h for h in logger.handlers if isinstance(h, _PrivateFileHandler)]:
        logger.removeHandler(handler)
        handler.close()


def install_excepthook() -> None:
    """Log the traceback of any exception nothing caught (in a Qt slot, in a thread), then
    let the previous hook report it as before."""
    previous = sys.excepthook
    previous_thread_hook = threading.excepthook

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        logging.getLogger(LOGGER).error("unexpected error", exc_info=(kind, error, trace))
        previous(kind, error, trace)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            logging.getLogger(LOGGER).error(
                "unexpected error in thread %s",
                args.thread.name if args.thread else "?",
                exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
            )
        previous_thread_hook(args)

    sys.excepthook = hook
    threading.excepthook = thread_hook
