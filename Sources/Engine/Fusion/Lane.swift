import Kernels

/// One operand of a fused step on one chunk: `n` consecutive elements, or one number
/// standing for all of them (a scalar, or an operand stretched along the chunk).
/// Operations on lanes call the vector kernels the unfused tensor operations call, so
/// they round the same; two scalar lanes make a scalar lane, computed by the same
/// kernel on one element.
enum Lane {
    case vector(UnsafePointer<Double>)
    case scalar(Double)

    /// Element `k` of the chunk.
    func element(_ k: Int) -> Double {
        switch self {
        case .vector(let x): x[k]
        case .scalar(let x): x
        }
    }

    /// `a op b` on every element.
    static func binary(_ op: BinaryOperation, _ a: Lane, _ b: Lane, _ n: Int, _ out: UnsafeMutablePointer<Double>) -> Lane {
        switch (a, b) {
        case (.vector(let x), .vector(let y)): Kernels.elementwise(op, n: n, x, y, out)
        case (.vector(let x), .scalar(let y)): Kernels.elementwise(op, n: n, x, scalar: y, out)
        case (.scalar(let x), .vector(let y)): Kernels.elementwise(op, n: n, scalar: x, y, out)
        case (.scalar(var x), .scalar(var y)):
            var r = 0.0
            Kernels.elementwise(op, n: 1, &x, &y, &r)
            return .scalar(r)
        }
        return .vector(UnsafePointer(out))
    }

    /// `op(a)` on every element.
    static func unary(_ op: UnaryOperation, _ a: Lane, _ n: Int, _ out: UnsafeMutablePointer<Double>) -> Lane {
        switch a {
        case .vector(let x):
            Kernels.elementwise(op, n: n, x, out)
            return .vector(UnsafePointer(out))
        case .scalar(var x):
            var r = 0.0
            Kernels.elementwise(op, n: 1, &x, &r)
            return .scalar(r)
        }
    }

    /// `clamp(a, low, high)` on every element.
    static func clamp(_ a: Lane, _ low: Double, _ high: Double, _ n: Int, _ out: UnsafeMutablePointer<Double>) -> Lane {
        switch a {
        case .vector(let x):
            Kernels.clamp(n: n, x, low: low, high: high, out)
            return .vector(UnsafePointer(out))
        case .scalar(var x):
            var r = 0.0
            Kernels.clamp(n: 1, &x, low: low, high: high, &r)
            return .scalar(r)
        }
    }

    /// `f(a)` on every element, for the scalar definitions of the functions or `elementPower`.
    static func map(_ a: Lane, _ n: Int, _ out: UnsafeMutablePointer<Double>, _ f: (Double) -> Double) -> Lane {
        switch a {
        case .vector(let x):
            for k in 0..<n { out[k] = f(x[k]) }
            return .vector(UnsafePointer(out))
        case .scalar(let x):
            return .scalar(f(x))
        }
    }

    /// `f(a, b)` on every element.
    static func map2(
        _ a: Lane, _ b: Lane, _ n: Int, _ out: UnsafeMutablePointer<Double>, _ f: (Double, Double) -> Double
    ) -> Lane {
        if case .scalar(let x) = a, case .scalar(let y) = b { return .scalar(f(x, y)) }
        for k in 0..<n { out[k] = f(a.element(k), b.element(k)) }
        return .vector(UnsafePointer(out))
    }

    /// The first of `n` elements below zero (`sqrt` and `log` refuse it), nil when none
    /// is. Four elements at a time are first asked whether each is `>= 0` (false for a
    /// negative and for a NaN), one vector comparison instead of a closure call and a
    /// branch per element; only a chunk where one is not goes element by element (a NaN
    /// alone is in the domain: sqrt(NaN) is NaN).
    func firstNegative(_ n: Int) -> Int? {
        if case .vector(let x) = self {
            let zero = SIMD4<Double>(repeating: 0)
            var outside = SIMDMask<SIMD4<Int64>>(repeating: false)
            var k = 0
            // Sixteen at a time while they last: one loop step per four vectors.
            while k &+ 16 <= n {
                let p = UnsafeRawPointer(x + k)
                let a = p.loadUnaligned(as: SIMD4<Double>.self), b = p.loadUnaligned(fromByteOffset: 32, as: SIMD4<Double>.self)
                let c = p.loadUnaligned(fromByteOffset: 64, as: SIMD4<Double>.self)
                let d = p.loadUnaligned(fromByteOffset: 96, as: SIMD4<Double>.self)
                outside .|= .!(a .>= zero) .| .!(b .>= zero) .| .!(c .>= zero) .| .!(d .>= zero)
                k &+= 16
            }
            while k &+ 4 <= n {
                outside .|= .!(UnsafeRawPointer(x + k).loadUnaligned(as: SIMD4<Double>.self) .>= zero)
                k &+= 4
            }
            var tail = false
            while k < n {
                tail = tail || !(x[k] >= 0)
                k &+= 1
            }
            if !any(outside) && !tail { return nil }
        }
        return firstIndex(n, where: { $0 < 0 })
    }

