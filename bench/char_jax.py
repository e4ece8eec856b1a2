"""The character-model benchmark in JAX, written as a JAX user would: the whole
iteration (forward by `lax.scan` over the 25 steps, `value_and_grad`, clipping,
Adagrad) is one jitted function, in float64, with one-hot inputs as column/row
gathers. The Python loop around it keeps only the pointer and the reset rule of the
specification.
"""
import jax

jax.config.update("jax_enable_x64", True)
jax.config.update("jax_platforms", "cpu")

import jax.numpy as jnp  # noqa: E402  (after the configuration above)
import numpy as np  # noqa: E402

from char_reference import CLIP, EPSILON, LEARNING_RATE, STEPS, gate_block, initial_weights, load_text  # noqa: E402


def rnn_loss(params, h0, inputs, targets):
    wxh, whh, bh, why, by = params

    def step(h, pair):
        x, target = pair
        h = jnp.tanh(wxh[:, x] + whh @ h + bh)
        y = why @ h + by
        return h, -jax.nn.log_softmax(y)[target]

    h_last, losses = jax.lax.scan(step, h0, (inputs, targets))
    return losses.sum(), h_last


def lstm_loss(params, state, inputs, targets):
    w, b, wy, by = params
    vocabulary = wy.shape[1]
    w_x, w_h = w[:vocabulary], w[vocabulary:]
    H = wy.shape[0]

    def step(carry, pair):
        h, c = carry
        x, target = pair
        gates = w_x[x] + h @ w_h + b[0]
        f, i, o = (jax.nn.sigmoid(gate_block(gates, gate, H)) for gate in ("forget", "input", "output"))
        g = jnp.tanh(gate_block(gates, "candidate", H))
        c = f * c + i * g
        h = o * jnp.tanh(c)
        y = h @ wy + by[0]
        return (h, c), -jax.nn.log_softmax(y)[target]

    last, losses = jax.lax.scan(step, state, (inputs, targets))
    return losses.sum(), last


def make_iteration(loss_fn):
    """One jitted iteration: slice the window, loss and gradients, clip, Adagrad."""

    def iteration(params, memory, state, data, p):
        inputs = jax.lax.dynamic_slice(data, (p,), (STEPS,))
        targets = jax.lax.dynamic_slice(data, (p + 1,), (STEPS,))
        (loss, last), grads = jax.value_and_grad(loss_fn, has_aux=True)(params, state, inputs, targets)
        grads = [jnp.clip(g, -CLIP, CLIP) for g in grads]
        memory = [m + g * g for m, g in zip(memory, grads)]
        params = [w - LEARNING_RATE * g / (jnp.sqrt(m) + EPSILON) for w, g, m in zip(params, grads, memory)]
        return params, memory, last, loss

    return jax.jit(iteration, donate_argnums=(0, 1, 2))


_ITERATIONS = {"rnn": make_iteration(rnn_loss), "lstm": make_iteration(lstm_loss)}


class JaxTrainer:
    """The JAX side's loop state; `train(n)` returns the n losses as floats."""

    def __init__(self, kind, hidden, data=None, vocabulary=None):
        if data is None:
            data, vocab = load_text()
            vocabulary = len(vocab)
        self.kind, self.H = kind, hidden
        self.iteration = _ITERATIONS[kind]
        self.params = [jnp.asarray(w) for w in initial_weights(kind, vocabulary, hidden)]
        self.memory = [jnp.zeros_like(w) for w in self.params]
        self.data = jnp.asarray(np.asarray(data, dtype=np.int64))
        self.length = len(data)
        self.p = 0
        self.n = 0
        self.state = None

    def zero_state(self):
        z = jnp.zeros(self.H)
        return z if self.kind == "rnn" else (z, jnp.zeros(self.H))

    def train(self, iterations):
        losses = []
        for _ in range(iterations):
            if self.n == 0 or self.p + STEPS + 1 > self.length:
                self.state = self.zero_state()
                self.p = 0
            self.params, self.memory, self.state, loss = self.iteration(
                self.params, self.memory, self.state, self.data, self.p)
            losses.append(loss)
            self.p += STEPS
            self.n += 1
        # Waiting for the last loss waits for the whole chain of dependent steps.
        return [float(x) for x in jax.block_until_ready(losses)]


if __name__ == "__main__":
    from char_reference import numpy_trainer

    for kind in ("rnn", "lstm"):
        a = np.array(numpy_trainer(kind, 32).train(50))
        b = np.array(JaxTrainer(kind, 32).train(50))
        print(kind, "max relative difference over 50 iterations:", np.max(np.abs(a - b) / np.abs(a)))
