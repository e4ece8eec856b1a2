#!/usr/bin/env python3
"""Reference values for the Engine tests, computed with numpy.

Run from anywhere:  python3 Tests/EngineTests/Fixtures/make_fixtures.py
It rewrites the JSON files beside it. The output is deterministic (fixed seeds), so
re-running it must leave `git diff` empty; a change in the diff means numpy or this
script changed.

Conventions shared with the Swift tests (FixtureLoader.swift reads these files):
- A tensor is {"shape": [...], "data": [...]}: the shape as Julia writes it (rank 0
  is [], a vector is [n]) and the elements flat in column-major (Fortran) order.
- Every index stored here is 0-based, as in the engine's Swift API.
- Floats are written by Python's json module, which prints the shortest decimal that
  reads back to the same double, so no precision is lost.
- Julia broadcasting lines shapes up from the FIRST dimension (missing trailing
  dimensions count as 1); numpy lines them up from the last. `julia_pad` bridges the
  two by giving both operands the same rank before numpy sees them.
"""

import json
import math
import os
import struct

import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
# The LSTM's gate order is the engine's LSTMGate; bench/char_reference.py states it for
# Python (LSTM_GATES), and the cells here slice by it too.
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "bench"))
from char_reference import gate_block  # noqa: E402
MASK64 = (1 << 64) - 1


# ---------------------------------------------------------------- helpers

def tensor(a):
    a = np.asarray(a, dtype=np.float64)
    return {"shape": [int(n) for n in a.shape], "data": [float(v) for v in a.ravel(order="F")]}


def indices(a):
    return [int(v) for v in np.asarray(a).ravel(order="F")]


def write(name, payload):
    path = os.path.join(HERE, name)
    with open(path, "w") as f:
        json.dump(payload, f, indent=1, allow_nan=False)
        f.write("\n")
    print("wrote", name)


def julia_pad(a, rank):
    """`a` with trailing singleton dimensions up to `rank` (Julia's view of it)."""
    return a.reshape(a.shape + (1,) * (rank - a.ndim))


def julia_broadcast(f, a, b):
    rank = max(a.ndim, b.ndim)
    return f(julia_pad(a, rank), julia_pad(b, rank))


def sigmoid(x):
    # Stable in both directions, like the engine's: never exp of a large positive.
    x = np.asarray(x, dtype=np.float64)
    out = np.empty_like(x)
    pos = x >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-x[pos]))
    e = np.exp(x[~pos])
    out[~pos] = e / (1.0 + e)
    return out


def logsoftmax(x, axis):
    m = np.max(x, axis=axis, keepdims=True)
    z = x - m
    return z - np.log(np.sum(np.exp(z), axis=axis, keepdims=True))


def softmax(x, axis):
    return np.exp(logsoftmax(x, axis))


# ---------------------------------------------------------------- elementwise

