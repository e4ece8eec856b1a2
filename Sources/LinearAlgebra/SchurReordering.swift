/// Reordering the diagonal blocks of a real Schur form `T` (quasi-triangular, with
/// 1×1 blocks for real eigenvalues and 2×2 blocks for complex pairs), keeping
/// `A = Q T Q'` by accumulating the transformations into `Q`.
///
/// Aggressive early deflation needs this: it pushes the eigenvalues it cannot
/// deflate to the top of its window so that the next candidate comes to the bottom.
/// Adjacent blocks are exchanged by the direct method of Bai and Demmel ("On
/// swapping diagonal blocks in real Schur form", Linear Algebra Appl. 186, 1993),
/// as LAPACK's `dlaexc` does: solve the Sylvester equation T₁₁X − XT₂₂ = T₁₂, whose
/// solution spans the invariant subspace belonging to T₂₂, and rotate that subspace
/// to the front with one or two reflections. A swap that would change T by more
/// than a small multiple of eps·‖block‖ is refused and T is left as it was.

/// Moves the diagonal block starting at row `from` up to start at row `to`
/// (`to ≤ from`, both block boundaries), exchanging it with each block above in
/// turn. The blocks passed over each move down by the moved block's size. Returns
/// false if an exchange was refused; T and Q are then a valid Schur form with the
/// block stuck part of the way.
func moveSchurBlock(
    _ t: UnsafeMutablePointer<Double>, _ q: UnsafeMutablePointer<Double>, n: Int, from: Int, to: Int
) -> Bool {
    @inline(__always) func at(_ i: Int, _ j: Int) -> Int { i &+ j &* n }
    var here = from
    while here > to {
        // A block keeps its size through an exchange, so it is measured afresh each
        // time only because the rows below `here` shift.
        let size = here + 1 < n && t[at(here + 1, here)] != 0 ? 2 : 1
        let above = here - 2 >= to && t[at(here - 1, here - 2)] != 0 ? 2 : 1
        guard swapAdjacentSchurBlocks(t, q, n: n, first: here - above, sizes: (above, size)) else { return false }
        here -= above
    }
    return true
}

