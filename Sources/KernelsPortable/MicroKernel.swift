// The matrix-multiply micro-kernel: a (2 vectors × 6) tile of C held in twelve registers.

/// C tile (tileRows × 6) ← Σₚ a[p]·b[p]ᵀ + beta·C tile, over `depth` steps of a packed A
/// micro-panel (tileRows values per step) and a packed B micro-panel (6 per step).
///
/// Each step loads two A vectors and broadcasts six B values into twelve independent
/// multiply-adds. Kept out of line so its twelve accumulators get the whole register file.
@inline(never)
func microKernel(
    depth: Int, a: UnsafePointer<Double>, b: UnsafePointer<Double>,
    beta: Double, c: UnsafeMutablePointer<Double>, ldc: Int
) {
    let w = Lane.scalarCount
    var c0a = Lane(), c0b = Lane(), c1a = Lane(), c1b = Lane(), c2a = Lane(), c2b = Lane()
    var c3a = Lane(), c3b = Lane(), c4a = Lane(), c4b = Lane(), c5a = Lane(), c5b = Lane()
    var pa = a, pb = b
    var p = 0
    while p < depth {
        let a0 = load(pa), a1 = load(pa + w)
        var bj = Lane(repeating: pb[0])
        c0a = multiplyAdd(c0a, a0, bj)
        c0b = multiplyAdd(c0b, a1, bj)
        bj = Lane(repeating: pb[1])
        c1a = multiplyAdd(c1a, a0, bj)
        c1b = multiplyAdd(c1b, a1, bj)
        bj = Lane(repeating: pb[2])
        c2a = multiplyAdd(c2a, a0, bj)
        c2b = multiplyAdd(c2b, a1, bj)
        bj = Lane(repeating: pb[3])
        c3a = multiplyAdd(c3a, a0, bj)
        c3b = multiplyAdd(c3b, a1, bj)
        bj = Lane(repeating: pb[4])
        c4a = multiplyAdd(c4a, a0, bj)
        c4b = multiplyAdd(c4b, a1, bj)
        bj = Lane(repeating: pb[5])
        c5a = multiplyAdd(c5a, a0, bj)
        c5b = multiplyAdd(c5b, a1, bj)
        pa += 2 &* w
        pb += 6
        p &+= 1
    }
    let writeBack = { (top: Lane, bottom: Lane, column: UnsafeMutablePointer<Double>) in
        update(column, alpha: 1, top, beta: beta)
        update(column + w, alpha: 1, bottom, beta: beta)
    }
    writeBack(c0a, c0b, c)
    writeBack(c1a, c1b, c + ldc)
    writeBack(c2a, c2b, c + 2 &* ldc)
    writeBack(c3a, c3b, c + 3 &* ldc)
    writeBack(c4a, c4b, c + 4 &* ldc)
    writeBack(c5a, c5b, c + 5 &* ldc)
}
