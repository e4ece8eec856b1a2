"""Writes the numpy/LAPACK reference results the LinearAlgebra tests compare with.

Run from this folder:  python3 make_fixtures.py
Output: linear_algebra.json. Every matrix is stored column-major (as Tensor holds it)
beside numpy's answers; floats are written with repr, which round-trips exactly.
The seed is fixed, so rerunning reproduces the file (up to the LAPACK build).
"""
import json

import numpy as np

rng = np.random.default_rng(20261127)


def col_major(a):
    return [float(x) for x in np.asarray(a, dtype=float).flatten(order="F")]


def gaussian(m, n=None):
    return rng.standard_normal((m, m if n is None else n))


def random_orthogonal(n):
    q, r = np.linalg.qr(gaussian(n))
    return q * np.sign(np.diag(r))


def similar(diagonal_or_block, conditioning=1.0):
    """S B S^-1 for a random, reasonably conditioned S."""
    b = np.asarray(diagonal_or_block, dtype=float)
    n = b.shape[0]
    s = np.eye(n) + conditioning * gaussian(n) / np.sqrt(n)
    return s @ b @ np.linalg.inv(s)


def rotation_blocks(angles, radii):
    n = 2 * len(angles)
    b = np.zeros((n, n))
    for k, (t, r) in enumerate(zip(angles, radii)):
        b[2 * k:2 * k + 2, 2 * k:2 * k + 2] = r * np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]])
    return b


eigen_cases = []


def eigen_case(name, a, note="", tolerance=1e-9):
    a = np.asarray(a, dtype=float)
    values = np.linalg.eigvals(a)
    eigen_cases.append({
        "name": name, "n": a.shape[0], "matrix": col_major(a),
        "real": [float(v.real) for v in values], "imaginary": [float(v.imag) for v in values],
        "tolerance": tolerance, "note": note,
    })


for n in [1, 2, 3, 4, 5, 7, 10, 16, 25, 50, 100, 150, 200]:
    eigen_case(f"gaussian {n}", gaussian(n))
for n in [8, 33]:
    eigen_case(f"uniform {n}", rng.uniform(-1, 1, (n, n)))
eigen_case("rnn weights 64 scaled by 1.1/sqrt(n)", 1.1 * gaussian(64) / 8)
eigen_case("complex pairs: rotation blocks under similarity",
           similar(rotation_blocks([0.3, 1.1, 2.0, 2.9, 0.7], [1.0, 0.5, 2.0, 1.5, 0.8])))
eigen_case("rotation 2x2 by 0.7", rotation_blocks([0.7], [1.0]))
t = 0.4
eigen_case("rotation 3d about z", [[np.cos(t), -np.sin(t), 0], [np.sin(t), np.cos(t), 0], [0, 0, 1]])
eigen_case("random orthogonal 30", random_orthogonal(30))
eigen_case("repeated eigenvalues, diagonalisable", similar(np.diag([1, 1, 1, 2, 2, 3, -1, -1.0])))
eigen_case("repeated complex pairs", similar(rotation_blocks([0.9, 0.9, 0.9], [1.0, 1.0, 1.0])))
eigen_case("jordan block 4 (triangular, defective)",
           np.diag([2.0] * 4) + np.diag([1.0] * 3, 1))
eigen_case("jordan block 3 under similarity (defective)",
           similar(np.diag([2.0] * 3) + np.diag([1.0] * 2, 1), conditioning=0.5),
           note="a 3x3 Jordan block: perturbations of size eps move its eigenvalue by "
                "about eps^(1/3) ~ 6e-6, in numpy as in any backward-stable method",
           tolerance=1e-4)
eigen_case("nilpotent strictly upper triangular 6", np.triu(gaussian(6), 1))
for n in [20, 60]:
    g = gaussian(n)
    eigen_case(f"symmetric {n}", (g + g.T) / 2)
eigen_case("upper triangular 12", np.triu(gaussian(12)))
eigen_case("lower triangular 9", np.tril(gaussian(9)))
eigen_case("zero 5", np.zeros((5, 5)))
eigen_case("identity 4", np.eye(4))
d = 10.0 ** np.linspace(-6, 6, 12)
eigen_case("badly scaled D A D^-1, D from 1e-6 to 1e6", np.diag(d) @ gaussian(12) @ np.diag(1 / d))
eigen_case("tiny entries 1e-150", 1e-150 * gaussian(10))
eigen_case("huge entries 1e150", 1e150 * gaussian(10))
roots = [-3.0, -1.5, 0.5, 2.0, 4.0, 7.0]
coefficients = np.poly(roots)
companion = np.zeros((6, 6))
companion[0, :] = -coefficients[1:]
companion[1:, :-1] = np.eye(5)
eigen_case("companion matrix of (x+3)(x+1.5)(x-0.5)(x-2)(x-4)(x-7)", companion)
eigen_case("non-symmetric tridiagonal toeplitz 15",
           np.diag([2.0] * 15) + np.diag([1.0] * 14, 1) + np.diag([0.5] * 14, -1))

svd_cases = []


def svd_case(name, a, note=""):
    a = np.asarray(a, dtype=float)
    svd_cases.append({
        "name": name, "rows": a.shape[0], "columns": a.shape[1], "matrix": col_major(a),
        "values": [float(s) for s in np.linalg.svd(a, compute_uv=False)], "note": note,
    })