/// Exchanges the adjacent diagonal blocks of sizes `sizes.0` (starting at row
/// `first`) and `sizes.1` (just below it) of the n×n quasi-triangular `t`, and
/// applies the same orthogonal similarity to the columns of `q`. Returns false,
/// leaving both untouched, when the exchange would be inaccurate: the two blocks'
/// eigenvalues are then too close to separate reliably.
func swapAdjacentSchurBlocks(
    _ t: UnsafeMutablePointer<Double>, _ q: UnsafeMutablePointer<Double>, n: Int, first j1: Int, sizes: (Int, Int)
) -> Bool {
    @inline(__always) func at(_ i: Int, _ j: Int) -> Int { i &+ j &* n }
    let (n1, n2) = sizes
    if n1 == 1 && n2 == 1 {
        // Two real eigenvalues: the rotation that takes (t₁₂, t₂₂ − t₁₁) to the first
        // axis turns the eigenvector of t₂₂ into the first basis vector.
        let j2 = j1 + 1
        let t11 = t[at(j1, j1)], t22 = t[at(j2, j2)], t12 = t[at(j1, j2)]
        let r = (t12 * t12 + (t22 - t11) * (t22 - t11)).squareRoot()
        guard r != 0 else { return true }
        let c = t12 / r, s = (t22 - t11) / r
        for j in (j2 + 1)..<n {
            let x = t[at(j1, j)], y = t[at(j2, j)]
            t[at(j1, j)] = c * x + s * y
            t[at(j2, j)] = c * y - s * x
        }
        for i in 0..<j1 {
            let x = t[at(i, j1)], y = t[at(i, j2)]
            t[at(i, j1)] = c * x + s * y
            t[at(i, j2)] = c * y - s * x
        }
        t[at(j1, j1)] = t22
        t[at(j2, j2)] = t11
        for i in 0..<n {
            let x = q[at(i, j1)], y = q[at(i, j2)]
            q[at(i, j1)] = c * x + s * y
            q[at(i, j2)] = c * y - s * x
        }
        return true
    }

    // Work on a copy D of the (n1+n2)-square block first, to test the swap.
    let m = n1 + n2
    var d = [Double](repeating: 0, count: 16)
    var largest = 0.0
    for j in 0..<m {
        for i in 0..<m {
            d[i + 4 * j] = t[at(j1 + i, j1 + j)]
            largest = max(largest, abs(d[i + 4 * j]))
        }
    }
    let threshold = max(10 * Double.ulpOfOne * largest, Double.leastNormalMagnitude / Double.ulpOfOne)
    guard let x = solveSmallSylvester(d, n1: n1, n2: n2) else { return false }

    return d.withUnsafeMutableBufferPointer { dp -> Bool in
        let dd = dp.baseAddress!
        switch (n1, n2) {
        case (1, 2):
            // Map (1, x₁₁, x₁₂) onto the last axis: the 2×2 block's subspace moves first.
            let p = SmallReflector(mapping: SIMD3(1, x[0], x[1]), ontoAxis: 2)
            let t11 = t[at(j1, j1)]
            p.applyFromLeft(dd, ld: 4, firstRow: 0, columns: 0..<3)
            p.applyFromRight(dd, ld: 4, firstColumn: 0, rows: 0..<3)
            guard max(abs(dd[2]), abs(dd[2 + 4]), abs(dd[2 + 8] - t11)) <= threshold else { return false }
            p.applyFromLeft(t, ld: n, firstRow: j1, columns: j1..<n)
            p.applyFromRight(t, ld: n, firstColumn: j1, rows: 0..<(j1 + 2))
            t[at(j1 + 2, j1)] = 0
            t[at(j1 + 2, j1 + 1)] = 0
            t[at(j1 + 2, j1 + 2)] = t11
            p.applyFromRight(q, ld: n, firstColumn: j1, rows: 0..<n)
        case (2, 1):
            let p = SmallReflector(mapping: SIMD3(-x[0], -x[1], 1), ontoAxis: 0)
            let t33 = t[at(j1 + 2, j1 + 2)]
            p.applyFromLeft(dd, ld: 4, firstRow: 0, columns: 0..<3)
            p.applyFromRight(dd, ld: 4, firstColumn: 0, rows: 0..<3)
            guard max(abs(dd[1]), abs(dd[2]), abs(dd[0] - t33)) <= threshold else { return false }
            p.applyFromRight(t, ld: n, firstColumn: j1, rows: 0..<(j1 + 3))
            p.applyFromLeft(t, ld: n, firstRow: j1, columns: (j1 + 1)..<n)
            t[at(j1, j1)] = t33
            t[at(j1 + 1, j1)] = 0
            t[at(j1 + 2, j1)] = 0
            p.applyFromRight(q, ld: n, firstColumn: j1, rows: 0..<n)
        default:
            // Two 2×2 blocks: two reflections, the second working one row lower.
            // x is column-major: x[0] = X₁₁, x[1] = X₂₁, x[2] = X₁₂, x[3] = X₂₂.
            let p1 = SmallReflector(mapping: SIMD3(-x[0], -x[1], 1), ontoAxis: 0)
            let temp = -p1.tau * (x[2] + p1.u[1] * x[3])
            let p2 = SmallReflector(mapping: SIMD3(-temp * p1.u[1] - x[3], -temp * p1.u[2], 1), ontoAxis: 0)
            p1.applyFromLeft(dd, ld: 4, firstRow: 0, columns: 0..<4)
            p1.applyFromRight(dd, ld: 4, firstColumn: 0, rows: 0..<4)
            p2.applyFromLeft(dd, ld: 4, firstRow: 1, columns: 0..<4)
            p2.applyFromRight(dd, ld: 4, firstColumn: 1, rows: 0..<4)
            guard max(abs(dd[2]), abs(dd[2 + 4]), abs(dd[3]), abs(dd[3 + 4])) <= threshold else { return false }
            p1.applyFromLeft(t, ld: n, firstRow: j1, columns: j1..<n)
            p1.applyFromRight(t, ld: n, firstColumn: j1, rows: 0..<(j1 + 4))
            p2.applyFromLeft(t, ld: n, firstRow: j1 + 1, columns: j1..<n)
            p2.applyFromRight(t, ld: n, firstColumn: j1 + 1, rows: 0..<(j1 + 4))
            t[at(j1 + 2, j1)] = 0
            t[at(j1 + 2, j1 + 1)] = 0
            t[at(j1 + 3, j1)] = 0
            t[at(j1 + 3, j1 + 1)] = 0
            p1.applyFromRight(q, ld: n, firstColumn: j1, rows: 0..<n)
            p2.applyFromRight(q, ld: n, firstColumn: j1 + 1, rows: 0..<n)
        }
        return true
    }
}

