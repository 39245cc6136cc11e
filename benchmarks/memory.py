"""The running bot's memory: a real ``python -m bot run`` process against the emulator, RSS from /proc.

Run from the repository root:

    .venv/bin/python -m benchmarks.memory            # word lists, multilingual, and the baselines
    .venv/bin/python -m benchmarks.memory --model small --messages 100   # quicker, a small BERT

For each configuration the driver starts the Discord emulator with a seeded server (the sandbox's),
prepares the model once into that configuration's data directory (``havre model prepare``, cached
under ``--cache``), starts the bot as its own process (``python -m bot run``, pointed at the
emulator), waits for the model to load, sends ``--messages`` chat messages from 30 members as a
warm-up, waits until the bot's CPU goes quiet, then reads the bot process's ``VmRSS`` (resident now)
and ``VmHWM`` (its peak) from ``/proc/<pid>/status``, and whether ``libtorch`` is mapped
(``/proc/<pid>/maps``).

Configurations:

* ``word lists only``: ``HAVRE_MODEL_ENABLED=false``;
* ``model, prepared ONNX export``: ``onnx-int8`` from the export ``havre model prepare`` recorded: the
  bot as it now starts (no torch);
* baseline ``export cached, torch imported``: the same export, but the bot process imports torch,
  transformers and Detoxify first, as the start-up did before for a named model (``weights_file`` asked
  torch's hub for the cache path);
* baseline ``torch engine``: ``HAVRE_DETOXIFY_ENGINE=torch``, Detoxify's float model in torch (the path
  when no export can be built).

The models are random-weight checkpoints of Detoxify's architectures (``benchmarks.models``): the trained
weights cannot be downloaded here; memory does not depend on the weight values.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import os
import secrets
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # ``python benchmarks/memory.py`` works too
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "havre" / "bench"
TORCH_FIRST = "import torch, transformers, detoxify.detoxify; from bot.cli import main; main()"


@dataclass
class Figure:
    label: str
    rss_mb: float
    peak_mb: float
    torch_mapped: bool
    engine: str
    handled: int
    seconds: float
    mappings: list[tuple[str, float]]


def _status(pid: int) -> dict[str, float]:
    found: dict[str, float] = {}
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                key, _, value = line.partition(":")
                if key in ("VmRSS", "VmHWM"):
                    found[key] = int(value.split()[0]) / 1024
    except OSError:
        pass
    return found


def _cpu_ticks(pid: int) -> int:
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def top_mappings(pid: int, count: int = 8) -> list[tuple[str, float]]:
    """The largest contributors to a process's RSS by mapping (``[heap]``, anonymous, each library)."""
    sizes: dict[str, float] = {}
    name = "?"
    try:
        with open(f"/proc/{pid}/smaps", encoding="ascii", errors="replace") as smaps:
            for line in smaps:
                head = line.split()
                if not head:
                    continue
                if "-" in head[0] and not head[0].endswith(":"):
                    name = Path(head[5]).name if len(head) > 5 else "[anonymous]"
                elif head[0] == "Rss:":
                    sizes[name] = sizes.get(name, 0.0) + int(head[1]) / 1024
    except OSError:
        return []
    return sorted(sizes.items(), key=lambda item: -item[1])[:count]


def _torch_mapped(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/maps", encoding="ascii", errors="replace") as maps:
            return any("libtorch" in line for line in maps)
    except OSError:
        return False


class _Log:
    """The bot's stderr, read on a thread: the model's load line and the last lines for errors."""

    def __init__(self, stream: Any) -> None:
        self.lines: list[str] = []
        self.loaded = threading.Event()
        self.engine = ""
        self._thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._thread.start()

    def _read(self, stream: Any) -> None:
        for line in stream:
            self.lines = [*self.lines[-40:], line.rstrip()]
            if "toxicity model loaded" in line:
                self.engine = line.rsplit(" on ", 1)[-1].split(" (", 1)[0]
                self.loaded.set()
            elif "word lists only" in line or "toxicity model unavailable" in line:
                self.engine = "word lists"
                self.loaded.set()


def _secrets() -> dict[str, str]:
    return {
        "HAVRE_PSEUDONYM_SECRET": secrets.token_urlsafe(32),
        "HAVRE_MASTER_KEY": "base64:" + base64.b64encode(secrets.token_bytes(32)).decode(),
    }


def _model_env(spec: Any, engine: str) -> dict[str, str]:
    return {
        "HAVRE_DETOXIFY_MODEL": spec.checkpoint,
        "HAVRE_DETOXIFY_CONFIG_DIR": spec.config_dir or "",
        "HAVRE_DETOXIFY_ENGINE": engine,
    }


def prepare_export(spec: Any, data_dir: Path) -> float:
    """``havre model prepare`` for ``spec`` into ``data_dir`` (once; cached). Returns the seconds spent."""
    env = {**os.environ, "HAVRE_DATA_DIR": str(data_dir), **_model_env(spec, "onnx-int8")}
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "bot", "model", "prepare", "--no-progress"],
        cwd=REPO, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    if proc.returncode != 0:
        raise RuntimeError(f"havre model prepare failed:\n{(proc.stderr or proc.stdout)[-2000:]}")
    return time.perf_counter() - started


