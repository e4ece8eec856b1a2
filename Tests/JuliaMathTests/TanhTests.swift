import JuliaMath
import Testing

@Suite struct TanhTests {
    // MARK: Special values and the branches' edges

    @Test func signsZerosAndNonFinite() {
        #expect(Julia.tanh(0.0).bitPattern == 0.0.bitPattern)
        #expect(Julia.tanh(-0.0).bitPattern == (-0.0).bitPattern)
        #expect(Julia.tanh(.infinity) == 1)
        #expect(Julia.tanh(-.infinity) == -1)
        #expect(Julia.tanh(.nan).isNaN)
        #expect(Julia.tanh(.greatestFiniteMagnitude) == 1)
        // Tiny and subnormal x: x·p(x²) with p(x²) = 1 exactly, so tanh(x) = x.
        for x in [Double.leastNonzeroMagnitude, 1e-310, .leastNormalMagnitude, 1e-200, 0x1p-28] {
            #expect(Julia.tanh(x) == x && Julia.tanh(-x) == -x, "tanh(\(x))")
        }
    }

    @Test func branchEdges() {
        // |2x| = 44 and beyond is ±1; just below, 1 − 2/(e^44 + 1) also rounds to 1.
        #expect(Julia.tanh(22.0) == 1 && Julia.tanh(-22.0) == -1)
        #expect(Julia.tanh(22.0.nextDown) == 1)
        // tanh reaches 1.0 in Double near 19.06: below, it must stay under 1.
        #expect(Julia.tanh(19.0) < 1)
        // |2x| = 1 is the polynomial's last point; just above, 1 − 2/(e^|2x| + 1) loses
        // a bit or two to cancellation (about 0.54 is subtracted from 1), so the two
        // methods meet within a few ulps, in order.
        let edge = Julia.tanh(0.5), above = Julia.tanh(0.5.nextUp)
        #expect(above >= edge && ulpDistance(above, edge) <= 3, "across |2x| = 1: \(edge), \(above)")
    }

    @Test func polynomialStepByStep() {
        // Julia's steps (x² rounded, Horner in fused multiply-adds, times x) evaluated in
        // exact rational arithmetic with one rounding per step, by a Python script; here
        // glibc's tanh is 2 ulp from the correctly rounded -0.43302867613624924 and this 1.
        #expect(Julia.tanh(-0.46361835581791966) == -0.4330286761362492)
        #expect(Julia.tanh(0.1) == 0.09966799462495582)
    }

    // MARK: Against the C library

    @Test func nearLibm() {
        // The polynomial range, the exp range, and past 22; magnitudes spread by `sample`.
        // The bounds allow for glibc's own error: its tanh is up to 2 ulp from the correctly
        // rounded value on the polynomial's range (measured: 22.6% of those inputs differ,
        // by at most 3 ulp, 1.8% on [-22, 22], 0.6% on [-1e6, 1e6]).
        for (lo, hi, seed) in [(-0.5, 0.5, 1 as UInt64), (-22.0, 22.0, 2), (-1e6, 1e6, 3)] {
            let c = Comparison(sample(300_000, lo, hi, seed: seed), Julia.tanh, LibM.tanh)
            print("tanh on [\(lo), \(hi)] vs libm:", c)
            #expect(c.maxUlps <= 3, "\(c)")
            #expect(c.fraction < 0.25, "\(c)")
        }
    }

    @Test func odd() {
        for x in sample(100_000, 0, 30, seed: 4) {
            #expect(Julia.tanh(-x).bitPattern == (-Julia.tanh(x)).bitPattern)
        }
    }
}

@Suite struct SigmTests {
    /// Knet's formula with the C library's exp, for comparison.
    static func libmSigm(_ x: Double) -> Double {
        x >= 0 ? 1 / (1 + LibM.exp(-x)) : LibM.exp(x) / (1 + LibM.exp(x))
    }

    @Test func specialValues() {
        #expect(Julia.sigm(0.0) == 0.5 && Julia.sigm(-0.0) == 0.5)
        #expect(Julia.sigm(.infinity) == 1)
        #expect(Julia.sigm(-.infinity).bitPattern == 0.0.bitPattern)
        #expect(Julia.sigm(.nan).isNaN)
        // Large |x| neither overflows nor makes NaN: exp(−x) → 0 on either side.
        #expect(Julia.sigm(800) == 1)
        #expect(Julia.sigm(-800) == 0)
        #expect(Julia.sigm(-745.0) == Julia.exp(-745.0) / (1 + Julia.exp(-745.0)))
        #expect(Julia.sigm(-740).isSubnormal)
        // σ(x) rounds to 1 once e^−x < 2^−54.
        #expect(Julia.sigm(38) == 1 && Julia.sigm(36) < 1)
    }

    @Test func nearLibmFormula() {
        let c = Comparison(sample(300_000, -750, 750, seed: 5), Julia.sigm, Self.libmSigm)
        print("sigm vs the same formula on libm's exp:", c)
        #expect(c.maxUlps <= 2, "\(c)")
    }

    @Test func isKnetsFormulaOnJuliasExp() {
        for x in sample(100_000, -40, 40, seed: 6) {
            let expected = x >= 0 ? 1 / (1 + Julia.exp(-x)) : Julia.exp(x) / (1 + Julia.exp(x))
            #expect(Julia.sigm(x).bitPattern == expected.bitPattern)
        }
    }
}
