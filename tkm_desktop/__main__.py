"""Entry point of ``tkm-desktop`` and ``python -m tkm_desktop``."""

from __future__ import annotations

import sys

from tkm_desktop import cli


def _tolerant_streams() -> None:
    # A pipe on Windows may use a legacy code page: an unusual character in a
    # name must print as "?" rather than end the run with UnicodeEncodeError.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")


def main() -> None:
    _tolerant_streams()
    sys.exit(cli.main(sys.argv[1:]))


if __name__ == "__main__":
    main()
