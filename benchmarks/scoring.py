"""Scoring at the speed of a busy server: naive vs the hardware limit vs Havre, side by side.

Run from the repository root:

    .venv/bin/python -m benchmarks.scoring            # the full run (about 10 minutes on 2 cores)
    .venv/bin/python -m benchmarks.scoring --quick    # a short run (a few minutes), smaller samples

The first run also builds random-weight checkpoints and ONNX exports into the cache (``--cache``,
default ``~/.cache/havre/bench``): a few minutes more, once. ``--json FILE`` and ``--markdown FILE``
save the figures. See docs/PERFORMANCE.md for what is measured and how to read it.

Every configuration runs in a fresh process and reports its own peak resident memory (``VmHWM``, which
``execve`` resets; not ``ru_maxrss``, which Linux carries over from the parent). The random-weight
checkpoints are built in a child too, so the driver stays small.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # ``python benchmarks/scoring.py`` works too
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.measure import CpuWatch, load_average
from benchmarks.models import MODELS, ModelSpec, configured_model
from benchmarks.report import render, render_markdown

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "havre" / "bench"
POSTGRES = "postgresql://postgres@127.0.0.1:5432/test"
# The moderation service before the raid path was batched (issue 17, point 3): ``--only service`` runs
# it side by side with this tree.
BASELINE = "cfe120d44cf33165e05e7eb1c7684180c8dba526"

PROFILES: dict[str, dict[str, Any]] = {
    "quick": {
        "naive_flood": 40, "havre_flood": 300, "paced_rate": 10.0, "paced_count": 40, "limit_messages": 128,
        "repeats": 1, "ladder_messages": 64, "sweep": [(64, 5.0)], "sweep_flood": 200,
        "sweep_paced": 30, "matching_messages": 5000, "matching_corpus": 2000, "log_single": 200,
        "log_grouped": 2000, "log_batch": 50,
    },
    "full": {
        "naive_flood": 150, "havre_flood": 600, "paced_rate": 10.0, "paced_count": 100,
        "limit_messages": 384, "repeats": 2, "ladder_messages": 128,
        "sweep": [(8, 5.0), (32, 5.0), (64, 5.0), (64, 20.0)], "sweep_flood": 400,
        "sweep_paced": 40, "matching_messages": 20000, "matching_corpus": 5000, "log_single": 1000,
        "log_grouped": 10000, "log_batch": 100,
    },
}  # fmt: skip


def _child(kind: str, spec: ModelSpec | None, opts: dict[str, Any], tree: Path = REPO) -> dict[str, Any]:
    """Run one configuration in a fresh interpreter and return its result (``tree``: whose code)."""
    payload = json.dumps({"kind": kind, "spec": asdict(spec) if spec else None, "opts": opts})
    env = {**os.environ, "TOKENIZERS_PARALLELISM": "false", "PYTHONPATH": str(tree)}
    watch = CpuWatch()
    watch.start()
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.scoring", "--child", payload],
        cwd=tree, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    for line in proc.stdout.splitlines():
        if line.startswith("  "):
            print(line, flush=True)
    results = [line[7:] for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    if proc.returncode != 0 or not results:
        tail = (proc.stderr or proc.stdout)[-3000:]
        raise RuntimeError(f"{kind} run failed (exit {proc.returncode}):\n{tail}")
    result: dict[str, Any] = json.loads(results[-1])
    result["other_cpu"] = watch.others()
    if result["other_cpu"] > 0.1:
        print(
            f"  note: other processes used {result['other_cpu']:.0%} of the CPU during this run", flush=True
        )
    return result


@contextmanager
def _baseline_tree(ref: str) -> Iterator[Path]:
    """The code at ``ref`` (``git archive``, nothing in the repository is touched), with this tree's
    ``benchmarks`` package: the same benchmark, measuring the code as it was."""
    with tempfile.TemporaryDirectory(prefix="havre-baseline-") as tmp:
        tree = Path(tmp)
        archive = subprocess.run(["git", "-C", str(REPO), "archive", ref], capture_output=True, check=True)
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            tar.extractall(tree, filter="data")
        shutil.rmtree(tree / "benchmarks", ignore_errors=True)
        shutil.copytree(
            REPO / "benchmarks", tree / "benchmarks", ignore=shutil.ignore_patterns("__pycache__")
        )
        yield tree


def _service_with_baseline(opts: dict[str, Any], ref: str) -> dict[str, Any]:
    """The service section on this tree and on ``ref``, alternating (baseline, ours, baseline, ours), so
    both meet the same machine; each flood's best run is kept."""
    if not ref:
        return _child("service", None, opts)
    floods: dict[tuple[str, str, str], dict[str, Any]] = {}
    with _baseline_tree(ref) as tree:
        for _round in range(2):
            for code, where in ((f"baseline ({ref[:10]})", tree), ("this tree", REPO)):
                for flood in _child("service", None, opts, where)["floods"]:
                    key = (code, flood["flood"], flood.get("database", ""))
                    if key not in floods or flood.get("rate", 0) > floods[key].get("rate", 0):
                        floods[key] = {**flood, "code": code}
    return {"floods": list(floods.values()), "baseline": ref}


