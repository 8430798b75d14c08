"""Run every benchmark in this folder (bench_*.py), each in its own process.

``--small`` runs them at a size CI can afford, so they keep working; the national
figures come from a run without it. Exits non-zero when any benchmark fails.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--small", action="store_true", help="CI-sized inputs")
    args = parser.parse_args()
    scripts = sorted(HERE.glob("bench_*.py"))
    failed = []
    for script in scripts:
        cmd = [sys.executable, str(script)] + (["--small"] if args.small else [])
        print(f"--- {script.name}", flush=True)
        start = time.perf_counter()
        result = subprocess.run(cmd, check=False)
        print(f"--- {script.name}: exit {result.returncode}, {time.perf_counter() - start:.1f} s")
        if result.returncode != 0:
            failed.append(script.name)
    if not scripts:
        print("no benchmarks found", file=sys.stderr)
        return 1
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
