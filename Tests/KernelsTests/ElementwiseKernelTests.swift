// The vectorised exp, tanh and sigmoid of every build against their definitions, the
// scalar `Julia.exp`, `Julia.tanh` and `Julia.sigm`, bit for bit: over millions of random
// points spread over the whole range of Doubles and over each function's working range,
// and over the edges of every branch (zeros, subnormals, the overflow and underflow
// thresholds, the ends of tanh's polynomial and its ±1, infinities, NaN).

import JuliaMath
import Kernels
import KernelsAVX2
import KernelsAVX512
import KernelsEightLanes
import KernelsPortable
import Testing

@Suite("Elementwise kernels")
struct ElementwiseKernelTests {
    typealias InPlace = @Sendable (Int, UnsafeMutablePointer<Double>) -> Void
    struct Build: Sendable {
        let name: String
        /// Whether this CPU can run it (the AVX builds trap elsewhere).
        let runsHere: Bool
        let run: InPlace
    }
    struct Function: Sendable {
        let name: String
        let definition: @Sendable (Double) -> Double
        /// Where the function's branches are: uniform points are drawn from here.
        let range: ClosedRange<Double>
        let builds: [Build]
    }

    static func builds(
        portable: @escaping InPlace, avx2: @escaping InPlace, avx512: @escaping InPlace, eightLanes: @escaping InPlace,
        dispatcher: @escaping InPlace
    ) -> [Build] {
        [
            Build(name: "portable", runsHere: true, run: portable),
            Build(name: "avx2", runsHere: supportedPaths.contains(.avx2), run: avx2),
            Build(name: "avx512", runsHere: supportedPaths.contains(.avx512), run: avx512),
            // The AVX-512 build's eight lanes compiled for any CPU.
            Build(name: "eight lanes", runsHere: true, run: eightLanes),
            Build(name: "dispatcher (\(activePath.rawValue))", runsHere: true, run: dispatcher),
        ]
    }

    static let functions: [Function] = [
        Function(name: "exp", definition: Julia.exp, range: -746...710, builds: builds(
            portable: { KernelsPortable.expInPlace(n: $0, $1) }, avx2: { KernelsAVX2.expInPlace(n: $0, $1) },
            avx512: { KernelsAVX512.expInPlace(n: $0, $1) }, eightLanes: { KernelsEightLanes.expInPlace(n: $0, $1) },
            dispatcher: { Kernels.expInPlace(n: $0, $1) })),
        Function(name: "tanh", definition: Julia.tanh, range: -25...25, builds: builds(
            portable: { KernelsPortable.tanhInPlace(n: $0, $1) }, avx2: { KernelsAVX2.tanhInPlace(n: $0, $1) },
            avx512: { KernelsAVX512.tanhInPlace(n: $0, $1) }, eightLanes: { KernelsEightLanes.tanhInPlace(n: $0, $1) },
            dispatcher: { Kernels.tanhInPlace(n: $0, $1) })),
        Function(name: "sigmoid", definition: Julia.sigm, range: -750...750, builds: builds(
            portable: { KernelsPortable.sigmoidInPlace(n: $0, $1) }, avx2: { KernelsAVX2.sigmoidInPlace(n: $0, $1) },
            avx512: { KernelsAVX512.sigmoidInPlace(n: $0, $1) },
            eightLanes: { KernelsEightLanes.sigmoidInPlace(n: $0, $1) }, dispatcher: { Kernels.sigmoidInPlace(n: $0, $1) })),
    ]

