"""The character-model benchmark in numpy: text, shared starting weights, and
min-char-rnn's training loop for the vanilla RNN and the LSTM.

Follows the benchmark specification (one iteration = 25 steps of batch 1, summed
cross-entropy, exact BPTT written by hand, gradients clipped to [-5, 5], Adagrad with
lr 0.1 and epsilon outside the square root, state carried between iterations). The
JAX version (char_jax.py) and the Swift versions must give the same losses from the
same starting weights; this file is the reference they are compared against.
"""
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
TEXT_PATH = os.path.join(HERE, "data", "training-text.txt")
STEPS = 25
LEARNING_RATE = 0.1
CLIP = 5.0
EPSILON = 1e-8
KINDS = ("rnn", "lstm")
# The LSTM's gate blocks in the order they stand in the gate vector: the engine's
# LSTMGate (Sources/KernelsSupport/LSTMGate.swift), which a Swift test holds this to.
# Every LSTM here (and char_jax.py's) slices and joins its gates by this tuple.
LSTM_GATES = ("forget", "input", "output", "candidate")


def gate_block(gates, gate, H):
    """Gate `gate`'s block of H in the last axis of `gates`."""
    k = LSTM_GATES.index(gate)
    return gates[..., k * H:(k + 1) * H]


def load_text(path=TEXT_PATH):
    """The text as 0-based ids and its vocabulary (distinct scalars, sorted)."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    vocabulary = sorted(set(text))
    index = {ch: i for i, ch in enumerate(vocabulary)}
    return np.array([index[ch] for ch in text], dtype=np.int64), vocabulary


class Lcg:
    """The shared 64-bit linear congruential generator of the starting weights."""

    def __init__(self, seed=20261127):
        self.state = seed

    def draws(self, count, scale):
        """`count` uniforms in [-0.5, 0.5) times `scale`, in the Swift side's order."""
        out = np.empty(count)
        s = self.state
        for k in range(count):
            s = (s * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
            out[k] = ((s >> 11) * 2.0 ** -53 - 0.5) * scale
        self.state = s
        return out

    def matrix(self, rows, cols, scale):
        return self.draws(rows * cols, scale).reshape(rows, cols, order="F")


def initial_weights(kind, vocabulary, hidden):
    """The starting weights of the specification, in its parameter order and layouts
    (RNN: Wxh H×V, Whh H×H, bh H, Why V×H, by V; LSTM: W (V+H)×4H, b 1×4H, Wy H×V,
    by 1×V)."""
    V, H = vocabulary, hidden
    lcg = Lcg()
    if kind == "rnn":
        wxh = lcg.matrix(H, V, 0.02)
        whh = lcg.matrix(H, H, 0.02)
        why = lcg.matrix(V, H, 0.02)
        return [wxh, whh, np.zeros(H), why, np.zeros(V)]
    if kind == "lstm":
        w = lcg.matrix(V + H, 4 * H, 2 * np.sqrt(6 / (V + H + 4 * H)))
        wy = lcg.matrix(H, V, 2 * np.sqrt(6 / (H + V)))
        b = np.zeros((1, 4 * H))
        gate_block(b, "forget", H)[...] = 1
        return [w, b, wy, np.zeros((1, V))]
    raise ValueError(f"unknown model kind {kind!r}")


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


class Trainer:
    """Keeps the loop's state (pointer, iteration count, recurrent state, Adagrad
    memory) and runs iterations; subclasses give the loss and its gradients."""

    def __init__(self, weights, data):
        self.params = [w.copy() for w in weights]
        self.memory = [np.zeros_like(w) for w in weights]
        self.data = data
        self.p = 0
        self.n = 0
        self.state = None

    def train(self, iterations):
        losses = []
        data, T = self.data, STEPS
        for _ in range(iterations):
            if self.n == 0 or self.p + T + 1 > len(data):
                self.state = self.zero_state()
                self.p = 0
            inputs = data[self.p:self.p + T]
            targets = data[self.p + 1:self.p + T + 1]
            loss, grads, self.state = self.loss_and_gradients(inputs, targets, self.state)
            for param, grad, mem in zip(self.params, grads, self.memory):
                np.clip(grad, -CLIP, CLIP, out=grad)
                mem += grad * grad
                param -= LEARNING_RATE * grad / (np.sqrt(mem) + EPSILON)
            self.p += T
            self.n += 1
            losses.append(loss)
        return losses


class RNNTrainer(Trainer):
    """min-char-rnn: column vectors, one-hot inputs multiplied in, BPTT by hand, with
    np.dot as it writes it (faster than `@` for these small outer products)."""

    def __init__(self, weights, data):
        super().__init__(weights, data)
        self.H = self.params[1].shape[0]
        self.V = self.params[0].shape[1]
        # min-char-rnn keeps biases as column vectors.
        self.params[2] = self.params[2].reshape(-1, 1)
        self.params[4] = self.params[4].reshape(-1, 1)
        self.memory = [np.zeros_like(w) for w in self.params]

    def zero_state(self):
        return np.zeros((self.H, 1))

    def loss_and_gradients(self, inputs, targets, hprev):
        Wxh, Whh, bh, Why, by = self.params
        xs, hs, ps = {}, {-1: hprev}, {}
        loss = 0.0
        for t in range(len(inputs)):
            xs[t] = np.zeros((self.V, 1))
            xs[t][inputs[t]] = 1
            hs[t] = np.tanh(np.dot(Wxh, xs[t]) + np.dot(Whh, hs[t - 1]) + bh)
            y = np.dot(Why, hs[t]) + by
            e = np.exp(y - y.max())
            ps[t] = e / e.sum()
            loss += -np.log(ps[t][targets[t], 0])
        dWxh, dWhh, dWhy = np.zeros_like(Wxh), np.zeros_like(Whh), np.zeros_like(Why)
        dbh, dby = np.zeros_like(bh), np.zeros_like(by)
        dhnext = np.zeros_like(hprev)
        for t in reversed(range(len(inputs))):
            dy = ps[t].copy()
            dy[targets[t]] -= 1
            dWhy += np.dot(dy, hs[t].T)
            dby += dy
            dh = np.dot(Why.T, dy) + dhnext
            dhraw = (1 - hs[t] * hs[t]) * dh
            dbh += dhraw
            dWxh += np.dot(dhraw, xs[t].T)
            dWhh += np.dot(dhraw, hs[t - 1].T)
            dhnext = np.dot(Whh.T, dhraw)
        return loss, [dWxh, dWhh, dbh, dWhy, dby], hs[len(inputs) - 1]


class PlainRNNTrainer(RNNTrainer):
    """The numpy twin of bench/plain_rnn.jl, line for line: each step's input is a
    column of Wxh (no one-hot product), the loss is log(sum(exp(y))) - y[target] as the
    program writes it (no shift by the maximum), and the backward pass is written by
    hand. The update is the same clipped Adagrad."""

    def loss_and_gradients(self, inputs, targets, hprev):
        Wxh, Whh, bh, Why, by = self.params
        hs, ps = {-1: hprev}, {}
        loss = 0.0
        for t in range(len(inputs)):
            hs[t] = np.tanh(Wxh[:, inputs[t]:inputs[t] + 1] + np.dot(Whh, hs[t - 1]) + bh)
            y = np.dot(Why, hs[t]) + by
            e = np.exp(y)
            total = e.sum()
            ps[t] = e / total
            loss += np.log(total) - y[targets[t], 0]
        dWxh, dWhh, dWhy = np.zeros_like(Wxh), np.zeros_like(Whh), np.zeros_like(Why)
        dbh, dby = np.zeros_like(bh), np.zeros_like(by)
        dhnext = np.zeros_like(hprev)
        for t in reversed(range(len(inputs))):
            dy = ps[t].copy()
            dy[targets[t]] -= 1
            dWhy += np.dot(dy, hs[t].T)
            dby += dy
            dh = np.dot(Why.T, dy) + dhnext
            dhraw = (1 - hs[t] * hs[t]) * dh
            dbh += dhraw
            dWxh[:, inputs[t]:inputs[t] + 1] += dhraw
            dWhh += np.dot(dhraw, hs[t - 1].T)
            dhnext = np.dot(Whh.T, dhraw)
        return loss, [dWxh, dWhh, dbh, dWhy, dby], hs[len(inputs) - 1]


class LSTMTrainer(Trainer):
    """The engine's fused-gate LSTM (row vectors; gate blocks in LSTM_GATES's order)
    with its backward pass written by hand. It is also the numpy twin of
    bench/plain_lstm.jl, whose `lstm` (lesson 6's) computes the same products,
    slices and activations."""

    def __init__(self, weights, data):
        super().__init__(weights, data)
        self.H = self.params[2].shape[0]
        self.V = self.params[2].shape[1]

    def zero_state(self):
        return np.zeros((1, self.H)), np.zeros((1, self.H))

    def loss_and_gradients(self, inputs, targets, state):
        W, b, Wy, by = self.params
        H, V = self.H, self.V
        h, c = state
        cache = []
        loss = 0.0
        for t in range(len(inputs)):
            x = np.zeros((1, V))
            x[0, inputs[t]] = 1
            xh = np.hstack([x, h])
            g = np.dot(xh, W) + b
            f, i, o = (sigmoid(gate_block(g, gate, H)) for gate in ("forget", "input", "output"))
            cand = np.tanh(gate_block(g, "candidate", H))
            c_prev = c
            c = f * c + i * cand
            tc = np.tanh(c)
            h = o * tc
            s = np.dot(h, Wy) + by
            e = np.exp(s - s.max())
            p = e / e.sum()
            loss += -np.log(p[0, targets[t]])
            cache.append((xh, f, i, o, cand, c_prev, tc, h, p))
        dW, db, dWy, dby = np.zeros_like(W), np.zeros_like(b), np.zeros_like(Wy), np.zeros_like(by)
        dh_next, dc_next = np.zeros((1, H)), np.zeros((1, H))
        for t in reversed(range(len(inputs))):
            xh, f, i, o, cand, c_prev, tc, h_t, p = cache[t]
            ds = p.copy()
            ds[0, targets[t]] -= 1
            dWy += np.dot(h_t.T, ds)
            dby += ds
            dh = np.dot(ds, Wy.T) + dh_next
            do = dh * tc
            dc = dh * o * (1 - tc * tc) + dc_next
            df, di, dcand = dc * c_prev, dc * cand, dc * i
            dgate = {"forget": df * f * (1 - f), "input": di * i * (1 - i), "output": do * o * (1 - o),
                     "candidate": dcand * (1 - cand * cand)}
            dg = np.hstack([dgate[gate] for gate in LSTM_GATES])
            dW += np.dot(xh.T, dg)
            db += dg
            dh_next = np.dot(dg, W.T)[:, V:]
            dc_next = dc * f
        return loss, [dW, db, dWy, dby], (h, c)


# The trainer of each kind: the benchmark's models, and the numpy twins of the plain
# notebook programs (which start from the same weights as the model they rewrite).
TRAINERS = {"rnn": RNNTrainer, "lstm": LSTMTrainer, "plain-rnn": PlainRNNTrainer, "plain-lstm": LSTMTrainer}


def weights_kind(kind):
    """The model whose starting weights `kind` uses: plain-rnn starts as rnn does."""
    return kind.removeprefix("plain-")


def numpy_trainer(kind, hidden, data=None, vocabulary=None, perturbation=0.0):
    """A trainer of `kind` at hidden size `hidden` from the shared starting weights,
    each multiplied by (1 + perturbation)."""
    if data is None:
        data, vocab = load_text()
        vocabulary = len(vocab)
    weights = [w * (1 + perturbation) for w in initial_weights(weights_kind(kind), vocabulary, hidden)]
    return TRAINERS[kind](weights, data)


if __name__ == "__main__":
    ids, vocab = load_text()
    print(f"{len(ids)} characters, vocabulary {len(vocab)}")
    for kind in KINDS:
        print(kind, numpy_trainer(kind, 32).train(3))
