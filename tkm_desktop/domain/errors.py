"""Errors that carry a user-facing message in Indonesian (``str(e)``) and English (``e.en``)."""

from __future__ import annotations


class DomainError(ValueError):
    """A value the user supplied was refused; ``str(e)`` is Indonesian, ``e.en`` English."""

    def __init__(self, message: str, en: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.en = en or message

    def text(self, lang: str = "id") -> str:
        """The message in ``lang`` ('id' or 'en')."""
        return self.en if lang == "en" else self.message
