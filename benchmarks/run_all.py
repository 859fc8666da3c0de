"""Run every benchmark in this folder, each in its own process, and print its figures.

Each ``bench_*.py`` prints its own measurements; running them in separate
processes keeps one benchmark's imports and caches from flattering another's
load time or peak memory.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    failures = 0
    for script in sorted(HERE.glob("bench_*.py")):
        print(f"== {script.name}", flush=True)
        result = subprocess.run([sys.executable, str(script)], check=False)
        failures += result.returncode != 0
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