def elementwise(rng):
    ops = {
        "+": np.add,
        "-": np.subtract,
        ".*": np.multiply,
        "./": np.divide,
        ".^": np.power,
    }
    # Pairs of Julia shapes that broadcast; each exercises a different stretch.
    shape_pairs = [
        ([3, 4], [3, 4]),        # same shape (fast path)
        ([3, 4], [3]),           # vector stretches along columns
        ([3], [3, 4]),
        ([3, 4], [1, 4]),        # row stretches down
        ([3, 1], [1, 4]),        # column with row: both stretch
        ([3, 4], []),            # rank-0 tensor on the right
        ([], [3, 4]),            # and on the left
        ([1], [2, 3]),           # one-element vector
        ([2, 3, 4], [2, 1, 4]),  # rank 3, middle stretches
        ([2, 3, 4], [1, 3]),     # rank 3 with a matrix
        ([2, 1, 4], [1, 3, 1]),  # rank 3, both stretch
        ([2, 3, 4], [2]),        # rank 3 with a vector
        ([5], [5]),
    ]
    cases = []
    for op, f in ops.items():
        for sa, sb in shape_pairs:
            if op == ".^":
                # Positive bases keep real powers real; exponents include the
                # engine's special cases (1, 2, 3, 0.5) and general ones.
                a = rng.uniform(0.5, 2.0, sa)
                b = rng.choice([2.0, 3.0, 0.5, 1.0, -1.5, 2.7, 0.0], size=sb)
            elif op == "./":
                a = rng.normal(size=sa)
                b = rng.uniform(0.5, 2.0, sb) * rng.choice([-1.0, 1.0], size=sb)
            else:
                a = rng.normal(size=sa)
                b = rng.normal(size=sb)
            a, b = np.asarray(a, float), np.asarray(b, float)
            cases.append({"op": op, "a": tensor(a), "b": tensor(b), "out": tensor(julia_broadcast(f, a, b))})

    # Tensor-with-number operators (no broadcasting error is possible).
    scalar_cases = []
    x = rng.uniform(0.5, 2.0, (3, 4))
    for op, f in ops.items():
        for c in [2.0, 3.0, 0.5, -1.25]:
            scalar_cases.append({"op": op, "side": "right", "a": tensor(x), "c": c, "out": tensor(f(x, c))})
            if op != ".^":
                scalar_cases.append({"op": op, "side": "left", "a": tensor(x), "c": c, "out": tensor(f(c, x))})
    write("elementwise.json", {"binary": cases, "scalar": scalar_cases})


# ---------------------------------------------------------------- elementwise math

def math_functions(rng):
    general = rng.normal(scale=2.0, size=(3, 4))
    positive = rng.uniform(0.01, 5.0, (3, 4))
    with_zero = np.array([[-1.5, 0.0, 2.0], [0.25, -0.0, -3.0]])
    extremes = np.array([-800.0, -745.0, -40.0, -1.0, -1e-10, 0.0, 1e-10, 1.0, 40.0, 745.0, 800.0])
    cases = [
        {"op": "tanh", "x": general, "out": np.tanh(general)},
        {"op": "tanh", "x": extremes, "out": np.tanh(extremes)},
        {"op": "sigm", "x": general, "out": sigmoid(general)},
        # ±800: exp(800) overflows a double; a stable sigmoid gives exactly 1 and 0.
        {"op": "sigm", "x": extremes, "out": sigmoid(extremes)},
        {"op": "relu", "x": general, "out": np.maximum(general, 0)},
        {"op": "relu", "x": with_zero, "out": np.maximum(with_zero, 0)},
        {"op": "exp", "x": general, "out": np.exp(general)},
        {"op": "log", "x": positive, "out": np.log(positive)},
        {"op": "abs", "x": general, "out": np.abs(general)},
        {"op": "sqrt", "x": positive, "out": np.sqrt(positive)},
        {"op": "max", "c": 0.3, "x": general, "out": np.maximum(general, 0.3)},
        {"op": "min", "c": -0.2, "x": general, "out": np.minimum(general, -0.2)},
        {"op": "tanh", "x": rng.normal(size=(2, 3, 2)), "out": None},
    ]
    cases[-1]["out"] = np.tanh(cases[-1]["x"])
    out = []
    for c in cases:
        item = {"op": c["op"], "x": tensor(c["x"]), "out": tensor(c["out"])}
        if "c" in c:
            item["c"] = c["c"]
        out.append(item)
    write("math.json", {"cases": out})


# ---------------------------------------------------------------- reductions