    /// Each branch's edges, with the Doubles either side of each.
    static let edges: [Double] = {
        let points: [Double] = [
            0, .leastNonzeroMagnitude, 0x1p-1022.nextDown, .leastNormalMagnitude, 1e-300, 1e-20, 0x1p-28,
            // exp: the end of the normal range (SUBNORM_EXP), overflow (MAX_EXP), underflow to 0 (MIN_EXP).
            708.3964185322641, 709.7827128933841, 745.1332191019412, 708, 709.7, 740, 746,
            // tanh: the end of the polynomial (|2x| = 1) and where it is ±1 (|2x| = 44).
            0.5, 22, 1, 20,
            // sigmoid: exp(−|x|) stops being normal near 708.4 and is 0 beyond 745.13.
            0.1, 2, 36.7, 37, 710,
            .greatestFiniteMagnitude, .infinity,
        ]
        var all: [Double] = []
        for p in points {
            for q in [p, p.nextDown, p.nextUp] where q >= 0 { all += [q, -q] }
        }
        // Quiet NaNs of both signs, one with a payload.
        return all + [.nan, -.nan, Double(nan: 0x1234, signaling: false)]
    }()

    /// Points over the whole range of Doubles (random bit patterns: every exponent as likely
    /// as any other, NaNs and infinities included), uniform ones over the working range, and
    /// the edges.
    static func points(_ function: Function, count: Int, seed: UInt64) -> [Double] {
        var random = TestRandom(seed: seed)
        var points = (0..<count / 2).map { _ in Double(bitPattern: random.next()) }
        let lo = function.range.lowerBound, width = function.range.upperBound - lo
        points += (0..<count / 2).map { _ in lo + width * (random.uniform() + 1) / 2 }
        return points + edges
    }

    /// Whether the build's result is the definition's: the same bits, or both NaN (a
    /// NaN's sign and payload are not specified through arithmetic, and Julia prints NaN).
    static func same(_ a: Double, _ b: Double) -> Bool {
        a.bitPattern == b.bitPattern || (a.isNaN && b.isNaN)
    }

    @Test(arguments: functions.map(\.name))
    func equalsItsDefinitionBitForBit(name: String) {
        let function = Self.functions.first { $0.name == name }!
        let points = Self.points(function, count: 1 << 20, seed: 11)
        let expected = points.map(function.definition)
        for build in function.builds where build.runsHere {
            var values = points
            values.withUnsafeMutableBufferPointer { build.run($0.count, $0.baseAddress!) }
            let differing = values.indices.filter { !Self.same(values[$0], expected[$0]) }
            #expect(differing.isEmpty, """
                \(name) \(build.name): \(differing.count) of \(points.count) differ, first at x = \
                \(differing.first.map { "\(points[$0]): \(values[$0]) vs \(expected[$0])" } ?? "")
                """)
        }
    }

    @Test(arguments: functions.map(\.name))
    func edgesEqualTheDefinitionInEveryLaneAndTail(name: String) {
        let function = Self.functions.first { $0.name == name }!
        // Every edge in every lane position and in the padded tail: lengths 1 to 17 from
        // each starting offset into the edge list.
        for build in function.builds where build.runsHere {
            for start in 0..<Self.edges.count {
                for length in 1...17 where start + length <= Self.edges.count {
                    let input = Array(Self.edges[start..<(start + length)])
                    var values = input
                    values.withUnsafeMutableBufferPointer { build.run($0.count, $0.baseAddress!) }
                    for (k, x) in input.enumerated() where !Self.same(values[k], function.definition(x)) {
                        Issue.record("\(name) \(build.name) of \(x) at \(k) of \(length): \(values[k]), not \(function.definition(x))")
                    }
                }
            }
        }
    }

    @Test func signsAndZeros() {
        for build in Self.functions[1].builds where build.runsHere {
            var values: [Double] = [-0.0, 0, -1e-300, 1e-300, -0.0, 0, -0.0, 0]
            values.withUnsafeMutableBufferPointer { build.run($0.count, $0.baseAddress!) }
            #expect(values[0].sign == .minus && values[0] == 0, "tanh(-0) is -0 (\(build.name))")
            #expect(values[2] == -1e-300 && values[3] == 1e-300, "tanh(x) = x for tiny x (\(build.name))")
        }
    }
}
