import Foundation
@testable import JuliaMath
import Testing

@Suite struct TrigTests {
    /// Bit-for-bit equality, so that −0.0 ≠ 0.0 and a NaN equals a NaN.
    func same(_ a: Double, _ b: Double) -> Bool { a.bitPattern == b.bitPattern || (a.isNaN && b.isNaN) }

    // MARK: Special values Julia's code handles itself

    @Test func sinCosTanAtZerosNaNsAndInfinities() {
        for f in [Julia.sin, Julia.tan] {
            #expect(same(f(0.0), 0.0))
            #expect(same(f(-0.0), -0.0))
            #expect(f(.nan).isNaN)
            #expect(f(.infinity).isNaN)  // Julia: DomainError, which the notebook raises
            #expect(f(-.infinity).isNaN)
        }
        #expect(Julia.cos(0.0) == 1 && Julia.cos(-0.0) == 1)
        #expect(Julia.cos(.nan).isNaN && Julia.cos(.infinity).isNaN)
        // Tiny arguments: x itself below √eps (sin) and √eps/2 (tan), 1 below √(eps/2) (cos);
        // the smallest subnormal keeps its sign.
        #expect(same(Julia.sin(-5e-324), -5e-324) && same(Julia.tan(5e-324), 5e-324))
        #expect(Julia.sin(0x1p-27) == 0x1p-27 && Julia.tan(0x1p-28) == 0x1p-28)
        #expect(Julia.cos(1e-8) == 1)
        #expect(Julia.cos(2e-8) == 0.9999999999999998)
    }

    @Test func sincosIsSinAndCosTogether() {
        let inputs = sample(50_000, -1e6, 1e6, seed: 21) + sample(20_000, -1, 1, seed: 22)
            + [0.0, -0.0, .nan, 5e-324, 0x1p-30, 0.7853981633974483, 1e300, 1.5707963267948966]
        for x in inputs {
            let (s, c) = Julia.sincos(x)
            #expect(same(s, Julia.sin(x)) && same(c, Julia.cos(x)), "sincos(\(x))")
        }
        #expect(Julia.sincos(.infinity).sin.isNaN)
    }

    @Test func inverseFunctionsAtTheirEnds() {
        #expect(Julia.asin(1.0) == Double.pi / 2 && Julia.asin(-1.0) == -Double.pi / 2)
        #expect(Julia.acos(1.0) == 0 && Julia.acos(-1.0) == Double.pi)
        #expect(Julia.acos(0.0) == Double.pi / 2 && Julia.acos(1e-300) == Double.pi / 2)
        #expect(Julia.asin(1.0000000000000002).isNaN && Julia.acos(-2.0).isNaN)
        #expect(same(Julia.asin(-0.0), -0.0) && same(Julia.atan(-0.0), -0.0))
        #expect(Julia.asin(.nan).isNaN && Julia.acos(.nan).isNaN && Julia.atan(.nan).isNaN)
        #expect(Julia.atan(.infinity) == Double.pi / 2 && Julia.atan(-1e300) == -Double.pi / 2)
        #expect(Julia.atan(1.0) == Double.pi / 4)
    }

    @Test func atan2SpecialCases() {
        let pi = Double.pi
        // IEEE's table, as Julia's comments list it (S1...S10).
        #expect(Julia.atan(1.0, .nan).isNaN && Julia.atan(.nan, 1.0).isNaN)
        #expect(same(Julia.atan(0.0, 2.0), 0.0) && same(Julia.atan(-0.0, 2.0), -0.0))
        #expect(Julia.atan(0.0, -2.0) == pi && Julia.atan(-0.0, -0.0) == -pi)
        #expect(Julia.atan(3.0, 0.0) == pi / 2 && Julia.atan(-3.0, -0.0) == -pi / 2)
        #expect(same(Julia.atan(3.0, .infinity), 0.0) && same(Julia.atan(-3.0, .infinity), -0.0))
        #expect(Julia.atan(3.0, -.infinity) == pi && Julia.atan(-3.0, -.infinity) == -pi)
        #expect(Julia.atan(.infinity, .infinity) == pi / 4 && Julia.atan(-.infinity, -.infinity) == -3 * pi / 4)
        #expect(Julia.atan(.infinity, 5.0) == pi / 2 && Julia.atan(-.infinity, -5.0) == -pi / 2)
        // |y/x| beyond 2^60, and a tiny y/x to the left.
        #expect(Julia.atan(1e300, 1.0e-10) == pi / 2 && Julia.atan(-1e300, -1.0e-10) == -pi / 2)
        #expect(Julia.atan(1e-300, -1.0) == pi && Julia.atan(-1e-300, -1.0) == -pi)
        // x = 1 is atan(y) itself.
        #expect(Julia.atan(0.3, 1.0) == Julia.atan(0.3))
    }

