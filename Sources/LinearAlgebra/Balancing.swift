/// Permutation and diagonal scaling that prepare a matrix for the QR iteration,
/// `B = D⁻¹ P' A P D`, which has the same eigenvalues as A.
///
/// Permutation: a row that is zero apart from its diagonal entry means that entry is
/// an eigenvalue; moving such rows to the bottom (and such columns to the left)
/// isolates those eigenvalues exactly, so the iteration only works on the block
/// `low...high` in between. A triangular matrix is isolated completely and its
/// eigenvalues are read off the diagonal without rounding.
///
/// Scaling: the QR algorithm's error is proportional to the norm of the matrix it
/// works on. A badly scaled matrix (entries from 1e-8 to 1e8, say) has a norm far
/// larger than its eigenvalues, so small eigenvalues drown in that error. The
/// diagonal similarity evens out row and column norms and can shrink the norm by
/// orders of magnitude. Its factors are powers of two, so it is exact.
struct Balancing {
    /// The first and last rows of the block the QR iteration must work on; rows
    /// outside it hold isolated eigenvalues on the diagonal.
    private(set) var low = 0
    private(set) var high = -1
    /// The index swaps of `P`, in the order they were applied.
    private(set) var swaps: [(Int, Int)] = []
    /// `D`'s diagonal as powers of two: D[i] = 2^scaleExponent[i] (kept as exponents
    /// because D's entries can lie beyond Double's range).
    private(set) var scaleExponent: [Int]

    /// Balances `a` in place and remembers how.
    init(balancing a: inout Matrix) {
        let n = a.rows
        scaleExponent = [Int](repeating: 0, count: n)
        high = n - 1
        guard n > 0 else { return }
        isolateEigenvalues(&a)
        scaleRowsAndColumns(&a)
    }

    /// Pushes rows with no off-diagonal entries in the active block to the bottom,
    /// then columns likewise to the left, until none is left.
    private mutating func isolateEigenvalues(_ a: inout Matrix) {
        var found = true
        while found && high >= 0 {
            found = false
            for j in stride(from: high, through: low, by: -1)
            where (low...high).allSatisfy({ $0 == j || a[j, $0] == 0 }) {
                swap(j, high, in: &a)
                if high == low { return }
                high -= 1
                found = true
                break
            }
        }
        found = true
        while found && low < high {
            found = false
            for j in low...high where (low...high).allSatisfy({ $0 == j || a[$0, j] == 0 }) {
                swap(j, low, in: &a)
                low += 1
                found = true
                break
            }
        }
    }

    /// The similarity with the permutation exchanging indices i and j.
    private mutating func swap(_ i: Int, _ j: Int, in a: inout Matrix) {
        swaps.append((i, j))
        guard i != j else { return }
        for k in 0..<a.rows { a.data.swapAt(k + i * a.rows, k + j * a.rows) }
        for k in 0..<a.columns { a.data.swapAt(i + k * a.rows, j + k * a.rows) }
    }

    /// Repeated sweeps over the active block, each scaling a row down and its column
    /// up (or the reverse) by a power of two when that shrinks their combined norm.
    private mutating func scaleRowsAndColumns(_ a: inout Matrix) {
        guard low < high else { return }
        // Each sweep only improves matters; the cap guards against endless
        // ping-pong on pathological input, where stopping early is harmless.
        for _ in 0..<100 {
            var changed = false
            for i in low...high {
                var c = 0.0, r = 0.0
                for k in low...high where k != i {
                    c += abs(a[k, i])
                    r += abs(a[i, k])
                }
                guard c != 0, r != 0 else { continue }
                let total = c + r
                // f = 2^e is the factor for column i (and 1/f for row i); c tracks the
                // column norm times f², which the loops bring within a factor 2 of r.
                var e = 0
                while c < r / 2 && e < 1100 {
                    e += 1
                    c *= 4
                }
                while c >= r * 2 && e > -1100 {
                    e -= 1
                    c /= 4
                }
                // (c + r) / f is the new column norm plus the new row norm. Scale only
                // on a clear gain.
                if e != 0 && times2(c + r, -e) < 0.95 * total {
                    scaleExponent[i] += e
                    for k in 0..<a.columns { a[i, k] = times2(a[i, k], -e) }
                    for k in 0..<a.rows { a[k, i] = times2(a[k, i], e) }
                    changed = true
                }
            }
            if !changed { break }
        }
    }

    /// Maps eigenvectors of the balanced matrix back to eigenvectors of the original:
    /// if `B y = λ y` then `A (P D y) = λ (P D y)`.
    ///
    /// D's entries can span far more than Double's range, so D y may not be
    /// representable even when the normalised eigenvector is. Each group of columns
    /// (one eigenvector, or the real and imaginary parts of a complex one) is
    /// therefore rescaled by a common power of two that brings its largest entry of
    /// D y near 1; entries tiny beside that become zero, as they would on normalising.
    func undo(onVectors v: inout Matrix, columnGroups: [Range<Int>]) {
        for group in columnGroups {
            var largest = Int.min
            for j in group {
                for i in 0..<v.rows where v[i, j] != 0 {
                    largest = max(largest, Int(v[i, j].exponent) + scaleExponent[i])
                }
            }
            guard largest != Int.min else { continue }
            for j in group {
                for i in 0..<v.rows { v[i, j] = times2(v[i, j], scaleExponent[i] - largest) }
            }
        }
        for (i, j) in swaps.reversed() where i != j {
            for k in 0..<v.columns { v.data.swapAt(i + k * v.rows, j + k * v.rows) }
        }
    }
}

/// x·2^e, exact unless the result over- or underflows.
private func times2(_ x: Double, _ e: Int) -> Double {
    Double(sign: .plus, exponent: e, significand: x)
}
