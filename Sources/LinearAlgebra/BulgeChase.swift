import Foundation
import Foundation
import Foundation
/// One implicit double-shift QR step on the unreduced Hessenberg block `block` of
/// the n×n column-major `h` (and, with `full`, on the rest of T and on `z`).
///
/// The two shifts are given as the eigenvalues of a 2×2 matrix with diagonal (y, x)
/// and off-diagonal product w: they sum to x + y and multiply to x·y − w. The
/// standard choice is the block's trailing 2×2; a complex pair a ± ib is (a, a, −b²),
/// two real shifts are (σ₁, σ₂, 0). The step chases a 3×3 bulge from the top of the
/// block to its bottom with one small reflection per row, in the EISPACK `hqr`
/// formulation.
///
/// Each reflection changes three rows and three columns. Applied one at a time, the
/// row updates stride across memory a column at a time and get no use from vector
/// registers. So the chase runs in windows of `chaseWindow` reflections: inside the
/// window the reflections are applied at once, only as far as the window reaches,
/// which is all the next reflection depends on; the rows' far right and the columns'
/// top part are brought up to date once per window, all its reflections in a row,
/// eight columns or eight rows at a time, while those entries sit in registers. The
/// arithmetic is the same operations in the same order, just regrouped.
func doubleShiftStep(
    _ h: UnsafeMutablePointer<Double>, _ z: UnsafeMutablePointer<Double>?, n nn: Int, block: ClosedRange<Int>,
    shifts: (x: Double, y: Double, w: Double), full: Bool
) {
    @inline(__always) func at(_ i: Int, _ j: Int) -> Int { i &+ j &* nn }
    let eps = Double.ulpOfOne
    let l = block.lowerBound, n = block.upperBound
    let (x0, y0, w0) = shifts
    var p = 0.0, q = 0.0, r = 0.0, s = 0.0, x = 0.0, zz = 0.0

    // Look for two consecutive small subdiagonal entries, so the step can start
    // at row m rather than l: the bulge then starts where it matters.
    var m = n - 2
    while m >= l {
        // The first column of (H − σ₁)(H − σ₂) at row m, of which only the direction
        // counts. It is computed on H and the shifts scaled by a power of two c
        // (exact) that brings the local entries near 1: in a block of tiny entries,
        // say 1e-164 as rounding leaves below a matrix of ones, the products would
        // underflow and the step would stall.
        let local = abs(h[at(m + 1, m)]) + abs(h[at(m, m)]) + abs(h[at(m + 1, m + 1)])
        let c = local.isNormal ? Double(sign: .plus, exponent: -local.exponent, significand: 1) : 1
        zz = h[at(m, m)] * c
        r = x0 * c - zz
        s = y0 * c - zz
        p = (r * s - w0 * c * c) / (h[at(m + 1, m)] * c) + h[at(m, m + 1)] * c
        q = h[at(m + 1, m + 1)] * c - zz - r - s
        r = h[at(m + 2, m + 1)] * c
        s = abs(p) + abs(q) + abs(r)
        p /= s
        q /= s
        r /= s
        if m == l { break }
        let left = abs(h[at(m, m - 1)]) * (abs(q) + abs(r))
        let right = eps * (abs(p) * (abs(h[at(m - 1, m - 1)]) + abs(h[at(m, m)]) + abs(h[at(m + 1, m + 1)])))
        if left < right { break }
        m -= 1
    }
    if m + 2 <= n {
        for i in (m + 2)...n {
            h[at(i, i - 2)] = 0
            if i > m + 2 { h[at(i, i - 3)] = 0 }
        }
    }

    // Row updates reach columns up to rowEnd - 1, column updates start at row
    // columnStart: the active block only, unless the whole of T is wanted.
    let rowEnd = full ? nn : n + 1
    let columnStart = full ? 0 : l
    // Small blocks sit in L1 whole; there the plain chase (one window) is faster.
    let window = n - l + 1 >= windowedChaseMinimumSize ? chaseWindow : n - l + 1
    withUnsafeTemporaryAllocation(of: BulgeReflector.self, capacity: window) { storedBuffer in
        withUnsafeTemporaryAllocation(of: SIMD8<Double>.self, capacity: window + 3) { laneBuffer in
            let stored = storedBuffer.baseAddress!, lanes = laneBuffer.baseAddress!
            var k = m
            while k <= n - 1 {
                // Reflections k0..<k1 touch rows and columns k0...windowEnd.
                let k0 = k, k1 = min(k0 + window, n)
                let windowEnd = min(n, k1 + 2)
                var count = 0
                while k < k1 {
                    let notLast = k != n - 1
                    if k != m {
                        p = h[at(k, k - 1)]
                        q = h[at(k + 1, k - 1)]
                        r = notLast ? h[at(k + 2, k - 1)] : 0
                        x = abs(p) + abs(q) + abs(r)
                        if x == 0 { k += 1; continue }
                        p /= x
                        q /= x
                        r /= x
                    }
                    s = (p * p + q * q + r * r).squareRoot()
                    if p < 0 { s = -s }
                    if s != 0 {
                        if k != m {
                            h[at(k, k - 1)] = -s * x
                        } else if l != m {
                            h[at(k, k - 1)] = -h[at(k, k - 1)]
                        }
                        p += s
                        let reflector = BulgeReflector(
                            row: k, x: p / s, y: q / s, z: notLast ? r / s : 0, q: q / p, r: notLast ? r / p : 0,
                            three: notLast)
                        // Rows k, k+1, k+2, within the window.
                        reflector.applyFromLeft(h + at(k, 0), stride: nn, columns: k...min(windowEnd, rowEnd - 1))
                        // Columns k, k+1, k+2 of H within the window, and of Z (all rows).
                        reflector.applyFromRight(
                            h + at(0, k), stride: nn, rows: max(columnStart, k0)...min(n, k + 3))
                        if let z { reflector.applyFromRight(z + at(0, k), stride: nn, rows: 0...(nn - 1)) }
                        stored[count] = reflector
                        count += 1
                    }
                    k += 1
                }
                guard count > 0 else { continue }
                let reflectors = UnsafeBufferPointer(start: stored, count: count)
                if windowEnd + 1 < rowEnd {
                    applyFromLeft(
                        reflectors, to: h, n: nn, firstRow: k0, lastRow: windowEnd, columns: (windowEnd + 1)..<rowEnd,
                        lanes: lanes)
                }
                if columnStart < k0 {
                    applyFromRight(
                        reflectors, to: h, n: nn, firstColumn: k0, lastColumn: windowEnd, rows: columnStart..<k0,
                        lanes: lanes)
                }
            }
        }
    }
}

