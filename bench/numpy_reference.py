"""The numpy side of rnnlab-bench: the same work as each Swift case, timed the same way.

Usage: python3 bench/numpy_reference.py CASE [CASE ...]
Prints one line per case it knows: `name median_seconds`. Unknown cases are skipped,
so the Swift side can grow first.
"""
import sys
import time

import numpy as np

CASES = {}


def case(name):
    def register(fn):
        CASES[name] = fn
        return fn
    return register


def median_seconds(body, budget=0.5, max_runs=200):
    """Median of repeated runs after one warm-up, as Timing.swift does."""
    body()
    samples = []
    total = 0.0
    while (total < budget or len(samples) < 3) and len(samples) < max_runs:
        t0 = time.perf_counter()
        body()
        s = time.perf_counter() - t0
        samples.append(s)
        total += s
    samples.sort()
    return samples[len(samples) // 2]


@case("matmul_256")
def matmul_256():
    idx = np.arange(256 * 256)
    a = (((idx * 7919) % 1000) / 1000 - 0.5).reshape(256, 256, order="F")
    b = (((idx * 104729) % 997) / 997 - 0.5).reshape(256, 256, order="F")
    return lambda: a @ b


if __name__ == "__main__":
    for name in sys.argv[1:]:
        if name in CASES:
            print(name, median_seconds(CASES[name]()), flush=True)
