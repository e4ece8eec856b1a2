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
    /// `D`'s diagonal.
    private(set) var scale: [Double]

    /// Balances `a` in place and remembers how.
    init(balancing a: inout Matrix) {
        let n = a.rows
        scale = [Double](repeating: 1, count: n)
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
        let radix = 2.0
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
                var f = 1.0
                var g = r / radix
                var steps = 0
                while c < g && steps < 2000 {
                    f *= radix; c *= radix * radix; steps += 1
                }
                g = r * radix
                while c >= g && steps < 4000 {
                    f /= radix; c /= radix * radix; steps += 1
                }
                // Here c is the old column norm times f², so (c + r) / f is the new
                // column norm plus the new row norm. Scale only on a clear gain.
                if (c + r) / f < 0.95 * total {
                    scale[i] *= f
                    for k in 0..<a.columns { a[i, k] /= f }
                    for k in 0..<a.rows { a[k, i] *= f }
                    changed = true
                }
            }
            if !changed { break }
        }
    }

    /// Maps eigenvectors of the balanced matrix back to eigenvectors of the original:
    /// if `B y = λ y` then `A (P D y) = λ (P D y)`.
    func undo(onVectors v: inout Matrix) {
        for j in 0..<v.columns { for i in 0..<v.rows { v[i, j] *= scale[i] } }
        for (i, j) in swaps.reversed() where i != j {
            for k in 0..<v.columns { v.data.swapAt(i + k * v.rows, j + k * v.rows) }
        }
    }
}
