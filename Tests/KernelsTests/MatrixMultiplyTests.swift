// gemm of every runnable build against a naive triple loop.

import Kernels
import Testing

/// One product to check: shapes, transposes, scalars, and how many rows of padding each
/// stored matrix has beyond its row count (leading dimension − rows).
struct GemmCase: CustomStringConvertible {
    var m: Int, n: Int, k: Int
    var transA = false, transB = false
    var alpha = 1.0, beta = 0.0
    var padding = 0

    var description: String {
        "m=\(m) n=\(n) k=\(k) transA=\(transA) transB=\(transB) alpha=\(alpha) beta=\(beta) padding=\(padding)"
    }

    /// The sizes issue 8 asks for (around every block and tile edge: 4, 8, 16 rows, 6
    /// columns, 128 rows, 256 deep), square, with all four transposes up to 129 and
    /// scalars, padding and NaN-garbage C cycling through the cases; then shapes that are
    /// not square, including a depth over two slices and more columns than one packed slab.
    static let all: [GemmCase] = {
        let sizes = [0, 1, 2, 3, 5, 7, 8, 9, 13, 17, 31, 33, 64, 65, 100, 127, 129, 257]
        let scalars: [(Double, Double)] = [(1, 0), (1.5, -0.5), (-1, 1), (0.25, 0), (2, 0.75)]
        var cases: [GemmCase] = []
        var index = 0
        for size in sizes {
            for (transA, transB) in [(false, false), (true, false), (false, true), (true, true)] {
                let (alpha, beta) = scalars[index % scalars.count]
                cases.append(GemmCase(
                    m: size, n: size, k: size, transA: transA, transB: transB,
                    alpha: alpha, beta: beta, padding: [0, 3, 1][index % 3]))
                index += 1
            }
        }
        let shapes = [
            (1, 7, 3), (7, 1, 3), (17, 5, 33), (100, 1, 64), (1, 100, 65), (65, 129, 8),
            (3, 300, 17), (257, 31, 5), (8, 6, 600), (16, 12, 1), (2, 2051, 3), (33, 17, 513),
        ]
        for (m, n, k) in shapes {
            for (transA, transB) in [(false, false), (true, true), (true, false), (false, true)] {
                let (alpha, beta) = scalars[index % scalars.count]
                cases.append(GemmCase(
                    m: m, n: n, k: k, transA: transA, transB: transB,
                    alpha: alpha, beta: beta, padding: [2, 0, 5][index % 3]))
                index += 1
            }
        }
        return cases
    }()
}

/// Value written in C's padding rows: a kernel that writes outside the matrix changes it.
let sentinel = 31337.0

/// Runs `product` on random operands for `test` and compares every element of C with
/// the naive result. Returns C as computed (with its padding); records an issue for the
/// first element out of bounds and for any write outside C.
@discardableResult
func checkGemm(_ test: GemmCase, seed: UInt64, product: KernelBuild.Gemm) -> [Double] {
    var random = TestRandom(seed: seed)
    let a = test.transA
        ? StoredMatrix(rows: test.k, columns: test.m, padding: test.padding, random: &random)
        : StoredMatrix(rows: test.m, columns: test.k, padding: test.padding, random: &random)
    let b = test.transB
        ? StoredMatrix(rows: test.n, columns: test.k, padding: test.padding, random: &random)
        : StoredMatrix(rows: test.k, columns: test.n, padding: test.padding, random: &random)
    var c = StoredMatrix(rows: test.m, columns: test.n, padding: test.padding, random: &random)
    for j in 0..<test.n {
        for i in 0..<c.ld { c.storage[i + j * c.ld] = i < test.m ? c.storage[i + j * c.ld] : sentinel }
    }
    let before = c
    if test.beta == 0 {
        // BLAS does not read C when beta is zero; NaN there must not reach the result.
        for j in 0..<test.n { for i in 0..<test.m { c.storage[i + j * c.ld] = .nan } }
    }
    a.storage.withUnsafeBufferPointer { pa in
        b.storage.withUnsafeBufferPointer { pb in
            c.storage.withUnsafeMutableBufferPointer { pc in
                product(
                    test.transA, test.transB, test.m, test.n, test.k, test.alpha,
                    pa.baseAddress!, a.ld, pb.baseAddress!, b.ld, test.beta, pc.baseAddress!, c.ld)
            }
        }
    }
    // op(A) by rows and op(B) by columns, so each element's sum runs down two
    // contiguous arrays (the reference is the slow part of this test in a debug build).
    var rowsOfA = [Double](repeating: 0, count: test.m * test.k)
    var columnsOfB = [Double](repeating: 0, count: test.k * test.n)
    for p in 0..<test.k {
        for i in 0..<test.m { rowsOfA[i * test.k + p] = test.transA ? a[p, i] : a[i, p] }
        for j in 0..<test.n { columnsOfB[p + j * test.k] = test.transB ? b[j, p] : b[p, j] }
    }
    var reported = false
    for j in 0..<test.n {
        for i in 0..<c.ld {
            let got = c.storage[i + j * c.ld]
            if i >= test.m {
                if got != sentinel && !reported {
                    Issue.record("\(test): wrote outside C at row \(i), column \(j)")
                    reported = true
                }
                continue
            }
            let (sum, magnitude) = rowsOfA.withUnsafeBufferPointer { rows in
                columnsOfB.withUnsafeBufferPointer { columns in
                    var sum = 0.0, magnitude = 0.0
                    for p in 0..<test.k {
                        let term = rows[i * test.k + p] * columns[p + j * test.k]
                        sum += term
                        magnitude += abs(term)
                    }
                    return (sum, magnitude)
                }
            }
            let old = test.beta == 0 ? 0 : test.beta * before[i, j]
            let expected = test.alpha * sum + old
            let bound = errorBound(terms: test.k, magnitude: abs(test.alpha) * magnitude + abs(old))
            if !(abs(got - expected) <= bound) && !reported {
                Issue.record("\(test): C[\(i), \(j)] = \(got), expected \(expected) within \(bound)")
                reported = true
            }
        }
    }
    return c.storage
}

