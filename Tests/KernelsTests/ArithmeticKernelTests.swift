// The arithmetic, comparison, clamp, derivative and reduction kernels of every build
// against the scalar definitions they implement: bit for bit, since each rounds once as
// the scalar operator does (sums within a stated bound, their order being a choice), and
// exp, tanh and the sigmoid as JuliaMath's definitions.
// Lengths from 0 to 37 reach every tail after whole registers of 2, 4 and 8.

import JuliaMath
import Kernels
import KernelsAVX2
import KernelsAVX512
import KernelsEightLanes
import KernelsPortable
import KernelsSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One build's arithmetic kernels as function values.
struct ArithmeticBuild: Sendable, CustomTestStringConvertible {
    typealias In = UnsafePointer<Double>
    typealias Out = UnsafeMutablePointer<Double>
    let name: String
    let runsHere: Bool
    let binary: @Sendable (BinaryOperation, Int, In, In, Out) -> Void
    let withScalar: @Sendable (BinaryOperation, Int, In, Double, Out) -> Void
    let ofScalar: @Sendable (BinaryOperation, Int, Double, In, Out) -> Void
    let unary: @Sendable (UnaryOperation, Int, In, Out) -> Void
    let clamp: @Sendable (Int, In, Double, Double, Out) -> Void
    let derivative: @Sendable (ActivationDerivative, Int, In, In, Out) -> Void
    let extremum: @Sendable (Bool, Int, In) -> Double

    var testDescription: String { name }

    static func table(_ path: KernelPath) -> ArithmeticBuild {
        let t = KernelTable.of(path)
        return ArithmeticBuild(
            name: path.rawValue, runsHere: supportedPaths.contains(path), binary: t.elementwise,
            withScalar: t.elementwiseWithScalar, ofScalar: t.elementwiseOfScalar, unary: t.map, clamp: t.clamp,
            derivative: t.activationGradient, extremum: t.extremum)
    }

    static let all: [ArithmeticBuild] = [
        table(.portable), table(.avx2), table(.avx512),
        ArithmeticBuild(
            name: "eight lanes", runsHere: true,
            binary: { KernelsEightLanes.elementwise($0, n: $1, $2, $3, $4) },
            withScalar: { KernelsEightLanes.elementwise($0, n: $1, $2, scalar: $3, $4) },
            ofScalar: { KernelsEightLanes.elementwise($0, n: $1, scalar: $2, $3, $4) },
            unary: { KernelsEightLanes.elementwise($0, n: $1, $2, $3) },
            clamp: { KernelsEightLanes.clamp(n: $0, $1, low: $2, high: $3, $4) },
            derivative: { KernelsEightLanes.activationGradient($0, n: $1, gradient: $2, output: $3, $4) },
            extremum: { KernelsEightLanes.extremum(largest: $0, n: $1, $2) }),
        ArithmeticBuild(
            name: "dispatcher", runsHere: true,
            binary: { Kernels.elementwise($0, n: $1, $2, $3, $4) },
            withScalar: { Kernels.elementwise($0, n: $1, $2, scalar: $3, $4) },
            ofScalar: { Kernels.elementwise($0, n: $1, scalar: $2, $3, $4) },
            unary: { Kernels.elementwise($0, n: $1, $2, $3) },
            clamp: { Kernels.clamp(n: $0, $1, low: $2, high: $3, $4) },
            derivative: { Kernels.activationGradient($0, n: $1, gradient: $2, output: $3, $4) },
            extremum: { Kernels.extremum(largest: $0, n: $1, $2) }),
    ]
}

/// The scalar definitions (Julia's, for max, min and clamp).
enum ScalarDefinition {
    static func apply(_ op: BinaryOperation, _ x: Double, _ y: Double) -> Double {
        switch op {
        case .add: x + y
        case .subtract: x - y
        case .multiply: x * y
        case .divide: x / y
        // Julia: max(x, y) = ifelse((y > x) | (signbit(y) < signbit(x)), ifelse(isnan(x), x, y), ifelse(isnan(y), y, x))
        case .maximum: (y > x || (!y.sign.isMinus && x.sign.isMinus)) ? (x.isNaN ? x : y) : (y.isNaN ? y : x)
        // Julia: min(x, y) = ifelse((y < x) | (signbit(y) > signbit(x)), ifelse(isnan(x), x, y), ifelse(isnan(y), y, x))
        case .minimum: (y < x || (y.sign.isMinus && !x.sign.isMinus)) ? (x.isNaN ? x : y) : (y.isNaN ? y : x)
        case .equal: x == y ? 1 : 0
        case .notEqual: x != y ? 1 : 0
        case .less: x < y ? 1 : 0
        case .lessOrEqual: x <= y ? 1 : 0
        case .greater: x > y ? 1 : 0
        case .greaterOrEqual: x >= y ? 1 : 0
        }
    }

    static func apply(_ op: UnaryOperation, _ x: Double) -> Double {
        switch op {
        case .negate: -x
        case .absolute: Swift.abs(x)
        case .squareRoot: x.squareRoot()
        case .exponential: Julia.exp(x)
        case .logarithm: Julia.log(x)
        case .tanh: Julia.tanh(x)
        case .sigmoid: Julia.sigm(x)
        }
    }

    static func derivative(_ a: ActivationDerivative, _ g: Double, _ y: Double) -> Double {
        switch a {
        case .tanh: g * (1 - y * y)
        case .sigmoid: g * y * (1 - y)
        case .exponential: g * y
        case .squareRoot: g / (2 * y)
        }
    }
}

extension FloatingPointSign {
    var isMinus: Bool { self == .minus }
}

