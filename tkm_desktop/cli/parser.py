"""The whole command line's parser, in the run's language."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from functools import partial
from typing import Any

from tkm_desktop import __version__
from tkm_desktop.cli.backup import add_backup_commands
from tkm_desktop.cli.core import EXIT_USAGE, PROG, Run
from tkm_desktop.cli.documents import add_document_commands
from tkm_desktop.cli.export import add_export_commands
from tkm_desktop.cli.groups import add_groups_commands
from tkm_desktop.cli.importing import add_import_commands
from tkm_desktop.cli.letters import add_letter_commands
from tkm_desktop.cli.settings import add_settings_commands
from tkm_desktop.cli.users import add_user_and_history_commands
from tkm_desktop.cli.vetting import add_vet_commands
from tkm_desktop.cli.window import cmd_demo, open_window
from tkm_desktop.services.i18n import DEFAULT_LANG, LANGS, tr

# argparse's own messages, in Indonesian; the rest of such a message stays as argparse wrote it.
_ARGPARSE_ID = [
    ("the following arguments are required", "argumen berikut wajib diisi"),
    ("unrecognized arguments", "argumen tidak dikenal"),
    ("invalid choice", "pilihan tidak sah"),
    ("choose from", "pilihan"),
    ("expected one argument", "memerlukan satu nilai"),
    ("expected at least one argument", "memerlukan sedikitnya satu nilai"),
    ("not allowed with argument", "tidak boleh bersama argumen"),
    ("ambiguous option", "opsi ambigu"),
    ("could match", "bisa berarti"),
    ("invalid int value", "bukan bilangan bulat"),
    ("invalid float value", "bukan bilangan"),
    ("argument ", "argumen "),
]


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser speaking the run's language, with its messages on stderr."""

    def __init__(self, *args: Any, lang: str = DEFAULT_LANG, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", partial(_Formatter, lang=lang))
        super().__init__(*args, add_help=False, **kwargs)
        self.lang = lang
        # argparse has no public way to name its two default sections.
        self._positionals.title = tr("cli.arguments", lang)
        self._optionals.title = tr("cli.options", lang)
        self.add_argument(
            "-h", "--help", action="help", help=tr("cli.opt.help", lang)
        )  # fmt: skip

    def error(self, message: str) -> None:  # type: ignore[override]
        if self.lang == "id":
            for english, indonesian in _ARGPARSE_ID:
                message = message.replace(english, indonesian)
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: {tr('cli.error', self.lang)}: {message}\n")


class _Formatter(argparse.HelpFormatter):
    def __init__(self, prog: str, *, lang: str = DEFAULT_LANG) -> None:
        super().__init__(prog)
        self._usage_prefix = tr("cli.usage", lang)

    def add_usage(self, usage, actions, groups, prefix=None) -> None:  # type: ignore[no-untyped-def]
        # argparse passes prefix "" when it builds a sub-command's prog: keep that.
        super().add_usage(usage, actions, groups, self._usage_prefix if prefix is None else prefix)


def build_parser(lang: str = DEFAULT_LANG) -> argparse.ArgumentParser:
    """The whole command line; handlers are looked up now, so tests patch them in their module."""
    t = partial(tr, lang=lang)
    parser = _Parser(prog=PROG, lang=lang, description=t("cli.description"))
    parser.add_argument("--version", action="version", version=f"TKM Desktop {__version__}",
                        help=t("cli.opt.version"))  # fmt: skip
    parser.add_argument("--data-dir", metavar="DIR", help=t("cli.opt.data_dir"))
    parser.add_argument("--db", metavar="URL", help=t("cli.opt.db"))
    parser.add_argument("--lang", choices=LANGS, help=t("cli.opt.lang"))
    parser.add_argument("--demo", action="store_true", help=t("cli.opt.demo"))
    parser.add_argument("--debug", action="store_true", help=t("cli.opt.debug"))
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    parser.set_defaults(handler=open_window, channel="gui")

    commands = parser.add_subparsers(title=t("cli.commands"), metavar="COMMAND", dest="command")

    def add(name: str, handler: Callable[[Run], int]) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=t(f"cli.cmd.{name}"),
                                  description=t(f"cli.cmd.{name}"), lang=lang)  # fmt: skip
        sub.set_defaults(handler=handler, channel="cli")
        return sub

    add("demo", cmd_demo)
    add_groups_commands(add, lang)
    add_user_and_history_commands(add, lang)
    add_import_commands(add, lang)
    add_vet_commands(add, lang)
    add_letter_commands(add, lang)
    add_document_commands(add, lang)
    add_backup_commands(add, lang)
    add_export_commands(add, lang)
    add_settings_commands(add, lang)

    return parser
