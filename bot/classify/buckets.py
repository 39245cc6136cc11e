"""Length bucketing: cut a micro-batch into sub-batches that waste little padding.

A transformer pads every text of a call to the longest one, and each call also has a fixed cost (at
small batch sizes the weights are read from memory once per call, whatever the batch). ``plan_buckets``
sorts the texts by token count and splits the sorted run where that minimises

    sum over calls of (texts in the call x longest text in the call) + ``call_cost``

(an exact dynamic programme, O(n^2) for n texts; n is a micro-batch, a few dozen). Chat messages are
mostly short with a long tail, so a burst usually stays one call and a pasted paragraph gets its own.
Pure Python: no torch here.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["CALL_COST", "DEFAULT_CALL_COST", "padded_tokens", "plan_buckets"]

# What one model call costs on top of its padded tokens, in token rows, measured for BERT-base on 2 cores
# (docs/PERFORMANCE.md): torch pays ~30 ms per call (about 28 rows fp32, 52 rows int8), ONNX Runtime int8
# next to nothing, so there exact-length buckets win.
CALL_COST = {"torch": 32, "torch-int8": 48, "onnx": 16, "onnx-int8": 24}
DEFAULT_CALL_COST = CALL_COST["torch"]


def plan_buckets(
    lengths: Sequence[int], *, call_cost: int = DEFAULT_CALL_COST, max_batch: int | None = None
) -> list[list[int]]:
    """Indices of ``lengths`` grouped into calls: each group sorted by length, groups shortest first.

    ``max_batch`` caps the texts per call (``None``: no cap)."""
    if call_cost < 0 or (max_batch is not None and max_batch < 1):
        raise ValueError("call_cost must be >= 0 and max_batch >= 1")
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    size = len(order)
    if size == 0:
        return []
    cap = size if max_batch is None else max_batch
    sorted_lengths = [lengths[i] for i in order]
    best = [0] * (size + 1)  # best[j]: cost of the first j sorted texts
    cut = [0] * (size + 1)  # cut[j]: where the last call of that best plan starts
    for end in range(1, size + 1):
        longest = sorted_lengths[end - 1]
        best[end], cut[end] = min(
            (best[start] + (end - start) * longest + call_cost, start)
            for start in range(max(0, end - cap), end)
        )
    groups: list[list[int]] = []
    end = size
    while end > 0:
        start = cut[end]
        groups.append(order[start:end])
        end = start
    groups.reverse()
    return groups


def padded_tokens(lengths: Sequence[int], groups: Sequence[Sequence[int]]) -> int:
    """Token rows the model computes for ``groups`` (each padded to its longest text)."""
    return sum(len(group) * max(lengths[i] for i in group) for group in groups if group)