def reductions(rng):
    arrays = [rng.normal(size=(5,)), rng.normal(size=(3, 4)), rng.normal(size=(2, 3, 4))]
    cases = []
    for a in arrays:
        flat = a.ravel(order="F")
        cases.append({
            "x": tensor(a),
            "sum": float(np.sum(a)),
            "mean": float(np.mean(a)),
            "maximum": float(np.max(a)),
            "minimum": float(np.min(a)),
            "argmax": int(np.argmax(flat)),
            # math.hypot is exact to within an ulp and never overflows.
            "norm": math.hypot(*flat),
            "along": [
                {
                    "dim": d,
                    "sum": tensor(np.sum(a, axis=d, keepdims=True)),
                    "mean": tensor(np.mean(a, axis=d, keepdims=True)),
                    "maximum": tensor(np.max(a, axis=d, keepdims=True)),
                    "minimum": tensor(np.min(a, axis=d, keepdims=True)),
                    "argmax": indices(np.expand_dims(np.argmax(a, axis=d), d)),
                }
                for d in range(a.ndim)
            ],
        })
    # Norms of numbers whose squares overflow or underflow.
    norms = []
    for v in [np.array([3e200, 4e200]), np.array([3e-200, -4e-200, 0.0]), np.array([[1.0, -2.0], [2.0, 4.0]])]:
        norms.append({"x": tensor(v), "norm": math.hypot(*v.ravel(order="F"))})
    # Ties: Julia's argmax returns the first largest position.
    ties = [{"x": tensor(np.array([1.0, 3.0, 3.0, 2.0])), "argmax": 1}]
    write("reductions.json", {"cases": cases, "norms": norms, "ties": ties})


# ---------------------------------------------------------------- matmul

def julia_matmul(a, b):
    """Julia's `*`: a vector on the left is an n×1 column; matrix*vector is a vector."""
    am = a.reshape(-1, 1) if a.ndim == 1 else a
    out = am @ b
    return out


def matmul(rng):
    shape_pairs = [
        ([3, 4], [4, 5]),
        ([5, 7], [7, 9]),      # m and n not multiples of the kernel's block of 4
        ([8, 8], [8, 8]),
        ([17, 13], [13, 11]),
        ([1, 4], [4, 1]),      # inner product as a 1×1 matrix
        ([3, 4], [4]),         # matrix * vector -> vector
        ([3], [1, 4]),         # vector * row -> outer product matrix
        ([1, 1], [1, 1]),
        ([3, 0], [0, 2]),      # empty inner dimension -> zeros
        ([2, 6], [6, 4]),
    ]
    cases = []
    for sa, sb in shape_pairs:
        a = rng.normal(size=sa)
        b = rng.normal(size=sb)
        cases.append({"a": tensor(a), "b": tensor(b), "out": tensor(julia_matmul(a, b))})
    write("matmul.json", {"cases": cases})


# ---------------------------------------------------------------- shapes