/// Blocks smaller than this are chased in one window, with no far updates.
let windowedChaseMinimumSize = 128

/// Reflections per window of the chase: large enough that the far updates run
/// long vector loops, small enough that a window's rows stay in registers and L1.
let chaseWindow = 24

/// One 3×3 (or, at the block's end, 2×2) bulge-chasing reflection acting on rows or
/// columns `row`, `row`+1 (and `row`+2), in `hqr`'s factored form: from the left,
/// p = a + q·b + r·c and (a, b, c) −= p·(x, y, z); from the right, p = x·a + y·b +
/// z·c and (a, b, c) −= p·(1, q, r). For the 2×2 one, z = r = 0.
struct BulgeReflector {
    var row: Int
    var x: Double, y: Double, z: Double, q: Double, r: Double
    var three: Bool

    /// Rows `row`... of the matrix whose entry (row, 0) is at `base`, on `columns`.
    @inline(__always)
    func applyFromLeft(_ base: UnsafeMutablePointer<Double>, stride: Int, columns: ClosedRange<Int>) {
        for j in columns {
            let a = base + j &* stride
            var p = a[0] + q * a[1]
            if three {
                p += r * a[2]
                a[2] -= p * z
            }
            a[0] -= p * x
            a[1] -= p * y
        }
    }

    /// Columns `row`... (starting at `base`, column stride `stride`), on `rows`. The
    /// columns are contiguous, so the 3×3 case runs four rows at a time.
    @inline(__always)
    func applyFromRight(_ base: UnsafeMutablePointer<Double>, stride: Int, rows: ClosedRange<Int>) {
        let c0 = base, c1 = base + stride, c2 = c1 + stride
        var i = rows.lowerBound
        let end = rows.upperBound &+ 1
        if three {
            let x4 = SIMD4(repeating: x), y4 = SIMD4(repeating: y), z4 = SIMD4(repeating: z)
            let q4 = SIMD4(repeating: q), r4 = SIMD4(repeating: r)
            while i &+ 4 <= end {
                let a: SIMD4<Double> = load(c0 + i), b: SIMD4<Double> = load(c1 + i), c: SIMD4<Double> = load(c2 + i)
                let p = x4 * a + y4 * b + z4 * c
                store(a - p, c0 + i)
                store(b - p * q4, c1 + i)
                store(c - p * r4, c2 + i)
                i &+= 4
            }
        }
        while i < end {
            var p = x * c0[i] + y * c1[i]
            if three {
                p += z * c2[i]
                c2[i] -= p * r
            }
            c0[i] -= p
            c1[i] -= p * q
            i &+= 1
        }
    }
}

