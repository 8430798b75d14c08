"""Errors that services raise for input they will not act on."""

from __future__ import annotations

from collections.abc import Iterable


class InputRefused(Exception):
    """Input refused, nothing written; ``reasons`` are lines for the user, in Indonesian.

    ``InputRefused("satu alasan")``, ``InputRefused("a", "b")`` and
    ``InputRefused(["a", "b"])`` all work. The command line prints each reason on
    its own line and exits with code 1; the window shows them in a message box.
    """

    def __init__(self, *reasons: str | Iterable[str]) -> None:
        lines: list[str] = []
        for reason in reasons:
            if isinstance(reason, str):
                lines.append(reason)
            else:
                lines.extend(str(r) for r in reason)
        self.reasons: list[str] = lines
        super().__init__("; ".join(lines))
