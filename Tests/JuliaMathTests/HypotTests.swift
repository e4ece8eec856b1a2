import Foundation
@testable import JuliaMath
import Testing

/// hypot, rem2pi and mod2pi, sinc, cosc and cispi against Julia's own values (its
/// docstrings and test/math.jl, test/numbers.jl) and against the exact values that
/// reference/hypot_reference.py computes.
@Suite struct HypotTests {
    /// Bit-for-bit equality, so that −0.0 ≠ 0.0 and a NaN equals a NaN.
    func same(_ a: Double, _ b: Double) -> Bool { a.bitPattern == b.bitPattern || (a.isNaN && b.isNaN) }

    // MARK: hypot

    /// (x, y, correctly rounded √(x² + y²)), from hypot_reference.py. Julia's algorithm
    /// on an FMA machine is correctly rounded, so each is Julia's value.
    static let hypotRows: [(Double, Double, Double)] = [
        (3.0, 4.0, 5.0),
        (10000000000.0, 10000000000.0, 14142135623.730951),
        (1.7976931348623157e+308, 1.7976931348623157e+308, .infinity),
        (1e+308, 1e+308, 1.4142135623730951e+308),
        (5e-324, 5e-324, 5e-324),
        (1e-310, 3e-310, 3.1622776601684e-310),
        (2.2250738585072014e-308, 1e-320, 2.2250738585072014e-308),
        (1.368423059742933, 1.3510496552495361, 1.922996838631333),
        (1.0, 1e-08, 1.0),
        (1.0, 1.0536712127723509e-08, 1.0),
        (1e+154, 1e+154, 1.414213562373095e+154),
        (1.3407807929942596e+154, 1.0, 1.3407807929942596e+154),
        (1e-160, 1e-160, 1.414213562373095e-160),
        (0.1, 0.2, 0.223606797749979),
        (0.7, 0.7, 0.9899494936611665),
        (2.889153535221268e-65, 1.967816724639049e-65, 3.495641688138346e-65),
        (2.1304509584283926e-28, -3.644914754271378e-28, 4.221874566134531e-28),
        (4.955891260755451e+130, 5.082060181800799e+128, 4.956151825963506e+130),
        (3.02403474733002e+161, -1.7003043268653716e+159, 3.0240825479043614e+161),
        (5.174944423121126e+115, 1.53317378880482e+108, 5.174944423121128e+115),
        (2.947338719922694e+196, 2.6873536440073677e+194, 2.9474612324704697e+196),
        (3.1446843580661984e+246, 9.59728950122409e+240, 3.1446843580808433e+246),
        (3.53107453163185e+233, -8.779612257821385e+229, 3.5310746407793485e+233),
        (6.810991467491344e-300, 1.0939664879602638e-301, 6.811869963307263e-300),
        (2.855759911308678e-301, 4.198555092629119e-304, 2.855762997677261e-301),
        (1.6154809763327612e-179, 5.530244905197449e-183, 1.6154810709906627e-179),
        (5.359521518507977e+42, 8.387065404533917e+38, 5.35952158413218e+42),
        (2.7547321651624624e+294, -1.6342387880477885e+291, 2.7547326499167e+294),
        (2.629298278715246e+70, 4.502909056708326e+66, 2.629298317273423e+70),
        (2.4572611943995868e-231, 1.379165503337499e-238, 2.4572611943995908e-231),
        (1.4387058011072816e-180, 6.325544589761033e-187, 1.4387058011074207e-180),
        (5.179293807077254e-209, -1.3789337144990893e-211, 5.179312163390782e-209),
        (2.7161646543030925e-08, 7.287673536893564e-10, 2.7171421471545195e-08),
        (2.99437797873125e+292, -1.4713968430394014e+292, 3.3363615135678813e+292),
        (9.943902475164893e+247, 6.962818077380708e+245, 9.944146243853636e+247),
        (1.2933377090256525e-07, 5.73507573152693e-14, 1.2933377090257795e-07),
        (1.3459261168293155e+146, 1.9737191166104553e+142, 1.345926131301013e+146),
        (2.9345952968993956e+227, 3.815832586258535e+224, 2.934597777747809e+227),
        (7.934076490151897e+152, 8.02216120444615e+152, 1.1282935794450926e+153),
        (2.0253e-319, 1.517e-320, 2.031e-319),
        (3.2487644935402127, 2.438334650129832, 4.062012629289988),
        (5.8689697321367476, 4.919301816724508, 7.6579590022907755),
        (0.025434092049341217, 3.5536426828860765, 3.5537337000214473),
        (2.2510547444250983, 9.255935479630532, 9.525732993606425),
        (8.552733449058392, 6.4141288295890835, 10.690664062311942),
        (5.055528262917731, 9.46127937050696, 10.727263087290277),
        (9.871745544307947, 7.237728057493507, 12.240754369147048),
        (3.9912603299922367, 8.745430551018824, 9.613153205086412),
        (8.575712079462045, 3.3564012570829194, 9.209140408766665),
        (3.1514986115399726, 4.584009925852293, 5.562831158578401),
        (6.136973690074865, 6.174693963245401, 8.705704544286482),
        (5.719368003811377, 1.2151562716017417, 5.847031308915182),
        (9.276321738074378, 5.8108746263817075, 10.946068194187262),
        (1.0024291115213813, 8.469565075299062, 8.528680829316523),
        (7.083379898644003, 4.619298043735044, 8.456487758246228),
        (1.597958554011013, 1.9596437051015003, 2.528571729510734),
        (5.44361967966109, 6.172202732519384, 8.229768027600368),
        (3.221919191537891, 4.057309570427485, 5.1809771498321275),
        (9.80167415418431, 6.465280765321152, 11.7419194171667),
        (6.286966213303851, 9.955444151914211, 11.774413464334732),
    ]

