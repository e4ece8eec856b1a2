import Foundation
import JuliaMath
import Testing
@testable import Engine

/// The fused broadcast against its definition: the same chain of operations done one
/// at a time with the unfused tensor and `Var` operations, as the notebook language
/// does them without fusion. Values must agree exactly (each step calls the kernels the
/// unfused operation calls); gradients exactly where every leaf is used once at the
/// output's shape, and within 1e-12 relative where a stretched leaf sums its gradient
/// chunk by chunk instead of in one left-to-right sum (the only reordering; over the
/// 2100-row set that moves a cancelling sum by up to 1.6e-13).
/// .ci/test runs this suite once per kernel build.
@Suite struct FusedBroadcastTests {
    typealias Step = FusedBroadcast.Step

    /// The chain done one operation at a time, as the unfused language does it.
    static func unfused(_ program: FusedBroadcast, _ leaves: [Var]) throws -> Var {
        var values: [Var] = []
        for step in program.steps {
            let x = step.operands.map { operand -> Var in
                switch operand {
                case .leaf(let l): leaves[l]
                case .step(let k): values[k]
                case .constant(let c): Var(c)
                }
            }
            let y: Var
            switch step.operation {
            case .binary(.add): y = try x[0] + x[1]
            case .binary(.subtract): y = try x[0] - x[1]
            case .binary(.multiply): y = try x[0] .* x[1]
            case .binary(.divide): y = try x[0] / x[1]
            case .binary(let op): y = Var(try x[0].value.zip(x[1].value, op, operation: step.name))
            case .power:
                y = x[1].value.rank == 0 && !x[1].isTracked ? x[0].pow(x[1].value.scalars[0]) : try x[0].pow(x[1])
            case .unary(.negate): y = -x[0]
            case .unary(.absolute): y = x[0].abs()
            case .unary(.squareRoot): y = x[0].sqrt()
            case .unary(.exponential): y = x[0].exp()
            case .unary(.logarithm): y = x[0].log()
            case .unary(.tanh): y = x[0].tanh()
            case .unary(.sigmoid): y = x[0].sigm()
            case .relu: y = x[0].relu()
            case .clamp: y = x[0].clamped(x[1].value.scalars[0], x[2].value.scalars[0])
            }
            values.append(y)
        }
        return values.last!
    }

    /// Adagrad's update, `w - lr * d / (sqrt(m) + 1e-8)`, over three leaves.
    static let adagrad = FusedBroadcast(steps: [
        Step(.unary(.squareRoot), [.leaf(2)], name: "sqrt.()"),
        Step(.binary(.add), [.step(0), .constant(1e-8)], name: ".+"),
        Step(.binary(.multiply), [.constant(0.1), .leaf(1)], name: ".*"),
        Step(.binary(.divide), [.step(2), .step(1)], name: "./"),
        Step(.binary(.subtract), [.leaf(0), .step(3)], name: ".-"),
    ], leafCount: 3)

    /// An RNN step, `tanh(a + b + bias)`, then squared, halved and offset by the bias.
    static let cell = FusedBroadcast(steps: [
        Step(.binary(.add), [.leaf(0), .leaf(1)], name: ".+"),
        Step(.binary(.add), [.step(0), .leaf(2)], name: ".+"),
        Step(.unary(.tanh), [.step(1)], name: "tanh.()"),
        Step(.power, [.step(2), .constant(2)], name: ".^"),
        Step(.binary(.divide), [.step(3), .constant(2)], name: "./"),
        Step(.binary(.subtract), [.step(4), .leaf(2)], name: ".-"),
    ], leafCount: 3)

    /// Every differentiable operation once, over two leaves.
    static let everything = FusedBroadcast(steps: [
        Step(.binary(.multiply), [.leaf(0), .leaf(1)], name: ".*"),
        Step(.unary(.sigmoid), [.step(0)], name: "sigm.()"),
        Step(.unary(.exponential), [.leaf(1)], name: "exp.()"),
        Step(.binary(.divide), [.step(1), .step(2)], name: "./"),
        Step(.unary(.absolute), [.leaf(0)], name: "abs.()"),
        Step(.binary(.add), [.step(4), .constant(0.5)], name: ".+"),
        Step(.unary(.logarithm), [.step(5)], name: "log.()"),
        Step(.power, [.step(5), .leaf(1)], name: ".^"),
        Step(.relu, [.leaf(1)], name: "relu.()"),
        Step(.clamp, [.leaf(0), .constant(-0.7), .constant(0.6)], name: "clamp.()"),
        Step(.unary(.negate), [.step(9)], name: ".-"),
        Step(.binary(.subtract), [.step(3), .step(6)], name: ".-"),
        Step(.binary(.add), [.step(11), .step(7)], name: ".+"),
        Step(.binary(.multiply), [.step(12), .step(8)], name: ".*"),
        Step(.binary(.add), [.step(13), .step(10)], name: ".+"),
        Step(.power, [.step(14), .constant(3)], name: ".^"),
    ], leafCount: 2)

