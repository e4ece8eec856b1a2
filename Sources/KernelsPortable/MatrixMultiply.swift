// Level-3: C ← alpha·op(A)·op(B) + beta·C, the Goto/BLIS way.
//
// The loops, outermost first: columns of C in slabs of `columnBlock`; the shared
// dimension in slices of `depthBlock`, each slice of op(B) packed once into micro-panels
// of `tileColumns` columns (stays in the last-level cache); rows in blocks of `rowBlock`,
// each block of op(A) packed into micro-panels of `tileRows` rows, with alpha folded in
// (stays in L2); then every micro-panel pair meets in the register-blocked micro-kernel,
// whose B panel stays in L1 while A panels stream past it. Packing makes every operand
// contiguous in the order the micro-kernel reads it, whatever the transposes and leading
// dimensions, so one micro-kernel serves all four cases.

import KernelsSupport

/// Rows of C per micro-tile: two vectors.
var tileRows: Int { 2 &* Lane.scalarCount }
/// Columns of C per micro-tile. With two vectors per column that is twelve accumulators,
/// which with two A vectors and a broadcast fits the sixteen AVX2/SSE registers.
let tileColumns = 6

/// Rows of op(A) packed at once: 128×256 doubles is 256 KiB, half of a Zen 3 core's L2.
let rowBlock = 128
/// Depth of one packed slice: a B micro-panel (256×6 doubles, 12 KiB) fits L1.
let depthBlock = 256
/// Columns of op(B) packed at once (a multiple of `tileColumns`): 4 MiB, in L3.
let columnBlock = 2040

/// C ← alpha·op(A)·op(B) + beta·C on column-major storage, one thread.
///
/// op(A) is m×k and op(B) is k×n; A is stored m×k (k×m when `transA`) with leading
/// dimension `lda`, and likewise B. With beta zero C is only written, never read. Uses
/// this thread's scratch memory and allocates nothing once that has grown.
public func gemm(
    transA: Bool, transB: Bool, m: Int, n: Int, k: Int, alpha: Double,
    a: UnsafePointer<Double>, lda: Int, b: UnsafePointer<Double>, ldb: Int,
    beta: Double, c: UnsafeMutablePointer<Double>, ldc: Int
) {
    if m <= 0 || n <= 0 { return }
    if k <= 0 || alpha == 0 {
        scale(m: m, n: n, beta: beta, c: c, ldc: ldc)
        return
    }
    if n == 1 && !transB {
        // One column: matrix times vector, with no packing.
        gemv(
            trans: transA, m: transA ? k : m, n: transA ? m : k, alpha: alpha,
            a: a, lda: lda, x: b, beta: beta, y: c)
        return
    }
    let mr = tileRows, nr = tileColumns
    let rowsPacked = min(rowBlock, roundUp(m, to: mr))
    let depthPacked = min(depthBlock, k)
    let columnsPacked = min(columnBlock, roundUp(n, to: nr))
    // Each region starts on a 64-byte boundary.
    let aSize = roundUp(rowsPacked &* depthPacked, to: 8)
    let bSize = roundUp(depthPacked &* columnsPacked, to: 8)
    let scratch = KernelThreadState.current.scratch(doubles: aSize &+ bSize &+ mr &* nr)
    let packedA = scratch, packedB = scratch + aSize, edgeTile = packedB + bSize

    var jc = 0
    while jc < n {
        let nb = min(columnBlock, n &- jc)
        var pc = 0
        while pc < k {
            let kb = min(depthBlock, k &- pc)
            packB(transB, b: b, ldb: ldb, depth: pc, column: jc, kb: kb, nb: nb, into: packedB)
            // The first slice applies beta; later ones add to what it left.
            let sliceBeta = pc == 0 ? beta : 1
            var ic = 0
            while ic < m {
                let mb = min(rowBlock, m &- ic)
                packA(transA, a: a, lda: lda, row: ic, depth: pc, mb: mb, kb: kb, alpha: alpha, into: packedA)
                multiplyPackedBlocks(
                    mb: mb, nb: nb, kb: kb, packedA: packedA, packedB: packedB,
                    beta: sliceBeta, c: c + (ic &+ jc &* ldc), ldc: ldc, edgeTile: edgeTile)
                ic &+= mb
            }
            pc &+= kb
        }
        jc &+= nb
    }
}

@inline(__always)
func roundUp(_ value: Int, to multiple: Int) -> Int {
    (value &+ multiple &- 1) / multiple &* multiple
}

/// C block (mb×nb) ← packed A block · packed B slice + beta·C block, micro-tile by
/// micro-tile. Tiles cut by the block's edge are computed whole into `edgeTile` (the
/// packing padded them with zeros) and only their valid part is copied out.
func multiplyPackedBlocks(
    mb: Int, nb: Int, kb: Int,
    packedA: UnsafePointer<Double>, packedB: UnsafePointer<Double>,
    beta: Double, c: UnsafeMutablePointer<Double>, ldc: Int,
    edgeTile: UnsafeMutablePointer<Double>
) {
    let mr = tileRows, nr = tileColumns
    var jr = 0
    var panelB = packedB
    while jr < nb {
        let columns = min(nr, nb &- jr)
        var ir = 0
        var panelA = packedA
        while ir < mb {
            let rows = min(mr, mb &- ir)
            let tile = c + (ir &+ jr &* ldc)
            if rows == mr && columns == nr {
                microKernel(depth: kb, a: panelA, b: panelB, beta: beta, c: tile, ldc: ldc)
            } else {
                microKernel(depth: kb, a: panelA, b: panelB, beta: 0, c: edgeTile, ldc: mr)
                for j in 0..<columns {
                    for i in 0..<rows {
                        update(tile + (i &+ j &* ldc), alpha: 1, edgeTile[i &+ j &* mr], beta: beta)
                    }
                }
            }
            ir &+= mr
            panelA += mr &* kb
        }
        jr &+= nr
        panelB += nr &* kb
    }
}