@Suite("Arithmetic kernels")
struct ArithmeticKernelTests {
    /// Random values with the edge cases mixed in at positions that land in registers
    /// and in tails alike.
    static func values(_ n: Int, seed: UInt64) -> [Double] {
        var random = TestRandom(seed: seed)
        let edges: [Double] = [0, -0.0, .nan, .infinity, -.infinity, 1, -1, 5, -5, 1e-310]
        return random.values(n).enumerated().map { k, v in k % 7 == 3 ? edges[(k / 7) % edges.count] : v * 8 }
    }

    /// Same value, or both NaN; and the same sign for zeros.
    static func same(_ a: Double, _ b: Double) -> Bool {
        (a.isNaN && b.isNaN) || (a == b && a.sign == b.sign)
    }

    @Test(arguments: ArithmeticBuild.all)
    func binaryOperationsAgreeBitForBit(build: ArithmeticBuild) {
        guard build.runsHere else { return }
        for op in BinaryOperation.allCases {
            for n in 0...37 {
                let x = Self.values(n, seed: 1), y = Self.values(n, seed: 2)
                let s = y.first ?? 0.5
                var both = [Double](repeating: 7, count: n), right = both, left = both
                build.binary(op, n, x, y, &both)
                build.withScalar(op, n, x, s, &right)
                build.ofScalar(op, n, s, x, &left)
                for k in 0..<n {
                    #expect(Self.same(both[k], ScalarDefinition.apply(op, x[k], y[k])), "\(op) \(build) n=\(n) at \(k): \(x[k]), \(y[k]) gave \(both[k])")
                    #expect(Self.same(right[k], ScalarDefinition.apply(op, x[k], s)), "\(op) \(build) x op s at \(k)")
                    #expect(Self.same(left[k], ScalarDefinition.apply(op, s, x[k])), "\(op) \(build) s op x at \(k)")
                }
            }
        }
    }

    @Test(arguments: ArithmeticBuild.all)
    func maxAndMinFollowJuliaOnZerosAndNaN(build: ArithmeticBuild) {
        guard build.runsHere else { return }
        // Eight pairs, so every build handles them in whole registers as well as in tails.
        let x: [Double] = [-0.0, 0, .nan, 1, -0.0, 2, .nan, -3]
        let y: [Double] = [0, -0.0, 1, .nan, -0.0, 2, .nan, -4]
        var high = [Double](repeating: 0, count: 8), low = high
        build.binary(.maximum, 8, x, y, &high)
        build.binary(.minimum, 8, x, y, &low)
        #expect(high[0] == 0 && high[0].sign == .plus && high[1].sign == .plus, "max(-0.0, 0.0) == 0.0")
        #expect(low[0].sign == .minus && low[1].sign == .minus, "min(-0.0, 0.0) == -0.0")
        #expect(high[2].isNaN && high[3].isNaN && low[2].isNaN && low[3].isNaN && high[6].isNaN, "NaN wins")
        #expect(high[7] == -3 && low[7] == -4)
    }

    @Test(arguments: ArithmeticBuild.all)
    func unaryOperationsAgreeWithTheirDefinitions(build: ArithmeticBuild) {
        guard build.runsHere else { return }
        for op in UnaryOperation.allCases {
            for n in 0...37 {
                let x = Self.values(n, seed: 3)
                var out = [Double](repeating: 7, count: n)
                build.unary(op, n, x, &out)
                var inPlace = x
                inPlace.withUnsafeMutableBufferPointer { build.unary(op, n, $0.baseAddress!, $0.baseAddress!) }
                for k in 0..<n {
                    let want = ScalarDefinition.apply(op, x[k])
                    #expect(Self.same(out[k], want), "\(op) \(build) n=\(n) at \(k): \(x[k]) gave \(out[k]), want \(want)")
                    #expect(Self.same(inPlace[k], out[k]), "\(op) \(build) in place at \(k)")
                }
            }
        }
    }

    @Test(arguments: ArithmeticBuild.all)
    func clampIsJuliasClamp(build: ArithmeticBuild) {
        guard build.runsHere else { return }
        for n in 0...37 {
            let x = Self.values(n, seed: 4)
            var out = [Double](repeating: 7, count: n)
            build.clamp(n, x, -5, 5, &out)
            for k in 0..<n {
                let want = x[k] > 5 ? 5 : x[k] < -5 ? -5 : x[k]
                #expect(Self.same(out[k], want), "clamp \(build) at \(k): \(x[k]) gave \(out[k])")
            }
        }
    }

    @Test(arguments: ArithmeticBuild.all)
    func derivativesAreOnePassOfTheirFormulas(build: ArithmeticBuild) {
        guard build.runsHere else { return }
        for a in ActivationDerivative.allCases {
            for n in 0...37 {
                let g = Self.values(n, seed: 5), y = Self.values(n, seed: 6)
                var out = [Double](repeating: 7, count: n)
                build.derivative(a, n, g, y, &out)
                for k in 0..<n {
                    #expect(Self.same(out[k], ScalarDefinition.derivative(a, g[k], y[k])), "\(a) \(build) at \(k)")
                }
            }
        }
    }

    @Test(arguments: ArithmeticBuild.all)
    func extremaAgreeWithTheLoop(build: ArithmeticBuild) {
        guard build.runsHere else { return }
        var random = TestRandom(seed: 8)
        for n in 1...70 {
            let x = random.values(n)
            #expect(build.extremum(true, n, x) == x.max()!, "maximum \(build) n=\(n)")
            #expect(build.extremum(false, n, x) == x.min()!, "minimum \(build) n=\(n)")
            var poisoned = x
            poisoned[n / 2] = .nan
            #expect(build.extremum(true, n, poisoned).isNaN && build.extremum(false, n, poisoned).isNaN, "NaN \(build) n=\(n)")
        }
    }
}