    @Test func hypotIsCorrectlyRounded() {
        for (x, y, h) in Self.hypotRows {
            // In either order and with either sign: the algorithm orders |x| and |y| itself.
            for (a, b) in [(x, y), (y, x), (-x, y), (x, -y)] {
                #expect(same(Julia.hypot(a, b), h), "hypot(\(a), \(b))")
            }
        }
    }

    @Test func hypotSpecialValuesAsJuliaTestsThem() {
        // test/math.jl: exact at 3-4-5, floatmax and the smallest scaled values.
        #expect(Julia.hypot(3, 4) == 5)
        #expect(Julia.hypot(.greatestFiniteMagnitude, 1) == .greatestFiniteMagnitude)
        let tiny = Double.leastNormalMagnitude * Double.ulpOfOne.squareRoot()
        #expect(Julia.hypot(tiny, 0) == tiny)
        let m = Double.leastNormalMagnitude
        #expect(m * Julia.hypot(1.368423059742933, 1.3510496552495361) == Julia.hypot(m * 1.368423059742933, m * 1.3510496552495361))
        // Zeros, infinities beating NaN, NaN otherwise.
        #expect(same(Julia.hypot(0, 0), 0) && same(Julia.hypot(-0.0, -0.0), 0))
        #expect(Julia.hypot(.infinity, .infinity) == .infinity && Julia.hypot(-.infinity, 2) == .infinity)
        #expect(Julia.hypot(.infinity, .nan) == .infinity && Julia.hypot(.nan, -.infinity) == .infinity)
        #expect(Julia.hypot(2, .nan).isNaN && Julia.hypot(.nan, 0).isNaN)
        // Julia's docstring: hypot(a, a) for a = 10^10.
        #expect(Julia.hypot(1e10, 1e10) == 1.4142135623730951e10)
    }

    @Test func hypotStaysWithinAnUlpOfTheCLibrary() {
        // Both are within an ulp of the exact value, so they are within one of each other;
        // a slip in the port's scaling or correction step would show as more.
        var rng = SplitMix(state: 15)
        var differing = 0
        for _ in 0..<100_000 {
            let e = Int(rng.next() % 2000) - 1000
            let x = rng.uniform(1, 2) * Foundation.pow(2.0, Double(e))
            let y = rng.uniform(-2, 2) * Foundation.pow(2.0, Double(e - Int(rng.next() % 40)))
            let d = ulpDistance(Julia.hypot(x, y), Foundation.hypot(x, y))
            #expect(d <= 1, "hypot(\(x), \(y))")
            if d > 0 { differing += 1 }
        }
        #expect(differing < 1000)
    }

