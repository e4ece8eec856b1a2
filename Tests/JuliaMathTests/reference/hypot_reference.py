#!/usr/bin/env python3
"""Prints the correctly rounded values that HypotTests.swift pins Julia's hypot, rem2pi,
sinc, cosc and cispi to.

hypot: Julia 1.10's two-argument hypot for Float64 (Borges's algorithm, FMA branch) is
correctly rounded, so the correctly rounded √(x² + y²) is Julia's. It is found exactly: a
first guess from mpmath at 300 bits, then moved until (h ± ulp/2)² bracket x² + y², every
square a Fraction.

rem2pi: x − 2π·round(x/(2π), r) with π to 300 bits beyond x's exponent, rounded once.
sinc, cosc, cispi: the exact functions at the Double argument, rounded once; Julia's
values are within a few ulps of them (they are not correctly rounded), which the tests
check with their stated tolerance.

Usage: python3 hypot_reference.py   (prints the Swift rows)
"""
import math
import random
import struct
from fractions import Fraction

import mpmath


def exact_double(v):
    """The Double nearest the mpf v, rounded once."""
    sign, man, exp, _ = v._mpf_
    if man == 0:
        return 0.0
    try:
        magnitude = float(Fraction(int(man)) * Fraction(2) ** int(exp))
    except OverflowError:  # beyond floatmax by at least half an ulp
        magnitude = math.inf
    return -magnitude if sign else magnitude


def is_odd(h):
    return struct.unpack("<Q", struct.pack("<d", h))[0] & 1 == 1


def hypot_correctly_rounded(x, y):
    s = Fraction(x) ** 2 + Fraction(y) ** 2
    if s == 0:
        return 0.0
    with mpmath.workprec(300):
        h = exact_double(mpmath.sqrt(mpmath.mpf(x) ** 2 + mpmath.mpf(y) ** 2))
    while math.isfinite(h):
        up = Fraction(h) + (Fraction(math.nextafter(h, math.inf)) - Fraction(h)) / 2
        down = Fraction(h) - (Fraction(h) - Fraction(math.nextafter(h, 0))) / 2
        if up * up < s or (up * up == s and is_odd(h)):
            h = math.nextafter(h, math.inf)
        elif down * down > s or (down * down == s and is_odd(h)):
            h = math.nextafter(h, 0)
        else:
            return h
    return h


def hypot_cases():
    rng = random.Random(15)
    cases = [(3.0, 4.0), (1e10, 1e10), (1.7976931348623157e308, 1.7976931348623157e308),
             (1e308, 1e308), (5e-324, 5e-324), (1e-310, 3e-310), (2.2250738585072014e-308, 1e-320),
             (1.368423059742933, 1.3510496552495361), (1.0, 1e-8), (1.0, 1.0536712127723509e-8),
             (1e154, 1e154), (1.3407807929942596e154, 1.0), (1e-160, 1e-160), (0.1, 0.2), (0.7, 0.7)]
    for _ in range(25):
        e = rng.randint(-1070, 1020)
        d = rng.randint(0, 30)
        x = rng.uniform(1, 2) * 2.0 ** e
        y = rng.uniform(1, 2) * 2.0 ** max(e - d, -1074)
        cases.append((x, -y if rng.random() < 0.3 else y))
    for _ in range(20):
        cases.append((rng.uniform(0, 10), rng.uniform(0, 10)))
    return cases


def rem2pi_exact(x, mode):
    with mpmath.workprec(300 + max(0, math.frexp(x)[1])):
        q = mpmath.mpf(x) / (2 * mpmath.pi)
        n = {"nearest": mpmath.nint, "toZero": lambda v: mpmath.floor(v) if v >= 0 else mpmath.ceil(v),
             "down": mpmath.floor, "up": mpmath.ceil}[mode](q)
        return exact_double(mpmath.mpf(x) - 2 * mpmath.pi * n)


def sinc_exact(x):
    with mpmath.workprec(300):
        return exact_double(mpmath.sincpi(mpmath.mpf(x)))


def cosc_exact(x):
    with mpmath.workprec(300):
        a = mpmath.mpf(x)
        return exact_double(mpmath.cospi(a) / a - mpmath.sinpi(a) / (mpmath.pi * a * a))


def cispi_exact(re, im):
    with mpmath.workprec(300):
        v = mpmath.exp(-mpmath.pi * mpmath.mpf(im))
        return exact_double(v * mpmath.cospi(mpmath.mpf(re))), exact_double(v * mpmath.sinpi(mpmath.mpf(re)))


if __name__ == "__main__":
    print("    // hypot(x, y), correctly rounded")
    for x, y in hypot_cases():
        print(f"        ({x!r}, {y!r}, {hypot_correctly_rounded(x, y)!r}),")
    print("    // rem2pi(x, r)")
    for x in [4.0, -4.0, 8.0, -8.0, 13.0, -13.0, 7.0, 100.0, -100.0, 1e5, 355.0, 1e22, -1e22, 1e300,
              6.283185307179586, -6.283185307179586, 3.141592653589793 * 3, 5.497787143782138]:
        row = ", ".join(f"{rem2pi_exact(x, m)!r}" for m in ["nearest", "toZero", "down", "up"])
        print(f"        ({x!r}, [{row}]),")
    print("    // sinc(x), cosc(x)")
    for x in [0.001, 0.00099, 0.14, 0.1399, 0.5, 0.25, 1.5, 2.5, 0.3, 1e-5, 3.7, 100.25, -0.75]:
        print(f"        ({x!r}, {sinc_exact(x)!r}, {cosc_exact(x)!r}),")
    print("    // cispi(re + im·i)")
    for re, im in [(0.25, 1.0), (0.1, 0.0), (1.0 / 3, -0.5), (10000.0, 0.0), (2.75, 0.125)]:
        print(f"        ({re!r}, {im!r}, {cispi_exact(re, im)!r}),")
