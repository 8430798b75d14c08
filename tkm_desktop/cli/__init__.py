"""The command line: ``tkm-desktop [global options] [COMMAND ...]`` (DESIGN.md, fixed contract).

One module per section (``users``, ``importing``, ``vetting``, ``letters``, ``documents``,
``backup``, ``export``, ``settings``, ``groups``, ``window``), each with its messages, its
parser builder ``add_*_commands(add, lang)`` and its ``cmd_*`` handlers; ``core`` holds what
they share, ``parser`` builds the whole parser, ``running`` runs it.

To add a command:

1. write its handler ``def cmd_NAME(run: Run) -> int`` in its section's module
   (``run.args`` holds the parsed options; raise ``InputRefused`` to refuse input,
   ``UsageError`` for a wrong combination of options);
2. add its parser in the section's ``add_*_commands``: ``p = add("NAME", cmd_NAME)`` then
   ``p.add_argument(...)`` (a new section: a new module, called from ``parser.build_parser``);
3. add its help text to the section's messages as ``"cli.cmd.NAME"`` (and any messages it
   prints).

Handlers import heavy modules (SQLAlchemy, reportlab, openpyxl, the gui) inside their body:
building the parser stays cheap.

Exit codes: 0 done, 1 input refused, 2 usage error, 3 internal error.
"""

from __future__ import annotations

from tkm_desktop.cli.core import (
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
    MESSAGES,
    PROG,
    Run,
    UsageError,
    add_user_option,
    app_options,
    format_table,
    resolve_actor,
)
from tkm_desktop.cli.letters import (
    EXIT_LETTER_ALTERED,
    EXIT_LETTER_REVOKED,
    EXIT_LETTER_UNKNOWN,
)
from tkm_desktop.cli.parser import build_parser
from tkm_desktop.cli.running import main, run_handler

__all__ = [
    "EXIT_INTERNAL",
    "EXIT_INTERRUPTED",
    "EXIT_LETTER_ALTERED",
    "EXIT_LETTER_REVOKED",
    "EXIT_LETTER_UNKNOWN",
    "EXIT_OK",
    "EXIT_REFUSED",
    "EXIT_USAGE",
    "MESSAGES",
    "PROG",
    "Run",
    "UsageError",
    "add_user_option",
    "app_options",
    "build_parser",
    "format_table",
    "main",
    "resolve_actor",
    "run_handler",
]
