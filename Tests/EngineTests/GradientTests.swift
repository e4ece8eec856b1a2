import Testing
@testable import Engine

/// The gradient of every differentiable operation against independent five-point
/// central differences (Support/CentralDifference.swift), at 1e-8 in the mixed error
/// |a - n| / max(1, |a|, |n|) explained there, and against the engine's gradcheck at
/// the 1e-6. Each loss reads the op's output through `Probe.weightedSum`.
@Suite struct GradientTests {
    static let broadcastPairs: [([Int], [Int])] = [
        ([3, 4], [3, 4]), ([3, 4], [3]), ([3], [3, 4]), ([3, 4], [1, 4]), ([3, 1], [1, 4]),
        ([3, 4], []), ([], [3, 4]), ([2, 3, 4], [2, 1, 4]), ([2, 1, 4], [1, 3, 1]), ([2, 3, 4], [2]),
    ]

    @Test(arguments: ["+", "-", ".*", "./", "pow"])
    func broadcastingArithmetic(op: String) throws {
        for (k, (sa, sb)) in Self.broadcastPairs.enumerated() {
            let seed = UInt64(10 * k)
            var a = try Probe.normal(sa, seed: seed)
            var b = try Probe.normal(sb, seed: seed + 1)
            if op == "./" { b = try Probe.uniform(sb, seed: seed + 1, in: 0.5, 2) }
            if op == "pow" {
                a = try Probe.uniform(sa, seed: seed, in: 0.5, 2)
                b = try Probe.uniform(sb, seed: seed + 1, in: -2, 3)
            }
            try expectGradientMatchesDifferences("\(shapeText(sa)) \(op) \(shapeText(sb))", at: [a, b]) { p in
                let y: Var
                switch op {
                case "+": y = try p[0] + p[1]
                case "-": y = try p[0] - p[1]
                case ".*": y = try p[0] .* p[1]
                case "./": y = try p[0] / p[1]
                default: y = try p[0].pow(p[1])
                }
                return try Probe.weightedSum(y)
            }
        }
    }

    @Test func operationsWithNumbers() throws {
        let x = try Probe.uniform([3, 4], seed: 1, in: 0.5, 2)
        let cases: [(String, (Var) throws -> Var)] = [
            ("x + 2", { $0 + 2 }), ("2 + x", { 2 + $0 }), ("x - 2", { $0 - 2 }), ("2 - x", { 2 - $0 }),
            ("x * 3", { $0 * 3 }), ("3 * x", { 3 * $0 }), ("x / 3", { $0 / 3 }), ("3 / x", { 3 / $0 }),
            ("-x", { -$0 }), ("x^2", { $0.pow(2) }), ("x^3", { $0.pow(3) }), ("x^0.5", { $0.pow(0.5) }),
            ("x^-1.5", { $0.pow(-1.5) }), ("x^2.7", { $0.pow(2.7) }),
        ]
        for (name, f) in cases {
            try expectGradientMatchesDifferences(name, at: [x]) { p in try Probe.weightedSum(try f(p[0])) }
        }
    }

    @Test(arguments: [([3, 4], [4, 5]), ([3, 4], [4]), ([3], [1, 4]), ([1, 4], [4, 1]), ([5, 7], [7, 9])])
    func matrixProduct(sa: [Int], sb: [Int]) throws {
        let a = try Probe.normal(sa, seed: 3), b = try Probe.normal(sb, seed: 4)
        try expectGradientMatchesDifferences("\(shapeText(sa)) * \(shapeText(sb))", at: [a, b]) { p in
            try Probe.weightedSum(try p[0] * p[1])
        }
    }

    /// A weight used by several products: the first product's gradient is written into
    /// the weight's (gemm with beta 0, no zeros first) and the later ones added, through
    /// the rank-1 path for vector inputs and the full gemm for matrices.
    @Test(arguments: [[4], [4, 1], [4, 3]])
    func weightSharedByProducts(input: [Int]) throws {
        let w = try Probe.normal([5, 4], seed: 7)
        let xs = try (0..<3).map { try Probe.normal(input, seed: 8 + UInt64($0)) }
        _ = try expectGradientMatchesDifferences("W * x at three steps, x \(shapeText(input))", at: [w] + xs) { p in
            var total = try Probe.weightedSum(try p[0] * p[1])
            for x in p[2...] { total = try total + Probe.weightedSum(try p[0] * x) }
            return total
        }
    }

