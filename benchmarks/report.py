"""The benchmark's report: the same tables as plain text (terminal) or Markdown (docs/PERFORMANCE.md)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

__all__ = ["render", "render_markdown"]

RANDOM_NOTE = (
    "Random weights of exactly this architecture (trained weights cannot be downloaded here; compute cost "
    "does not depend on the weight values): speed and memory are the real model's, the scores mean nothing."
)
PATHS = (
    ("service", "Havre: moderation service + SQLite"),
    ("extract", "Havre: scoring pipeline, no database"),
)


def _ms(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f} ms" if value >= 100 else f"{value:,.1f} ms"


def _table(headers: list[str], rows: list[list[str]], markdown: bool) -> str:
    if markdown:
        lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
        return "\n".join([*lines, *("| " + " | ".join(row) + " |" for row in rows)])
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    lines = [fmt.format(*headers), fmt.format(*("-" * w for w in widths))]
    return "\n".join([*lines, *(fmt.format(*r) for r in rows)])


def _title(text: str, markdown: bool) -> str:
    return f"### {text}" if markdown else text


def _note(text: str, markdown: bool) -> str:
    return text if markdown else f"  {text}"


def _row(label: str, rate: float, paced: dict[str, Any] | None, lag: float | None, rss: float) -> list[str]:
    p = paced or {}
    return [label, f"{rate:,.1f}", _ms(p.get("p50_ms")), _ms(p.get("p95_ms")), _ms(p.get("p99_ms")),
            _ms(lag) if lag is not None else "no loop", f"{rss:,.0f} MB"]  # fmt: skip


def _complete(entry: dict[str, Any]) -> bool:
    return all(kind in entry for kind in ("naive", "limit", "havre"))


def _comparison(report: dict[str, Any], markdown: bool) -> list[str]:
    out: list[str] = []
    opts = report["options"]
    for entry in report.get("models", []):
        if not _complete(entry):
            out += [json.dumps(entry, indent=1), ""]
            continue
        spec, naive, limit, havre = entry["spec"], entry["naive"], entry["limit"], entry["havre"]
        paths, tokens = havre["paths"], limit["tokens"]
        out.append(_title(spec["title"], markdown))
        out.append(
            _note(RANDOM_NOTE if spec["random_weights"] else f"Real weights: {spec['checkpoint']}.", markdown)
        )
        out.append(_note(
            f"Tokens per message: p50 {tokens['p50']:.0f}, p90 {tokens['p90']:.0f}, p99 {tokens['p99']:.0f}, "
            f"max {tokens['max']:.0f}; {tokens['under_30']:.0%} under 30.", markdown))  # fmt: skip
        out.append("")
        engine = (
            f"{opts['engine']}, {opts['threads']} threads, batch {opts['max_batch']}, "
            f"wait {opts['max_wait_ms']:g} ms"
        )
        naive_label = f"naive: Detoxify.predict in on_message ({naive['threads']} threads)"
        limit_label = (
            f"limit: raw batched forward pass ({opts['engine']}, batch {limit['best_batch']}, "
            f"{opts['limit_threads']} threads)"
        )
        rows = [
            _row(naive_label, naive["flood"]["rate"], naive["paced"], naive["flood"]["lag_p99_ms"],
                 naive["rss_peak_mb"]),
            _row(limit_label, limit["rate"], None, None, limit["rss_peak_mb"]),
            *(_row(f"{label} ({engine})", paths[key]["flood"]["rate"], paths[key]["paced"],
                   paths[key]["flood"]["lag_p99_ms"], havre["rss_peak_mb"]) for key, label in PATHS),
        ]  # fmt: skip
        head = ["", "msg/s", "latency p50", "p95", "p99", "loop lag p99 (flood)", "peak RSS"]
        out += [_table(head, rows, markdown), ""]
        ratios = "; ".join(
            f"{label.split(': ')[1]}: Havre/naive {_ratio(paths[key], naive):.1f}x, "
            f"Havre/limit {paths[key]['flood']['rate'] / limit['rate']:.0%}"
            for key, label in PATHS
        )
        service, extract = paths["service"], paths["extract"]
        out.append(_note(f"Ratios — {ratios}.", markdown))
        out.append(_note(
            f"msg/s: a flood of {service['flood']['messages']} messages (naive: "
            f"{naive['flood']['messages']}) arriving at once. Latency: message to decision, messages "
            f"arriving at {opts['paced_rate']:g}/s (the limit row: one batch's forward pass, p50 "
            f"{_ms(limit['batch_p50_ms'])}). Under the flood the latency p50/p99 was "
            f"{_spread(service)} (service), {_spread(extract)} (no database), naive {_spread(naive)}.",
            markdown))  # fmt: skip
        out.append(_note(
            f"The model scored {extract['scored_share']:.0%} of the messages (mean texts per model call "
            f"{extract['mean_batch']:.1f} without the database, {service['mean_batch']:.1f} with it); the "
            f"word lists decided the rest. The moderation service alone, with the model answering instantly, "
            f"handles {paths['ceiling']['flood']['rate']:,.0f} msg/s on this machine. Resident memory after "
            f"loading: naive {naive['rss_loaded_mb']:,.0f} MB, Havre {havre['rss_loaded_mb']:,.0f} MB. Other "
            f"processes used {max(r.get('other_cpu', 0.0) for r in (naive, limit, havre)):.0%} of the CPU "
            "during these runs (at most).",
            markdown))  # fmt: skip
        out.append("")
    return out


def _ladder(report: dict[str, Any], markdown: bool) -> list[str]:
    ladder = report.get("ladder")
    if not ladder:
        return []
    out = [_title(f"What each step buys ({ladder['spec']['title']}, engine throughput)", markdown), ""]
    out += [
        _note(f"Other processes used {ladder.get('other_cpu', 0.0):.0%} of the CPU meanwhile.", markdown),
        "",
    ]
    first = ladder["steps"][0]["rate"]
    rows = [[s["step"].strip(), f"{s['rate']:,.1f}", f"{s['rate'] / first:.1f}x"] for s in ladder["steps"]]
    out += [_table(["step", "msg/s", "vs one at a time"], rows, markdown), ""]
    out += [_title("Pipeline settings (real worker and extractor, no database)", markdown), ""]
    rows = [
        [str(p["max_batch"]), f"{p['max_wait_ms']:g} ms", p["skip"], f"{p['flood']['rate']:,.1f}",
         _ms(p["flood"]["lag_p99_ms"]), _ms(p["paced"]["p50_ms"]), _ms(p["paced"]["p99_ms"])]
        for p in ladder["pipeline"]
    ]  # fmt: skip
    head = ["batch", "wait", "skip decided", "flood msg/s", "lag p99", "paced p50", "paced p99"]
    return [*out, _table(head, rows, markdown), ""]


def _matching(report: dict[str, Any], markdown: bool) -> list[str]:
    matching = report.get("matching")
    if not matching:
        return []
    base = matching.get("baseline")

    def row(label: str, get: Callable[[dict[str, Any]], float | None], policy: str) -> list[str]:
        ours = get(matching)
        cells = [label, "-" if ours is None else f"{ours:,.0f}"]
        if base is not None:
            then = get(base)
            cells.append("-" if then is None else f"{then:,.0f}")
        return [*cells, policy]

    def key(preset: str, name: str) -> Callable[[dict[str, Any]], float | None]:
        return lambda m: m.get(preset, {}).get(name)

    rows = [row("normalize() only", lambda m: m.get("normalize"), "")]
    for preset in ("patient", "game"):
        m = matching[preset]
        policy = (
            f"{m['entries']} entries, {m['allow']} allowed, {m['patterns']} patterns, {m['phrases']} phrases"
        )
        if "lists_only" in m:
            rows.append(row(f"old path: word lists only, {preset} preset", key(preset, "lists_only"), policy))
        if "ungated" in m:
            label = f"detectors, shortcuts off (every pattern runs), {preset} preset"
            rows.append(row(label, key(preset, "ungated"), policy))
        rows.append(row(f"new path: detectors + word lists, {preset} preset", key(preset, "rate"), policy))
        if "corpus" in m:
            label = f"new path on {matching['corpus_messages']:,} corpus messages, {preset} preset"
            rows.append(row(label, key(preset, "corpus"), policy))
    if "two_readers" in matching:
        for label, name in (("judged twice", "cold"), ("judgement shared", "shared")):
            rows.append(
                row(
                    f"moderation + help reading each message, {label}",
                    lambda m, name=name: m.get("two_readers", {}).get(name),
                    "patient",
                )
            )
    title = _title(
        f"The local path: normalisation, detectors, word lists (one core, {matching['messages']:,} messages)",
        markdown,
    )
    head = ["path", "msg/s", *([f"baseline {base['ref'][:10]}"] if base is not None else []), "policy"]
    return [title, "", _table(head, rows, markdown), ""]


def _log(report: dict[str, Any], markdown: bool) -> list[str]:
    log = report.get("log")
    if not log:
        return []
    rows = []
    for name, key in (("SQLite", "sqlite"), ("PostgreSQL", "postgres")):
        r = log.get(key)
        if not r:
            continue
        if "error" in r:
            rows.append([name, "not measured", r["error"], ""])
            continue
        mode = (
            f"synchronous={r['synchronous']}"
            if key == "sqlite"
            else f"synchronous_commit={r['synchronous_commit']}"
        )
        rows.append([f"{name} ({mode})", f"{r['single']:,.0f}", f"{r['group']:,.0f}", str(r["batch"])])
    head = [
        "database",
        "entries/s, one per transaction",
        "entries/s, group commit",
        "entries per transaction",
    ]
    return [_title("Governance log append", markdown), "", _table(head, rows, markdown), ""]


_FLOODS = {
    "chat": "chat flood (about 1 in 10 messages fires a rule)",
    "raid": "raid (every message fires a rule: record read, case written, outcome recorded)",
}


def _service(report: dict[str, Any], markdown: bool) -> list[str]:
    service = report.get("service")
    if not service:
        return []
    floods = service["floods"]
    rows = [
        [f.get("code", "this tree"), _FLOODS.get(f["flood"], f["flood"]), f.get("database", "SQLite"),
         f"{f['rate']:,.0f}", _ms(f.get("loop_cpu_ms")),
         _ms(f.get("loop_cpu_per_decision_ms")) if f["flood"] == "raid" else "",
         _ms(f["p99_ms"]), _ms(f["lag_p99_ms"])]
        if "error" not in f
        else [f.get("code", "this tree"), f["flood"], "PostgreSQL", "not measured: " + f["error"],
              "", "", "", ""]
        for f in floods
    ]  # fmt: skip
    title = _title("The moderation service alone (model answering instantly)", markdown)
    headers = [
        "code", "flood", "database", "msg/s", "loop CPU per message", "loop CPU per written decision",
        "latency p99 (flood)", "loop lag p99",
    ]  # fmt: skip
    lines = [title, "", _table(headers, rows, markdown), ""]
    by = {(f.get("code", "this tree"), f["flood"], f.get("database")): f for f in floods if "error" not in f}
    for code in dict.fromkeys(f.get("code", "this tree") for f in floods):
        for where in ("SQLite", "PostgreSQL"):
            chat, raid = by.get((code, "chat", where)), by.get((code, "raid", where))
            if chat and raid:
                per = raid.get("loop_cpu_per_decision_ms")
                lines.append(
                    f"{code}, {where}: raid/chat {raid['rate'] / chat['rate']:.0%} (target >= 50%), "
                    f"loop CPU per written decision {_ms(per)} (target <= 2 ms)"
                )
    return [*lines, ""]


def _targets(report: dict[str, Any], markdown: bool) -> list[str]:
    rows: list[list[str]] = []
    models = {m["spec"]["key"]: m for m in report.get("models", [])}
    bert = models.get("original") or models.get("configured")
    if bert and _complete(bert):
        naive, limit = bert["naive"]["flood"]["rate"], bert["limit"]["rate"]
        for key, label in PATHS:
            flood = bert["havre"]["paths"][key]["flood"]
            where = label.split(": ")[1]
            rows += [
                [f"Havre >= 10x naive ({where})", f"{flood['rate'] / naive:.1f}x",
                 _ok(flood["rate"] >= 10 * naive)],
                [f"Havre >= 80% of the raw batched limit ({where})", f"{flood['rate'] / limit:.0%}",
                 _ok(flood["rate"] >= 0.8 * limit)],
                [f"event-loop lag p99 < 50 ms under the flood ({where})", _ms(flood["lag_p99_ms"]),
                 _ok(flood["lag_p99_ms"] < 50)],
            ]  # fmt: skip
    if report.get("matching"):
        m = report["matching"]["patient"]
        rate = m["rate"]
        old = f" (old path, lists only: {m['lists_only']:,.0f})" if "lists_only" in m else ""
        if "ungated" in m:
            old += f" (shortcuts off: {m['ungated']:,.0f})"
        rows.append(
            ["local path (normalise, detectors, lists) >= 20,000 msg/s on one core", f"{rate:,.0f}{old}",
             _ok(rate >= 20_000)]
        )  # fmt: skip
    if report.get("log"):
        r = report["log"]["sqlite"]
        rows.append(["log append >= 2,000/s on SQLite, synchronous=FULL (group commit)", f"{r['group']:,.0f}",
                     _ok(r["group"] >= 2_000)])  # fmt: skip
    if not rows:
        return []
    return [
        _title("Targets (BERT-base)", markdown),
        "",
        _table(["target", "measured", ""], rows, markdown),
        "",
    ]


def _ratio(havre: dict[str, Any], naive: dict[str, Any]) -> float:
    return float(havre["flood"]["rate"]) / float(naive["flood"]["rate"])


def _spread(run: dict[str, Any]) -> str:
    return f"{_ms(run['flood']['p50_ms'])}/{_ms(run['flood']['p99_ms'])}"


def _ok(passed: bool) -> str:
    return "met" if passed else "NOT met"


def _header(report: dict[str, Any]) -> str:
    return (
        f"{report['profile']} run, {report['cores']} cores, Python {report['python']}, load average "
        f"{report['load_before']:.2f} before / {report['load_after']:.2f} after, {report['seconds']:.0f} s"
    )


def _parts(report: dict[str, Any], markdown: bool) -> list[str]:
    return [
        _header(report), "", *_comparison(report, markdown), *_ladder(report, markdown),
        *_matching(report, markdown), *_log(report, markdown), *_service(report, markdown),
        *_targets(report, markdown),
    ]  # fmt: skip


def render(report: dict[str, Any]) -> str:
    return "\n".join(_parts(report, False))


def render_markdown(report: dict[str, Any]) -> str:
    return "\n".join(_parts(report, True)) + "\n"
