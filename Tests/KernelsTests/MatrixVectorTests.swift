// gemv, ger, dot and axpy of every runnable build against naive loops.

import Testing

/// Row and column counts around every vector and block edge (2, 4, 8 lanes; blocks of 8
/// vectors; four columns at a time), and the recurrent cells' sizes (H, 4H, V = 78).
let matrixVectorShapes: [(Int, Int)] = [
    (0, 0), (0, 3), (3, 0), (1, 1), (1, 9), (9, 1), (2, 3), (3, 2), (5, 7), (7, 5), (8, 8), (9, 13),
    (13, 9), (17, 31), (31, 17), (33, 64), (64, 33), (65, 100), (100, 65), (127, 129), (129, 127),
    (32, 78), (78, 32), (128, 32), (400, 100), (100, 400), (1024, 256), (257, 257),
]

/// gemv in both orientations over `matrixVectorShapes`, with NaN garbage in y when beta
/// is zero.
func checkMatrixVector(_ build: KernelBuild) {
    var random = TestRandom(seed: 7)
    var checked = 0
    let scalars: [(Double, Double)] = [(1, 0), (-0.5, 1), (2, 0.25), (1, 0)]
    for (index, (m, n)) in matrixVectorShapes.enumerated() {
        for trans in [false, true] {
            let (alpha, beta) = scalars[(index + (trans ? 1 : 0)) % scalars.count]
            let a = StoredMatrix(rows: m, columns: n, padding: index % 3, random: &random)
            let x = random.values(trans ? m : n)
            let count = trans ? n : m
            let y0 = random.values(count)
            // With beta zero y is garbage that must not be read.
            var y = beta == 0 ? [Double](repeating: .nan, count: count) : y0
            a.storage.withUnsafeBufferPointer { pa in
                build.gemv(trans, m, n, alpha, pa.baseAddress!, a.ld, x, beta, &y)
            }
            for out in 0..<count {
                var sum = 0.0, magnitude = 0.0
                for inner in 0..<(trans ? m : n) {
                    let term = (trans ? a[inner, out] : a[out, inner]) * x[inner]
                    sum += term
                    magnitude += abs(term)
                }
                let old = beta == 0 ? 0 : beta * y0[out]
                let expected = alpha * sum + old
                let bound = errorBound(terms: trans ? m : n, magnitude: abs(alpha) * magnitude + abs(old))
                #expect(abs(y[out] - expected) <= bound, "m=\(m) n=\(n) trans=\(trans) y[\(out)]")
                checked += 1
            }
        }
    }
    // Every output element of every shape, both orientations, was compared.
    #expect(checked == matrixVectorShapes.reduce(0) { $0 + $1.0 + $1.1 })
}

/// ger adds alpha·x·yᵀ and leaves the padding rows (NaN) alone.
func checkRankOneUpdate(_ build: KernelBuild) {
    var random = TestRandom(seed: 11)
    for (index, (m, n)) in matrixVectorShapes.enumerated() {
        let alpha = [1.0, -0.75, 3][index % 3]
        let before = StoredMatrix(rows: m, columns: n, padding: 2, random: &random)
        var a = before
        let x = random.values(m), y = random.values(n)
        a.storage.withUnsafeMutableBufferPointer { pa in
            build.ger(m, n, alpha, x, y, pa.baseAddress!, a.ld)
        }
        for j in 0..<n {
            for i in 0..<a.ld {
                if i >= m {
                    #expect(a[i, j].isNaN, "ger wrote padding at m=\(m) n=\(n)")
                    continue
                }
                let expected = before[i, j] + alpha * x[i] * y[j]
                let bound = errorBound(terms: 1, magnitude: abs(before[i, j]) + abs(alpha * x[i] * y[j]))
                #expect(abs(a[i, j] - expected) <= bound, "ger m=\(m) n=\(n) A[\(i), \(j)]")
            }
        }
        // ger does two columns at a time; each element must still be the one multiply-add
        // axpy gives it, so a gradient accumulated by ger is the column-by-column one exactly.
        var byColumns = before
        byColumns.storage.withUnsafeMutableBufferPointer { pa in
            for j in 0..<n { build.axpy(m, alpha * y[j], x, pa.baseAddress! + j * a.ld) }
        }
        let differing = zip(a.storage, byColumns.storage).filter { !($0 == $1 || ($0.isNaN && $1.isNaN)) }.count
        #expect(differing == 0, "ger and axpy by columns differ at m=\(m) n=\(n)")
    }
}

/// dot and axpy at every length up to 70 and some longer, never touching past the end.
func checkVectorKernels(_ build: KernelBuild) {
    var random = TestRandom(seed: 13)
    for n in Array(0...70) + [127, 128, 129, 257, 1000, 4099] {
        // One element past the end holds NaN: reading it would poison the result.
        let x = random.values(n) + [.nan], y = random.values(n) + [.nan]
        let sum = zip(x.prefix(n), y.prefix(n)).reduce(0) { $0 + $1.0 * $1.1 }
        let magnitude = zip(x.prefix(n), y.prefix(n)).reduce(0) { $0 + abs($1.0 * $1.1) }
        let got = build.dot(n, x, y)
        #expect(abs(got - sum) <= errorBound(terms: n, magnitude: magnitude), "dot n=\(n)")

        let alpha = -1.25
        var z = y
        build.axpy(n, alpha, x, &z)
        for i in 0..<n {
            let expected = y[i] + alpha * x[i]
            #expect(abs(z[i] - expected) <= errorBound(terms: 1, magnitude: abs(y[i]) + abs(alpha * x[i])))
        }
        #expect(z[n].isNaN, "axpy wrote past the end at n=\(n)")
    }
}
