// Differentiable reductions. A reduction's gradient spreads the output gradient back
// over the elements that produced it.

extension Var {
    /// Sum of all elements, as a scalar, in Julia's order (`Tensor.sum`).
    public func sum(_ traversal: JuliaReduction.Traversal = .pairwise) -> Var {
        Var.record1(Tensor(value.sum(traversal)), from: self) { g in
            Tensor(unchecked: value.shape, [Double](repeating: g.scalars[0], count: value.count))
        }
    }

    /// Sum along dimension `dim` (0-based), kept with size 1.
    public func sum(along dim: Int, _ traversal: JuliaReduction.Traversal = .pairwise) throws -> Var {
        let y = try value.sum(along: dim, traversal)
        // Broadcasting g back can add a trailing 1 (a vector summed along dims=2);
        // reshape so the gradient has the operand's shape.
        return Var.record1(y, from: self) { g in try (value.zerosLike() + g).reshaped(value.shape) }
    }

    public func mean(_ traversal: JuliaReduction.Traversal = .pairwise) -> Var {
        let n = Double(value.count)
        return sum(traversal) / n
    }

    public func mean(along dim: Int, _ traversal: JuliaReduction.Traversal = .pairwise) throws -> Var {
        try value.checkDimension(dim, operation: "mean")
        let n = Double(value.size(dim))
        return try sum(along: dim, traversal) / n
    }

    /// The largest element; its gradient goes to the first position holding it.
    public func maximum() throws -> Var {
        let k = try value.argmax()
        return Var.record1(Tensor(value.scalars[k]), from: self) { g in
            var d = value.zerosLike()
            d.scalars[k] = g.scalars[0]
            return d
        }
    }

    /// Frobenius norm; d‖x‖/dx = x / ‖x‖ (taken as 0 at x = 0).
    public func norm() -> Var {
        let n = value.norm()
        return Var.record1(Tensor(n), from: self) { g in
            n == 0 ? value.zerosLike() : value * (g.scalars[0] / n)
        }
    }
}