def shapes(rng):
    m = rng.normal(size=(3, 4))
    v = rng.normal(size=(5,))
    row = rng.normal(size=(1, 4))
    cube = rng.normal(size=(2, 3, 4))
    transposes = [{"x": tensor(x), "out": tensor(x.T if x.ndim == 2 else x.reshape(1, -1))} for x in [m, v, row]]

    def jl_reshape(x, shape):
        return x.reshape(shape, order="F")

    reshapes = [
        {"x": tensor(m), "shape": [2, 6], "out": tensor(jl_reshape(m, (2, 6)))},
        {"x": tensor(cube), "shape": [4, 6], "out": tensor(jl_reshape(cube, (4, 6)))},
        {"x": tensor(cube), "shape": [24], "out": tensor(jl_reshape(cube, (24,)))},
        {"x": tensor(np.arange(6.0)), "shape": [2, 3], "out": tensor(jl_reshape(np.arange(6.0), (2, 3)))},
    ]
    vecs = [{"x": tensor(x), "out": tensor(x.ravel(order="F"))} for x in [m, cube, row]]
    permutes = [
        {"x": tensor(cube), "perm": [2, 0, 1], "out": tensor(np.transpose(cube, (2, 0, 1)))},
        {"x": tensor(cube), "perm": [1, 0, 2], "out": tensor(np.transpose(cube, (1, 0, 2)))},
    ]

    a = rng.normal(size=(4, 5))
    # Index specs: {"all": true}, {"at": i}, {"range": [lo, hi]} (half-open), {"list": [...]}.
    def apply(x, specs):
        if len(specs) == 1 and x.ndim != 1:
            x = x.ravel(order="F")
        positions, kept = [], []
        for d, spec in enumerate(specs):
            if "all" in spec:
                positions.append(np.arange(x.shape[d]))
            elif "at" in spec:
                positions.append(np.array([spec["at"]]))
            elif "range" in spec:
                positions.append(np.arange(*spec["range"]))
            else:
                positions.append(np.array(spec["list"]))
            if "at" not in spec:
                kept.append(len(positions[-1]))
        # np.ix_ takes the outer product of the index lists, as Julia does; dimensions
        # indexed by a single integer are then dropped.
        return x[np.ix_(*positions)].reshape(kept)

    slice_cases = [
        (a, [{"range": [1, 3]}, {"all": True}]),
        (a, [{"all": True}, {"at": 2}]),
        (a, [{"at": 3}, {"all": True}]),
        (a, [{"list": [3, 0, 3]}, {"range": [1, 4]}]),
        (a, [{"at": 1}, {"at": 4}]),
        (a, [{"at": 7}]),                # one index reads column-major position
        (a, [{"range": [2, 9]}]),
        (a, [{"range": [2, 2]}, {"all": True}]),  # empty range
        (cube, [{"all": True}, {"at": 1}, {"range": [2, 4]}]),
        (cube, [{"at": 1}, {"all": True}, {"all": True}]),
        (cube, [{"list": [1, 0]}, {"list": [2, 2]}, {"at": 3}]),
        (v, [{"range": [2, 5]}]),
        (v, [{"list": [4, 0]}]),
    ]
    slices = [{"x": tensor(x), "index": s, "out": tensor(apply(x, s))} for x, s in slice_cases]

    p = rng.normal(size=(2, 3))
    q = rng.normal(size=(1, 3))
    r = rng.normal(size=(3, 2))
    s = rng.normal(size=(3, 1))
    u3 = rng.normal(size=(3,))
    u2 = rng.normal(size=(2,))
    cats = [
        {"op": "vcat", "parts": [u3, u2], "out": np.concatenate([u3, u2])},
        {"op": "vcat", "parts": [p, q], "out": np.vstack([p, q])},
        {"op": "vcat", "parts": [q, p, q], "out": np.vstack([q, p, q])},
        {"op": "hcat", "parts": [r, s], "out": np.hstack([r, s])},
        {"op": "hcat", "parts": [u3, u3], "out": np.column_stack([u3, u3])},
        {"op": "hcat", "parts": [r, u3], "out": np.column_stack([r, u3])},
        {"op": "hcat", "parts": [p, p.copy()], "out": np.hstack([p, p])},
    ]
    cats = [{"op": c["op"], "parts": [tensor(x) for x in c["parts"]], "out": tensor(c["out"])} for c in cats]
    write("shapes.json", {
        "transpose": transposes, "reshape": reshapes, "vec": vecs, "permute": permutes,
        "slice": slices, "cat": cats,
    })


# ---------------------------------------------------------------- losses

def nll(scores, labels, axis):
    """Knet's nll: mean over instances of -logsoftmax at the class index; classes
    lie along `axis`."""
    lp = logsoftmax(scores, axis)
    lp = np.moveaxis(lp, axis, 0)
    picked = lp[labels, np.arange(len(labels))]
    return float(-np.mean(picked))