async def measure(
    label: str,
    data_dir: Path,
    env_extra: dict[str, str],
    messages: int,
    *,
    torch_first: bool = False,
    root: Path = REPO,
) -> Figure:
    """Start the emulator and the bot process, warm it up with ``messages`` chat messages, read /proc."""
    from benchmarks.messages import flood
    from bot.config import Settings
    from bot.runtime import build_context
    from bot.sandbox.seed import build_scene
    from emulator import Emulator
    from emulator.errors import ScenarioError

    data_dir.mkdir(parents=True, exist_ok=True)  # noqa: ASYNC240 - before anything runs
    for stale in ("havre.sqlite3", "havre.sqlite3-wal", "havre.sqlite3-shm"):
        (data_dir / stale).unlink(missing_ok=True)
    emu = Emulator()
    await emu.start()
    proc: subprocess.Popen[str] | None = None
    try:
        scene = build_scene(emu, "Havre memory")
        authors = [scene.guild.add_member(f"member{i}", locale="fr") for i in range(30)]
        keys = _secrets()
        env = {
            **os.environ, **keys, **env_extra,
            "HAVRE_DATA_DIR": str(data_dir), "HAVRE_TOKEN": emu.bot_token,
            "HAVRE_DISCORD_API_BASE": emu.api_base, "HAVRE_DISCORD_GATEWAY_URL": emu.gateway_url,
            "HAVRE_POLICIES_DIR": str(root / "bot" / "policies"), "HAVRE_LOG_FORMAT": "text",
            "HAVRE_LOG_LEVEL": "INFO", "TOKENIZERS_PARALLELISM": "false", "PYTHONPATH": str(root),
        }  # fmt: skip
        # The server as an admin's /setup leaves it (the sandbox does the same before its bot starts).
        settings = Settings(
            token=emu.bot_token,  # type: ignore[arg-type]
            data_dir=data_dir, policies_dir=REPO / "bot" / "policies", model_enabled=False,
            pseudonym_secret=keys["HAVRE_PSEUDONYM_SECRET"],  # type: ignore[arg-type]
            master_key=keys["HAVRE_MASTER_KEY"],  # type: ignore[arg-type]
        )  # fmt: skip
        ctx = await build_context(settings)
        async with ctx.db.unit_of_work() as session:
            await ctx.shared.guilds.update(session, scene.guild.id, **scene.settings_changes())
        await ctx.db.dispose()
        command = (
            [sys.executable, "-c", TORCH_FIRST, "run"]
            if torch_first
            else [sys.executable, "-m", "bot", "run"]
        )
        started = time.perf_counter()
        proc = subprocess.Popen(  # noqa: ASYNC220 - the bot runs apart; /proc is read while it lives
            command, cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
        )
        log = _Log(proc.stderr)
        try:
            await emu.wait_connected(timeout=180)
        except TimeoutError:
            raise RuntimeError(f"{label}: the bot did not connect:\n" + "\n".join(log.lines[-15:])) from None
        if env_extra.get("HAVRE_MODEL_ENABLED") == "false":
            log.engine = "word lists"
            log.loaded.set()
        while not log.loaded.is_set():  # the model loads in the background after connecting
            if proc.poll() is not None or time.perf_counter() - started > 240:
                raise RuntimeError(f"{label}: the bot did not load its model:\n" + "\n".join(log.lines[-15:]))
            await asyncio.sleep(0.2)
        general = scene.channels["general"]
        texts = flood(messages, seed=23)
        sent = 0
        for index, message in enumerate(texts):
            # the flood repeats texts across authors, which the bot may read as a raid and answer with
            # slowmode or timeouts (as Discord would, the emulator then refuses the member's message): the
            # next author who may still post says it; with every author held back it is not sent
            for turn in range(len(authors)):
                try:
                    await authors[(index + turn) % len(authors)].says(general, message.content)
                except ScenarioError as exc:
                    if "slowmode" not in str(exc) and "cannot send" not in str(exc):
                        raise
                    continue
                sent += 1
                break
            if index % 20 == 19:
                await asyncio.sleep(0.05)
        await _quiet(proc.pid)
        status = _status(proc.pid)
        seconds = time.perf_counter() - started
        return Figure(
            label, status.get("VmRSS", 0.0), status.get("VmHWM", 0.0), _torch_mapped(proc.pid),
            log.engine, sent, seconds, top_mappings(proc.pid),
        )  # fmt: skip
    finally:
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
        await emu.stop()


async def _quiet(pid: int, *, idle_s: float = 1.5, limit_s: float = 120.0) -> None:
    """Wait until the bot has used (almost) no CPU for ``idle_s``: the warm-up messages are handled."""
    deadline = time.monotonic() + limit_s
    last, since = _cpu_ticks(pid), time.monotonic()
    while time.monotonic() < deadline:
        await asyncio.sleep(0.25)
        now = _cpu_ticks(pid)
        if now - last > 2:  # more than 20 ms of CPU since the last look
            last, since = now, time.monotonic()
        elif time.monotonic() - since >= idle_s:
            return


