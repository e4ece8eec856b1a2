import Foundation
import JuliaMath
import Testing

@Suite struct PowTests {
    // MARK: Special values (test/math.jl's "pow" and "basic math functions")

    @Test func specialValues() {
        let xs = [0.0, -0.0, 1.0, 10.0, 2.0, .infinity, .nan, -.infinity]
        let ys = [0.0, -0.0, 1.0, -3.0, -10.0, .infinity, .nan, -.infinity]
        // Julia's results for these are IEEE pow's (test/math.jl compares with BigFloat's,
        // by ==), but for the sign of two zeros: the compensated integer power ends in
        // fma(x, y, err), and fma(−0, 1, +0) is +0.
        #expect(Julia.pow(-0.0, 1.0).sign == .plus)
        #expect(Julia.pow(-Double.infinity, -3.0) == 0 && Julia.pow(-Double.infinity, -3.0).sign == .plus)
        for x in xs {
            for y in ys where !(x == 0 && x.sign == .minus && y == 1) && !(x == -.infinity && y == -3) {
                let expected = Foundation.pow(x, y)
                let got = Julia.pow(x, y)
                #expect(got.isNaN ? expected.isNaN : got == expected && got.sign == expected.sign, "\(x)^\(y): \(got) vs \(expected)")
            }
        }
        #expect(Julia.pow(0.0, 0.5) == 0)
        #expect(Julia.pow(0.0, 0.5).sign == .plus)
        #expect(Julia.pow(0.0, -0.5) == .infinity)
        #expect(Julia.pow(0.0, Double.nan).isNaN)
        #expect(Julia.pow(1.0, Double.nan) == 1)
        #expect(Julia.pow(Double.nan, -0.5).isNaN)
        #expect(Julia.pow(-1.0, .greatestFiniteMagnitude) == 1)
        #expect(Julia.pow((-1.0).nextDown, .greatestFiniteMagnitude) == .infinity)
        #expect(Julia.pow((-1.0).nextUp, .greatestFiniteMagnitude) == 0)
        #expect(Julia.pow(-2.0, 0.5).isNaN)  // Julia: DomainError
        #expect(Julia.pow(.infinity, -0.5) == 0)
        #expect(Julia.pow(.infinity, 0.5) == .infinity)
    }

    @Test func juliaTestCases() {
        // test/math.jl: error compensation at a large negative exponent, overflow, and two
        // inputs once more than an ulp off.
        #expect(Julia.pow(0.9999999955206014, -1.0e8) == 1.565084574870928)
        #expect(Julia.pow(3e18, 20) == .infinity)
        #expect(Julia.pow(0.0013653274095082324, -97.60372292227069) == 4.088393948750035e279)
        #expect(Julia.pow(8.758520413376658e-5, 70.55863059215994) == 5.052076767078296e-287)
        // x^1 === x for x = 1/3; (−x)^4 == x^4; (−x)^5 == −x^5.
        let x = 1.0 / 3
        #expect(Julia.pow(x, 1) == x)
        #expect(Julia.pow(-x, 4) == Julia.pow(x, 4))
        #expect(Julia.pow(-x, 5) == -Julia.pow(x, 5))
        #expect(Julia.pow(2.0, -2) == 0.25)
        #expect(Julia.pow(2.0, 5.0) == 32)  // exp2 docstring's 2^5
        #expect(Julia.pow(10.0, 2.0) == 100)
    }

    @Test func integerPowersAreCompensated() {
        // Within an ulp of the exact power (checked with the compensated integer path).
        #expect(Julia.pow(1.1, 10) == 2.5937424601000023)
        #expect(Julia.pow(Double.nan, 0) == 1)
        #expect(Julia.pow(0.0, -1) == .infinity)
        #expect(Julia.pow(-0.0, -1) == -.infinity)
        #expect(Julia.pow(2.0, Int.min) == 0.5)  // −Int.min wraps in Julia too
        #expect(Julia.pow(2.0, 1023) == 0x1p1023)
        #expect(Julia.pow(2.0, -1074) == .leastNonzeroMagnitude)
        #expect(Julia.pow(-0.0, 1.0) == 0 && Julia.pow(-0.0, 1.0).sign == .plus)  // fma(−0, 1, 0) is +0
    }