def losses(rng):
    x = rng.normal(size=(4, 3))
    huge = np.array([[1000.0, -1000.0, 5.0], [1001.0, -1002.0, 5.0], [999.0, -1000.5, -800.0], [0.0, 1e308 / 1e300, 5.0]])
    cube = rng.normal(size=(2, 3, 4))
    v = rng.normal(size=(6,))
    soft = []
    for a in [x, huge, cube, v]:
        for d in range(a.ndim):
            soft.append({"x": tensor(a), "dim": d, "softmax": tensor(softmax(a, d)), "logsoftmax": tensor(logsoftmax(a, d))})

    nlls = []
    scores = rng.normal(size=(5, 4))          # 5 classes, 4 instances
    labels = rng.integers(0, 5, size=4)
    nlls.append({"scores": tensor(scores), "labels": indices(labels), "dim": 0, "loss": nll(scores, labels, 0)})
    st = rng.normal(size=(3, 6))               # 3 instances, 6 classes along dim 1
    lt = rng.integers(0, 6, size=3)
    nlls.append({"scores": tensor(st), "labels": indices(lt), "dim": 1, "loss": nll(st, lt, 1)})
    big = np.array([[900.0, -900.0], [-900.0, 0.0], [0.0, 900.0]])  # 3 classes, 2 instances
    lb = np.array([1, 2])
    nlls.append({"scores": tensor(big), "labels": indices(lb), "dim": 0, "loss": nll(big, lb, 0)})

    mses = []
    for shape in [(4, 3), (7,)]:
        y = rng.normal(size=shape)
        t = rng.normal(size=shape)
        # Mean of squared differences over every element (no factor 1/2).
        mses.append({"y": tensor(y), "target": tensor(t), "loss": float(np.mean((y - t) ** 2))})
    write("losses.json", {"softmax": soft, "nll": nlls, "mse": mses})


# ---------------------------------------------------------------- cells

def rnn_step(x, h, W, b, act):
    z = np.hstack([x, h]) @ W + b
    return np.tanh(z) if act == "tanh" else np.maximum(z, 0)


def lstm_step(x, h, c, W, b):
    H = h.shape[1]
    g = np.hstack([x, h]) @ W + b
    f, i, o = (sigmoid(gate_block(g, gate, H)) for gate in ("forget", "input", "output"))
    cand = np.tanh(gate_block(g, "candidate", H))
    c2 = c * f + i * cand
    return o * np.tanh(c2), c2


def gru_step(x, h, Wzr, bzr, Wh, bh):
    H = h.shape[1]
    zr = sigmoid(np.hstack([x, h]) @ Wzr + bzr)
    z, r = zr[:, 0:H], zr[:, H:2 * H]
    cand = np.tanh(np.hstack([x, r * h]) @ Wh + bh)
    return (1 - z) * h + z * cand


