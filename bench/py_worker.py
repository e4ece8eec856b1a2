"""The Python side of bench/run: a worker that times one named case at a time.

    python3 bench/py_worker.py --impl numpy|jax            # serve: commands on stdin
    python3 bench/py_worker.py --impl numpy time rnn-100 2  # one case, then exit
    python3 bench/py_worker.py --impl jax losses lstm 32 50

Commands (one per line; one JSON object per line back):
    time CASE SECONDS      -> {"case", "impl", "its" | "gflops" and "ms", "samples"}
    losses KIND H N        -> {"losses": [...]} from the shared starting weights
    perturbed KIND H N     -> the same from the starting weights times (1 + 2^-52):
                              how far rounding alone moves this trajectory (numpy)
    kernel                 -> {"blas": ...}: the BLAS numpy calls and the kernel it
                              picked for this CPU (threadpoolctl), or why not known
    quit
KIND is rnn, lstm, plain-rnn or plain-lstm (the numpy twins of bench/plain_*.jl).
Cases: rnn-32, rnn-100, rnn-256, lstm-32, lstm-100, lstm-256 (both impls);
plain-rnn-100, plain-lstm-100 (numpy);
matmul-256, matmul-1024, eigvals-100, eigvals-300 (numpy only). bench/run keeps one
worker per implementation alive for the whole run, so JAX compiles each model once;
every measurement trains a fresh model from the starting weights.
"""
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import numpy as np  # noqa: E402

from char_reference import Lcg, load_text, numpy_trainer  # noqa: E402

CHAR_CASES = {f"{kind}-{h}": (kind, h) for kind in ("rnn", "lstm") for h in (32, 100, 256)}
CHAR_CASES.update({f"plain-{kind}-100": (f"plain-{kind}", 100) for kind in ("rnn", "lstm")})


def benchmark_matrix(n):
    """The n×n matrix of Sources/rnnlab-bench/BenchMatrices.swift, bit for bit."""
    return Lcg().matrix(n, n, 1.0)


def chunked_rate(train, budget):
    """Iterations per second: after a warm-up, the chunk size doubles until a chunk
    takes 50 ms; then chunks run until `budget` seconds pass; the median chunk rate."""
    train(2)
    chunk = 1
    while True:
        t0 = time.perf_counter()
        train(chunk)
        if time.perf_counter() - t0 >= 0.05 or chunk >= 4096:
            break
        chunk *= 2
    rates = []
    spent = 0.0
    while spent < budget or len(rates) < 3:
        t0 = time.perf_counter()
        train(chunk)
        s = time.perf_counter() - t0
        rates.append(chunk / s)
        spent += s
    return float(np.median(rates)), len(rates)


def median_seconds(body, budget):
    body()
    samples = []
    spent = 0.0
    while spent < budget or len(samples) < 3:
        t0 = time.perf_counter()
        body()
        s = time.perf_counter() - t0
        samples.append(s)
        spent += s
    return float(np.median(samples)), len(samples)


def blas_kernel():
    """The BLAS library numpy multiplies with, and the kernel it chose for this CPU, as
    threadpoolctl reads them from the loaded library."""
    try:
        from threadpoolctl import threadpool_info
    except ImportError:
        return {"blas": None, "why": f"threadpoolctl is not installed for {sys.executable} "
                                     "(pip install threadpoolctl)"}
    np.dot(np.ones((2, 2)), np.ones((2, 2)))  # make sure the library is loaded
    pools = [p for p in threadpool_info() if p.get("user_api") == "blas"]
    if not pools:
        return {"blas": None, "why": "threadpoolctl found no BLAS library loaded by numpy"}
    pool = pools[0]
    return {"blas": pool.get("internal_api"), "version": pool.get("version"),
            "kernel": pool.get("architecture"), "threads": pool.get("num_threads"),
            "environment": {name: os.environ.get(name) for name in PINNING_VARIABLES}}


# Variables that pin OpenBLAS's kernel choice; bench/run removes them from the
# reference processes' environment (see its `reference_environment`).
PINNING_VARIABLES = ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")


class Worker:
    def __init__(self, impl):
        self.impl = impl
        self.data, vocabulary = load_text()
        self.vocabulary = len(vocabulary)
        self.matrices = {}
        if impl == "jax":
            import char_jax
            self.jax = char_jax

    def trainer(self, kind, hidden):
        if self.impl == "jax" and kind.startswith("plain-"):
            raise ValueError(f"JAX has no twin of {kind}; its rows compare with numpy")
        if self.impl == "jax":
            return self.jax.JaxTrainer(kind, hidden, self.data, self.vocabulary)
        return numpy_trainer(kind, hidden, self.data, self.vocabulary)

    def time_case(self, name, budget):
        result = {"case": name, "impl": self.impl}
        if name in CHAR_CASES:
            # A fresh trainer from the starting weights for every measurement, as the
            # Swift side has; JAX's jitted iteration is compiled once per model and size.
            its, samples = chunked_rate(self.trainer(*CHAR_CASES[name]).train, budget)
            result.update(its=its, samples=samples)
        elif self.impl == "numpy" and name.startswith(("matmul-", "eigvals-")):
            n = int(name.split("-")[1])
            if n not in self.matrices:
                self.matrices[n] = (benchmark_matrix(n), np.asfortranarray(benchmark_matrix(n).T))
            a, b = self.matrices[n]
            body = (lambda: a @ b) if name.startswith("matmul-") else (lambda: np.linalg.eigvals(a))
            seconds, samples = median_seconds(body, budget)
            result.update(ms=seconds * 1e3, samples=samples)
            if name.startswith("matmul-"):
                result["gflops"] = 2 * n ** 3 / seconds / 1e9
        else:
            result["error"] = f"no case {name!r} for {self.impl}"
        return result

    def losses(self, kind, hidden, n):
        return {"kind": kind, "hidden": hidden, "impl": self.impl,
                "losses": [float(x) for x in self.trainer(kind, int(hidden)).train(int(n))]}

    def perturbed_losses(self, kind, hidden, n):
        trainer = numpy_trainer(kind, hidden, self.data, self.vocabulary, perturbation=2.0 ** -52)
        return {"kind": kind, "hidden": hidden, "impl": "numpy-perturbed",
                "losses": [float(x) for x in trainer.train(n)]}

    def handle(self, words):
        if words[0] == "kernel":
            return blas_kernel()
        if words[0] == "time":
            return self.time_case(words[1], float(words[2]))
        if words[0] == "losses":
            return self.losses(words[1], int(words[2]), int(words[3]))
        if words[0] == "perturbed" and self.impl == "numpy":
            return self.perturbed_losses(words[1], int(words[2]), int(words[3]))
        return {"error": f"unknown command {' '.join(words)!r}"}


def main(argv):
    if len(argv) < 2 or argv[0] != "--impl" or argv[1] not in ("numpy", "jax"):
        sys.exit(__doc__)
    worker = Worker(argv[1])
    if len(argv) > 2:
        print(json.dumps(worker.handle(argv[2:])), flush=True)
        return
    print(json.dumps({"ready": argv[1]}), flush=True)
    for line in sys.stdin:
        words = line.split()
        if not words:
            continue
        if words[0] == "quit":
            break
        try:
            reply = worker.handle(words)
        except Exception as error:  # the harness reports it beside the case
            reply = {"error": f"{type(error).__name__}: {error}"}
        print(json.dumps(reply), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