def _checkpoint(key: str, cache: Path) -> ModelSpec:
    """The random-weight checkpoint ``key``, built in a child: building XLM-R takes 1.4 GB, and a
    driver that large would be the floor of every later child's ``ru_maxrss``."""
    return ModelSpec(**_child("checkpoint", None, {"key": key, "cache": str(cache)})["spec"])


def _run_child(payload: str) -> None:
    request = json.loads(payload)
    kind, spec, opts = request["kind"], request["spec"], request["opts"]
    if kind == "checkpoint":  # build (or find) a random-weight checkpoint, away from the driver
        from benchmarks.models import prepare as build

        result: dict[str, Any] = {"spec": asdict(build(opts["key"], Path(opts["cache"])))}
    elif kind == "ballast":  # a calibration run: hold ``mb`` MB resident, report the peak
        from benchmarks.measure import peak_rss_mb

        ballast = bytearray(int(opts["mb"]) * 1024 * 1024)
        for offset in range(0, len(ballast), 4096):
            ballast[offset] = 1
        result = {"rss_peak_mb": peak_rss_mb(), "held_mb": len(ballast) // (1024 * 1024)}
    elif kind == "prepare":  # build the ONNX exports now, so no measured run pays for (or counts) them
        from benchmarks.runs import load

        for engine in opts["prepare"]:
            if engine.startswith("onnx"):
                load(spec, engine, 1, Path(opts["cache"]))
        result = {"prepared": opts["prepare"]}
    elif kind == "naive":
        from benchmarks.runs import run_naive

        result = run_naive(spec, opts)
    elif kind == "limit":
        from benchmarks.runs import run_limit

        result = run_limit(spec, opts)
    elif kind == "havre":
        from benchmarks.runs import run_havre

        result = run_havre(spec, opts)
    elif kind == "ladder":
        from benchmarks.ladder import run_ladder

        result = run_ladder(spec, opts)
    elif kind == "matching":
        from benchmarks.matching import run_matching

        result = run_matching(opts)
    elif kind == "service":
        from benchmarks.service_alone import run_service

        result = run_service(opts)
    elif kind == "log":
        from benchmarks.log_append import run_log_append

        result = run_log_append(opts)
    else:
        raise SystemExit(f"unknown run kind {kind!r}")
    print("RESULT " + json.dumps(result), flush=True)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m benchmarks.scoring", description=__doc__.split("\n\n")[0])
    p.add_argument("--quick", action="store_true", help="a short run with smaller samples")
    p.add_argument(
        "--models", default="original,multilingual,small", help="comma-separated: " + ", ".join(MODELS)
    )
    p.add_argument(
        "--only",
        default="compare,ladder,matching,log,service",
        help="sections: compare, ladder, matching, log, service",
    )
    p.add_argument("--kinds", default="naive,limit,havre", help=argparse.SUPPRESS)  # for tuning runs
    p.add_argument(
        "--engine", default="onnx-int8", help="Havre's engine (torch, torch-int8, onnx, onnx-int8)"
    )
    p.add_argument("--threads", type=int, default=None, help="model threads for Havre (default: every core)")
    p.add_argument("--max-batch", type=int, default=64, help="ScoringWorker micro-batch size")
    p.add_argument("--max-wait-ms", type=float, default=5.0, help="ScoringWorker wait for a batch to fill")
    p.add_argument("--skip", default="same_action", help="skip rule: never, same_action, same_decision")
    p.add_argument("--postgres", default=os.environ.get("HAVRE_BENCH_POSTGRES_URL", POSTGRES))
    p.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    p.add_argument(
        "--baseline",
        default=BASELINE,
        help="git commit to measure the service section against, in the same run ('' for none)",
    )
    p.add_argument(
        "--matching-baseline",
        default="",
        help="git commit to measure the matching section against, in the same run (default: none)",
    )
    p.add_argument("--json", type=Path, help="write every figure to this JSON file")
    p.add_argument("--markdown", type=Path, help="write the report tables to this Markdown file")
    p.add_argument("--child", help=argparse.SUPPRESS)
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.child:
        _run_child(args.child)
        return 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    opts: dict[str, Any] = {
        **PROFILES["quick" if args.quick else "full"],
        "cache": str(args.cache),
        "cores": cores,
        "engine": args.engine,
        "threads": args.threads or cores,
        "limit_threads": cores,
        "max_batch": args.max_batch,
        "max_wait_ms": args.max_wait_ms,
        "skip": args.skip,
        "postgres": args.postgres,
    }
    opts["queue_size"] = max(1024, opts["havre_flood"] + 64)  # fmt: skip
    sections = set(args.only.split(","))
    started = time.perf_counter()
    report: dict[str, Any] = {
        "profile": "quick" if args.quick else "full", "cores": cores, "load_before": load_average(),
        "python": sys.version.split()[0], "options": {k: v for k, v in opts.items() if k != "postgres"},
    }  # fmt: skip
    args.cache.mkdir(parents=True, exist_ok=True)
    real = configured_model()
    specs = [real] if real else [_checkpoint(key, args.cache) for key in args.models.split(",") if key]
    print(
        f"Havre scoring benchmark ({report['profile']}), {cores} cores, load {report['load_before']:.2f}",
        flush=True,
    )
    for index, spec in enumerate(specs):
        if "compare" in sections or ("ladder" in sections and index == 0):
            engines = (
                {opts["engine"], "onnx", "onnx-int8"}
                if "ladder" in sections and index == 0
                else {opts["engine"]}
            )
            _child("prepare", spec, {**opts, "prepare": sorted(engines)})
    if "compare" in sections:
        report["models"] = []
        for spec in specs:
            print(f"- {spec.title}", flush=True)
            entry: dict[str, Any] = {"spec": asdict(spec)}
            for kind in args.kinds.split(","):
                entry[kind] = _child(kind, spec, opts)
                print(f"  {kind} done", flush=True)
            report["models"].append(entry)
    if "ladder" in sections:
        print(f"- optimisation steps on {specs[0].title}", flush=True)
        report["ladder"] = {"spec": asdict(specs[0]), **_child("ladder", specs[0], opts)}
    if "matching" in sections:
        print("- word lists + normalisation, one core", flush=True)
        report["matching"] = _child("matching", None, opts)
        if args.matching_baseline:
            with _baseline_tree(args.matching_baseline) as tree:
                report["matching"]["baseline"] = {
                    **_child("matching", None, opts, tree),
                    "ref": args.matching_baseline,
                }
    if "log" in sections:
        print("- governance log append", flush=True)
        report["log"] = _child("log", None, opts)
    if "service" in sections:
        print("- the moderation service alone (model answering instantly, SQLite)", flush=True)
        report["service"] = _service_with_baseline(opts, args.baseline)
    report["seconds"] = time.perf_counter() - started
    report["load_after"] = load_average()
    print()
    print(render(report))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")
    if args.markdown:
        args.markdown.write_text(render_markdown(report), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
