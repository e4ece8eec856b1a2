import Kernels

// Differentiable reshaping, slicing and joining: the gradient of moving elements
// around is moving the gradient back.

extension Var {
    public func reshaped(_ shape: [Int]) throws -> Var {
        // The same shape is the same value: no copy and no tape entry (an index such as
        // `A[:, j]` asks for the shape its slice already has).
        if shape == value.shape { return self }
        let y = try value.reshaped(shape)
        return Var.record1(y, from: self) { g in try g.reshaped(value.shape) }
    }

    public func vectorized() -> Var {
        Var.record1(value.vectorized(), from: self) { g in try g.reshaped(value.shape) }
    }

    public func transposed() throws -> Var {
        let y = try value.transposed()
        return Var.record1(y, from: self) { g in
            value.rank == 1 ? try g.reshaped(value.shape) : try g.transposed()
        }
    }

    public func permuted(_ permutation: [Int]) throws -> Var {
        let y = try value.permuted(permutation)
        var inverse = [Int](repeating: 0, count: permutation.count)
        for (k, p) in permutation.enumerated() { inverse[p] = k }
        return Var.record1(y, from: self) { g in try g.permuted(inverse) }
    }

    /// A differentiable slice; the gradient is scattered back (added, so repeated
    /// indices accumulate).
    public func slice(_ indices: [TensorIndex]) throws -> Var {
        if let block = try contiguousColumns(indices) { return block }
        if let element = try element(indices) { return element }
        if let gathered = try gatheredColumns(indices) { return gathered }
        var offsets = [Int]()
        let source = value.scalars
        var out = [Double]()
        let shape = try value.forEachSliceOffset(indices) { src, _ in
            offsets.append(src)
            out.append(source[src])
        }
        return Var.record1(Tensor(unchecked: shape, out), from: self) { g in
            var d = value.zerosLike()
            for (k, o) in offsets.enumerated() { d.scalars[o] += g.scalars[k] }
            return d
        }
    }

    /// `A[:, js]` of a matrix for a list of columns (a window of one-hot inputs, Wxh[:, ids]):
    /// each column copied in one go, and the backward pass adds each column of the output's
    /// gradient into its column in place, so a repeated column accumulates as in the
    /// general slice. Nil for anything else.
    private func gatheredColumns(_ indices: [TensorIndex]) throws -> Var? {
        guard value.rank == 2, indices.count == 2, indices[0] == .all, case .list(let columns) = indices[1] else { return nil }
        let rows = value.shape[0], n = value.shape[1]
        for j in columns where j < 0 || j >= n {
            // The general slice names the index and shape.
            throw EngineError.indexOutOfRange(index: [0, j], shape: value.shape)
        }
        let whole = shape
        let out = [Double](unsafeUninitializedCapacity: rows * columns.count) { buffer, initialized in
            value.scalars.withUnsafeBufferPointer { source in
                for (k, j) in columns.enumerated() where rows > 0 {
                    (buffer.baseAddress! + k * rows).initialize(from: source.baseAddress! + j * rows, count: rows)
                }
            }
            initialized = rows * columns.count
        }
        return try Var.recordFused(Tensor(unchecked: [rows, columns.count], out), from: [self]) { g, ids, table in
            guard let id = ids[0], rows > 0 else { return }
            table.add(into: id, shape: whole) { d in
                g.reading { g in
                    for (k, j) in columns.enumerated() {
                        Kernels.elementwise(.add, n: rows, d + j * rows, g + k * rows, d + j * rows)
                    }
                }
            }
        }
    }

    /// `A[:, j]` and `A[:, a:b]` of a matrix are one contiguous block of its storage:
    /// copied in one go, with a backward pass that adds into the block in place (a loop
    /// reading x[:, t] for every t then costs one shared gradient buffer, not T).
    private func contiguousColumns(_ indices: [TensorIndex]) throws -> Var? {
        guard let (start, count, shape) = value.contiguousBlock(indices) else { return nil }
        let block = Tensor(unchecked: shape, Array(value.scalars[start..<(start + count)]))
        let whole = self.shape
        return try Var.recordFused(block, from: [self]) { g, ids, table in
            guard let id = ids[0], count > 0 else { return }
            table.add(into: id, shape: whole) { d in
                g.reading { g in Kernels.elementwise(.add, n: count, d + start, g, d + start) }
            }
        }
    }

    /// One element, `A[i, j]` with an index per dimension or `A[k]` with one linear
    /// index: read where it lies, with a backward pass that adds the output's gradient
    /// into that one element in place rather than making a zero array for it. Nil for any
    /// other indexing, which the general slice does (its errors included; an index out of
    /// range fails here with the same error).
    private func element(_ indices: [TensorIndex]) throws -> Var? {
        guard indices.count == value.rank || indices.count == 1, indices.count > 0 else { return nil }
        var positions: [Int] = []
        positions.reserveCapacity(indices.count)
        for index in indices {
            guard case .at(let i) = index else { return nil }
            positions.append(i)
        }
        let offset = try value.offset(of: positions)
        let whole = shape
        return try Var.recordFused(Tensor(value.scalars[offset]), from: [self]) { g, ids, table in
            guard let id = ids[0] else { return }
            let gradient = g.scalars[0]
            table.add(into: id, shape: whole) { d in d[offset] += gradient }
        }
    }

    /// Columns `range` of a matrix (the gate blocks of a fused LSTM matrix).
    public func columns(_ range: Range<Int>) throws -> Var { try slice([.all, .range(range)]) }

    /// Joins along dimension `dim` (0-based); see `Tensor.concatenate`.
    public static func concatenate(_ parts: [Var], along dim: Int) throws -> Var {
        let y = try Tensor.concatenate(parts.map(\.value), along: dim)
        return try record(y, from: parts) { g, need in
            var grads = [Tensor?]()
            var start = 0
            let rank = y.rank
            for (part, needed) in zip(parts, need) {
                let width = part.value.size(dim)
                defer { start += width }
                guard needed else { grads.append(nil); continue }
                var spec = [TensorIndex](repeating: .all, count: Swift.max(rank, dim + 1))
                spec[dim] = .range(start..<(start + width))
                grads.append(try g.slice(spec).reshaped(part.shape))
            }
            return grads
        }
    }

    public static func vcat(_ parts: [Var]) throws -> Var { try concatenate(parts, along: 0) }
    public static func hcat(_ parts: [Var]) throws -> Var { try concatenate(parts, along: 1) }
}