    @Test func hypotOfManyArguments() {
        // Julia's docstring: hypot(3, 4im, 12.0) is 13.0; hypot(a, a, a, a) is 2a.
        #expect(Julia.hypot(complex: [(3, 0), (0, 4), (12, 0)]) == 13)
        #expect(Julia.hypot([3, 4, 12]) == 13)
        #expect(Julia.hypot([1e10, 1e10, 1e10, 1e10]) == 2e10)
        // Scaled by the largest value's power of two: no overflow, no underflow.
        #expect(Julia.hypot([1e300, 1e300, 1e300]) == 1.7320508075688774e300)
        #expect(Julia.hypot([3e-320, 4e-320, 0]) == 5e-320)
        // Inf beats NaN; NaN otherwise; zeros give zero.
        #expect(Julia.hypot([.nan, 1, -.infinity]) == .infinity)
        #expect(Julia.hypot([1, .nan, 2]).isNaN)
        #expect(same(Julia.hypot([0, -0.0, 0]), 0))
        #expect(Julia.hypot(complex: [(.nan, 0), (1, .infinity), (0, 0)]) == .infinity)
        #expect(Julia.hypot(complex: [(1, .nan), (2, 0), (0, 0)]).isNaN)
        #expect(same(Julia.hypot(complex: [(0, 0), (-0.0, 0), (0, -0.0)]), 0))
        // The scale is the power of two at or below the largest magnitude (Julia's scaleinv(7.5)).
        #expect(Julia.scaleAndInverse(7.5) == (4.0, 0.25))
        #expect(Julia.scaleAndInverse(.nan) == (0x1p1022, 0x1p-1022))
        #expect(Julia.scaleAndInverse(5e-324) == (0x1p-1022, 0x1p1022))
    }

    // MARK: rem2pi and mod2pi

    /// (x, [rem2pi for nearest, toZero, down, up]) from hypot_reference.py: the exact
    /// remainder rounded once. Julia's carries the reduction to about 2^-100, which
    /// rounds these correctly.
    static let rem2piRows: [(Double, [Double])] = [
        (4.0, [-2.2831853071795867, 4.0, 4.0, -2.2831853071795867]),
        (-4.0, [2.2831853071795867, -4.0, 2.2831853071795867, -4.0]),
        (8.0, [1.7168146928204135, 1.7168146928204135, 1.7168146928204135, -4.566370614359173]),
        (-8.0, [-1.7168146928204135, -1.7168146928204135, 4.566370614359173, -1.7168146928204135]),
        (13.0, [0.43362938564082704, 0.43362938564082704, 0.43362938564082704, -5.84955592153876]),
        (-13.0, [-0.43362938564082704, -0.43362938564082704, 5.84955592153876, -0.43362938564082704]),
        (7.0, [0.7168146928204135, 0.7168146928204135, 0.7168146928204135, -5.566370614359173]),
        (100.0, [-0.5309649148733836, 5.752220392306203, 5.752220392306203, -0.5309649148733836]),
        (-100.0, [0.5309649148733836, -5.752220392306203, 0.5309649148733836, -5.752220392306203]),
        (100000.0, [3.1058362368812196, 3.1058362368812196, 3.1058362368812196, -3.1773490702983667]),
        (355.0, [-3.141562509236429, 3.1416227979431572, 3.1416227979431572, -3.141562509236429]),
        (1e+22, [-1.020177392559087, 5.263007914620499, 5.263007914620499, -1.020177392559087]),
        (-1e+22, [1.020177392559087, -5.263007914620499, 1.020177392559087, -5.263007914620499]),
        (1e+300, [-2.1838724841522326, 4.099312823027354, 4.099312823027354, -2.1838724841522326]),
        (6.283185307179586, [-2.4492935982947064e-16, 6.283185307179586, 6.283185307179586, -2.4492935982947064e-16]),
        (-6.283185307179586, [2.4492935982947064e-16, -6.283185307179586, 2.4492935982947064e-16, -6.283185307179586]),
        (9.42477796076938, [3.1415926535897927, 3.1415926535897927, 3.1415926535897927, -3.1415926535897936]),
        (5.497787143782138, [-0.7853981633974485, 5.497787143782138, 5.497787143782138, -0.7853981633974485]),
    ]

