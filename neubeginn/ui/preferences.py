"""The UI preferences kept in QSettings: language, idle minutes, recent vaults, geometry.

Only preferences live here, never personal data: recent vaults are paths or server URLs
(with any database password removed), never user names.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from neubeginn import paths

LANGUAGES = ("de", "en")
DEFAULT_IDLE_MINUTES = 10
MAX_IDLE_MINUTES = 240
MAX_RECENT = 6


class Preferences:
    """Typed access to one QSettings file; pass it into the widgets that need it."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    @classmethod
    def at(cls, file: Path) -> Preferences:
        return cls(QSettings(str(file), QSettings.Format.IniFormat))

    @classmethod
    def default(cls) -> Preferences:
        """Next to the default vault, so NEUBEGINN_HOME (tests, portable use) moves both."""
        return cls.at(paths.data_dir() / "settings.ini")

    def sync(self) -> None:
        self._settings.sync()

    @property
    def language(self) -> str:
        value = str(self._settings.value("ui/language", "de"))
        return value if value in LANGUAGES else "de"

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(value)
        self._settings.setValue("ui/language", value)

    @property
    def idle_minutes(self) -> int:
        try:
            value = int(str(self._settings.value("lock/idle_minutes", DEFAULT_IDLE_MINUTES)))
        except (TypeError, ValueError):
            return DEFAULT_IDLE_MINUTES
        return min(max(value, 1), MAX_IDLE_MINUTES)

    @idle_minutes.setter
    def idle_minutes(self, value: int) -> None:
        self._settings.setValue("lock/idle_minutes", min(max(int(value), 1), MAX_IDLE_MINUTES))

    @property
    def recent_vaults(self) -> list[str]:
        value = self._settings.value("vaults/recent", [])
        if isinstance(value, str):  # QSettings returns a lone list item as a plain string
            value = [value]
        items = value if isinstance(value, list) else []
        return [str(item) for item in items if str(item)]

    def remember_vault(self, location: str) -> None:
        """Put a vault first in the recent list (the caller strips passwords from URLs)."""
        recent = [location, *(item for item in self.recent_vaults if item != location)]
        self._settings.setValue("vaults/recent", recent[:MAX_RECENT])

    def geometry(self, key: str) -> QByteArray | None:
        value = self._settings.value(f"geometry/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, key: str, value: QByteArray) -> None:
        self._settings.setValue(f"geometry/{key}", value)