    @Test func turnsAndDegreesAreExactWhereJuliaSaysSo() {
        // Julia's test/math.jl: signed zeros at integers, ±1 and 0 at half-integers.
        for (x, s) in [(0.0, 0.0), (1.0, 0.0), (2.0, 0.0), (-0.0, -0.0), (-1.0, -0.0), (-2.0, -0.0)] {
            #expect(same(Julia.sinpi(x), s) && same(Julia.sincospi(x).sin, s))
        }
        for x in [0.5, 1.5, -0.5, -1.5] {
            #expect(same(Julia.cospi(x), 0.0) && same(Julia.sincospi(x).cos, 0.0))
        }
        #expect(Julia.sinpi(0.5) == 1 && Julia.sinpi(-0.5) == -1 && Julia.sinpi(1.5) == -1)
        #expect(Julia.cospi(1.0) == -1 && Julia.cospi(2.0) == 1 && Julia.cospi(0x1p60) == 1)
        #expect(same(Julia.tanpi(1.0), -0.0) && same(Julia.sinpi(-0x1p60), -0.0))
        #expect(Julia.sinpi(.infinity).isNaN && Julia.cospi(.nan).isNaN)
        // sind, cosd, sincosd at multiples of 90 (test/math.jl's ⩲, which compares signs of zeros).
        for (x, s) in [(0.0, 0.0), (180.0, 0.0), (360.0, 0.0), (-0.0, -0.0), (-180.0, -0.0), (-360.0, -0.0)] {
            #expect(same(Julia.sind(x), s))
        }
        for x in [90.0, 270.0, -90.0, -270.0] { #expect(same(Julia.cosd(x), 0.0)) }
        #expect(Julia.sind(-270.0) == 1 && Julia.sind(-90.0) == -1 && Julia.cosd(180.0) == -1)
        #expect(same(Julia.tand(180.0), -0.0) && same(Julia.tand(180), -0.0))
        #expect(Julia.sind(30.0) == 0.5 && Julia.cosd(60.0) == 0.5 && Julia.sind(150.0) == 0.5)
        // An Int's remainder by 360 is taken in integers, exactly, also where a Double would
        // have rounded the Int.
        let n = (1 << 62) + 90  // a Double rounds it to 2^62, a quarter turn away
        #expect(Julia.sind(n) == Julia.sind(Double(n % 360)) && Julia.sind(n) != Julia.sind(Double(n)))
        #expect(Julia.cosd(-n) == Julia.cosd(Double(n % 360)))
        #expect(Julia.sind(.infinity).isNaN && Julia.cosd(-.infinity).isNaN)
    }

    @Test func sincospiIsSinpiAndCospiTogether() {
        for x in sample(50_000, -1e4, 1e4, seed: 23) + sample(20_000, -0.3, 0.3, seed: 24) {
            let (s, c) = Julia.sincospi(x)
            #expect(same(s, Julia.sinpi(x)) && same(c, Julia.cospi(x)), "sincospi(\(x))")
        }
    }

    // MARK: Values Julia's documentation and tests print

    @Test func juliaDoctests() {
        // Manual, functions.md: sin.([1.0, 2.0, 3.0]) and @. X = sin(cos(Y)).
        #expect(Julia.sin(1.0) == 0.8414709848078965)
        #expect(Julia.sin(2.0) == 0.9092974268256817)
        #expect(Julia.sin(3.0) == 0.1411200080598672)  // also @fastmath(sin(3)), base/fastmath.jl
        let sinCos = [1.0, 2.0, 3.0, 4.0].map { Julia.sin(Julia.cos($0)) }
        #expect(sinCos == [0.5143952585235492, -0.4042391538522658, -0.8360218615377305, -0.6080830096407656])
        // base/broadcast.jl: @. y = x + 3 * sin(x) over 1.0:3.0.
        #expect([1.0, 2.0, 3.0].map { $0 + 3 * Julia.sin($0) } == [3.5244129544236893, 4.727892280477045, 3.4233600241796016])
        // Manual, metaprogramming.md: sin and cos of MyNumber(π), that is of Float64(π).
        #expect(Julia.sin(Double.pi) == 1.2246467991473532e-16 && Julia.cos(Double.pi) == -1.0)
        // base/math.jl, the docstrings of rad2deg and sind.
        let rad2deg = { (x: Double) in x * (180 / Double.pi) }
        let root3 = 3.0.squareRoot()
        #expect(rad2deg(Julia.atan(-1 / root3)) == -30.000000000000004)
        #expect(rad2deg(Julia.atan(-1, root3)) == -30.000000000000004)
        #expect(rad2deg(Julia.atan(1, -root3)) == 150.0)
        #expect(Julia.sind(45.0) == 0.7071067811865476 && Julia.sind(45) == 0.7071067811865476)
        #expect(Julia.sinpi(1.0 / 4) == 0.7071067811865475)
    }

    // MARK: Correctly rounded values from exact arithmetic

    /// (function, x, y for atan(x, y), the correctly rounded value), printed by
    /// reference/trig_reference.py from mpmath with 200 bits beyond x's exponent. Each is
    /// one where Julia's algorithm rounds correctly, most where the C library does not.
    /// 6381956970095103·2^797, the Double closest to a multiple of π/2 (Kahan and McDonald):
    /// 61 bits cancel in its reduction. Written as the product, since Swift reads the literal
    /// 5.319372648326541e+255 through Float80 and lands one Double below.
    static let kahanMcDonald = 6381956970095103 * 0x1p797

    static let correctlyRounded: [(String, Double, Double?, Double)] = [
        ("sin", kahanMcDonald, nil, 1.0),
        ("cos", kahanMcDonald, nil, -4.687165924254628e-19),
        ("tan", kahanMcDonald, nil, -2.133485385753704e+18),
        ("sin", -kahanMcDonald, nil, -1.0),
        ("sin", 1e+22, nil, -0.8522008497671888),
        ("cos", 1e+22, nil, 0.523214785395139),
        ("sin", 1e+300, nil, -0.8178819121159085),
        ("cos", 1e+300, nil, -0.5753861119575491),
        ("tan", 1e+300, nil, 1.4214488238747245),
        ("sin", 1.7976931348623157e+308, nil, 0.004961954789184062),
        ("cos", 1.7976931348623157e+308, nil, -0.9999876894265599),
        ("sin", 8.98846567431158e+307, nil, 0.563127779850884),
        ("sin", 1.152921504606847e+18, nil, -0.8306492176372546),
        ("cos", 1.152921504606847e+18, nil, -0.5567960822766417),
        ("sin", 1647099.3291652855, nil, -6.420676210313675e-11),
        ("cos", 3141592.653589793, nil, 1.0),
        ("cos", 1.5707963267948966, nil, 6.123233995736766e-17),
        ("sin", 3.141592653589793, nil, 1.2246467991473532e-16),
        ("cos", 4.71238898038469, nil, -1.8369701987210297e-16),
        ("sin", 6.283185307179586, nil, -2.4492935982947064e-16),
        ("tan", 1.5707963267948966, nil, 1.633123935319537e+16),
        ("tan", 3.141592653589793, nil, -1.2246467991473532e-16),
        ("sin", 355.0, nil, -3.014435335948845e-05),
        ("sin", 103993.0, nil, -1.9129335778423752e-05),
        ("sin", 104348.0, nil, -1.1015017584240557e-05),
        ("sin", 5419351.0, nil, -3.8200475070896605e-08),
        ("sin", 80143857.0, nil, -1.4772846817965908e-08),
        ("sin", 411557987.0, nil, 2.5367160519636766e-09),
        ("sin", 6167950454.0, nil, 1.4973429144146398e-10),
        ("sin", 14885392687.0, nil, 1.4798091093322177e-10),
        ("sin", 1783366216531.0, nil, 6.969482408757582e-13),
        ("sin", 653.0, nil, -0.4361105026479622),
        ("sin", 2067.0, nil, -0.16717738227684917),
        ("sin", 5178.0, nil, 0.6094025883777733),
        ("cos", 2936.0, nil, -0.18066764097476326),
        ("cos", 3127.0, nil, -0.4398993992573332),
        ("cos", 16342.0, nil, 0.8445971808328511),
        ("tan", 107.0, nil, 0.18801951926685143),
        ("tan", 208.0, nil, 0.7679410686006504),
        ("tan", 586.0, nil, -10.725137786935571),
        ("atan", 0.128, nil, 0.1273077418708541),
        ("atan", -0.128, nil, -0.1273077418708541),
        ("atan", 2.8750169503601484, nil, 1.2360613188496568),
        ("asin", 0.03978936390809862, nil, 0.03979987043864977),
        ("asin", 0.39482095099509684, nil, 0.405872961339183),
        ("acos", 0.9454018911496964, nil, 0.33197077408216996),
        ("acos", 0.996642748074114, nil, 0.0819650185493665),
        ("atan2", -0.1294136706615061, 1.0588839533444778, -0.12161392492163038),
        ("atan2", 0.4126037482713869, 0.9394970401533769, 0.4138155991498789),
    ]

    @Test func correctlyRoundedWhereJuliaIs() {
        #expect(Self.kahanMcDonald.bitPattern == 0x7506_ac5b_262c_a1ff)
        var libmDiffers = 0
        for (name, x, y, expected) in Self.correctlyRounded {
            let (julia, libm): (Double, Double)
            switch name {
            case "sin": (julia, libm) = (Julia.sin(x), LibM.sin(x))
            case "cos": (julia, libm) = (Julia.cos(x), LibM.cos(x))
            case "tan": (julia, libm) = (Julia.tan(x), LibM.tan(x))
            case "asin": (julia, libm) = (Julia.asin(x), LibM.asin(x))
            case "acos": (julia, libm) = (Julia.acos(x), LibM.acos(x))
            case "atan": (julia, libm) = (Julia.atan(x), LibM.atan(x))
            default: (julia, libm) = (Julia.atan(x, y!), LibM.atan2(x, y!))
            }
            #expect(julia == expected, "\(name)(\(x)) = \(julia), correctly rounded \(expected)")
            if libm != expected { libmDiffers += 1 }
        }
        print("correctly rounded cases where the C library differs: \(libmDiffers) of \(Self.correctlyRounded.count)")
    }

    // MARK: The two reductions agree where both apply

    @Test func payneHanekAgreesWithCodyWaite() {
        // Above 2^20·π/2 Julia switches to Payne–Hanek; just below, Cody–Waite is exact to
        // about 1e-22 relative too, so on an overlap both give the same quadrant and a
        // remainder equal to within a few units of the last place.
        var worst = 0
        for x in sample(20_000, 1e3, 1.6e6, seed: 25) + sample(5_000, -1.6e6, -1e3, seed: 26) {
            let a = Julia.payneHanek(x), b = Julia.reduceExtended(x, Julia.absoluteHighWord(x))
            #expect((a.quadrant - b.quadrant) & 3 == 0, "quadrant of \(x)")
            worst = max(worst, ulpDistance(a.hi + a.lo, b.hi + b.lo))
        }
        #expect(worst <= 1)
    }

    // MARK: Against the C library

    @Test func sinCosTanNearLibm() {
        let inputs = sample(200_000, -10, 10, seed: 11) + sample(100_000, -1e300, 1e300, seed: 12)
        for (name, f, g) in [("sin", Julia.sin, LibM.sin), ("cos", Julia.cos, LibM.cos), ("tan", Julia.tan, LibM.tan)] {
            let c = Comparison(inputs, f, g)
            print("\(name) vs libm:", c)
            #expect(c.maxUlps <= 1, "\(name): \(c)")
            #expect(c.fraction < 0.03, "\(name): \(c)")  // measured 1.8%, 1.7%, 2.2%
        }
    }

    @Test func inverseFunctionsNearLibm() {
        let unit = sample(200_000, -1, 1, seed: 13)
        let wide = sample(200_000, -1e10, 1e10, seed: 14)
        for (name, f, g, inputs) in [("asin", Julia.asin, LibM.asin, unit), ("acos", Julia.acos, LibM.acos, unit),
                                     ("atan", Julia.atan, LibM.atan, wide)] {
            let c = Comparison(inputs, f, g)
            print("\(name) vs libm:", c)
            #expect(c.maxUlps <= 1, "\(name): \(c)")
            #expect(c.fraction < 0.05, "\(name): \(c)")  // measured 2.9%, 3.8%, 0.02%
        }
        var rng = SplitMix(state: 15)
        let ys = sample(100_000, -1e3, 1e3, seed: 16)
        var maxUlps = 0, differing = 0
        for y in ys {
            let x = rng.uniform(-1e3, 1e3)
            let d = ulpDistance(Julia.atan(y, x), LibM.atan2(y, x))
            maxUlps = max(maxUlps, d)
            if d > 0 { differing += 1 }
        }
        print("atan(y, x) vs libm: \(differing) of \(ys.count) differ, at most \(maxUlps) ulp")
        #expect(maxUlps <= 1)
        #expect(Double(differing) / Double(ys.count) < 0.10)  // measured 8.9%
    }
}
