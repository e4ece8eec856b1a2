import RealModule

// Differentiable elementwise functions: value and derivative side by side.

extension Var {
    public func tanh() -> Var {
        let y = value.tanh()
        return Var.record1(y, from: self) { g in g.timesDerivative(.tanh, output: y) }
    }

    public func sigm() -> Var {
        let y = value.sigm()
        return Var.record1(y, from: self) { g in g.timesDerivative(.sigmoid, output: y) }
    }

    /// The derivative at 0 is taken as 0, as most frameworks do.
    public func relu() -> Var {
        Var.record1(value.relu(), from: self) { g in try g .* value.applying(.greater, scalar: 0) }
    }

    public func exp() -> Var {
        let y = value.exp()
        return Var.record1(y, from: self) { g in g.timesDerivative(.exponential, output: y) }
    }

    public func log() -> Var { Var.record1(value.log(), from: self) { g in try g / value } }

    /// The derivative at 0 is taken as 0 (the subgradient nearest to both sides' mean).
    public func abs() -> Var {
        Var.record1(value.abs(), from: self) { g in
            try g .* (value.applying(.greater, scalar: 0) - value.applying(.less, scalar: 0))
        }
    }

    public func sqrt() -> Var {
        let y = value.sqrt()
        return Var.record1(y, from: self) { g in g.timesDerivative(.squareRoot, output: y) }
    }

    /// Elementwise `max(x, c)`; the gradient passes where x > c.
    public func max(_ c: Double) -> Var {
        Var.record1(value.max(c), from: self) { g in try g .* value.applying(.greater, scalar: c) }
    }

    /// Elementwise `min(x, c)`; the gradient passes where x < c.
    public func min(_ c: Double) -> Var {
        Var.record1(value.min(c), from: self) { g in try g .* value.applying(.less, scalar: c) }
    }

    /// Elementwise clamp; the gradient passes strictly inside `[lo, hi]`.
    public func clamped(_ lo: Double, _ hi: Double) -> Var {
        Var.record1(value.clamped(lo, hi), from: self) { g in
            try g .* value.applying(.greater, scalar: lo) .* value.applying(.less, scalar: hi)
        }
    }
}
