"""Writes the fixtures of Tests/BenchTests from the numpy reference (bench/char_reference.py):

  weights-{rnn,lstm}-H4.txt   the shared LCG starting weights for the benchmark text's
                              vocabulary at hidden size 4, every parameter in order,
                              column-major, one float.hex() per line (bit-exact)
  losses-{rnn,lstm}-H16.txt   numpy's first 8 losses at hidden size 16, one repr per line
  losses-plain-rnn-H16.txt    the same from the numpy twin of bench/plain_rnn.jl (the twin
                              of bench/plain_lstm.jl is the LSTM reference itself)

The loss fixtures stop at 8 iterations because these training runs are chaotic: the
script checks that rounding alone (starting weights times 1 + 2^-52) moves none of the
8 losses by more than 1e-11, so a 1e-8 tolerance in the Swift test is meaningful.

Usage (from the repository root): python3 Tests/BenchTests/Fixtures/make_charbench_fixtures.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "bench"))

from char_reference import TRAINERS, initial_weights, load_text, weights_kind  # noqa: E402

data, vocabulary = load_text()
V = len(vocabulary)
for kind in ("rnn", "lstm", "plain-rnn"):
    trainer, start = TRAINERS[kind], weights_kind(kind)
    if kind == start:
        with open(os.path.join(HERE, f"weights-{kind}-H4.txt"), "w") as f:
            for w in initial_weights(kind, V, 4):
                for x in w.ravel(order="F"):
                    f.write(float(x).hex() + "\n")
    losses = trainer(initial_weights(start, V, 16), data).train(8)
    nudged = trainer([w * (1 + 2.0 ** -52) for w in initial_weights(start, V, 16)], data).train(8)
    drift = max(abs(a - b) / abs(a) for a, b in zip(losses, nudged))
    assert drift < 1e-11, f"{kind}: rounding alone moves these losses by {drift:.1e}"
    with open(os.path.join(HERE, f"losses-{kind}-H16.txt"), "w") as f:
        for x in losses:
            f.write(repr(float(x)) + "\n")
    print(f"{kind}: vocabulary {V}, rounding drift over 8 iterations {drift:.1e}")
