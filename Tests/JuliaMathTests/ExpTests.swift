import JuliaMath
import Testing

@Suite struct ExpTests {
    // MARK: Special cases Julia's exp_impl handles

    @Test func exactPointsAndNonFinite() {
        #expect(Julia.exp(0.0) == 1)
        #expect(Julia.exp(-0.0) == 1)
        #expect(Julia.exp(.infinity) == .infinity)
        #expect(Julia.exp(-.infinity) == 0)
        #expect(Julia.exp(.nan).isNaN)
        #expect(Julia.exp2(0.0) == 1)
        #expect(Julia.exp2(10.0) == 1024)
        #expect(Julia.exp2(-1074.0) == .leastNonzeroMagnitude)
        #expect(Julia.exp2(1023.0) == 0x1p1023)
        #expect(Julia.exp10(0.0) == 1)
        #expect(Julia.exp10(.nan).isNaN)
        #expect(Julia.exp10(-.infinity) == 0)
    }

    @Test func overflowAndUnderflowThresholds() {
        // MAX_EXP and MIN_EXP: at them exp is Inf or 0; just inside, finite or nonzero.
        #expect(Julia.exp(709.7827128933841) == .infinity)
        #expect(Julia.exp(709.782712893384) == 1.7976931348622732e308)
        #expect(Julia.exp(-745.1332191019412) == 0)
        #expect(Julia.exp(-745.1332191019411) == .leastNonzeroMagnitude)
        #expect(Julia.exp2(1024.0) == .infinity)
        #expect(Julia.exp2(-1075.0) == 0)
        #expect(Julia.exp10(308.25471555991675) == .infinity)
        #expect(Julia.exp10(-323.60724533877976) == 0)
        // Subnormal results go through the two-step scaling.
        let subnormal = Comparison(sample(20_000, -745.13, -708.4, seed: 4), Julia.exp, LibM.exp)
        #expect(subnormal.maxUlps <= 1, "\(subnormal)")
        #expect(Julia.exp(-740.0).isSubnormal)
        #expect(Julia.exp2(-1060.5) == 0x1p-1060 * 0.7071067811865476)
        // Subnormal inputs: e^x rounds to 1.
        #expect(Julia.exp(5e-324) == 1)
        #expect(Julia.exp(-5e-324) == 1)
    }

    // MARK: Values Julia's documentation prints

    @Test func juliaDoctests() {
        #expect(Julia.exp(1.0) == 2.718281828459045)  // exp docstring
        #expect(Julia.exp2(5.0) == 32.0)              // exp2 docstring
        #expect(Julia.exp10(2.0) == 100.0)            // exp10 docstring
    }

    // MARK: Against the C library

    @Test func expNearLibm() {
        let c = Comparison(sample(300_000, -746, 710, seed: 1), Julia.exp, LibM.exp)
        print("exp vs libm:", c)
        #expect(c.maxUlps <= 1)
        #expect(c.fraction < 0.01)
    }

    @Test func exp2NearLibm() {
        let c = Comparison(sample(200_000, -1076, 1025, seed: 2), Julia.exp2, LibM.exp2)
        print("exp2 vs libm:", c)
        #expect(c.maxUlps <= 1)
        #expect(c.fraction < 0.01)
    }

    @Test func exp10NearLibm() {
        let c = Comparison(sample(200_000, -324, 309, seed: 3), Julia.exp10, LibM.exp10)
        print("exp10 vs libm:", c)
        #expect(c.maxUlps <= 1)
        #expect(c.fraction < 0.01)
    }
}