    @Test func rem2piIsTheExactRemainderRounded() {
        let modes: [Julia.QuotientRounding] = [.nearest, .toZero, .down, .up]
        for (x, expected) in Self.rem2piRows {
            for (mode, value) in zip(modes, expected) {
                #expect(same(Julia.rem2pi(x, mode), value), "rem2pi(\(x), \(mode))")
            }
        }
    }

    @Test func rem2piAsJuliaDocumentsAndTestsIt() {
        // The docstrings: rem2pi(7pi/4, RoundNearest), rem2pi(7pi/4, RoundDown), mod2pi(9*pi/4).
        #expect(Julia.rem2pi(7 * Double.pi / 4, .nearest) == -0.7853981633974485)
        #expect(Julia.rem2pi(7 * Double.pi / 4, .down) == 5.497787143782138)
        #expect(Julia.mod2pi(9 * Double.pi / 4) == 0.7853981633974481)
        // test/numbers.jl: arguments already in range come back as they are.
        for x in [1.0, 2.0, 3.0] {
            #expect(Julia.rem2pi(x, .toZero) == x && Julia.rem2pi(x, .nearest) == x && Julia.rem2pi(x, .down) == x)
            #expect(Julia.rem2pi(-x, .toZero) == -x && Julia.rem2pi(-x, .nearest) == -x && Julia.rem2pi(-x, .up) == -x)
        }
        #expect(Julia.rem2pi(4, .toZero) == 4 && Julia.rem2pi(4, .down) == 4 && Julia.rem2pi(-4, .up) == -4)
        // π itself (below the irrational) stays for RoundNearest; 2π (below 2π) for RoundDown.
        #expect(Julia.rem2pi(Double.pi, .nearest) == Double.pi && Julia.rem2pi(-Double.pi, .nearest) == -Double.pi)
        #expect(Julia.mod2pi(2 * Double.pi) == 2 * Double.pi)
        #expect(same(Julia.rem2pi(-0.0, .down), -0.0) && same(Julia.rem2pi(0.0, .up), 0.0))
        // PR #36420: NaN for ±Inf, and a NaN comes back with its own bits.
        let payload = Double(bitPattern: Double.nan.bitPattern | 0x1234)
        for mode in Julia.QuotientRounding.allCases {
            #expect(Julia.rem2pi(.infinity, mode).isNaN && Julia.rem2pi(-.infinity, mode).isNaN)
            #expect(Julia.rem2pi(payload, mode).bitPattern == payload.bitPattern)
        }
    }

    @Test func rem2piStaysInItsInterval() {
        var rng = SplitMix(state: 36420)
        let twoPi = 6.283185307179586, pi = 3.141592653589793
        for _ in 0..<20_000 {
            let x = rng.uniform(-1, 1) * Foundation.pow(10, rng.uniform(0, 20))
            let down = Julia.rem2pi(x, .down), up = Julia.rem2pi(x, .up)
            #expect(0 <= down && down <= twoPi && -twoPi <= up && up <= 0, "rem2pi(\(x))")
            #expect(Swift.abs(Julia.rem2pi(x, .nearest)) <= pi + 4e-16, "rem2pi(\(x), nearest)")
            #expect(Julia.rem2pi(x, .toZero) == (x < 0 ? up : down) || Swift.abs(x) <= twoPi)
        }
    }

    // MARK: sinc, cosc, cispi

    /// (x, sinc(x), cosc(x)) exact, rounded once (hypot_reference.py).
    static let sincRows: [(Double, Double, Double)] = [
        (0.001, 0.999998355066745, -0.0032898648867278964),
        (0.00099, 0.9999983878009009, -0.003256966301829123),
        (0.14, 0.9680696988392379, -0.4517331883801309),
        (0.1399, 0.9681148566519633, -0.45142306168781854),
        (0.5, 0.6366197723675814, -1.2732395447351628),
        (0.25, 0.9003163161571061, -0.7728381398822342),
        (1.5, -0.2122065907891938, 0.14147106052612918),
        (2.5, 0.12732395447351627, -0.05092958178940651),
        (0.3, 0.8583936913341398, -0.9020281301388888),
        (1e-05, 0.9999999998355066, -3.289868133371756e-05),
        (3.7, -0.06959948848655184, 0.17767155156189876),
        (100.25, 0.0022451778457783195, 0.007031038437314406),
        (-0.75, 0.30010543871903533, 1.3429496265407772),
    ]