/// Solves T₁₁X − XT₂₂ = T₁₂ for the n1×n2 matrix X (column-major), where the
/// blocks sit in the 4×4 column-major `d` (T₁₁ at the top left, T₂₂ at rows and
/// columns n1...). Written out as a linear system of n1·n2 ≤ 4 unknowns and solved
/// by Gaussian elimination with complete pivoting; a pivot below eps·‖T‖ is raised
/// to that size (as LAPACK's `dlasy2` does), which perturbs T by about that much
/// and keeps X finite when the blocks' eigenvalues nearly coincide. Returns nil if
/// X still comes out non-finite.
private func solveSmallSylvester(_ d: [Double], n1: Int, n2: Int) -> [Double]? {
    let size = n1 * n2
    var k = [Double](repeating: 0, count: 16)  // row-major size×size
    var rhs = [Double](repeating: 0, count: 4)
    var largest = 0.0
    for i in 0..<n1 {
        for j in 0..<n2 {
            let row = i + j * n1
            rhs[row] = d[i + 4 * (n1 + j)]
            for l in 0..<n1 { k[row * 4 + (l + j * n1)] += d[i + 4 * l] }
            for l in 0..<n2 { k[row * 4 + (i + l * n1)] -= d[(n1 + l) + 4 * (n1 + j)] }
        }
    }
    for v in k { largest = max(largest, abs(v)) }
    let smallest = max(Double.ulpOfOne * largest, Double.leastNormalMagnitude)
    var columnOrder = Array(0..<size)
    for step in 0..<size {
        // Complete pivoting: the largest remaining entry.
        var (pr, pc, best) = (step, step, -1.0)
        for r in step..<size {
            for c in step..<size where abs(k[r * 4 + c]) > best {
                (pr, pc, best) = (r, c, abs(k[r * 4 + c]))
            }
        }
        if pr != step {
            for c in 0..<size { k.swapAt(pr * 4 + c, step * 4 + c) }
            rhs.swapAt(pr, step)
        }
        if pc != step {
            for r in 0..<size { k.swapAt(r * 4 + pc, r * 4 + step) }
            columnOrder.swapAt(pc, step)
        }
        if abs(k[step * 4 + step]) < smallest { k[step * 4 + step] = smallest }
        let pivot = k[step * 4 + step]
        for r in (step + 1)..<size {
            let f = k[r * 4 + step] / pivot
            if f == 0 { continue }
            for c in step..<size { k[r * 4 + c] -= f * k[step * 4 + c] }
            rhs[r] -= f * rhs[step]
        }
    }
    var solution = [Double](repeating: 0, count: size)
    for r in stride(from: size - 1, through: 0, by: -1) {
        var sum = rhs[r]
        for c in (r + 1)..<size { sum -= k[r * 4 + c] * solution[c] }
        solution[r] = sum / k[r * 4 + r]
    }
    var x = [Double](repeating: 0, count: size)
    for (position, unknown) in columnOrder.enumerated() { x[unknown] = solution[position] }
    return x.allSatisfy(\.isFinite) ? x : nil
}