def baseline_tree(ref: str, cache: Path) -> tuple[Path, str]:
    """The repository at ``ref`` (``git archive``), unpacked once under ``cache``: the baseline's code."""
    sha = subprocess.run(
        ["git", "rev-parse", "--verify", f"{ref}^{{commit}}"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    target = cache / f"src-{sha[:12]}"
    if not (target / "bot" / "__main__.py").is_file():
        target.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "archive", sha], cwd=REPO, capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    return target, sha[:12]


def _pairs(items: list[str]) -> dict[str, str]:
    found = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep:
            raise SystemExit(f"--env wants KEY=VALUE, not {item!r}")
        found[key] = value
    return found


def run(args: argparse.Namespace) -> list[Figure]:
    from benchmarks.models import MODELS

    base = args.cache / "memory"
    print(
        f"Havre memory: a real bot process against the emulator, {args.messages} warm-up messages", flush=True
    )
    ours = _pairs(args.env)
    configs: list[tuple[str, Path, dict[str, str], bool]] = []
    if args.only in (None, "lists"):
        configs.append(("word lists only", base / "lists-data", {"HAVRE_MODEL_ENABLED": "false"}, False))
    if args.only in (None, "model"):
        spec = _spec(args.model, args.cache)
        model_dir = base / f"{args.model}-data"
        print(f"model: {MODELS[args.model][0]}, random weights ({spec.checkpoint})", flush=True)
        spent = prepare_export(spec, model_dir)
        print(f"  havre model prepare: {spent:.0f} s (cached after the first run)", flush=True)
        configs.append(
            (f"{args.model}, prepared ONNX export", model_dir, _model_env(spec, "onnx-int8"), False)
        )
        if not args.no_baselines and args.only is None:
            configs += [
                (f"{args.model}, export cached, torch imported (before)", model_dir,
                 _model_env(spec, "onnx-int8"), True),
                (f"{args.model}, torch engine (float)", model_dir, _model_env(spec, "torch"), False),
            ]  # fmt: skip
    baseline: tuple[Path, str] | None = baseline_tree(args.baseline, base) if args.baseline else None
    figures = []
    for label, data_dir, extra, torch_first in configs:
        runs: list[tuple[str, dict[str, str], Path]] = []
        if baseline is not None and not torch_first and "torch" not in extra.values():
            runs.append((f"{label} — baseline {args.baseline} ({baseline[1]})", extra, baseline[0]))
            label = f"{label} — this checkout"
        runs.append((label, {**extra, **ours}, REPO))
        for name, env, root in runs:
            figure = asyncio.run(
                measure(name, data_dir, env, args.messages, torch_first=torch_first, root=root)
            )
            print(f"  {name}: RSS {figure.rss_mb:,.0f} MB, peak {figure.peak_mb:,.0f} MB", flush=True)
            if args.mappings:
                print(
                    "    largest: " + ", ".join(f"{n} {mb:,.0f} MB" for n, mb in figure.mappings), flush=True
                )
            figures.append(figure)
    return figures


def _spec(key: str, cache: Path) -> Any:
    """The random-weight checkpoint, built in a child if missing (building XLM-R takes 1.4 GB)."""
    from benchmarks.models import ModelSpec

    code = (
        "import json, sys; from dataclasses import asdict; from pathlib import Path; "
        "from benchmarks.models import prepare; "
        f"print(json.dumps(asdict(prepare({key!r}, Path({str(cache)!r})))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout
    import json

    return ModelSpec(**json.loads(out.strip().splitlines()[-1]))


def render(figures: list[Figure]) -> str:
    lines = [
        "| bot process | RSS after warm-up | peak RSS | torch loaded | engine | start + warm-up |",
        "|---|---|---|---|---|---|",
    ]
    for f in figures:
        lines.append(
            f"| {f.label} | {f.rss_mb:,.0f} MB | {f.peak_mb:,.0f} MB | {'yes' if f.torch_mapped else 'no'} "
            f"| {f.engine} | {f.seconds:.0f} s |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.memory", description=__doc__.split("\n\n")[0])
    p.add_argument("--model", default="multilingual", help="original, multilingual or small")
    p.add_argument("--messages", type=int, default=300, help="warm-up messages sent to the bot")
    p.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    p.add_argument("--mappings", action="store_true", help="also print the largest mappings of each")
    p.add_argument("--no-baselines", action="store_true", help="only the two targets, not the torch paths")
    p.add_argument("--only", choices=("lists", "model"), help="only the word-lists row, or only the model's")
    p.add_argument(
        "--baseline", metavar="REF", help="also measure the bot at this git ref (unpacked apart), row by row"
    )
    p.add_argument(
        "--env",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="extra environment for this checkout's bot",
    )
    args = p.parse_args(argv)
    figures = run(args)
    print()
    print(render(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