    /// The first of the `n` elements where `condition` holds.
    func firstIndex(_ n: Int, where condition: (Double) -> Bool) -> Int? {
        switch self {
        case .vector(let x):
            for k in 0..<n where condition(x[k]) { return k }
            return nil
        case .scalar(let x):
            return n > 0 && condition(x) ? 0 : nil
        }
    }

    /// The first element where `condition` holds here and `other` holds in `partner`.
    func firstIndex(
        _ n: Int, where condition: (Double) -> Bool, pairedWith partner: Lane, _ other: (Double) -> Bool
    ) -> Int? {
        for k in 0..<n where condition(element(k)) && other(partner.element(k)) { return k }
        return nil
    }
}

/// How a fused broadcast walks its output in chunks: the whole output at once when
/// every operand is either of the output's size or a single number, otherwise along the
/// first dimension (a column at a time), where each operand either runs with the output
/// or holds one number.
struct ChunkLayout {
    let count: Int
    /// Elements per run: the whole output, or its first dimension.
    let runLength: Int
    private let shape: [Int]
    private let flat: Bool
    /// Each operand's stride per output dimension (0 where it is stretched).
    private let strides: [[Int]]

    init(operands: [[Int]], output: [Int], count: Int) {
        self.count = count
        self.shape = output
        let flat = operands.allSatisfy { s in
            let n = s.reduce(1, &*)
            return n == 1 || n == count
        }
        self.flat = flat
        self.runLength = flat || output.isEmpty ? count : output[0]
        // The flat walk needs no strides.
        self.strides = flat ? [] : operands.map { Broadcast.strides(of: $0, in: output) }
        self.operandCounts = operands.map { $0.reduce(1, &*) }
    }

    private let operandCounts: [Int]

    /// The longest chunk `forEachChunk` hands out.
    var longestChunk: Int { Swift.min(runLength, FusedBroadcast.chunkLength) }

    /// Calls `body(start, n, offsets, runs)` for each chunk in order: the chunk is output
    /// elements `start..<start+n`; operand `l` reads `n` elements from `offsets[l]` when
    /// `runs[l]`, otherwise the one element at `offsets[l]`. Stops when `body` returns false.
    func forEachChunk(_ body: (Int, Int, [Int], [Bool]) -> Bool) {
        let operands = operandCounts.count
        let chunk = FusedBroadcast.chunkLength
        if flat {
            let runs = operandCounts.map { $0 != 1 }
            var offsets = [Int](repeating: 0, count: operands)
            var start = 0
            while start < count {
                let n = Swift.min(chunk, count - start)
                for l in 0..<operands where runs[l] { offsets[l] = start }
                if !body(start, n, offsets, runs) { return }
                start += n
            }
            return
        }
        let runs = strides.map { $0[0] != 0 }
        var index = [Int](repeating: 0, count: shape.count)
        var offsets = [Int](repeating: 0, count: operands)
        var runStart = 0
        while runStart < count {
            var bases = [Int](repeating: 0, count: operands)
            for l in 0..<operands {
                for d in 1..<shape.count { bases[l] += index[d] * strides[l][d] }
            }
            var c = 0
            while c < runLength {
                let n = Swift.min(chunk, runLength - c)
                for l in 0..<operands { offsets[l] = runs[l] ? bases[l] + c : bases[l] }
                if !body(runStart + c, n, offsets, runs) { return }
                c += n
            }
            runStart += runLength
            Broadcast.advance(&index, shape: shape, from: 1)
        }
    }
}

/// Stands in for the elements of an empty operand, which a pass never reads.
nonisolated(unsafe) private let noElements = UnsafePointer(UnsafeMutablePointer<Double>.allocate(capacity: 1))

/// `body` with a pointer to the elements of each tensor, all valid at once.
func withReading<R>(_ tensors: [Tensor], _ body: ([UnsafePointer<Double>]) -> R) -> R {
    var pointers: [UnsafePointer<Double>] = []
    pointers.reserveCapacity(tensors.count)
    func next(_ i: Int) -> R {
        if i == tensors.count { return body(pointers) }
        return tensors[i].scalars.withUnsafeBufferPointer { p in
            pointers.append(p.baseAddress ?? noElements)
            return next(i + 1)
        }
    }
    return next(0)
}
