"""Running the command line: parse, set up logging, call the handler, map errors to exit codes."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from tkm_desktop import __version__, applog
from tkm_desktop.cli.core import (
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
    Run,
    UsageError,
)
from tkm_desktop.cli.parser import build_parser
from tkm_desktop.cli.window import smoke_test
from tkm_desktop.paths import data_paths
from tkm_desktop.services.errors import refusal_reasons
from tkm_desktop.services.i18n import DEFAULT_LANG, LANGS, tr

log = logging.getLogger(__name__)


def _peek_lang(argv: Sequence[str]) -> str:
    """``--lang`` read before the full parse, so that the parser's own texts follow it."""
    peek = argparse.ArgumentParser(add_help=False)
    peek.add_argument("--lang")
    known, _ = peek.parse_known_args(argv)
    return known.lang if known.lang in LANGS else DEFAULT_LANG


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = _peek_lang(argv)
    parser = build_parser(lang)
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:
        return _exit_code(stop)
    if args.demo and args.db:
        return _usage_error(parser, tr("cli.demo_and_db", lang))
    if args.smoke_test:
        args.handler, args.channel = smoke_test, "gui"

    paths = data_paths(args.data_dir)
    try:
        log_file = applog.setup_logging(paths, debug=args.debug, channel=args.channel)
        # Private before anything lands in it (the log file opens on its first record).
        paths.ensure()
    except OSError as exc:
        applog.close_logging()  # idempotent: also when setup_logging itself failed
        reason = applog.describe_exception(exc)
        print(tr("cli.data_dir_unusable", lang, path=paths.root, reason=reason), file=sys.stderr)
        return EXIT_REFUSED
    run = Run(args=args, lang=lang, paths=paths, log_file=log_file)
    try:
        log.info("start %s %s", args.command or "window", __version__)
        return run_handler(run, parser)
    finally:
        run.close()
        applog.close_logging()


def run_handler(run: Run, parser: argparse.ArgumentParser) -> int:
    """Call the command's handler and turn what it raises into a message and an exit code."""
    try:
        return run.args.handler(run)
    except UsageError as exc:
        return _usage_error(parser, str(exc))
    except SystemExit as stop:
        return _exit_code(stop)
    except KeyboardInterrupt:
        run.err(run.tr("cli.interrupted"))
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader stopped reading (``groups | head``): nothing went wrong here.
        _discard_stdout()
        return EXIT_OK
    except Exception as exc:
        reasons = refusal_reasons(exc, run.lang)
        if reasons is not None:
            log.info("input refused: %s", type(exc).__name__)
            run.err(run.tr("cli.refused"))
            for reason in reasons:
                run.err(f"  {reason}")
            return EXIT_REFUSED
        # With --debug the log also writes to stderr, so the traceback shows there too.
        applog.log_exception(exc, "internal error")
        error = applog.describe_exception(exc).rstrip(".")
        run.err(run.tr("cli.internal", error=error, log=run.log_file))
        return EXIT_INTERNAL


def _discard_stdout() -> None:
    # Python flushes stdout once more at exit; into a closed pipe that prints a warning.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # not a real file (tests, a windowed build): nothing to flush into a pipe


def _usage_error(parser: argparse.ArgumentParser, message: str) -> int:
    try:
        parser.error(message)
    except SystemExit as stop:
        return _exit_code(stop)
    return EXIT_USAGE


def _exit_code(stop: SystemExit) -> int:
    if stop.code is None:
        return EXIT_OK
    return stop.code if isinstance(stop.code, int) else EXIT_USAGE