/// Applies `reflectors`, in order, from the left to rows firstRow...lastRow of the
/// given columns: each group of eight columns is gathered into `lanes` (one SIMD8
/// per row), run through every reflection, and written back.
private func applyFromLeft(
    _ reflectors: UnsafeBufferPointer<BulgeReflector>, to h: UnsafeMutablePointer<Double>, n: Int,
    firstRow: Int, lastRow: Int, columns: Range<Int>, lanes: UnsafeMutablePointer<SIMD8<Double>>
) {
    let rows = lastRow - firstRow + 1
    var j = columns.lowerBound
    while j &+ 8 <= columns.upperBound {
        let c0 = h + (firstRow &+ j &* n), c1 = c0 + n, c2 = c1 + n, c3 = c2 + n
        let c4 = c3 + n, c5 = c4 + n, c6 = c5 + n, c7 = c6 + n
        for i in 0..<rows {
            let low = SIMD4(c0[i], c1[i], c2[i], c3[i])
            let high = SIMD4(c4[i], c5[i], c6[i], c7[i])
            lanes[i] = SIMD8(lowHalf: low, highHalf: high)
        }
        transform(lanes, by: reflectors, offset: firstRow, fromLeft: true)
        for i in 0..<rows {
            let v = lanes[i]
            c0[i] = v[0]
            c1[i] = v[1]
            c2[i] = v[2]
            c3[i] = v[3]
            c4[i] = v[4]
            c5[i] = v[5]
            c6[i] = v[6]
            c7[i] = v[7]
        }
        j &+= 8
    }
    while j < columns.upperBound {
        for f in reflectors { f.applyFromLeft(h + f.row, stride: n, columns: j...j) }
        j &+= 1
    }
}

/// Applies `reflectors`, in order, from the right to columns firstColumn...lastColumn
/// of the given rows, eight rows at a time: the rows' entries in those columns are
/// loaded into `lanes` (one SIMD8 per column), transformed, and stored back.
private func applyFromRight(
    _ reflectors: UnsafeBufferPointer<BulgeReflector>, to h: UnsafeMutablePointer<Double>, n: Int,
    firstColumn: Int, lastColumn: Int, rows: Range<Int>, lanes: UnsafeMutablePointer<SIMD8<Double>>
) {
    let columns = lastColumn - firstColumn + 1
    let base = h + firstColumn &* n
    var i = rows.lowerBound
    while i &+ 8 <= rows.upperBound {
        for c in 0..<columns { lanes[c] = load(base + (i &+ c &* n)) }
        transform(lanes, by: reflectors, offset: firstColumn, fromLeft: false)
        for c in 0..<columns { store(lanes[c], base + (i &+ c &* n)) }
        i &+= 8
    }
    if i < rows.upperBound {
        for f in reflectors { f.applyFromRight(h + f.row &* n, stride: n, rows: i...(rows.upperBound - 1)) }
    }
}

/// Runs `lanes` (rows, or columns, `offset`... of eight columns, or rows) through
/// every reflection in turn. Consecutive reflections share two rows: those stay in
/// registers from one reflection to the next instead of a round trip through
/// memory, which would put a store and a load on the critical path of each one.
@inline(__always)
private func transform(
    _ lanes: UnsafeMutablePointer<SIMD8<Double>>, by reflectors: UnsafeBufferPointer<BulgeReflector>, offset: Int,
    fromLeft: Bool
) {
    var carried = -1
    var b = SIMD8<Double>(), c = SIMD8<Double>()
    for f in reflectors {
        let o = f.row &- offset
        var a0: SIMD8<Double>, a1: SIMD8<Double>
        if o == carried {
            (a0, a1) = (b, c)
        } else {
            if carried >= 0 { (lanes[carried], lanes[carried &+ 1]) = (b, c) }
            (a0, a1) = (lanes[o], lanes[o &+ 1])
        }
        if f.three {
            let a2 = lanes[o &+ 2]
            if fromLeft {
                let p = a0 + f.q * a1 + f.r * a2
                (lanes[o], b, c) = (a0 - p * f.x, a1 - p * f.y, a2 - p * f.z)
            } else {
                let p = f.x * a0 + f.y * a1 + f.z * a2
                (lanes[o], b, c) = (a0 - p, a1 - p * f.q, a2 - p * f.r)
            }
            carried = o &+ 1
        } else {
            if fromLeft {
                let p = a0 + f.q * a1
                (lanes[o], lanes[o &+ 1]) = (a0 - p * f.x, a1 - p * f.y)
            } else {
                let p = f.x * a0 + f.y * a1
                (lanes[o], lanes[o &+ 1]) = (a0 - p, a1 - p * f.q)
            }
            carried = -1
        }
    }
    if carried >= 0 { (lanes[carried], lanes[carried &+ 1]) = (b, c) }
}

/// Unaligned vector loads and stores of a SIMD4 or SIMD8 of doubles.
@inline(__always)
private func load<V: SIMD>(_ p: UnsafePointer<Double>) -> V where V.Scalar == Double {
    UnsafeRawPointer(p).loadUnaligned(as: V.self)
}

@inline(__always)
private func store<V: SIMD>(_ v: V, _ p: UnsafeMutablePointer<Double>) where V.Scalar == Double {
    UnsafeMutableRawPointer(p).storeBytes(of: v, as: V.self)
}