def cells(rng):
    out = {}
    T = 12
    for act, (B, X, H) in [("tanh", (3, 3, 4)), ("relu", (2, 3, 4))]:
        W = rng.normal(scale=0.5, size=(X + H, H))
        b = rng.normal(scale=0.1, size=(1, H))
        xs = [rng.normal(size=(B, X)) for _ in range(T)]
        h = rng.normal(scale=0.5, size=(B, H))
        if act == "relu":
            h = np.abs(h)
        h0 = h
        hs = []
        for x in xs:
            h = rnn_step(x, h, W, b, act)
            hs.append(h)
        out["rnn_" + act] = {"W": tensor(W), "b": tensor(b), "h0": tensor(h0),
                             "xs": [tensor(x) for x in xs], "hs": [tensor(v) for v in hs]}

    B, X, H = 3, 3, 4
    W = rng.normal(scale=0.5, size=(X + H, 4 * H))
    b = rng.normal(scale=0.1, size=(1, 4 * H))
    xs = [rng.normal(size=(B, X)) for _ in range(T)]
    h0 = rng.normal(scale=0.5, size=(B, H))
    c0 = rng.normal(scale=0.5, size=(B, H))
    h, c = h0, c0
    hs, cs = [], []
    for x in xs:
        h, c = lstm_step(x, h, c, W, b)
        hs.append(h)
        cs.append(c)
    forget = sigmoid(gate_block(np.hstack([xs[0], h0]) @ W + b, "forget", H))   # the first step's forget gate
    out["lstm"] = {"W": tensor(W), "b": tensor(b), "h0": tensor(h0), "c0": tensor(c0),
                   "xs": [tensor(x) for x in xs], "hs": [tensor(v) for v in hs], "cs": [tensor(v) for v in cs],
                   "forget_first": tensor(forget)}

    B, X, H = 2, 3, 4
    Wzr = rng.normal(scale=0.5, size=(X + H, 2 * H))
    bzr = rng.normal(scale=0.1, size=(1, 2 * H))
    Wh = rng.normal(scale=0.5, size=(X + H, H))
    bh = rng.normal(scale=0.1, size=(1, H))
    xs = [rng.normal(size=(B, X)) for _ in range(T)]
    h0 = rng.normal(scale=0.5, size=(B, H))
    h = h0
    hs = []
    for x in xs:
        h = gru_step(x, h, Wzr, bzr, Wh, bh)
        hs.append(h)
    out["gru"] = {"Wzr": tensor(Wzr), "bzr": tensor(bzr), "Wh": tensor(Wh), "bh": tensor(bh), "h0": tensor(h0),
                  "xs": [tensor(x) for x in xs], "hs": [tensor(v) for v in hs]}

    x = rng.normal(size=(3, 5))
    W = rng.normal(size=(5, 2))
    b = rng.normal(size=(1, 2))
    out["dense"] = {"x": tensor(x), "W": tensor(W), "b": tensor(b), "out": tensor(x @ W + b)}

    E = rng.normal(size=(7, 3))
    idx = np.array([3, 0, 6, 3])
    out["embedding"] = {"E": tensor(E), "indices": indices(idx), "out": tensor(E[idx, :])}
    write("cells.json", out)


# ---------------------------------------------------------------- BPTT by hand

def bptt_case(rng, V, H, T, zero_h0):
    """Vanilla tanh RNN, column convention, loss summed over time steps:
    h_t = tanh(Wx x_t + Wh h_{t-1} + b), y_t = Wy h_t + by,
    L = sum_t -log softmax(y_t)[target_t]; x_t is the one-hot vector of inputs[t]."""
    Wx = rng.normal(scale=0.4, size=(H, V))
    Wh = rng.normal(scale=0.4, size=(H, H))
    b = rng.normal(scale=0.1, size=(H, 1))
    Wy = rng.normal(scale=0.4, size=(V, H))
    by = rng.normal(scale=0.1, size=(V, 1))
    inputs = rng.integers(0, V, size=T)
    targets = rng.integers(0, V, size=T)
    h0 = np.zeros((H, 1)) if zero_h0 else rng.normal(scale=0.5, size=(H, 1))

    xs, hs, ps = [], [h0], []
    loss = 0.0
    for t in range(T):
        x = np.zeros((V, 1))
        x[inputs[t], 0] = 1.0
        h = np.tanh(Wx @ x + Wh @ hs[-1] + b)
        y = Wy @ h + by
        lp = logsoftmax(y, 0)
        loss -= lp[targets[t], 0]
        xs.append(x)
        hs.append(h)
        ps.append(np.exp(lp))

    dWx, dWh, db = np.zeros_like(Wx), np.zeros_like(Wh), np.zeros_like(b)
    dWy, dby = np.zeros_like(Wy), np.zeros_like(by)
    dh_steps = [None] * T    # total dL/dh_t, through the output and through the future
    dWh_steps = [None] * T   # step t's share of dL/dWh
    dh_next = np.zeros((H, 1))
    for t in reversed(range(T)):
        dy = ps[t].copy()
        dy[targets[t], 0] -= 1.0
        dWy += dy @ hs[t + 1].T
        dby += dy
        dh = Wy.T @ dy + dh_next
        dh_steps[t] = dh
        dz = (1.0 - hs[t + 1] ** 2) * dh
        dWh_steps[t] = dz @ hs[t].T
        dWh += dWh_steps[t]
        dWx += dz @ xs[t].T
        db += dz
        dh_next = Wh.T @ dz
    # Biases and hidden states are Julia vectors (shape [n]), as the engine's trace keeps them.
    def vector(a):
        return tensor(np.asarray(a).ravel())

    return {
        "V": V, "H": H, "T": T,
        "Wx": tensor(Wx), "Wh": tensor(Wh), "b": vector(b), "Wy": tensor(Wy), "by": vector(by),
        "h0": vector(h0), "inputs": indices(inputs), "targets": indices(targets),
        "loss": float(loss),
        "hs": [vector(h) for h in hs[1:]],
        "dh": [vector(d) for d in dh_steps],
        "dWh_steps": [tensor(d) for d in dWh_steps],
        "dWx": tensor(dWx), "dWh": tensor(dWh), "db": vector(db), "dWy": tensor(dWy), "dby": vector(dby),
        "dh0": vector(dh_next),
    }


