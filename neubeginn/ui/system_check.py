"""Before Qt starts on Linux: are the system libraries its platform plugins load installed?

Qt's own message names only the first missing library (``xcb-cursor0``), so a person installs
it and meets the same message again. This names every missing one, with the apt-get line.
Standard library only: `.ci/run` runs it with the system Python (``--packages``) before the
project's environment exists, so the list of packages lives here and nowhere else.
"""

from __future__ import annotations

import ctypes
import os
import sys

#: Shared libraries Qt 6's xcb (desktop) and offscreen platforms need, with their Debian
#: package: what ldd lists for PySide6 6.12's libqxcb.so and libQt6XcbQpa.so beyond the
#: libraries every desktop has (libc, libX11, freetype, ICU comes with PySide6).
LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}


def missing_packages() -> list[str]:
    """Debian packages whose library cannot be loaded here, in the order of LIBRARIES."""
    missing: list[str] = []
    for soname, package in LIBRARIES.items():
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(package)
    return missing


def main(argv: list[str]) -> int:
    """``--packages`` prints every package (for .ci/run); otherwise checks and explains."""
    if argv[1:] == ["--packages"]:
        print(" ".join(LIBRARIES.values()))
        return 0
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return 0
    missing = missing_packages()
    if not missing:
        return 0
    print(
        "Neubeginn's window needs system libraries that are not installed: "
        + ", ".join(missing)
        + ".\nOn Debian or Ubuntu install them with:\n\n    sudo apt-get install "
        + " ".join(missing)
        + "\n",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
