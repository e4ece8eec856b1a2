"""Writes lapack_vectors.json: eigenvectors and QR factors as LAPACK returns them, for
JuliaVectorSignTests.swift. Julia 1.10's eigen(A) of a nonsymmetric real matrix is
dgeevx('B', 'N', 'V', 'N'), the same steps as the dgeev numpy calls; of a symmetric 2×2
it is dsyevr (scipy's eigh driver='evr'); qr(A) is geqrt, whose reflectors are dgeqrf's
(scipy's qr). Julia sorts the eigenvalues (stably, by value), so the columns here are
sorted the same way. Matrices are integer, Gaussian, triangular-plus-diagonal, or have
a zero row and column (so balancing permutes); the badly scaled and strongly
non-normal ones, whose vectors LAPACK's blocked BLAS sums can turn either way, are
left out (docs/language.md says so), and so are matrices whose balancing permutation
differs between LAPACK 3.11 (Julia 1.10's OpenBLAS 0.3.23) and 3.12 (which rewrote
dgebal's search and which current numpy carries): the test is only as good as its
reference.

Run: python3 make_vector_fixtures.py (numpy and scipy with OpenBLAS)."""
import json
import numpy as np
import scipy.linalg as sl

def permutation_3_11(a):
    """dgebal's permutation search as LAPACK 3.11 does it: (ilo, ihi, swaps), 1-based."""
    a = a.copy()
    n = a.shape[0]
    k, l = 1, n
    swaps = []
    def exchange(j, m):
        swaps.append((m, j))
        if j != m:
            a[:l, [j - 1, m - 1]] = a[:l, [m - 1, j - 1]]
            a[[j - 1, m - 1], k - 1:] = a[[m - 1, j - 1], k - 1:]
    while True:
        for j in range(l, 0, -1):
            if all(i == j or a[j - 1, i - 1] == 0 for i in range(1, l + 1)):
                exchange(j, l)
                if l == 1:
                    return k, l, swaps
                l -= 1
                break
        else:
            break
    while k <= l:
        for j in range(k, l + 1):
            if all(i == j or a[i - 1, j - 1] == 0 for i in range(k, l + 1)):
                exchange(j, k)
                k += 1
                break
        else:
            break
    return k, l, swaps


def same_permutation(a):
    """Whether scipy's dgebal (the LAPACK numpy runs) permutes as LAPACK 3.11 would."""
    _, lo, hi, scale, _ = sl.lapack.dgebal(a, permute=1, scale=0)
    k, l, swaps = permutation_3_11(a)
    if (lo + 1, hi + 1) != (k, l):
        return False
    return all(int(scale[m - 1]) == j for m, j in swaps)


rng = np.random.default_rng(20261204)
general, symmetric, qr = [], [], []
while len(general) < 120:
    n = int(rng.integers(2, 13))
    kind = len(general) % 4
    if kind == 0:
        a = rng.integers(-5, 6, (n, n)).astype(float)
    elif kind == 1:
        a = rng.standard_normal((n, n))
    elif kind == 2:
        a = np.triu(rng.standard_normal((n, n))) + np.diag(rng.standard_normal(n)) * 3
    else:
        a = rng.integers(-3, 4, (n, n)).astype(float)
        a[rng.integers(0, n), :] = 0
        a[:, rng.integers(0, n)] = 0
    w, v = np.linalg.eig(a)
    if np.any(w.imag != 0) or np.array_equal(a, a.T) or np.count_nonzero(a - np.diag(np.diag(a))) == 0:
        continue
    if not same_permutation(a):
        continue
    order = sorted(range(n), key=lambda k: (w[k].real, k))
    general.append({"n": n, "matrix": a.flatten(order="F").tolist(),
                    "values": w.real[order].tolist(), "vectors": v.real[:, order].flatten(order="F").tolist()})
for k in range(60):
    a, b, c = (float(x) for x in (rng.integers(-5, 6, 3) if k % 2 == 0 else rng.standard_normal(3)))
    if b == 0:
        b = 1.0
    w, v = sl.eigh(np.array([[a, b], [b, c]]), driver="evr")
    symmetric.append({"n": 2, "matrix": [a, b, b, c], "values": w.tolist(), "vectors": v.flatten(order="F").tolist()})
for k in range(60):
    m, n = (int(x) for x in rng.integers(1, 9, 2))
    a = rng.integers(-4, 5, (m, n)).astype(float) if k % 3 == 0 else rng.standard_normal((m, n))
    if k % 3 == 2:
        a = np.triu(a)
    q, r = sl.qr(a)
    qr.append({"rows": m, "columns": n, "matrix": a.flatten(order="F").tolist(),
               "q": q.flatten(order="F").tolist(), "r": r[:min(m, n), :].flatten(order="F").tolist()})
with open("lapack_vectors.json", "w") as f:
    json.dump({"general": general, "symmetric": symmetric, "qr": qr}, f)
