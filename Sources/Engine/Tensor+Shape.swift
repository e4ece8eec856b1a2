/// One position in a slicing expression such as Julia's `A[2:4, :]`.
public enum TensorIndex: Sendable, Equatable {
    /// Every index of the dimension (`:`).
    case all
    /// One index; the dimension is dropped, as in Julia.
    case at(Int)
    /// A contiguous half-open range.
    case range(Range<Int>)
    /// Any list of indices, in order, repeats allowed.
    case list([Int])
}

extension TensorIndex {
    /// A list of consecutive ascending positions as the range it is (the notebook
    /// language hands `1:H` over as a list), so slices can see contiguous blocks.
    var consecutiveAsRange: TensorIndex {
        guard case .list(let positions) = self, let first = positions.first else { return self }
        for (k, p) in positions.enumerated() where p != first &+ k { return self }
        return .range(first..<(first + positions.count))
    }
}

extension Tensor {
    /// Where a slice is one contiguous run of storage, that run and the slice's shape:
    /// whole columns of a matrix (`A[:, j]`, `A[:, a:b]`), which for a row vector is any
    /// run of it. Nil for every other slice, and for positions out of range (the
    /// general path reports those).
    func contiguousBlock(_ indices: [TensorIndex]) -> (start: Int, count: Int, shape: [Int])? {
        guard rank == 2, indices.count == 2, indices[0] == .all else { return nil }
        let rows = shape[0], columns = shape[1]
        switch indices[1].consecutiveAsRange {
        case .at(let j):
            guard j >= 0, j < columns else { return nil }
            return (j * rows, rows, [rows])
        case .range(let r):
            guard r.lowerBound >= 0, r.upperBound <= columns else { return nil }
            return (r.lowerBound * rows, r.count * rows, [rows, r.count])
        default:
            return nil
        }
    }

    /// The same elements in a new shape (column-major order is kept, as in Julia).
    public func reshaped(_ newShape: [Int]) throws -> Tensor {
        let n = try Tensor.elementCount(of: newShape)
        guard n == count else {
            throw EngineError.invalidShape(
                operation: "reshape", shape: shape, reason: "cannot be reshaped to \(shapeText(newShape))")
        }
        return Tensor(unchecked: newShape, scalars)
    }

    /// All elements as a vector, column by column.
    public func vectorized() -> Tensor { Tensor(unchecked: [count], scalars) }

    /// The transpose of a matrix; a vector becomes a 1×n row, as Julia's `x'`.
    public func transposed() throws -> Tensor {
        switch rank {
        case 0: return self
        case 1: return Tensor(unchecked: [1, count], scalars)
        case 2:
            let (m, n) = (shape[0], shape[1])
            var out = [Double](repeating: 0, count: count)
            scalars.withUnsafeBufferPointer { src in
                out.withUnsafeMutableBufferPointer { dst in
                    for j in 0..<n { for i in 0..<m { dst[j &+ i &* n] = src[i &+ j &* m] } }
                }
            }
            return Tensor(unchecked: [n, m], out)
        default:
            throw EngineError.invalidShape(operation: "transpose", shape: shape, reason: "is not a vector or matrix")
        }
    }

    /// Reorders the dimensions: `permutation[k]` is the old dimension that becomes dimension k.
    public func permuted(_ permutation: [Int]) throws -> Tensor {
        guard permutation.count == rank, Set(permutation) == Set(0..<rank) else {
            throw EngineError.invalidArgument(
                operation: "permutedims", reason: "\(permutation.map { $0 &+ 1 }) is not a permutation of 1...\(rank)")
        }
        let newShape = permutation.map { shape[$0] }
        let oldStrides = Tensor.strides(shape)
        var out = [Double](repeating: 0, count: count)
        var index = [Int](repeating: 0, count: rank)
        for k in 0..<count {
            var src = 0
            for d in 0..<rank { src += index[d] * oldStrides[permutation[d]] }
            out[k] = scalars[src]
            Tensor.advance(&index, shape: newShape)
        }
        return Tensor(unchecked: newShape, out)
    }

    /// Column-major strides of a shape.
    static func strides(_ shape: [Int]) -> [Int] {
        var strides = [Int](repeating: 1, count: shape.count)
        for d in shape.indices.dropFirst() { strides[d] = strides[d - 1] * shape[d - 1] }
        return strides
    }

    /// Steps a column-major multi-index to the next element (`Broadcast.advance`).
    public static func advance(_ index: inout [Int], shape: [Int]) {
        Broadcast.advance(&index, shape: shape)
    }

    /// The positions each `TensorIndex` selects in a dimension of size `n`, checked.
    static func resolve(_ index: TensorIndex, size n: Int, full: [TensorIndex], shape: [Int]) throws -> [Int] {
        func check(_ i: Int) throws -> Int {
            guard i >= 0 && i < n else {
                let shown = full.map { spec -> Int in
                    if case .at(let k) = spec { return k }
                    return i
                }
                throw EngineError.indexOutOfRange(index: shown, shape: shape)
            }
            return i
        }
        switch index {
        case .all: return Array(0..<n)
        case .at(let i): return [try check(i)]
        case .range(let r):
            if r.isEmpty { return [] }
            _ = try check(r.lowerBound)
            _ = try check(r.upperBound - 1)
            return Array(r)
        case .list(let list): return try list.map(check)
        }
    }

