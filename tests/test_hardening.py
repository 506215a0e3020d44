"""The client process writes no core file and cannot be read by a debugger (review 6c)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

PROBE = textwrap.dedent(
    """
    import ctypes, ctypes.util, resource, sys
    from neubeginn.cli import entry_point
    import neubeginn.cli
    neubeginn.cli.main = lambda argv=None: 0   # the command itself is not under test
    entry_point()
    libc = ctypes.CDLL(ctypes.util.find_library("c"))
    print(resource.getrlimit(resource.RLIMIT_CORE), libc.prctl(3, 0, 0, 0, 0))
    """
)


def test_the_entry_point_turns_off_core_dumps_and_dumpability() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.split() == ["(0,", "0)", "0"]  # PR_GET_DUMPABLE (3) answers 0