/// gemm over every case of `GemmCase.all`, then alpha zero (A and B all NaN).
func checkMatrixMultiply(_ build: KernelBuild) {
    var checked = 0
    for (index, test) in GemmCase.all.enumerated() {
        checkGemm(test, seed: UInt64(index), product: build.gemm)
        checked += test.m * test.n
    }
    // Guards against the case list silently shrinking.
    #expect(GemmCase.all.count == 120)
    #expect(checked == GemmCase.all.reduce(0) { $0 + $1.m * $1.n })

    // Alpha zero: C ← beta·C, and A and B (all NaN here) are not read.
    let a = [Double](repeating: .nan, count: 9)
    var c: [Double] = [1, 2, 3, 4, 5, 6, 7, 8, 9]
    build.gemm(false, false, 3, 3, 3, 0, a, 3, a, 3, 2, &c, 3)
    #expect(c == [2, 4, 6, 8, 10, 12, 14, 16, 18])
}

@Suite("Matrix multiply through the dispatcher")
struct MatrixMultiplyTests {
    @Test("the dispatcher's product gives the same bits on one thread and on two")
    func threadsAgree() {
        // Above the threshold for splitting and not a multiple of any tile size: the
        // first is split by rows (m > n), the second by columns.
        let shapes = [(131, 127, 97), (97, 133, 101)]
        var index = 0
        for (m, n, k) in shapes {
            for (transA, transB) in [(false, false), (true, false), (false, true), (true, true)] {
                let test = GemmCase(m: m, n: n, k: k, transA: transA, transB: transB, alpha: 0.5, beta: 0.25, padding: 1)
                let seed = 99 + UInt64(index)
                let one = Kernels.withThreadLimit(1) { checkGemm(test, seed: seed, product: KernelBuild.dispatcher.gemm) }
                let two = Kernels.withThreadLimit(2) { checkGemm(test, seed: seed, product: KernelBuild.dispatcher.gemm) }
                #expect(one.count == (m + 1) * n)
                let differing = zip(one, two).filter { $0 != $1 }.count
                #expect(differing == 0, "\(test)")
                index += 1
            }
        }
    }

    /// One column, one row or a depth of one goes to gemv or ger when the vectors are
    /// contiguous (padding 0) and to gemm when they are not (padding 2).
    @Test("thin products through the dispatcher agree with the definition")
    func thinProducts() {
        var seed: UInt64 = 500
        for (m, n, k) in [(1, 7, 3), (7, 1, 3), (1, 1, 5), (16, 12, 1), (1, 100, 65), (100, 1, 64), (9, 1, 1), (1, 9, 1)] {
            for (transA, transB) in [(false, false), (true, false), (false, true), (true, true)] {
                for padding in [0, 2] {
                    for (alpha, beta) in [(1.0, 0.0), (1.5, -0.5), (2.0, 1.0)] {
                        let test = GemmCase(
                            m: m, n: n, k: k, transA: transA, transB: transB, alpha: alpha, beta: beta, padding: padding)
                        checkGemm(test, seed: seed, product: KernelBuild.dispatcher.gemm)
                        seed += 1
                    }
                }
            }
        }
    }

    @Test("sizes of zero or less leave C alone, even where threads would be used")
    func emptyAndNegativeSizes() {
        var c: [Double] = [7]
        let a: [Double] = [1]
        for (m, n, k) in [(0, 5, 5), (5, 0, 5), (-1, 1, 1), (-300, -300, 300), (300, -300, -300)] {
            Kernels.withThreadLimit(2) {
                Kernels.gemm(
                    transA: false, transB: false, m: m, n: n, k: k, alpha: 1,
                    a: a, lda: 1, b: a, ldb: 1, beta: 0, c: &c, ldc: 1)
            }
        }
        #expect(c == [7])
    }
}
