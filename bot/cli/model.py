"""``havre model prepare`` and ``havre model info``: the toxicity model, prepared once into the data dir.

``prepare`` downloads a named Detoxify model's weights into ``<data_dir>/model-cache`` (the Docker
volume), loads them with Detoxify's own loader, exports them to ONNX and records the export, with a
progress bar for the download and one for the conversion. From then on the bot starts from that export
without importing torch (``bot.classify.prepared``). ``info`` says what is prepared and what the next
start will do.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import click

from bot.config import Settings

__all__ = ["model_cache_dir", "model_group", "register"]


def model_cache_dir(settings: Settings) -> Path:
    """Where the bot looks for (and builds) its model export: ``<data_dir>/model-cache``."""
    return settings.data_dir / "model-cache"


def _settings() -> Settings:
    from bot.cli.common import settings_or_exit

    return settings_or_exit()


@click.group("model")
def model_group() -> None:
    """Prepare the toxicity model once (download, ONNX export) and show what is prepared."""


@model_group.command("prepare")
@click.option(
    "--model", "model", default=None, help="Detoxify name or checkpoint (default: HAVRE_DETOXIFY_MODEL)"
)
@click.option(
    "--config-dir", type=click.Path(path_type=Path), default=None, help="offline checkpoint's HF folder"
)
@click.option(
    "--engine", type=click.Choice(["onnx-int8", "onnx"]), default=None, help="default: the configured one"
)
@click.option("--threads", type=int, default=None, help="threads for the check (default: every core)")
@click.option("--no-progress", is_flag=True, help="no progress bars (logs and CI)")
def prepare(
    model: str | None, config_dir: Path | None, engine: str | None, threads: int | None, no_progress: bool
) -> None:
    """Download, load with Detoxify, export to ONNX and record it in the data directory."""
    settings = _settings()
    cache = model_cache_dir(settings)
    model = model or settings.detoxify_model
    config_dir = config_dir or settings.detoxify_config_dir
    engine = engine or (
        settings.detoxify_engine if settings.detoxify_engine.startswith("onnx") else "onnx-int8"
    )
    from bot.classify.prepared import hf_home

    # Hugging Face's files (a named model's config and tokenizer) into the data dir, not the home: must be
    # set before transformers is imported.
    os.environ.setdefault("HF_HOME", str(hf_home(cache)))
    from bot.classify.onnx_engine import BUILD_STEPS, EngineError
    from bot.classify.prepared import find_prepared, prepare_model

    found = find_prepared(cache, model, engine)
    if found is not None:
        click.echo(f"already prepared: {model} on {engine} in {found.export}")
        return
    click.echo(f"preparing {model} on {engine} into {cache} (once; a base-size model takes a minute or two)")
    bar = None
    if not no_progress:
        from tqdm import tqdm

        bar = tqdm(total=len(BUILD_STEPS), desc="conversion", unit="step", file=sys.stderr, leave=True)

    def on_step(name: str) -> None:
        if bar is not None:
            if bar.n or name != BUILD_STEPS[0]:
                bar.update(1)
            bar.set_description(name)
        else:
            click.echo(f"  {name}", err=True)

    started = time.perf_counter()
    try:
        prepared = prepare_model(
            model, config_dir, cache_dir=cache, engine=engine, threads=threads, progress=not no_progress,
            on_step=on_step,
        )  # fmt: skip
    except (EngineError, OSError, ValueError, RuntimeError) as exc:
        if bar is not None:
            bar.close()
        first_line = (str(exc).strip().splitlines() or [""])[0][:300]
        click.echo(f"could not prepare {model}: {type(exc).__name__}: {first_line}", err=True)
        sys.exit(1)
    if bar is not None:
        bar.update(bar.total - bar.n)
        bar.close()
    click.echo(
        f"prepared in {time.perf_counter() - started:.0f} s: {prepared.export} "
        f"({prepared.size_bytes() / 1e6:,.0f} MB, "
        f"max deviation from the float model {prepared.deviation:.4f})"
    )
    click.echo("the bot now starts from this export without loading torch")


@model_group.command("info")
def info() -> None:
    """What is prepared in the data directory and what the next start will do."""
    settings = _settings()
    cache = model_cache_dir(settings)
    model, engine = settings.detoxify_model, settings.detoxify_engine
    from bot.classify.prepared import find_prepared, weights_path

    click.echo(f"model: {model}" + ("" if settings.model_enabled else " (disabled: word lists only)"))
    click.echo(f"engine: {engine}")
    click.echo(f"cache: {cache}")
    weights = weights_path(cache, model)
    if weights is not None:
        state = f"{weights.stat().st_size / 1e6:,.0f} MB" if weights.is_file() else "not downloaded"
        click.echo(f"weights: {weights} ({state})")
    found = find_prepared(cache, model, engine) if engine.startswith("onnx") else None
    if found is None:
        if engine.startswith("onnx"):
            click.echo("export: none; run `havre model prepare` (else the first start builds it, with torch)")
        else:
            click.echo(f"export: not used ({engine} runs the model in torch)")
        return
    when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(found.prepared_at))
    click.echo(f"export: {found.export} ({found.size_bytes() / 1e6:,.0f} MB, prepared {when})")
    click.echo(f"from: {found.checkpoint}")
    click.echo(f"labels: {', '.join(found.labels)}")
    click.echo(f"max deviation from the float model: {found.deviation:.4f}")
    click.echo("next start: loads this export with ONNX Runtime, without torch")


def register(main: click.Group) -> None:
    main.add_command(model_group)
