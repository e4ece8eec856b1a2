// Reductions over all elements, or along one dimension keeping it as size 1
// (Julia's `sum(A, dims=d)`).

import Kernels

extension Tensor {
    /// The sum of all elements in Julia's order for an Array{Float64} (`JuliaReduction`):
    /// left to right below 16 elements, pairwise blocks with 16 partial sums from 16 on.
    /// It starts from the first element, as Julia's does (`mapreduce_first`), not from 0,
    /// so `sum([-0.0])` is -0.0; empty, it is 0.0.
    /// An array Julia indexes Cartesian-wise (`traversal: .fromLeft`) it sums left to right.
    public func sum(_ traversal: JuliaReduction.Traversal = .pairwise) -> Double {
        guard !scalars.isEmpty else { return 0 }
        return scalars.withUnsafeBufferPointer { JuliaReduction.sum.reduce($0, traversal) }
    }
    /// The product of all elements in Julia's order (`prod`, `JuliaReduction.product`); 1.0 when empty.
    public func product(_ traversal: JuliaReduction.Traversal = .pairwise) -> Double {
        guard !scalars.isEmpty else { return 1 }
        return scalars.withUnsafeBufferPointer { JuliaReduction.product.reduce($0, traversal) }
    }
    /// Mean of all elements; NaN for an empty tensor.
    public func mean(_ traversal: JuliaReduction.Traversal = .pairwise) -> Double { sum(traversal) / Double(count) }
    /// The largest element, or an error for an empty tensor.
    /// The largest element; NaN if any element is NaN (as Julia), an error when empty.
    public func maximum() throws -> Double {
        guard !scalars.isEmpty else { throw EngineError.invalidArgument(operation: "maximum", reason: "empty array") }
        return signedZeroFixed(reading { Kernels.extremum(largest: true, n: count, $0) }, largest: true)
    }
    /// The smallest element; NaN if any element is NaN, an error when empty.
    public func minimum() throws -> Double {
        guard !scalars.isEmpty else { throw EngineError.invalidArgument(operation: "minimum", reason: "empty array") }
        return signedZeroFixed(reading { Kernels.extremum(largest: false, n: count, $0) }, largest: false)
    }
    /// Julia's `maximum` returns 0.0 over -0.0 (and `minimum` -0.0 over 0.0): its
    /// reduction ends "enforce correct order of 0.0 and -0.0" (base/reduce.jl).
    private func signedZeroFixed(_ best: Double, largest: Bool) -> Double {
        guard best == 0, (best.sign == .minus) == largest else { return best }
        let wanted: Double = largest ? 0.0 : -0.0
        return scalars.contains { $0 == 0 && $0.sign == wanted.sign } ? wanted : best
    }
    /// Linear (column-major, 0-based) index of the first largest element, in Julia's
    /// `isless` order (`findmax`): NaN above everything, 0.0 above -0.0.
    public func argmax() throws -> Int {
        guard !scalars.isEmpty else { throw EngineError.invalidArgument(operation: "argmax", reason: "empty array") }
        var best = 0
        for i in 1..<count where scalars[i] > scalars[best] || (scalars[best].isNaN == false && scalars[i].isNaN)
            || (scalars[i] == 0 && scalars[best] == 0 && scalars[i].sign == .plus && scalars[best].sign == .minus) {
            best = i
        }
        return best
    }
    /// The Frobenius norm (the 2-norm for a vector).
    public func norm() -> Double {
        // Scale by the largest magnitude so squares neither overflow nor underflow.
        let scale = scalars.reduce(0) { nanPropagatingMax($0, Swift.abs($1)) }
        if scale == 0 || !scale.isFinite { return scale }
        let s = scalars.reduce(0) { $0 + ($1 / scale) * ($1 / scale) }
        return scale * s.squareRoot()
    }

    /// Calls `body(outputOffset, elementOffset)` for every element, grouping by the
    /// output slot it reduces into when dimension `dim` collapses.
    func reduceAlong(_ dim: Int, operation: String) throws -> (shape: [Int], groups: Int, length: Int, inner: Int) {
        try checkDimension(dim, operation: operation)
        var outShape = (0..<Swift.max(rank, dim + 1)).map { size($0) }
        let length = outShape[dim]
        outShape[dim] = 1
        let inner = outShape[..<dim].reduce(1, *)
        let groups = outShape[(dim + 1)...].reduce(1, *)
        return (outShape, groups, length, inner)
    }

    /// Reductions accept the dimensions a tensor has, and one past them (Julia's
    /// `sum(v, dims=2)` for a vector); anything else is an error naming the shape.
    func checkDimension(_ dim: Int, operation: String) throws {
        guard dim >= 0 && dim <= rank else {
            throw EngineError.invalidArgument(operation: operation, reason: "dims=\(dim + 1) for shape \(shapeText(shape))")
        }
    }

