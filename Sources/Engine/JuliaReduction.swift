// The order in which Julia 1.10 adds (or multiplies) the elements of an Array{Float64}:
// the one definition that `sum`, `prod`, `mean`, `reduce(+, A)`, `mapreduce(f, +, A)`
// and `sum(A; dims)` follow here.

/// Julia 1.10's reduction of a Float64 array with `+` or `*`, as its official x86-64
/// binaries compute it on a CPU with AVX2 (the sysimage's `haswell` clone).
///
/// - `_mapreduce` (base/reduce.jl): one element is itself; fewer than 16 are combined left
///   to right from the first; from 16 on, `mapreduce_impl`.
/// - `mapreduce_impl(first, last)`: a block of at most `blockSize` elements (1024, or 4096
///   for `mapreduce(abs2, +, A)`: `pairwise_blocksize`) is `v = a[first] ⊕ a[first+1]`
///   followed by an `@simd` loop over the rest; a longer range is split at
///   `first + (last - first) >> 1` and the halves' results combined.
/// - The `@simd` loop (`simdLoop`): Julia marks the reduction reassociable and LLVM 15
///   vectorises it with 4 lanes of 256 bits and interleave 4: 16 partial results, the
///   k-th element after the start going to accumulator k mod 16 (part k/4 mod 4, lane
///   k mod 4), the start value in lane 0 of part 0 and the operation's identity (-0.0 for
///   `+`, 1.0 for `*`) in the others. The vector loop runs only while 16 elements remain;
///   then the parts are combined lane-wise ((p0 ⊕ p1) ⊕ p2) ⊕ p3, the four lanes as
///   (l0 ⊕ l2) ⊕ (l1 ⊕ l3), and the elements left over are taken one at a time.
///
/// `SIMD4<Double>` arithmetic is lane-wise and never reassociated, so the fast loop below
/// is this order itself; the tests hold it to a scalar statement of the same tree.
public struct JuliaReduction: Sendable {
    public enum Operation: Sendable { case add, multiply }

    /// How Julia walks an array it reduces: `_mapreduce`'s pairwise tree when the array
    /// has linear indexing (an `Array`, a row `v'`, a contiguous view), or `mapfoldl`
    /// from the first element on when it has Cartesian indexing (the adjoint or
    /// transpose of a matrix): `_mapreduce(f, op, ::IndexCartesian, A) = mapfoldl(f, op, A)`.
    public enum Traversal: Sendable { case pairwise, fromLeft }

    public let operation: Operation
    /// Julia's `pairwise_blocksize(f, op)`.
    public let blockSize: Int

    public init(_ operation: Operation, blockSize: Int = 1024) {
        self.operation = operation
        self.blockSize = blockSize
    }

    /// `sum(A)` and `reduce(+, A)`.
    public static let sum = JuliaReduction(.add)
    /// `prod(A)` and `reduce(*, A)`.
    public static let product = JuliaReduction(.multiply)
    /// `mapreduce(abs2, +, A)`, whose block size Julia raises to 4096.
    public static let sumOfAbs2 = JuliaReduction(.add, blockSize: 4096)

    /// The identity the vectoriser puts in the accumulators that hold no start value:
    /// -0.0 for `+` (Julia does not allow LLVM to ignore the sign of zero), 1.0 for `*`.
    var identity: Double { operation == .add ? -0.0 : 1.0 }

    @inline(__always) func combine(_ a: Double, _ b: Double) -> Double {
        operation == .add ? a + b : a * b
    }

    /// `_mapreduce(identity, op, A)` of a non-empty array.
    public func reduce(_ x: UnsafeBufferPointer<Double>) -> Double {
        precondition(!x.isEmpty, "JuliaReduction.reduce needs at least one element")
        if x.count < 16 { return sequential(start: x[0], x.extracting(1...)) }
        return pairwise(x)
    }

    /// `_mapreduce` of an array (empty is the caller's case).
    public func reduce(_ x: [Double]) -> Double { x.withUnsafeBufferPointer { reduce($0) } }

    /// The reduction of a non-empty array walked as `traversal` says.
    public func reduce(_ x: UnsafeBufferPointer<Double>, _ traversal: Traversal) -> Double {
        switch traversal {
        case .pairwise: reduce(x)
        case .fromLeft: sequential(start: x[0], x.extracting(1...))
        }
    }

    /// `mapreduce_impl(f, op, A, first, last)` over all of `x` (non-empty); what
    /// `sum(A; dims)` calls directly on columns longer than 16.
    public func pairwise(_ x: UnsafeBufferPointer<Double>) -> Double {
        if x.count == 1 { return x[0] }
        if x.count - 1 < blockSize {
            return simdLoop(start: combine(x[0], x[1]), x.extracting(2...))
        }
        let middle = (x.count - 1) >> 1
        return combine(pairwise(x.extracting(...middle)), pairwise(x.extracting((middle + 1)...)))
    }

    /// `v = start; @simd for a in x; v = v ⊕ a; end`, vectorised as described above.
    public func simdLoop(start: Double, _ x: UnsafeBufferPointer<Double>) -> Double {
        let vectorCount = x.count - x.count % 16
        guard vectorCount > 0, let base = x.baseAddress else { return sequential(start: start, x) }
        var p0 = SIMD4<Double>(repeating: identity), p1 = p0, p2 = p0, p3 = p0
        p0[0] = start
        let raw = UnsafeRawPointer(base)
        let stride = MemoryLayout<SIMD4<Double>>.stride
        var offset = 0
        switch operation {
        case .add:
            while offset < vectorCount * 8 {
                p0 += raw.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self)
                p1 += raw.loadUnaligned(fromByteOffset: offset + stride, as: SIMD4<Double>.self)
                p2 += raw.loadUnaligned(fromByteOffset: offset + 2 * stride, as: SIMD4<Double>.self)
                p3 += raw.loadUnaligned(fromByteOffset: offset + 3 * stride, as: SIMD4<Double>.self)
                offset += 4 * stride
            }
            let lanes = ((p0 + p1) + p2) + p3
            return sequential(start: (lanes[0] + lanes[2]) + (lanes[1] + lanes[3]), x.extracting(vectorCount...))
        case .multiply:
            while offset < vectorCount * 8 {
                p0 *= raw.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self)
                p1 *= raw.loadUnaligned(fromByteOffset: offset + stride, as: SIMD4<Double>.self)
                p2 *= raw.loadUnaligned(fromByteOffset: offset + 2 * stride, as: SIMD4<Double>.self)
                p3 *= raw.loadUnaligned(fromByteOffset: offset + 3 * stride, as: SIMD4<Double>.self)
                offset += 4 * stride
            }
            let lanes = ((p0 * p1) * p2) * p3
            return sequential(start: (lanes[0] * lanes[2]) * (lanes[1] * lanes[3]), x.extracting(vectorCount...))
        }
    }

    /// `start ⊕ x[0] ⊕ x[1] ⊕ ...`, left to right.
    public func sequential(start: Double, _ x: UnsafeBufferPointer<Double>) -> Double {
        var v = start
        switch operation {
        case .add: for a in x { v += a }
        case .multiply: for a in x { v *= a }
        }
        return v
    }
}