    /// The shape a slice produces: dimensions indexed by `.at` are dropped.
    static func sliceShape(_ positions: [[Int]], _ indices: [TensorIndex]) -> [Int] {
        var result = [Int]()
        for (d, spec) in indices.enumerated() {
            if case .at = spec { continue }
            result.append(positions[d].count)
        }
        return result
    }

    /// Calls `body(source offset, destination offset)` for every element of a slice.
    func forEachSliceOffset(_ indices: [TensorIndex], _ body: (Int, Int) -> Void) throws -> [Int] {
        let specs: [TensorIndex]
        let dims: [Int]
        if indices.count == 1 && rank != 1 {
            // One index reads the array as a column-major vector, as Julia does.
            specs = indices
            dims = [count]
        } else {
            guard indices.count >= rank || shape[indices.count...].allSatisfy({ $0 == 1 }) else {
                throw EngineError.invalidArgument(
                    operation: "index", reason: "\(indices.count) indices for an array of shape \(shapeText(shape))")
            }
            specs = indices
            dims = (0..<indices.count).map { size($0) }
        }
        let positions = try specs.enumerated().map { d, spec in
            try Tensor.resolve(spec, size: dims[d], full: specs, shape: shape)
        }
        let strides = Tensor.strides(dims)
        let outShape = Tensor.sliceShape(positions, specs)
        let outCount = positions.reduce(1) { $0 * $1.count }
        if outCount == 0 { return outShape }
        var counter = [Int](repeating: 0, count: positions.count)
        let counterShape = positions.map(\.count)
        for k in 0..<outCount {
            var src = 0
            for d in 0..<positions.count { src += positions[d][counter[d]] * strides[d] }
            body(src, k)
            Tensor.advance(&counter, shape: counterShape)
        }
        return outShape
    }

    /// A copy of the selected elements: `A.slice([.all, .range(0..<3)])` is Julia's `A[:, 1:3]`.
    public func slice(_ indices: [TensorIndex]) throws -> Tensor {
        if let block = contiguousBlock(indices) {
            return Tensor(unchecked: block.shape, Array(scalars[block.start..<(block.start + block.count)]))
        }
        var out = [Double]()
        let source = scalars
        let outShape = try forEachSliceOffset(indices) { src, _ in out.append(source[src]) }
        return Tensor(unchecked: outShape, out)
    }

    /// Writes `values` (broadcast if it holds one element) into the selected elements.
    public mutating func assignSlice(_ indices: [TensorIndex], _ values: Tensor) throws {
        var targets = [Int]()
        let outShape = try forEachSliceOffset(indices) { src, _ in targets.append(src) }
        if values.count == 1 {
            for t in targets { scalars[t] = values.scalars[0] }
            return
        }
        guard values.count == targets.count else {
            throw EngineError.shapeMismatch(operation: "assignment", left: outShape, right: values.shape)
        }
        for (k, t) in targets.enumerated() { scalars[t] = values.scalars[k] }
    }

    /// Column `j` of a matrix as a vector.
    public func column(_ j: Int) throws -> Tensor { try slice([.all, .at(j)]) }

    /// Row `i` of a matrix as a vector.
    public func row(_ i: Int) throws -> Tensor { try slice([.at(i), .all]) }

    /// Joins tensors along dimension `dim` (0-based); missing trailing dimensions count as 1.
    public static func concatenate(_ parts: [Tensor], along dim: Int) throws -> Tensor {
        guard let first = parts.first else {
            throw EngineError.invalidArgument(operation: "cat", reason: "nothing to concatenate")
        }
        guard dim >= 0 && dim < 8 else {
            throw EngineError.invalidArgument(operation: "cat", reason: "dims=\(dim + 1) is not a dimension to join along")
        }
        let rank = Swift.max(dim + 1, parts.map(\.rank).max() ?? 0)
        func padded(_ t: Tensor) -> [Int] { (0..<rank).map { t.size($0) } }
        var outShape = padded(first)
        outShape[dim] = 0
        for part in parts {
            let s = padded(part)
            for d in 0..<rank where d != dim && s[d] != outShape[d] {
                throw EngineError.shapeMismatch(
                    operation: dim == 0 ? "vcat" : dim == 1 ? "hcat" : "cat", left: first.shape, right: part.shape)
            }
            outShape[dim] += s[dim]
        }
        // Copy block by block: everything below `dim` is contiguous in each part.
        let inner = outShape[..<dim].reduce(1, *)
        let outer = outShape[(dim + 1)...].reduce(1, *)
        var out = [Double]()
        out.reserveCapacity(try elementCount(of: outShape))
        for o in 0..<outer {
            for part in parts {
                let block = inner * part.size(dim)
                out.append(contentsOf: part.scalars[(o * block)..<((o + 1) * block)])
            }
        }
        if rank == 1 || (dim == 0 && parts.allSatisfy({ $0.rank <= 1 })) { return Tensor(unchecked: [out.count], out) }
        return Tensor(unchecked: outShape, out)
    }

    /// Julia's `vcat`: stacks vectors end to end and matrices on top of each other.
    public static func vcat(_ parts: [Tensor]) throws -> Tensor { try concatenate(parts, along: 0) }

    /// Julia's `hcat`: vectors become columns; matrices are placed side by side.
    public static func hcat(_ parts: [Tensor]) throws -> Tensor { try concatenate(parts, along: 1) }
}
