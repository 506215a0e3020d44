"""Process hardening at start: no core dumps, no debugger attach by other processes.

A crash of an unlocked client would otherwise write its memory — the keys, the password
just typed, decrypted households — to a core file (systemd-coredump, apport keep them), and
any process of the same user could read that memory with ptrace (review 6c). What stays in
memory after a lock is described in docs/security.md.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import resource
import sys

PR_SET_DUMPABLE = 4  # <linux/prctl.h>


def harden() -> None:
    """Core size 0 (soft and hard limit) and, on Linux, not dumpable: no core file, and no
    ptrace attach or /proc/<pid>/mem read by the same user's other processes."""
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_SET_DUMPABLE, 0) failed")
