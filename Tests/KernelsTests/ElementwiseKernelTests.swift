// The vectorised exp, tanh and sigmoid of each build against libm, in units in the last
// place, over random points at several scales and the edge cases (zeros, subnormals,
// infinities, NaN, the ends of the vector formulas' ranges).

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Kernels
import KernelsAVX2
import KernelsAVX512
import KernelsPortable
import Testing

@Suite("Elementwise kernels")
struct ElementwiseKernelTests {
    typealias InPlace = (Int, UnsafeMutablePointer<Double>) -> Void
    struct Function {
        let name: String
        let reference: (Double) -> Double
        /// Worst error allowed, in units in the last place of libm's result.
        let ulps: Double
        let builds: [(KernelPath, InPlace)]
    }

    static func sigmoid(_ x: Double) -> Double { x >= 0 ? 1 / (1 + exp(-x)) : exp(x) / (1 + exp(x)) }

    // exp: the series and the scaling each round once (1 ulp seen). tanh: −e/(2+e)
    // rounds e, the sum and the quotient, and e = exp(y) − 1 loses up to two bits to
    // cancellation where |e| is near 0.3 (4 ulp seen). sigmoid: e, the sum and the
    // quotient (2 ulp seen). The bounds leave one ulp of margin over what was seen.
    // Read-only after initialisation; the closures capture nothing.
    nonisolated(unsafe) static let functions: [Function] = [
        Function(name: "exp", reference: { exp($0) }, ulps: 2, builds: [
            (.portable, { KernelsPortable.expInPlace(n: $0, $1) }), (.avx2, { KernelsAVX2.expInPlace(n: $0, $1) }),
            (.avx512, { KernelsAVX512.expInPlace(n: $0, $1) }), (activePath, { Kernels.expInPlace(n: $0, $1) }),
        ]),
        Function(name: "tanh", reference: { tanh($0) }, ulps: 5, builds: [
            (.portable, { KernelsPortable.tanhInPlace(n: $0, $1) }), (.avx2, { KernelsAVX2.tanhInPlace(n: $0, $1) }),
            (.avx512, { KernelsAVX512.tanhInPlace(n: $0, $1) }), (activePath, { Kernels.tanhInPlace(n: $0, $1) }),
        ]),
        Function(name: "sigmoid", reference: { sigmoid($0) }, ulps: 3, builds: [
            (.portable, { KernelsPortable.sigmoidInPlace(n: $0, $1) }), (.avx2, { KernelsAVX2.sigmoidInPlace(n: $0, $1) }),
            (.avx512, { KernelsAVX512.sigmoidInPlace(n: $0, $1) }), (activePath, { Kernels.sigmoidInPlace(n: $0, $1) }),
        ]),
    ]

    static let edges: [Double] = [
        0, -0.0, .infinity, -.infinity, .nan, 1e-310, -1e-310, .leastNonzeroMagnitude, 1e-20, -1e-20,
        708, -708, 708.0001, -708.0001, 709.7, 709.8, -745.1, -746, 20, -20, 20.000001, 19.999999,
        0.17328679513998632, -0.17328679513998632, 0.1733, 0.5, -0.5, 1, -1,
    ]

    /// Error in units in the last place of the reference; 0 when both are NaN or equal.
    static func ulps(_ actual: Double, _ expected: Double) -> Double {
        if actual == expected || (actual.isNaN && expected.isNaN) { return 0 }
        if actual.isNaN || expected.isNaN || !expected.isFinite { return .infinity }
        return abs(actual - expected) / max(expected.magnitude.ulp, Double.leastNonzeroMagnitude)
    }

    @Test(arguments: functions.map(\.name))
    func agreesWithLibm(name: String) {
        let function = Self.functions.first { $0.name == name }!
        var random = TestRandom(seed: 11)
        // Scales: around the small-argument branches, the working range, past it.
        var points: [Double] = []
        for scale in [1e-6, 0.2, 1, 5, 30, 800] { points += random.values(50_000).map { $0 * scale } }
        points += Self.edges
        let expected = points.map(function.reference)
        for (path, run) in function.builds where supportedPaths.contains(path) {
            // Odd lengths leave a scalar tail; offsets shift lanes against the data.
            for length in [points.count, 7, 3] {
                var values = Array(points.prefix(length))
                values.withUnsafeMutableBufferPointer { run($0.count, $0.baseAddress!) }
                var worst = 0.0, at = 0.0
                for (k, v) in values.enumerated() {
                    let e = Self.ulps(v, expected[k])
                    if e > worst { worst = e; at = points[k] }
                }
                #expect(worst <= function.ulps, "\(name) \(path) over \(length) points: \(worst) ulp at x = \(at)")
                if length == points.count { print("measured \(name) \(path): worst \(worst) ulp at x = \(at)") }
            }
        }
    }

    /// A fused broadcast runs these on chunks of its operands, so an element must round
    /// the same whether it falls in a whole register or in the elements left over.
    @Test(arguments: functions.map(\.name))
    func anElementRoundsTheSameWhereverItSits(name: String) {
        let function = Self.functions.first { $0.name == name }!
        var random = TestRandom(seed: 5)
        let points = random.values(37).map { $0 * 3 } + Self.edges
        for (path, run) in function.builds where supportedPaths.contains(path) {
            var whole = points
            whole.withUnsafeMutableBufferPointer { run($0.count, $0.baseAddress!) }
            for (k, x) in points.enumerated() {
                var alone = [x]
                alone.withUnsafeMutableBufferPointer { run(1, $0.baseAddress!) }
                #expect(alone[0].bitPattern == whole[k].bitPattern || (alone[0].isNaN && whole[k].isNaN),
                        "\(name) \(path) of \(x): \(alone[0]) alone, \(whole[k]) at position \(k)")
            }
        }
    }

    @Test func signsAndZeros() {
        for (path, run) in Self.functions[1].builds where supportedPaths.contains(path) {
            var values: [Double] = [-0.0, 0, -1e-300, 1e-300, -0.0, 0, -0.0, 0]
            values.withUnsafeMutableBufferPointer { run($0.count, $0.baseAddress!) }
            #expect(values[0].sign == .minus && values[0] == 0, "tanh(-0) is -0 (\(path))")
            #expect(values[2] == -1e-300 && values[3] == 1e-300, "tanh(x) = x for tiny x (\(path))")
        }
    }
}