    /// A weight whose gradient is a sum of outer products large enough to be batched
    /// (`GradientTable.addOuterProduct`): W·hₜ over 70 steps (more than one batch of 64)
    /// and the row form xₜ·W, against the sum written out, Σ gₜ hₜᵀ, at rounding's level.
    @Test(arguments: [false, true])
    func batchedOuterProducts(rows: Bool) throws {
        let (r, c) = (40, 30)
        let w = try Probe.normal([r, c], seed: 21)
        let hs = try (0..<70).map { try Probe.normal(rows ? [1, r] : [c], seed: 22 + UInt64($0)) }
        let gs = try (0..<70).map { try Probe.normal(rows ? [1, c] : [r], seed: 200 + UInt64($0)) }
        let tape = Tape()
        let wv = tape.parameter(w)
        var total = Var(0)
        for (h, g) in zip(hs, gs) {
            let y = rows ? try Var(h) * wv : try wv * Var(h)
            total = try total + (try y .* Var(g)).sum()
        }
        let dW = try tape.gradients(of: total, for: [wv])[0]
        var expected = [Double](repeating: 0, count: r * c)
        for (h, g) in zip(hs, gs) {
            for j in 0..<c {
                for i in 0..<r {
                    expected[i + j * r] += rows ? h.scalars[i] * g.scalars[j] : g.scalars[i] * h.scalars[j]
                }
            }
        }
        #expect(dW.shape == [r, c])
        let worst = zip(dW.scalars, expected).map { Swift.abs($0 - $1) / Swift.max(1, Swift.abs($1)) }.max()!
        #expect(worst < 1e-12, "largest difference \(worst)")
    }

    @Test func elementwiseFunctions() throws {
        let general = try Probe.normal([3, 4], seed: 5, scale: 1.5)
        let positive = try Probe.uniform([3, 4], seed: 6, in: 0.2, 3)
        let cases: [(String, Tensor, (Var) throws -> Var)] = [
            ("tanh", general, { $0.tanh() }),
            ("sigm", general, { $0.sigm() }),
            ("sigm far out", Tensor(vector: [-30, -12, 12, 30]), { $0.sigm() }),
            ("relu", try Probe.normal([3, 4], seed: 7, avoiding: [0]), { $0.relu() }),
            ("exp", general, { $0.exp() }),
            ("log", positive, { $0.log() }),
            ("abs", try Probe.normal([3, 4], seed: 8, avoiding: [0]), { $0.abs() }),
            ("sqrt", positive, { $0.sqrt() }),
            ("max(x, 0.3)", try Probe.normal([3, 4], seed: 9, avoiding: [0.3]), { $0.max(0.3) }),
            ("min(x, -0.2)", try Probe.normal([3, 4], seed: 10, avoiding: [-0.2]), { $0.min(-0.2) }),
            ("clamp", try Probe.normal([3, 4], seed: 11, avoiding: [-0.5, 0.5]), { $0.clamped(-0.5, 0.5) }),
        ]
        for (name, x, f) in cases {
            try expectGradientMatchesDifferences(name, at: [x]) { p in try Probe.weightedSum(try f(p[0])) }
        }
    }

    @Test func reductions() throws {
        let cube = try Probe.normal([2, 3, 4], seed: 12)
        var cases: [(String, (Var) throws -> Var)] = [
            ("sum", { $0.sum() }), ("mean", { $0.mean() }), ("maximum", { try $0.maximum() }),
            ("norm", { $0.norm() }),
        ]
        for d in 0..<3 {
            cases.append(("sum along \(d)", { try Probe.weightedSum(try $0.sum(along: d)) }))
            cases.append(("mean along \(d)", { try Probe.weightedSum(try $0.mean(along: d)) }))
        }
        for (name, f) in cases {
            try expectGradientMatchesDifferences(name, at: [cube]) { p in try f(p[0]) }
        }
    }

