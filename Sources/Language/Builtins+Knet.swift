import Engine

// Knet.jl's helpers that its tutorials lean on beside the losses: `accuracy`, `mat`,
// `logp` (Knet's name for logsoftmax), and the optimiser constructors `SGD` and `Adam`
// with `update!(w, g; lr)`.

extension Runtime {
    /// Knet's `accuracy(scores, labels; dims=1, average=true)`: the share of instances
    /// (columns for dims=1, rows for dims=2) whose first maximal score is at the label;
    /// label 0 skips an instance. With average=false, (correct, counted).
    fileprivate func accuracy(_ args: inout Arguments) throws -> Value {
        let dims = try args.keyword("dims").map { v -> Int in
            guard case .int(let d) = v, d == 1 || d == 2 else {
                throw RuntimeError("accuracy: dims must be 1 or 2", kind: .argument)
            }
            return d
        } ?? 1
        let average = try args.keyword("average").map { v -> Bool in
            guard case .bool(let b) = v else { throw RuntimeError("accuracy: average must be true or false", kind: .argument) }
            return b
        } ?? true
        guard let (scoresVar, _) = try operand(args[0]), scoresVar.value.rank >= 1 else {
            throw RuntimeError("accuracy: the scores must be an array, got \(describeType(args[0]))", kind: .method)
        }
        let scores = scoresVar.value
        let labels = try collectElements(args[1]).map { v -> Int in
            guard case .int(let n) = v else { throw RuntimeError("accuracy: labels must be integers, got \(describeType(v))", kind: .argument) }
            return n
        }
        // Instances along dims' other side: column j (dims=1) or row j (dims=2) of the
        // scores seen as a matrix, as Knet's findindices reads them.
        let rows = dims == 1 ? scores.size(0) : scores.count / Swift.max(scores.size(scores.rank - 1), 1)
        let columns = scores.count / Swift.max(rows, 1)
        let instances = dims == 1 ? columns : rows
        let classes = dims == 1 ? rows : columns
        guard labels.count == instances else {
            throw RuntimeError("accuracy: \(labels.count) labels for \(instances) instances (DimensionMismatch)", kind: .dimensionMismatch)
        }
        var correct = 0
        var counted = 0
        for (j, label) in labels.enumerated() where label != 0 {
            guard (1...classes).contains(label) else {
                throw RuntimeError("accuracy: label \(label) is out of range for \(classes) classes", kind: .bounds)
            }
            counted += 1
            var best = 0
            var bestScore = Double.nan
            for c in 0..<classes {
                let x = dims == 1 ? scores.scalars[j * rows + c] : scores.scalars[c * rows + j]
                // Julia's findmax: NaN beats every number, and the first maximum wins.
                if c == 0 || (!bestScore.isNaN && (x.isNaN || x > bestScore)) {
                    best = c
                    bestScore = x
                }
            }
            if best + 1 == label { correct += 1 }
        }
        return average ? .float(Double(correct) / Double(counted)) : .tuple([.int(correct), .int(counted)])
    }

    /// Knet's `mat(x; dims=ndims(x)-1)`: x as a matrix whose rows are its first `dims`
    /// dimensions taken together.
    fileprivate func mat(_ args: inout Arguments) throws -> Value {
        guard let (x, type) = try operand(args[0]) else {
            throw RuntimeError("mat: expected an array, got \(describeType(args[0]))", kind: .method)
        }
        let rank = x.value.rank
        guard rank >= 1 else { throw RuntimeError("mat: expected an array, got \(describeType(args[0]))", kind: .method) }
        let dims = try args.keyword("dims").map { v -> Int in
            guard case .int(let d) = v, d >= 0 else { throw RuntimeError("mat: dims must be a non-negative integer", kind: .argument) }
            return d
        } ?? rank - 1
        // Dimensions past the last count as 1, as Julia's size(x, i) does.
        let rows = x.shape.prefix(dims).reduce(1, *)
        guard rows > 0 else {
            throw RuntimeError("mat: cannot reshape an array with an empty leading dimension (DimensionMismatch)", kind: .dimensionMismatch)
        }
        return try result(try x.reshaped([rows, x.value.count / rows]), type)
    }
}

/// Knet's `SGD(; lr=0.1, gclip=0)`: plain gradient descent for `update!`, clipping
/// each gradient to norm `gclip` first when that is positive.
final class KnetSGD: HostObject {
    let learningRate: Double
    let gradientClip: Double

    init(learningRate: Double, gradientClip: Double) {
        self.learningRate = learningRate
        self.gradientClip = gradientClip
    }

    var juliaTypeName: String { "SGD" }
    func show() -> String { "SGD(\(formatFloat(learningRate)), \(formatFloat(gradientClip)))" }
    func property(_ name: String) -> Value? {
        switch name {
        case "lr": return .float(learningRate)
        case "gclip": return .float(gradientClip)
        default: return nil
        }
    }
    var propertyNames: [String] { ["lr", "gclip"] }

    /// One step, as Knet's: the gradient scaled down to norm gclip when longer, then
    /// w += -lr * g (BLAS's axpy).
    func step(_ w: inout Tensor, _ g: Tensor) throws {
        var g = g
        if gradientClip > 0 {
            let norm = g.scalars.reduce(0) { $0 + $1 * $1 }.squareRoot()
            if norm > gradientClip { g = g.map { $0 * (gradientClip / norm) } }
        }
        try w.add(g, scaledBy: -learningRate)
    }
}

extension Value {
    var isKnetSGD: Bool {
        if case .host(let object) = self { return object is KnetSGD }
        return false
    }
}

extension Runtime {
    /// `SGD(; lr, gclip)` from keyword arguments (update!(w, g; lr) takes the same).
    func knetSGD(_ args: inout Arguments) throws -> Value {
        func rate(_ name: String, _ fallback: Double) throws -> Double {
            guard let v = args.keyword(name) else { return fallback }
            guard let x = scalarDouble(v), x >= 0 else { throw RuntimeError("\(args.function): \(name) must be a number ≥ 0", kind: .argument) }
            return x
        }
        return .host(KnetSGD(learningRate: try rate("lr", 0.1), gradientClip: try rate("gclip", 0)))
    }
}

extension Library {
    mutating func registerKnetBuiltins() {
        define("SGD", 0...0, keywords: .named(["lr", "gclip"]), help: "SGD(; lr=0.1, gclip=0) — Knet's gradient-descent optimiser for update!(w, g, opt)") { interp, args in
            try interp.knetSGD(&args)
        }
        define("accuracy", 2...2, keywords: .named(["dims", "average"]), help: "accuracy(scores, labels; dims=1, average=true) — the share of instances whose highest score is at the label (Knet)") { interp, args in
            try interp.accuracy(&args)
        }
        define("mat", 1...1, keywords: .named(["dims"]), help: "mat(x; dims=ndims(x)-1) — x reshaped to a matrix, its first dims dimensions as rows (Knet)") { interp, args in
            try interp.mat(&args)
        }
        alias("logp", to: "logsoftmax")
    }
}
