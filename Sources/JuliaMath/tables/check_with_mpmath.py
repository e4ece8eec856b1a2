#!/usr/bin/env python3
"""Decides, with 200-digit arithmetic, which of two results is nearer the exact value, for
the inputs where Julia's functions (this module) and the C library differ. Reads the files
JuliaMathTests writes when JULIAMATH_DIFFERENCES=DIR is set (lines "x y julia libm" as
Float64 bit patterns; y only for pow) and prints, per function, how far each is from the
exact value in ulps of the exact value's binade.

Usage: JULIAMATH_DIFFERENCES=/tmp/d swift test --skip-build --filter JuliaMathTests
       python3 check_with_mpmath.py /tmp/d/*.txt
"""
import os
import struct
import sys

import mpmath

mpmath.mp.dps = 200

EXACT = {
    "log": mpmath.log, "log2": lambda x: mpmath.log(x, 2), "log10": mpmath.log10,
    "log1p": mpmath.log1p, "expm1": mpmath.expm1,
    "cbrt": lambda x: mpmath.sign(x) * mpmath.cbrt(abs(x)),  # the real root, not the principal one
    "sinh": mpmath.sinh, "cosh": mpmath.cosh, "asinh": mpmath.asinh,
    "acosh": mpmath.acosh, "atanh": mpmath.atanh, "tanh": mpmath.tanh,
    "pow": lambda x, y: mpmath.power(x, y),
}


def double(bits: int) -> float:
    return struct.unpack("<d", struct.pack("<Q", bits))[0]


def ulp_error(got: float, exact) -> float:
    """|got − exact| in units of the last place of a double near exact."""
    if exact == 0:
        return 0.0 if got == 0 else float("inf")
    e = int(mpmath.floor(mpmath.log(abs(exact), 2)))
    e = max(e, -1022)  # subnormals: fixed ulp 2^-1074
    ulp = mpmath.mpf(2) ** (e - 52)
    return float(abs(mpmath.mpf(got) - exact) / ulp)


def main(paths):
    for path in paths:
        name = os.path.basename(path)[:-4]
        f = EXACT[name]
        lines = [l.split() for l in open(path) if l.strip()]
        julia_better = libm_better = 0
        worst_julia = worst_libm = 0.0
        for xb, yb, jb, lb in lines:
            x, y, j, l = double(int(xb)), double(int(yb)), double(int(jb)), double(int(lb))
            exact = f(mpmath.mpf(x), mpmath.mpf(y)) if name == "pow" else f(mpmath.mpf(x))
            ej, el = ulp_error(j, exact), ulp_error(l, exact)
            worst_julia, worst_libm = max(worst_julia, ej), max(worst_libm, el)
            if ej < el:
                julia_better += 1
            else:
                libm_better += 1
        print(f"{name}: {len(lines)} differing inputs; Julia's nearer in {julia_better}, "
              f"libm's in {libm_better}; worst error Julia {worst_julia:.3f} ulp, libm {worst_libm:.3f} ulp")


if __name__ == "__main__":
    main(sys.argv[1:])
