"""Tiny message catalogue for texts shown outside Qt (command line, service messages).

Each module registers its own messages once, keyed by a dotted id, with an
Indonesian text (always) and an English one (where it exists)::

    register({"cli.demo.done": {"id": "Basis data demo dibuat: {path}", "en": "..."}})
    tr("cli.demo.done", "en", path=p)

Qt widgets use Qt's own translations (.ts/.qm); this is for everything below gui.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

Lang = Literal["id", "en"]
LANGS: tuple[Lang, ...] = ("id", "en")
DEFAULT_LANG: Lang = "id"

_MESSAGES: dict[str, Mapping[str, str]] = {}


def register(messages: Mapping[str, Mapping[str, str]]) -> None:
    """Add messages; every one needs an ``id`` text. Re-registering the same text is allowed."""
    for key, texts in messages.items():
        if DEFAULT_LANG not in texts:
            raise ValueError(f"message {key!r} has no Indonesian text")
        if key in _MESSAGES and _MESSAGES[key] != texts:
            raise ValueError(f"message {key!r} registered twice with different texts")
        _MESSAGES[key] = texts


def tr(key: str, lang: str = DEFAULT_LANG, **kw: object) -> str:
    """The message ``key`` in ``lang`` (Indonesian when there is no translation), formatted."""
    texts = _MESSAGES[key]
    text = texts.get(lang) or texts[DEFAULT_LANG]
    return text.format(**kw) if kw else text