    @Test func sincAndCoscAreNearTheExactValues() {
        // Julia's formulas round three or four times (π itself, sinpi, the product, the
        // quotient), so they are not correctly rounded: sinc within 4 ulps of the exact
        // value; cosc within Julia's own tolerance of 1e-14, as its difference cancels near
        // the switch at 0.14 and its six-term series is that far off just below it
        // (cosc(0.1399) is 14 ulps from the exact value).
        for (x, s, c) in Self.sincRows {
            #expect(ulpDistance(Julia.sinc(x), s) <= 4, "sinc(\(x)) = \(Julia.sinc(x))")
            #expect(Swift.abs(Julia.cosc(x) / c - 1) <= 1e-14, "cosc(\(x)) = \(Julia.cosc(x))")
        }
        #expect(ulpDistance(Julia.cosc(0.1399), -0.45142306168781854) == 14)
        // test/math.jl's accuracy checks at the thresholds of the series, rtol 1e-15 and 1e-14.
        #expect(Swift.abs(Julia.sinc(0.001) - 0.999998355066745) <= 1e-15 * 0.999998355066745)
        #expect(Swift.abs(Julia.sinc(0.00099) - 0.9999983878009009) <= 1e-15)
        #expect(Swift.abs(Julia.cosc(0.14) / -0.4517331883801308 - 1) <= 1e-15)
        #expect(Swift.abs(Julia.cosc(0.1399) / -0.45142306168781854 - 1) <= 1e-14)
    }

    @Test func sincAndCoscAtTheirSpecialPoints() {
        // test/math.jl: integers, zero and infinity.
        #expect(Julia.sinc(0) == 1 && Julia.sinc(1) == 0 && Julia.sinc(.infinity) == 0)
        #expect(Julia.cosc(1) == -1 && Julia.cosc(.infinity) == 0 && same(Julia.cosc(-.infinity), 0))
        #expect(same(Julia.cosc(0), -0.0))  // test/math.jl: cosc(0//1) ⩲ -0.0
        // sinpi(−2.0) is −0.0, over −2π a +0.0.
        #expect(same(Julia.sinc(-2), 0.0) && same(Julia.sinc(3), 0.0) && same(Julia.sinc(-3), 0.0))
        #expect(Julia.sinc(.nan).isNaN && Julia.cosc(.nan).isNaN)
        // Subnormals: sinc is 1, cosc is −π²x/3, here 3.29 smallest subnormals rounded to 3.
        #expect(Julia.sinc(5e-324) == 1 && Julia.cosc(-5e-324) == 1.5e-323)
        // The series' coefficients as Julia forms them from Float64(π).
        #expect(Julia.sincSeries[1] == -1.6449340668482264 && Julia.sincSeries[2] == 0.8117424252833535)
        // Huge arguments: sinpi is exactly 0 from 2^52 on.
        #expect(same(Julia.sinc(0x1p60), 0.0) && Julia.cosc(0x1p60) == 1 / 0x1p60)
    }

    @Test func cispiAsJuliaDocumentsIt() {
        // The docstring: cispi(10000) and cispi(0.25 + 1im), Julia's last digits its own.
        #expect(Julia.cispi(10000, 0) == (1.0, 0.0))
        let z = Julia.cispi(0.25, 1)
        #expect(z.re == 0.030556854645954562 && z.im == 0.03055685464595456)
        #expect(Julia.cispi(0.5, 0) == (0.0, 1.0) && Julia.cispi(1, 0) == (-1.0, 0.0))
        #expect(same(Julia.cispi(-1, 0).im, -0.0))
        // Within 2 ulps of the exact values elsewhere.
        for (re, im, exact) in [(0.1, 0.0, (0.9510565162951535, 0.30901699437494745)),
                                (1.0 / 3, -0.5, (2.405238690482676, 4.165995616246428)),
                                (2.75, 0.125, (-0.4774610600698219, 0.4774610600698219))] {
            let (a, b) = Julia.cispi(re, im)
            #expect(ulpDistance(a, exact.0) <= 2 && ulpDistance(b, exact.1) <= 2, "cispi(\(re), \(im))")
        }
    }
}