def bptt(rng):
    write("bptt.json", {"cases": [bptt_case(rng, 5, 6, 12, True), bptt_case(rng, 4, 3, 15, False)]})


# ---------------------------------------------------------------- optimisers

def optimisers(rng):
    """A few steps of each optimiser from the same start with the same gradients.
    The update rules (epsilon added after the square root, as PyTorch and Knet do):
      sgd:     v = momentum*v - lr*g;  p += v
      adagrad: G += g^2;  p -= lr*g / (sqrt(G) + eps)
      rmsprop: a = decay*a + (1-decay)*g^2;  p -= lr*g / (sqrt(a) + eps)
      adam:    m = b1*m + (1-b1)*g;  v = b2*v + (1-b2)*g^2;
               p -= lr * (m/(1-b1^t)) / (sqrt(v/(1-b2^t)) + eps)"""
    shapes = [(3, 2), (4,)]
    start = [rng.normal(size=s) for s in shapes]
    steps = 6
    grads = [[rng.normal(size=s) for s in shapes] for _ in range(steps)]

    def run(update):
        params = [p.copy() for p in start]
        state = [None] * len(params)
        trajectory = []
        for t, gs in enumerate(grads, start=1):
            for k, g in enumerate(gs):
                params[k], state[k] = update(params[k], g, state[k], t)
            trajectory.append([tensor(p) for p in params])
        return trajectory

    def sgd(lr, momentum):
        def update(p, g, v, t):
            v = np.zeros_like(p) if v is None else v
            v = momentum * v - lr * g
            return p + v, v
        return update

    def adagrad(lr, eps):
        def update(p, g, G, t):
            G = (np.zeros_like(p) if G is None else G) + g * g
            return p - lr * g / (np.sqrt(G) + eps), G
        return update

    def rmsprop(lr, decay, eps):
        def update(p, g, a, t):
            a = decay * (np.zeros_like(p) if a is None else a) + (1 - decay) * g * g
            return p - lr * g / (np.sqrt(a) + eps), a
        return update

    def adam(lr, b1, b2, eps):
        def update(p, g, state, t):
            m, v = (np.zeros_like(p), np.zeros_like(p)) if state is None else state
            m = b1 * m + (1 - b1) * g
            v = b2 * v + (1 - b2) * g * g
            return p - lr * (m / (1 - b1 ** t)) / (np.sqrt(v / (1 - b2 ** t)) + eps), (m, v)
        return update

    runs = [
        {"optimiser": "sgd", "settings": {"lr": 0.1, "momentum": 0.0}, "after": run(sgd(0.1, 0.0))},
        {"optimiser": "sgd", "settings": {"lr": 0.05, "momentum": 0.9}, "after": run(sgd(0.05, 0.9))},
        {"optimiser": "adagrad", "settings": {"lr": 0.1, "eps": 1e-8}, "after": run(adagrad(0.1, 1e-8))},
        {"optimiser": "rmsprop", "settings": {"lr": 0.01, "decay": 0.9, "eps": 1e-8},
         "after": run(rmsprop(0.01, 0.9, 1e-8))},
        {"optimiser": "adam", "settings": {"lr": 0.01, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8},
         "after": run(adam(0.01, 0.9, 0.999, 1e-8))},
    ]

    clip_grads = [rng.normal(scale=3.0, size=s) for s in shapes]
    total = math.sqrt(sum(float(np.sum(g * g)) for g in clip_grads))
    max_norm = 2.0
    clipping = {
        "gradients": [tensor(g) for g in clip_grads],
        "global_norm": total,
        "max_norm": max_norm,
        "clipped_by_norm": [tensor(g * (max_norm / total) if total > max_norm else g) for g in clip_grads],
        "limit": 1.5,
        "clipped_by_value": [tensor(np.clip(g, -1.5, 1.5)) for g in clip_grads],
    }
    write("optimisers.json", {
        "start": [tensor(p) for p in start],
        "gradients": [[tensor(g) for g in gs] for gs in grads],
        "runs": runs,
        "clipping": clipping,
    })


