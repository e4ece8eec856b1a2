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



# The character models: vocabulary 65, hidden 100, 25 steps, Adagrad, value clipping
# at 5, one-hot inputs multiplied in; the same sequence and sizes as CharModels.swift.
VOCAB, HIDDEN, STEPS = 65, 100, 25


def bench_sequence():
    ids = [(t * 17 + 3) % VOCAB for t in range(STEPS + 1)]
    xs = np.zeros((STEPS, VOCAB))
    xs[np.arange(STEPS), ids[:-1]] = 1
    return xs, ids[1:]


def adagrad(params, grads, memory, lr=0.1, eps=1e-8):
    for p, g, m in zip(params, grads, memory):
        np.clip(g, -5, 5, out=g)
        m += g * g
        p -= lr * g / (np.sqrt(m) + eps)


@case("char_rnn_step")
def char_rnn_step():
    """min-char-rnn's loss and hand-written BPTT, column convention."""
    rng = np.random.default_rng(1)
    Wxh, Whh = rng.normal(0, 0.01, (HIDDEN, VOCAB)), rng.normal(0, 0.01, (HIDDEN, HIDDEN))
    bh, Why, by = np.zeros((HIDDEN, 1)), rng.normal(0, 0.01, (VOCAB, HIDDEN)), np.zeros((VOCAB, 1))
    params = [Wxh, Whh, bh, Why, by]
    memory = [np.zeros_like(p) for p in params]
    xs, targets = bench_sequence()

    def step():
        hs = {-1: np.zeros((HIDDEN, 1))}
        ps = {}
        for t in range(STEPS):
            x = xs[t].reshape(-1, 1)
            hs[t] = np.tanh(Wxh @ x + Whh @ hs[t - 1] + bh)
            y = Why @ hs[t] + by
            e = np.exp(y - y.max())
            ps[t] = e / e.sum()
        dWxh, dWhh, dbh = np.zeros_like(Wxh), np.zeros_like(Whh), np.zeros_like(bh)
        dWhy, dby = np.zeros_like(Why), np.zeros_like(by)
        dhnext = np.zeros((HIDDEN, 1))
        for t in reversed(range(STEPS)):
            dy = ps[t].copy()
            dy[targets[t]] -= 1
            dWhy += dy @ hs[t].T
            dby += dy
            dh = Why.T @ dy + dhnext
            draw = (1 - hs[t] * hs[t]) * dh
            dbh += draw
            dWxh += draw @ xs[t].reshape(1, -1)
            dWhh += draw @ hs[t - 1].T
            dhnext = Whh.T @ draw
        adagrad(params, [dWxh, dWhh, dbh, dWhy, dby], memory)

    return step


def sigm(x):
    return 0.5 * (1 + np.tanh(0.5 * x))


@case("char_lstm_step")
def char_lstm_step():
    """The engine's fused-gate LSTM (row convention) with hand-written backward."""
    rng = np.random.default_rng(2)
    H, X = HIDDEN, VOCAB
    a = np.sqrt(6 / (X + H + 4 * H))
    W = rng.uniform(-a, a, (X + H, 4 * H))
    b = np.zeros((1, 4 * H))
    b[:, :H] = 1
    a2 = np.sqrt(6 / (H + X))
    Wy, by = rng.uniform(-a2, a2, (H, X)), np.zeros((1, X))
    params = [W, b, Wy, by]
    memory = [np.zeros_like(p) for p in params]
    xs, targets = bench_sequence()

    def step():
        h, c = np.zeros((1, H)), np.zeros((1, H))
        cache = []
        for t in range(STEPS):
            xh = np.hstack([xs[t:t + 1], h])
            g = xh @ W + b
            f, i, o, cand = sigm(g[:, :H]), sigm(g[:, H:2 * H]), sigm(g[:, 2 * H:3 * H]), np.tanh(g[:, 3 * H:])
            c_prev = c
            c = c * f + i * cand
            tc = np.tanh(c)
            h = o * tc
            s = h @ Wy + by
            e = np.exp(s - s.max())
            p = e / e.sum()
            cache.append((xh, f, i, o, cand, c_prev, tc, h, p))
        dW, db, dWy, dby = np.zeros_like(W), np.zeros_like(b), np.zeros_like(Wy), np.zeros_like(by)
        dh_next, dc_next = np.zeros((1, H)), np.zeros((1, H))
        for t in reversed(range(STEPS)):
            xh, f, i, o, cand, c_prev, tc, h, p = cache[t]
            ds = p.copy()
            ds[0, targets[t]] -= 1
            dWy += h.T @ ds
            dby += ds
            dh = ds @ Wy.T + dh_next
            do = dh * tc
            dc = dh * o * (1 - tc * tc) + dc_next
            df, di, dcand = dc * c_prev, dc * cand, dc * i
            dg = np.hstack([df * f * (1 - f), di * i * (1 - i), do * o * (1 - o), dcand * (1 - cand * cand)])
            dW += xh.T @ dg
            db += dg
            dxh = dg @ W.T
            dh_next = dxh[:, X:]
            dc_next = dc * f
        adagrad(params, [dW, db, dWy, dby], memory)

    return step


def benchmark_matrix(n):
    """The matrix of LinearAlgebraCases.swift's benchmarkMatrix, bit for bit."""
    state = 20261127
    values = []
    for _ in range(n * n):
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        values.append((state >> 11) * 2.0 ** -53 - 0.5)
    return np.array(values).reshape(n, n, order="F")


@case("eigvals_100")
def eigvals_100():
    a = benchmark_matrix(100)
    return lambda: np.linalg.eigvals(a)


@case("eigvals_300")
def eigvals_300():
    a = benchmark_matrix(300)
    return lambda: np.linalg.eigvals(a)


@case("eigen_100")
def eigen_100():
    a = benchmark_matrix(100)
    return lambda: np.linalg.eig(a)


@case("svdvals_100")
def svdvals_100():
    a = benchmark_matrix(100)
    return lambda: np.linalg.svd(a, compute_uv=False)


@case("symmetric_eigen_100")
def symmetric_eigen_100():
    a = benchmark_matrix(100)
    s = a + a.T
    return lambda: np.linalg.eigh(s)


# The language version does the same work as the Swift one; numpy's time is the same.
CASES["char_rnn_step_language"] = CASES["char_rnn_step"]


if __name__ == "__main__":
    for name in sys.argv[1:]:
        if name in CASES:
            print(name, median_seconds(CASES[name]()), flush=True)