    /// Folds each line along `dim` with `combine` (`.add`, `.maximum` or `.minimum`),
    /// starting from `initial`: a line that is contiguous (the first dimension) in one
    /// pass, otherwise whole slabs combined at once by the elementwise kernel (which adds
    /// each element in the same order as a loop would).
    ///
    /// A sum goes as Julia 1.10's `_mapreducedim!` (base/reducedim.jl) adds into an output
    /// that starts at 0.0 (so `sum([-0.0 -0.0], dims=2)` is 0.0): a contiguous line longer
    /// than 16 (nothing but size-1 dimensions before `dim`) is `0.0 + mapreduce_impl` of
    /// it; a column (`dim` the first) of at most 16 is the `@simd` loop from 0.0, which
    /// vectorises at exactly 16; every other line is added element by element in order.
    ///
    /// An array Julia indexes Cartesian-wise (`traversal: .fromLeft`) has no fast linear
    /// indexing, so its lines are never handed to `mapreduce_impl`: a line that is not a
    /// column is added in order. (Its columns of 16 or more are the `@simd` loop over
    /// strided elements, whose vectorisation is not known here: the notebook refuses them.)
    func fold(along dim: Int, operation: String, initial: Double, _ combine: BinaryOperation,
              _ traversal: JuliaReduction.Traversal = .pairwise) throws -> Tensor {
        let (outShape, groups, length, inner) = try reduceAlong(dim, operation: operation)
        let n = groups * inner
        if length == 0 || n == 0 { return Tensor(unchecked: outShape, [Double](repeating: initial, count: n)) }
        return reading { x in
            Tensor.written(shape: outShape, count: n) { out in
                for g in 0..<groups {
                    let line = x + g * length * inner
                    let slot = out + g * inner
                    if inner == 1 {
                        // The extrema do not depend on order.
                        if combine == .add {
                            let column = UnsafeBufferPointer(start: line, count: length)
                            let total = if length > 16 && traversal == .pairwise { 0.0 + JuliaReduction.sum.pairwise(column) }
                                else if dim == 0 { JuliaReduction.sum.simdLoop(start: 0, column) }
                                else { JuliaReduction.sum.sequential(start: 0, column) }
                            slot.initialize(to: total)
                        } else {
                            slot.initialize(to: Kernels.extremum(largest: combine == .maximum, n: length, line))
                        }
                        continue
                    }
                    if combine == .add {
                        slot.initialize(repeating: 0, count: inner)
                        for k in 0..<length { Kernels.elementwise(.add, n: inner, slot, line + k * inner, slot) }
                        continue
                    }
                    slot.initialize(from: line, count: inner)
                    for k in 1..<Swift.max(length, 1) { Kernels.elementwise(combine, n: inner, slot, line + k * inner, slot) }
                }
            }
        }
    }

    /// Sum along dimension `dim` (0-based), which is kept with size 1.
    public func sum(along dim: Int, _ traversal: JuliaReduction.Traversal = .pairwise) throws -> Tensor {
        try fold(along: dim, operation: "sum", initial: 0, .add, traversal)
    }
    public func mean(along dim: Int, _ traversal: JuliaReduction.Traversal = .pairwise) throws -> Tensor {
        try checkDimension(dim, operation: "mean")
        let n = Double(size(dim))
        return try sum(along: dim, traversal) / n
    }
    public func maximum(along dim: Int) throws -> Tensor {
        try checkDimension(dim, operation: "maximum")
        guard size(dim) > 0 else { throw EngineError.invalidArgument(operation: "maximum", reason: "empty dimension") }
        return try fold(along: dim, operation: "maximum", initial: -.infinity, .maximum)
    }
    public func minimum(along dim: Int) throws -> Tensor {
        try checkDimension(dim, operation: "minimum")
        guard size(dim) > 0 else { throw EngineError.invalidArgument(operation: "minimum", reason: "empty dimension") }
        return try fold(along: dim, operation: "minimum", initial: .infinity, .minimum)
    }

    /// For each line along `dim`, the 0-based position of its largest element.
    public func argmax(along dim: Int) throws -> [Int] {
        let (_, groups, length, inner) = try reduceAlong(dim, operation: "argmax")
        guard length > 0 else { throw EngineError.invalidArgument(operation: "argmax", reason: "empty dimension") }
        var best = [Int](repeating: 0, count: groups * inner)
        for g in 0..<groups {
            for i in 0..<inner {
                var b = 0
                for k in 1..<length where scalars[(g * length + k) * inner + i] > scalars[(g * length + b) * inner + i] {
                    b = k
                }
                best[g * inner + i] = b
            }
        }
        return best
    }
}

/// `max` that returns NaN when either side is NaN, as Julia's `max` does
/// (`Swift.max` would drop it depending on argument order).
@inlinable
func nanPropagatingMax(_ a: Double, _ b: Double) -> Double {
    if a.isNaN || b.isNaN { return .nan }
    return a > b ? a : b
}

@inlinable
func nanPropagatingMin(_ a: Double, _ b: Double) -> Double {
    if a.isNaN || b.isNaN { return .nan }
    return a < b ? a : b
}