    @Test func subnormalBases() {
        var rng = SplitMix(state: 21)
        var inputs: [(Double, Double)] = []
        for _ in 0..<50_000 { inputs.append((rng.uniform(0, 1) * 0x1p-1022, rng.uniform(-1.2, 1.8))) }
        var worst = 0
        for (x, y) in inputs { worst = max(worst, ulpDistance(Julia.pow(x, y), Foundation.pow(x, y))) }
        #expect(worst <= 1)
    }

    @Test func nearLibm() {
        // test/math.jl's sample: x in [0, 100), y in [−100, 100).
        var rng = SplitMix(state: 22)
        var inputs: [(Double, Double)] = []
        for _ in 0..<300_000 { inputs.append((rng.uniform(0, 100), rng.uniform(-100, 100))) }
        for _ in 0..<100_000 { inputs.append((rng.uniform(0, 4), rng.uniform(-4, 4))) }
        var differing = 0, worst = 0
        for (x, y) in inputs {
            let d = ulpDistance(Julia.pow(x, y), Foundation.pow(x, y))
            if d > 0 { differing += 1 }
            worst = max(worst, d)
        }
        print("pow vs libm: \(differing) of \(inputs.count) differ (\(Double(differing) / Double(inputs.count) * 100)%), at most \(worst) ulp")
        recordDifferences("pow", inputs, Julia.pow, Foundation.pow)
        #expect(worst <= 1)
        #expect(Double(differing) / Double(inputs.count) < 0.01)
    }

    @Test func squareRootPower() {
        // x^0.5 is Julia's pow_body, not sqrt; the engine's fast path relies on their agreeing.
        let inputs = sample(200_000, 0, .greatestFiniteMagnitude, seed: 23)
        let c = Comparison(inputs, { Julia.pow($0, 0.5) }, { $0.squareRoot() })
        print("x^0.5 vs sqrt:", c)
        #expect(c.maxUlps <= 1)
    }

    @Test func literalPowersAreJuliasLiteralPow() {
        func same(_ a: Double, _ b: Double) -> Bool { a.bitPattern == b.bitPattern }
        // k = 1 is x itself; the variable exponent's fused product turns −0.0 into 0.0.
        #expect(same(Julia.literalPower(-0.0, 1), -0.0) && same(Julia.pow(-0.0, 1), 0.0))
        // test/numbers.jl "literal negative power accuracy": literal and float exponents agree.
        #expect(Julia.literalPower(0.7130409001548401, -2) == Julia.pow(0.7130409001548401, -2.0))
        #expect(Julia.literalPower(0.20675883960662367, -100) == Julia.pow(0.20675883960662367, -100.0))
        #expect(Julia.literalPower(0.004155780785470562, -1) == Julia.pow(0.004155780785470562, -1.0))
        // k = 0...3 and −1, −2 are the plain products and reciprocals, even at NaN and Inf.
        for x in [1.5, -2.25, 1e200, 5e-324, .infinity, .nan] {
            #expect(same(Julia.literalPower(x, 2), x * x) && same(Julia.literalPower(x, 3), x * x * x))
            #expect(same(Julia.literalPower(x, -1), 1 / x) && same(Julia.literalPower(x, -2), (1 / x) * (1 / x)))
            #expect(Julia.literalPower(x, 0) == 1)
        }
        // An Int base below −2: Float64(n)^k, compensated (test/math.jl: 2^-2 == 0.25 == (2^-1)^2).
        #expect(Julia.literalPower(integer: 2, -2) == 0.25 && Julia.literalPower(integer: 2, -1) == 0.5)
        for (n, k) in [(3, -5), (7, -3), (10, -7), (-3, -3)] {
            #expect(Julia.literalPower(integer: n, k) == Julia.pow(Double(n), k))
        }
    }

    @Test func powerBySquaringIsPlain() {
        // Julia's generic power_by_squaring, which π^n takes: (π·π)·(π·π) rounds twice.
        #expect(Julia.powerBySquaring(.pi, 4) == (Double.pi * Double.pi) * (Double.pi * Double.pi))
        #expect(Julia.powerBySquaring(.pi, 4) == 97.40909103400243 && Julia.pow(.pi, 4) == 97.40909103400242)
        #expect(Julia.powerBySquaring(.pi, 0) == 1 && Julia.powerBySquaring(.pi, 1) == .pi)
        #expect(Julia.powerBySquaring(1.1, 5) == 1.1 * ((1.1 * 1.1) * (1.1 * 1.1)))
        #expect(Julia.powerBySquaring(2, 10) == 1024 && Julia.powerBySquaring(-2, 3) == -8)
    }
}