    static func random(_ shape: [Int], seed: UInt64) throws -> Tensor {
        var rng = RandomSource(seed: seed)
        return try rng.normalTensor(shape: shape)
    }

    /// Shapes that exercise one chunk, several chunks with a short last one, and the
    /// column-at-a-time walk of stretched operands.
    static let shapeSets: [[[Int]]] = [
        [[7], [7], [7]],
        [[100, 65], [100, 65], [100, 65]],
        [[1000], [1000], [1000]],
        [[300, 4], [300, 1], [1, 4]],
        [[5, 3, 2], [5, 1, 2], []],
        [[1, 400], [1, 400], [1, 400]],
        [[2100, 2], [2100, 1], [1, 2]],
    ]

    @Test(arguments: 0..<shapeSets.count)
    func valuesAreTheUnfusedValues(_ set: Int) throws {
        for program in [Self.cell, Self.everything, Self.adagrad] {
            let shapes = Array(Self.shapeSets[set].prefix(program.leafCount))
            var leaves = try shapes.enumerated().map { try Self.random($1, seed: UInt64(10 * set + $0)) }
            if program.steps.count == Self.adagrad.steps.count {
                leaves[2] = leaves[2].abs()  // Adagrad's memory is a sum of squares
            }
            let fused = try program.evaluate(leaves, functions: .vector)
            let reference = try Self.unfused(program, leaves.map { Var($0) }).value
            #expect(fused.shape == reference.shape)
            let same = fused.scalars.elementsEqual(reference.scalars) { $0 == $1 || ($0.isNaN && $1.isNaN) }
            #expect(same)
            if !same, let k = fused.scalars.indices.first(where: { fused.scalars[$0] != reference.scalars[$0] }) {
                print("DEBUG", program.steps.count, k, fused.scalars[k], reference.scalars[k], fused.shape)
            }
        }
    }

    @Test func scalarFunctionsRoundAsTheirDefinitions() throws {
        let program = FusedBroadcast(steps: [
            Step(.unary(.tanh), [.leaf(0)], name: "tanh.()"),
            Step(.unary(.exponential), [.leaf(0)], name: "exp.()"),
            Step(.unary(.sigmoid), [.leaf(0)], name: "sigm.()"),
            Step(.binary(.add), [.step(0), .step(1)], name: ".+"),
            Step(.binary(.add), [.step(3), .step(2)], name: ".+"),
        ], leafCount: 1)
        let x = try Self.random([513], seed: 4)
        let fused = try program.evaluate([x], functions: .scalar)
        let expected = x.scalars.map { (Foundation.tanh($0) + Julia.exp($0)) + sigmoid($0) }
        #expect(fused.scalars == expected)
    }

    @Test(arguments: 0..<shapeSets.count)
    func gradientsAreTheUnfusedGradients(_ set: Int) throws {
        for program in [Self.cell, Self.everything, Self.adagrad] {
            let shapes = Array(Self.shapeSets[set].prefix(program.leafCount))
            var leaves = try shapes.enumerated().map { try Self.random($1, seed: UInt64(7 + 10 * set + $0)) }
            if program.steps.count == Self.adagrad.steps.count { leaves[2] = leaves[2].abs() }
            let weights = try Self.random(try program.shapes(leaves: shapes).last!, seed: 99)
            func loss(_ y: Var) throws -> Var { try (y .* Var(weights)).sum() }
            let fused = try gradient(at: leaves) { p in try loss(try Var.fusedBroadcast(program, p)) }
            let reference = try gradient(at: leaves) { p in try loss(try Self.unfused(program, p)) }
            let stretched = shapes.contains { $0 != shapes[0] }
            for (l, (f, r)) in zip(fused, reference).enumerated() {
                #expect(f.shape == r.shape)
                let worst = Closeness.worst(f.scalars, r.scalars, floor: 1e-300)
                #expect(worst <= (stretched ? 1e-12 : 0), "leaf \(l) of a \(program.steps.count)-step chain: off by \(worst)")
            }
        }
    }

    @Test func gradientsMatchCentralDifferences() throws {
        let a = try Self.random([6, 3], seed: 1), b = try Self.random([6, 1], seed: 2)
        let report = try gradcheck(at: [a, b]) { p in
            try Var.fusedBroadcast(Self.everything, p).sum()
        }
        #expect(report.worstError < 1e-6)
    }