    @Test func reshapingSlicingAndJoining() throws {
        let m = try Probe.normal([4, 5], seed: 13)
        let cube = try Probe.normal([2, 3, 4], seed: 14)
        let v = try Probe.normal([5], seed: 15)
        let cases: [(String, Tensor, (Var) throws -> Var)] = [
            ("reshape", cube, { try $0.reshaped([4, 6]) }),
            ("vec", cube, { $0.vectorized() }),
            ("transpose matrix", m, { try $0.transposed() }),
            ("transpose vector", v, { try $0.transposed() }),
            ("permutedims", cube, { try $0.permuted([2, 0, 1]) }),
            ("slice with repeats", m, { try $0.slice([.list([3, 0, 3]), .range(1..<4)]) }),
            ("slice dropping a dimension", cube, { try $0.slice([.all, .at(1), .range(2..<4)]) }),
            ("linear slice", m, { try $0.slice([.range(2..<9)]) }),
            ("columns", m, { try $0.columns(1..<3) }),
            ("one column", m, { try $0.slice([.all, .at(4)]) }),
            ("one column, read twice", m, { try $0.slice([.all, .at(2)]) .* $0.slice([.all, .at(2)]) }),
            ("empty column range", m, { try $0.slice([.all, .range(2..<2)]) }),
            // One element per index (the element path), read twice, and of a vector.
            ("one element", m, { try $0.slice([.at(2), .at(3)]) }),
            ("one element, read twice", m, { try $0.slice([.at(1), .at(0)]) .* $0.slice([.at(1), .at(0)]) }),
            ("one element of a vector", v, { try $0.slice([.at(4)]) + $0.slice([.at(0)]) }),
            ("reshape to its own shape", m, { try $0.reshaped([4, 5]) }),
            ("one linear index of a matrix", m, { try $0.slice([.at(7)]) }),
            ("columns by a list, with repeats", m, { try $0.slice([.all, .list([3, 0, 3, 4])]) }),
        ]
        for (name, x, f) in cases {
            try expectGradientMatchesDifferences(name, at: [x]) { p in try Probe.weightedSum(try f(p[0])) }
        }
        let a = try Probe.normal([2, 3], seed: 16), b = try Probe.normal([1, 3], seed: 17)
        let c = try Probe.normal([3, 2], seed: 18), u = try Probe.normal([3], seed: 19)
        try expectGradientMatchesDifferences("vcat", at: [a, b]) { p in
            try Probe.weightedSum(try Var.vcat([p[0], p[1], p[0]]))
        }
        try expectGradientMatchesDifferences("hcat with a vector", at: [c, u]) { p in
            try Probe.weightedSum(try Var.hcat([p[0], p[1]]))
        }
    }

    @Test func softmaxFamily() throws {
        let m = try Probe.normal([4, 3], seed: 20, scale: 2)
        let cube = try Probe.normal([2, 3, 4], seed: 21)
        for d in 0..<2 {
            try expectGradientMatchesDifferences("logsoftmax along \(d)", at: [m]) { p in
                try Probe.weightedSum(try p[0].logSoftmax(along: d))
            }
            try expectGradientMatchesDifferences("softmax along \(d)", at: [m]) { p in
                try Probe.weightedSum(try p[0].softmax(along: d))
            }
        }
        try expectGradientMatchesDifferences("softmax along 2 of rank 3", at: [cube]) { p in
            try Probe.weightedSum(try p[0].softmax(along: 2))
        }
        // Scores in the thousands: a naive exp overflows, and the backward must stay finite.
        let huge = try Tensor(rows: [[1000, -1000, 5], [1001, -1002, 5], [999, -1000.5, -800]])
        try expectGradientMatchesDifferences("logsoftmax of huge scores", at: [huge]) { p in
            try Probe.weightedSum(try p[0].logSoftmax(along: 0))
        }
        try expectGradientMatchesDifferences("nll of huge scores", at: [huge]) { p in
            try p[0].nll(labels: [1, 2, 0], classDimension: 0)
        }
    }

