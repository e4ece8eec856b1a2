import Foundation
import JuliaMath
import Testing

@Suite struct HyperbolicTests {
    // MARK: test/math.jl's special values

    @Test func sinhAndCosh() {
        let tiny = Double.leastNonzeroMagnitude
        #expect(Julia.sinh(0.0) == 0 && Julia.sinh(0.0).sign == .plus)
        #expect(Julia.sinh(-0.0) == 0 && Julia.sinh(-0.0).sign == .minus)
        #expect(Julia.sinh(tiny) == tiny)
        #expect(Julia.sinh(-tiny) == -tiny)
        #expect(Julia.sinh(1000.0) == .infinity)
        #expect(Julia.sinh(-1000.0) == -.infinity)
        #expect(Julia.sinh(.nan).isNaN)
        #expect(Julia.cosh(0.0) == 1)
        #expect(Julia.cosh(-0.0) == 1)
        #expect(Julia.cosh(tiny) == 1)
        #expect(Julia.cosh(1000.0) == .infinity)
        #expect(Julia.cosh(-1000.0) == .infinity)
        #expect(Julia.cosh(.nan).isNaN)
        // Just below and above the thresholds, finite where e^|x|/2 is.
        #expect(Julia.sinh(710.4).isFinite)
        #expect(Julia.cosh(710.4).isFinite)
        #expect(Julia.cosh(710.5) == .infinity)
    }

    @Test func inverses() {
        let tiny = Double.leastNonzeroMagnitude
        #expect(Julia.asinh(0.0).sign == .plus && Julia.asinh(-0.0).sign == .minus)
        #expect(Julia.asinh(tiny) == tiny && Julia.asinh(-tiny) == -tiny)
        #expect(Julia.asinh(.nan).isNaN)
        #expect(Julia.asinh(.infinity) == .infinity && Julia.asinh(-.infinity) == -.infinity)
        #expect(Julia.acosh(0.1).isNaN)  // Julia: DomainError
        #expect(Julia.acosh(1.0) == 0)
        #expect(Julia.acosh(.nan).isNaN)
        #expect(Julia.acosh(.infinity) == .infinity)
        #expect(Julia.atanh(1.1).isNaN)  // Julia: DomainError
        #expect(Julia.atanh(0.0).sign == .plus && Julia.atanh(-0.0).sign == .minus)
        #expect(Julia.atanh(1.0) == .infinity && Julia.atanh(-1.0) == -.infinity)
        #expect(Julia.atanh(tiny) == tiny && Julia.atanh(-tiny) == -tiny)
        #expect(Julia.atanh(.nan).isNaN)
    }

    // MARK: Against the C library

    @Test(arguments: [
        ("sinh", Julia.sinh, LibM.sinh, -711.0, 711.0), ("cosh", Julia.cosh, LibM.cosh, -711.0, 711.0),
        ("asinh", Julia.asinh, LibM.asinh, -Double.greatestFiniteMagnitude, Double.greatestFiniteMagnitude),
        ("acosh", Julia.acosh, LibM.acosh, 1.0, Double.greatestFiniteMagnitude),
        ("atanh", Julia.atanh, LibM.atanh, -1.0, 1.0),
    ] as [(String, @Sendable (Double) -> Double, @Sendable (Double) -> Double, Double, Double)])
    func nearLibm(_ name: String, _ f: @Sendable (Double) -> Double, _ g: @Sendable (Double) -> Double,
                  _ lo: Double, _ hi: Double) {
        let inputs = sample(200_000, lo, hi, seed: 31) + sample(100_000, Swift.max(lo, -3), Swift.min(hi, 3), seed: 32)
        let c = Comparison(inputs, f, g)
        print("\(name) vs libm:", c)
        recordDifferences(name, inputs, f, g)
        // Julia's and the C library's are each within about 1.3 ulps (check_with_mpmath.py),
        // so they may be up to 3 apart.
        #expect(c.maxUlps <= 3)
        #expect(c.fraction < 0.1)
    }
}
