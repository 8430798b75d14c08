"""Running one side of a benchmark in its own process, so peak memory is its own.

The parent calls ``run_child(script, kind, *args)``; the child, started with
``--child kind args…``, does its work and calls ``report(outcome)``, which adds its
peak RSS and prints the outcome as the last line of stdout, in JSON.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from typing import Any


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def report(outcome: dict[str, Any]) -> None:
    outcome["max_rss_mb"] = peak_rss_mb()
    print(json.dumps(outcome))


def run_child(script: str, kind: str, *args: object) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, script, "--child", kind, *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise SystemExit(f"{kind} failed:\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])
