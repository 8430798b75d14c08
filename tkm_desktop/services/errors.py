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


def refusal_reasons(exc: BaseException, lang: str) -> list[str] | None:
    """The lines to tell the user when ``exc`` refuses input, or None when it is a bug."""
    from tkm_desktop.domain.errors import DomainError

    if isinstance(exc, InputRefused):
        return exc.reasons
    if isinstance(exc, DomainError):
        return [exc.text(lang)]
    from tkm_desktop.services.bootstrap import DemoMissingError, SchemaError

    if isinstance(exc, (SchemaError, DemoMissingError)):
        return [str(exc)]
    if isinstance(exc, OSError) and (exc.filename2 or exc.filename):
        # A file the user named (or its folder) that cannot be written or opened: a folder
        # in the way, no permission, a full disk. Theirs to fix, not a bug of ours.
        from tkm_desktop.applog import describe_os_error

        path = str(exc.filename2 or exc.filename).removesuffix(".part")
        why = describe_os_error(exc, lang)
        if lang == "en":
            return [f"Cannot write or open {path}: {why}."]
        return [f"Berkas {path} tidak dapat ditulis atau dibuka: {why}."]
    return None