# ---------------------------------------------------------------- random generator

def splitmix64(state):
    state = (state + 0x9E3779B97F4A7C15) & MASK64
    z = state
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
    return state, z ^ (z >> 31)


def rotl(x, k):
    return ((x << k) | (x >> (64 - k))) & MASK64


class Xoshiro256StarStar:
    def __init__(self, seed):
        state = seed & MASK64
        self.s = []
        for _ in range(4):
            state, word = splitmix64(state)
            self.s.append(word)

    def next(self):
        s0, s1, s2, s3 = self.s
        result = (rotl((s1 * 5) & MASK64, 7) * 9) & MASK64
        t = (s1 << 17) & MASK64
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotl(s3, 45)
        self.s = [s0, s1, s2, s3]
        return result

    def uniform(self):
        return (self.next() >> 11) * 2.0 ** -53

    def normal(self):
        u1 = self.uniform()
        u2 = self.uniform()
        return math.sqrt(-2.0 * math.log(1.0 - u1)) * math.cos(2.0 * math.pi * u2)


def random_streams():
    streams = []
    for seed in [42, 20261127]:
        g = Xoshiro256StarStar(seed)
        state = [str(w) for w in g.s]
        raw = [str(g.next()) for _ in range(40)]
        g = Xoshiro256StarStar(seed)
        uniforms = [g.uniform() for _ in range(20)]
        g = Xoshiro256StarStar(seed)
        normals = [g.normal() for _ in range(20)]
        # UInt64 values are strings: JSON numbers above 2^53 would lose digits.
        streams.append({"seed": seed, "state": state, "raw": raw, "uniform": uniforms, "normal": normals})
    write("random.json", {"streams": streams})


def loader_check():
    """Awkward doubles with their exact bit patterns, so a test can prove the JSON
    reader loses nothing (a reader that rounds would make every tolerance a lie)."""
    values = [0.1, 1.0 / 3.0, 2.0 ** -1074, 2.2250738585072014e-308, 1.7976931348623157e308,
              -0.0, 123456789.12345679, math.pi, 1e-300, 0.30000000000000004]
    write("loader.json", {"values": values, "bits": ["%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]
                                                     for v in values]})


def main():
    # One generator per file, so adding a case to one file leaves the others unchanged.
    elementwise(np.random.default_rng(1))
    math_functions(np.random.default_rng(2))
    reductions(np.random.default_rng(3))
    matmul(np.random.default_rng(4))
    shapes(np.random.default_rng(5))
    losses(np.random.default_rng(6))
    cells(np.random.default_rng(7))
    bptt(np.random.default_rng(8))
    optimisers(np.random.default_rng(9))
    random_streams()
    loader_check()


if __name__ == "__main__":
    main()