for shape in [(1, 1), (3, 3), (10, 10), (50, 50), (100, 100), (40, 12), (12, 40), (1, 7), (7, 1)]:
    svd_case(f"gaussian {shape[0]}x{shape[1]}", gaussian(*shape))
svd_case("rank 3 of 20x15", gaussian(20, 3) @ gaussian(3, 15),
         note="singular values 4...15 are rounding noise in any method")
u, _ = np.linalg.qr(gaussian(30))
v, _ = np.linalg.qr(gaussian(30))
svd_case("graded singular values 1 to 1e-6", u @ np.diag(10.0 ** np.linspace(0, -6, 30)) @ v.T)
svd_case("zero 4x6", np.zeros((4, 6)))
svd_case("rnn weights 64", 1.1 * gaussian(64) / 8)

symmetric_cases = []
for n in [1, 2, 5, 30, 100]:
    g = gaussian(n)
    a = (g + g.T) / 2
    symmetric_cases.append({"name": f"symmetric {n}", "n": n, "matrix": col_major(a),
                            "values": [float(x) for x in np.linalg.eigvalsh(a)]})
q = random_orthogonal(8)
a = q @ np.diag([1, 1, 1, 2, 2, -3, 0, 0.0]) @ q.T
a = (a + a.T) / 2
symmetric_cases.append({"name": "symmetric with repeated and zero eigenvalues", "n": 8, "matrix": col_major(a),
                        "values": [float(x) for x in np.linalg.eigvalsh(a)]})

lu_cases = []
for n in [1, 2, 5, 20, 60]:
    a = gaussian(n)
    b = gaussian(n, 3)
    lu_cases.append({"name": f"gaussian {n}", "n": n, "matrix": col_major(a),
                     "det": float(np.linalg.det(a)), "inverse": col_major(np.linalg.inv(a)),
                     "rhs": col_major(b), "solution": col_major(np.linalg.solve(a, b))})

least_squares_cases = []
for m, n in [(20, 5), (7, 3), (4, 9), (1, 3), (6, 6)]:
    a = gaussian(m, n)
    b = gaussian(m, 2)
    least_squares_cases.append({"name": f"gaussian {m}x{n}", "rows": m, "columns": n, "matrix": col_major(a),
                                "rhs": col_major(b), "solution": col_major(np.linalg.lstsq(a, b, rcond=None)[0])})

# Matrices for the multishift QR iteration with aggressive early deflation, which
# takes over from 120 rows. Drawn after everything above, so the earlier cases keep
# their numbers.


def normal_matrix(reals, angles, radii):
    """Q D Q' for a random orthogonal Q and D holding the given real eigenvalues and
    rotation blocks: nonsymmetric, yet every eigenvalue has condition number 1, so
    tight clusters are still fair to compare at 1e-9."""
    d = np.zeros((len(reals) + 2 * len(angles),) * 2)
    d[:len(reals), :len(reals)] = np.diag(reals)
    d[len(reals):, len(reals):] = rotation_blocks(angles, radii)
    q = random_orthogonal(d.shape[0])
    return q @ d @ q.T


def jitter(centres, count, spread):
    return np.repeat(centres, count) + spread * rng.uniform(-0.5, 0.5, len(centres) * count)


eigen_case("normal 130: clusters of real and complex eigenvalues 1e-6 wide",
           normal_matrix(jitter([-1.0, 1.0], 20, 1e-6), jitter([0.5, 1.5, 2.5], 15, 1e-6),
                         jitter([1.0, 1.0, 1.0], 15, 1e-6)))
moduli = 10.0 ** np.linspace(0, -4, 65)
eigen_case("normal 130: moduli from 1 down to 1e-4",
           normal_matrix(np.array([1.0, -1.0]) * moduli[[0, -1]], rng.uniform(0.1, 3.0, 64), moduli[:64]))
eigen_case("real eigenvalues 1...140 under a nonorthogonal similarity",
           similar(np.diag(np.arange(1.0, 141.0)), conditioning=0.3))
eigen_case("rnn weights 160 scaled by 1.1/sqrt(n)", 1.1 * gaussian(160) / np.sqrt(160))


def benchmark_matrix(n, seed=20261127):
    """rnnlab-bench's matrix: uniform on [-0.5, 0.5) from a 64-bit LCG, column-major."""
    state, values = seed, []
    for _ in range(n * n):
        state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
        values.append((state >> 11) * 2.0**-53 - 0.5)
    return np.array(values).reshape((n, n), order="F")


# Too large to store: the tests rebuild the matrix from the generator.
generated_eigen_cases = []
for n in [300]:
    values = np.linalg.eigvals(benchmark_matrix(n))
    generated_eigen_cases.append({
        "name": f"benchmark lcg {n}", "n": n, "seed": 20261127,
        "real": [float(v.real) for v in values], "imaginary": [float(v.imag) for v in values]})

with open("linear_algebra.json", "w") as f:
    json.dump({"eigen": eigen_cases, "svd": svd_cases, "symmetric": symmetric_cases, "lu": lu_cases,
               "least_squares": least_squares_cases, "generated_eigen": generated_eigen_cases}, f)
print(len(eigen_cases), "eigen,", len(svd_cases), "svd,", len(symmetric_cases), "symmetric,", len(lu_cases), "lu,",
      len(least_squares_cases), "least squares,", len(generated_eigen_cases), "generated eigen")
