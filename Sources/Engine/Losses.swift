import RealModule

// Softmax, log-softmax and the losses built on them, stable for any input size:
// each line is shifted by its maximum before exponentiating.

extension Tensor {
    /// `log(softmax(x))` along dimension `dim` (0-based), computed as
    /// `x - max - log(sum(exp(x - max)))` so that large scores do not overflow.
    public func logSoftmax(along dim: Int) throws -> Tensor {
        let m = try maximum(along: dim).map { $0.isFinite ? $0 : 0 }
        let shifted = try self - m
        let logSum = try shifted.exp().sum(along: dim).log()
        // Along a dimension past the last (a vector's dims=2) the reductions carry an
        // extra trailing 1; the result keeps the input's shape.
        return try (shifted - logSum).reshaped(shape)
    }

    public func softmax(along dim: Int) throws -> Tensor { try logSoftmax(along: dim).exp() }
}

extension Var {
    /// Differentiable log-softmax: dx = g - softmax(x) · sum(g) along `dim`.
    public func logSoftmax(along dim: Int) throws -> Var {
        let y = try value.logSoftmax(along: dim)
        return Var.record1(y, from: self) { g in
            try (g - y.exp() .* g.sum(along: dim)).reshaped(value.shape)
        }
    }

    /// Differentiable softmax: dx = y · (g - sum(g · y)) along `dim`.
    public func softmax(along dim: Int) throws -> Var {
        let y = try value.softmax(along: dim)
        return Var.record1(y, from: self) { g in
            try (y .* (g - (g .* y).sum(along: dim))).reshaped(value.shape)
        }
    }

    /// Negative log-likelihood, as Knet's `nll`: the mean over instances of
    /// `-logsoftmax(scores)[class]`. `dim` is the dimension that holds the classes
    /// (0 when scores are classes × instances, 1 for instances × classes);
    /// `labels` are 0-based class indices, one per instance.
    public func nll(labels: [Int], classDimension dim: Int) throws -> Var {
        guard value.rank <= 2, dim == 0 || dim == 1 else {
            throw EngineError.invalidArgument(
                operation: "nll", reason: "scores must be a vector or matrix; got \(shapeText(value.shape))")
        }
        let classes = value.size(dim)
        let instances = value.count / Swift.max(classes, 1)
        guard labels.count == instances else {
            throw EngineError.invalidArgument(
                operation: "nll",
                reason: "\(labels.count) labels for \(instances) instances in scores of shape \(shapeText(value.shape))")
        }
        if let bad = labels.first(where: { $0 < 0 || $0 >= classes }) {
            throw EngineError.invalidArgument(operation: "nll", reason: "class \(bad &+ 1) is outside 1:\(classes)")
        }
        let logp = try value.logSoftmax(along: dim)
        // Offset of (class c, instance n) in column-major storage.
        func offset(_ c: Int, _ n: Int) -> Int { dim == 0 ? c + n * classes : n + c * instances }
        var total = 0.0
        for (n, c) in labels.enumerated() { total -= logp.scalars[offset(c, n)] }
        let loss = Tensor(total / Double(instances))
        return Var.record1(loss, from: self) { g in
            // d/dscores = (softmax - onehot(label)) / instances
            var d = logp.exp()
            for (n, c) in labels.enumerated() { d.scalars[offset(c, n)] -= 1 }
            return d * (g.scalars[0] / Double(instances))
        }
    }

    /// Mean squared error, `mean((prediction - target).^2)`.
    public func mse(_ target: Var) throws -> Var {
        guard value.shape == target.shape || target.value.count == 1 else {
            throw EngineError.shapeMismatch(operation: "mse", left: value.shape, right: target.shape)
        }
        return try (self - target).pow(2).mean()
    }
}
