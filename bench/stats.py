"""Small statistics helpers shared by the benchmark sections."""

from __future__ import annotations

import statistics


def percentile(values: list[float], fraction: float) -> float:
    """The nearest-rank percentile (``fraction`` 0.99 = p99) of ``values``."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(fraction * len(ordered) + 0.5)))
    return ordered[rank - 1]


def summary(values: list[float]) -> dict[str, float]:
    return {
        "median": statistics.median(values),
        "min": min(values),
        "p99": percentile(values, 0.99),
        "max": max(values),
        "n": len(values),
    }
