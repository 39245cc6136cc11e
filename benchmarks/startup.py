"""Start-up cost: the CPU time a fresh process spends importing the detectors and the bot, this tree beside a
baseline commit, in one run.

    PYTHONPATH=$PWD .venv/bin/python -m benchmarks.startup --baseline 72bd7c0 [--rounds 3]

Each measurement is a new Python process (nothing cached in memory) that imports one module and prints its
own CPU time (``time.process_time``, so a busy machine slows both columns alike, not only one). The rounds
alternate baseline and this tree; the table gives each one's median. The baseline is the code at the commit
(``git archive``, nothing in the repository is touched), run with this tree's virtualenv.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

from benchmarks.scoring import REPO, _baseline_tree

MODULES = (
    ("the detectors (`import bot.classify.judge`)", "bot.classify.judge"),
    ("the whole bot (`import bot.app`)", "bot.app"),
)
_PROBE = "import time, importlib; importlib.import_module({module!r}); print(time.process_time())"


def measure(tree: Path, module: str) -> float:
    """Seconds of CPU a fresh process at ``tree`` spends importing ``module``."""
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONDONTWRITEBYTECODE": "1"}
    out = subprocess.run(
        [sys.executable, "-c", _PROBE.format(module=module)],
        cwd=tree, env=env, capture_output=True, text=True, check=True, timeout=600,
    )  # fmt: skip
    return float(out.stdout.strip().splitlines()[-1])


def render(rows: list[tuple[str, float, float]], ref: str, rounds: int) -> str:
    lines = [
        f"| import, fresh process (median of {rounds}, CPU s) | this tree | baseline {ref} |",
        "|---|---|---|",
    ]
    lines += [f"| {label} | {ours:.1f} | {base:.1f} |" for label, ours, base in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", required=True, help="git commit to measure beside this tree")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    rows: list[tuple[str, float, float]] = []
    with _baseline_tree(args.baseline) as baseline:
        for label, module in MODULES:
            ours: list[float] = []
            base: list[float] = []
            for _ in range(args.rounds):
                base.append(measure(baseline, module))
                ours.append(measure(REPO, module))
            rows.append((label, statistics.median(ours), statistics.median(base)))
            print(f"  {module}: this tree {ours}, baseline {base}", flush=True)
    print(render(rows, args.baseline, args.rounds))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
