"""The benchmark's peak memory is each configuration's own (issue #17, point 2).

Every row used to report the same 1,410 MB: the driver had built the XLM-R checkpoint in-process, and
``ru_maxrss`` survives ``execve``, so each child reported at least the driver's size. The test makes the
driver large on purpose and runs two configurations of clearly different size through the benchmark's
own ``_child``: each reports its own peak.
"""

from __future__ import annotations

import resource

from benchmarks.measure import peak_rss_mb
from benchmarks.scoring import _child


def test_two_configurations_of_different_size_report_their_own_peak() -> None:
    driver_ballast = bytearray(400 * 1024 * 1024)  # the driver holds 400 MB, as the old one held 1.4 GB
    for offset in range(0, len(driver_ballast), 4096):
        driver_ballast[offset] = 1
    assert peak_rss_mb() >= 400

    small = _child("ballast", None, {"mb": 30})
    large = _child("ballast", None, {"mb": 250})

    assert small["held_mb"] == 30 and large["held_mb"] == 250
    # Each figure is the configuration's own: the interpreter plus what it holds, not the driver's 400 MB.
    assert small["rss_peak_mb"] < 150, small
    assert 250 <= large["rss_peak_mb"] < 400, large
    assert large["rss_peak_mb"] - small["rss_peak_mb"] > 180
    del driver_ballast


def test_ru_maxrss_would_have_hidden_the_difference() -> None:
    """The cause, shown: a child's ``ru_maxrss`` starts at its parent's size; ``VmHWM`` does not."""
    import subprocess
    import sys

    ballast = bytearray(300 * 1024 * 1024)
    for offset in range(0, len(ballast), 4096):
        ballast[offset] = 1
    code = (
        "import resource; from benchmarks.measure import peak_rss_mb; "
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, peak_rss_mb())"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    maxrss, own = (float(value) for value in out.split())
    assert maxrss >= 300  # inherited through fork + execve
    assert own < 100  # the child's own peak
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 >= 300
    del ballast