    @Test func losses() throws {
        let scores = try Probe.normal([5, 4], seed: 22, scale: 2)
        try expectGradientMatchesDifferences("nll, classes along 0", at: [scores]) { p in
            try p[0].nll(labels: [4, 0, 2, 2], classDimension: 0)
        }
        try expectGradientMatchesDifferences("nll, classes along 1", at: [scores]) { p in
            try p[0].nll(labels: [1, 0, 3, 2, 3], classDimension: 1)
        }
        let y = try Probe.normal([4, 3], seed: 23), t = try Probe.normal([4, 3], seed: 24)
        try expectGradientMatchesDifferences("mse in both arguments", at: [y, t]) { p in try p[0].mse(p[1]) }
        try expectGradientMatchesDifferences("mse against a scalar", at: [y, Tensor(0.5)]) { p in try p[0].mse(p[1]) }
    }

    @Test func denseAndEmbedding() throws {
        let x = try Probe.normal([3, 5], seed: 25), W = try Probe.normal([5, 2], seed: 26)
        let b = try Probe.normal([1, 2], seed: 27)
        try expectGradientMatchesDifferences("dense", at: [x, W, b]) { p in
            try Probe.weightedSum(try dense(p[0], weight: p[1], bias: p[2]))
        }
        let table = try Probe.normal([7, 3], seed: 28)
        let analytic = try gradient(at: [table]) { p in try Probe.weightedSum(try embedding(p[0], tokens: [3, 0, 6, 3])) }
        // Rows never looked up get exactly zero gradient; a repeated token gets the sum.
        for row in [1, 2, 4, 5] { #expect(try analytic[0].row(row).scalars == [0, 0, 0]) }
        try expectGradientMatchesDifferences("embedding with a repeated token", at: [table]) { p in
            try Probe.weightedSum(try embedding(p[0], tokens: [3, 0, 6, 3]))
        }
    }
}

/// Julia lets a reduction name a dimension past the last (`sum(v, dims=2)` for a vector);
/// whatever shape the value takes, the gradient must have the parameter's shape.
@Test func gradientOfAReductionPastTheLastDimensionHasTheParameterShape() throws {
    let v = Tensor(vector: [1, 2, 3])
    let g = try gradient(at: [v]) { p in try p[0].sum(along: 1).sum() }
    #expect(g[0].shape == [3], "gradient has shape \(shapeText(g[0].shape)) for a parameter of shape (3,)")
    #expect(g[0].scalars == [1, 1, 1])
    let m = try gradient(at: [v]) { p in try p[0].mean(along: 1).sum() }
    #expect(m[0].shape == [3])
}

/// Softmax keeps its input's shape, whichever dimension it runs along (Julia's
/// `softmax(v, dims=2)` of a vector is a vector of ones); so do its gradients.
/// Refusing a dimension past the last with an EngineError would also be sound; what
/// is checked is that a returned value never changes shape.
@Test(arguments: [([3], 1), ([], 0), ([2, 3], 2)])
func softmaxAlongAnExtraDimensionKeepsTheShape(shape: [Int], dim: Int) throws {
    let x = try Probe.normal(shape, seed: 40)
    do {
        #expect(try x.logSoftmax(along: dim).shape == shape)
        #expect(try x.softmax(along: dim).shape == shape)
        let g = try gradient(at: [x]) { p in try Probe.weightedSum(try p[0].logSoftmax(along: dim)) }
        #expect(g[0].shape == shape, "gradient has shape \(shapeText(g[0].shape)) for a parameter of shape \(shapeText(shape))")
    } catch is EngineError {
        // Refused: acceptable.
    }
}

/// nll of a vector of scores (one instance, classes along 0) must give a vector gradient.
@Test func nllOfAScoreVectorHasAVectorGradient() throws {
    let scores = Tensor(vector: [0.5, -1, 2])
    let g = try gradient(at: [scores]) { p in try p[0].nll(labels: [2], classDimension: 0) }
    #expect(g[0].shape == [3], "gradient has shape \(shapeText(g[0].shape))")
    try expectGradientMatchesDifferences("nll of a vector", at: [scores]) { p in
        try p[0].nll(labels: [2], classDimension: 0)
    }
    // Read with classes along dimension 1, a vector is three instances of one class each.
    // Refusing that reading with an EngineError would also be sound.
    do {
        let single = try gradient(at: [scores]) { p in try p[0].nll(labels: [0, 0, 0], classDimension: 1) }
        #expect(single[0].shape == [3], "classes along 1: gradient has shape \(shapeText(single[0].shape))")
    } catch is EngineError {}
}
