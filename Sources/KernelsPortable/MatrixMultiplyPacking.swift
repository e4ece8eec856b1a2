// Packing for matrix multiply: copies a block of op(A) or op(B) into the order the
// micro-kernel reads it, padding the last micro-panel with zeros.

/// Packs op(A)[row ..< row+mb, depth ..< depth+kb] · alpha into micro-panels of
/// `tileRows` rows; within a panel, the tileRows values of each depth step are adjacent.
func packA(
    _ trans: Bool, a: UnsafePointer<Double>, lda: Int, row: Int, depth: Int,
    mb: Int, kb: Int, alpha: Double, into packed: UnsafeMutablePointer<Double>
) {
    let mr = tileRows, w = Lane.scalarCount
    let scale = Lane(repeating: alpha)
    var panel = packed
    var i0 = 0
    while i0 < mb {
        let rows = min(mr, mb &- i0)
        if !trans && rows == mr {
            // Each depth step is mr contiguous elements of a column of A.
            var source = a + ((row &+ i0) &+ depth &* lda)
            var target = panel
            for _ in 0..<kb {
                store(load(source) * scale, target)
                store(load(source + w) * scale, target + w)
                source += lda
                target += mr
            }
        } else if !trans {
            for p in 0..<kb {
                let source = a + ((row &+ i0) &+ (depth &+ p) &* lda)
                let target = panel + p &* mr
                for r in 0..<rows { target[r] = alpha * source[r] }
                for r in rows..<mr { target[r] = 0 }
            }
        } else {
            // Row i of op(A) is column i of the stored A: read it contiguously.
            for r in 0..<rows {
                let source = a + (depth &+ (row &+ i0 &+ r) &* lda)
                for p in 0..<kb { panel[r &+ p &* mr] = alpha * source[p] }
            }
            for r in rows..<mr {
                for p in 0..<kb { panel[r &+ p &* mr] = 0 }
            }
        }
        panel += mr &* kb
        i0 &+= mr
    }
}

/// Packs op(B)[depth ..< depth+kb, column ..< column+nb] into micro-panels of
/// `tileColumns` columns; within a panel, the tileColumns values of each depth step are
/// adjacent.
func packB(
    _ trans: Bool, b: UnsafePointer<Double>, ldb: Int, depth: Int, column: Int,
    kb: Int, nb: Int, into packed: UnsafeMutablePointer<Double>
) {
    let nr = tileColumns
    var panel = packed
    var j0 = 0
    while j0 < nb {
        let columns = min(nr, nb &- j0)
        if !trans {
            // Column j of op(B) is column j of B: read it contiguously.
            for jj in 0..<columns {
                let source = b + (depth &+ (column &+ j0 &+ jj) &* ldb)
                for p in 0..<kb { panel[jj &+ p &* nr] = source[p] }
            }
        } else {
            // Depth step p of op(B) is row p of Bᵀ, a column of the stored B.
            for p in 0..<kb {
                let source = b + ((column &+ j0) &+ (depth &+ p) &* ldb)
                let target = panel + p &* nr
                for jj in 0..<columns { target[jj] = source[jj] }
            }
        }
        for jj in columns..<nr {
            for p in 0..<kb { panel[jj &+ p &* nr] = 0 }
        }
        panel += nr &* kb
        j0 &+= nr
    }
}