    @Test func aFusedChainIsOneTapeEntry() throws {
        let tape = Tape()
        let x = tape.parameter(try Self.random([10], seed: 3))
        let before = tape.count
        _ = try Var.fusedBroadcast(Self.cell, [x, Var(try Self.random([10], seed: 4)), x])
        #expect(tape.count == before + 1)
    }

    @Test func aLeafUsedTwiceGetsBothContributions() throws {
        // x .* x: the gradient of sum(x .* x) is 2x, exactly.
        let square = FusedBroadcast(steps: [Step(.binary(.multiply), [.leaf(0), .leaf(1)], name: ".*")], leafCount: 2)
        let x = Tensor(vector: [1.5, -2, 0.25])
        let g = try gradient(at: [x]) { p in try Var.fusedBroadcast(square, [p[0], p[0]]).sum() }
        #expect(g[0].scalars == [3, -4, 0.5])
    }

    @Test func shapeMismatchNamesTheStepWhereItArises() throws {
        let program = FusedBroadcast(steps: [
            Step(.unary(.tanh), [.leaf(0)], name: "tanh.()"),
            Step(.binary(.multiply), [.step(0), .leaf(1)], name: ".*"),
        ], leafCount: 2)
        #expect(throws: FusedBroadcast.Failure.shape(step: 1, .shapeMismatch(operation: ".*", left: [3], right: [4]))) {
            _ = try program.evaluate([Tensor(vector: [1, 2, 3]), Tensor(vector: [1, 2, 3, 4])], functions: .vector)
        }
    }

    @Test func aDomainErrorNamesTheFirstElementInLoopOrder() throws {
        // Julia's one loop meets log(-1) at element 1 before sqrt(-4) at element 2, though
        // the sqrt step runs first on the chunk.
        let program = FusedBroadcast(steps: [
            Step(.unary(.squareRoot), [.leaf(0)], name: "sqrt.()"),
            Step(.unary(.logarithm), [.leaf(1)], name: "log.()"),
            Step(.binary(.add), [.step(0), .step(1)], name: ".+"),
        ], leafCount: 2)
        let x = Tensor(vector: [1, -4, 9]), y = Tensor(vector: [-1, 2, 3])
        #expect(throws: FusedBroadcast.Failure.domain(step: 1, value: -1)) {
            _ = try program.evaluate([x, y], functions: .scalar)
        }
        #expect(throws: FusedBroadcast.Failure.domain(step: 0, value: -4)) {
            _ = try program.evaluate([x, Tensor(vector: [1, 2, 3])], functions: .scalar)
        }
    }

    /// sqrt's domain check, on one chunk and across chunks: a NaN beside a negative must
    /// not hide it (a shortcut through a minimum would, since the minimum is then NaN),
    /// and -0.0 is in the domain (sqrt(-0.0) is -0.0).
    @Test func aNaNDoesNotHideANegativeFromTheDomainCheck() throws {
        let program = FusedBroadcast(steps: [Step(.unary(.squareRoot), [.leaf(0)], name: "sqrt.()")], leafCount: 1)
        for n in [1, 3, 4, 9, 17, 1500] {
            for (nan, negative) in [(0, n - 1), (n - 1, 0), (n / 2, n - 1)] where nan != negative {
                var x = [Double](repeating: 4, count: n)
                x[nan] = .nan
                x[negative] = -2
                #expect(throws: FusedBroadcast.Failure.domain(step: 0, value: -2), "n=\(n)") {
                    _ = try program.evaluate([Tensor(vector: x)], functions: .scalar)
                }
            }
            var quiet = [Double](repeating: 4, count: n)
            quiet[n / 2] = .nan
            quiet[0] = -0.0
            let result = try program.evaluate([Tensor(vector: quiet)], functions: .scalar)
            #expect(result.scalars[0].sign == .minus && result.scalars[0] == 0)
            #expect(result.scalars[n / 2].isNaN || n / 2 == 0)
        }
    }

    @Test func writesIntoADestinationThatIsAlsoALeaf() throws {
        var w = try Self.random([700], seed: 5)
        let d = try Self.random([700], seed: 6), m = try Self.random([700], seed: 7).abs()
        let expected = try Self.adagrad.evaluate([w, d, m], functions: .vector)
        try Self.adagrad.evaluate([nil, d, m], into: &w, functions: .vector)
        #expect(w == expected)
        // The result's shape must be the destination's, as Julia's broadcast! requires.
        var small = Tensor(vector: [1, 2])
        let wide = try Self.random([2, 3], seed: 8)
        #expect(throws: EngineError.shapeMismatch(operation: ".=", left: [2], right: [2, 3])) {
            try Self.adagrad.evaluate([nil, wide, wide.abs()], into: &small, functions: .vector)
        }
    }
}
