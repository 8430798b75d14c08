"""Who is acting, through which channel: recorded on every audit event."""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from typing import Literal

Channel = Literal["gui", "cli"]


def os_account() -> str:
    """The operating-system account running the program ('' when it can't be told)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


@dataclass(frozen=True)
class Actor:
    """A person (or, for optional ``--user``, just the OS account) doing something."""

    channel: Channel
    os_account: str
    user_id: int | None = None
    username: str = ""
    role: str | None = None

    @classmethod
    def anonymous(cls, channel: Channel) -> Actor:
        return cls(channel=channel, os_account=os_account())
