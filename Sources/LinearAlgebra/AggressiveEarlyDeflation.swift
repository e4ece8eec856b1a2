/// Aggressive early deflation (AED), after Braman, Byers and Mathias, "The
/// multishift QR algorithm. Part II: Aggressive early deflation" (SIAM J. Matrix
/// Anal. Appl. 23(4), 2002), in the form of LAPACK's `dlaqr3` (LAPACK Working Note
/// 187 describes the tuning).
///
/// The standard test deflates only when one subdiagonal entry of H has become
/// negligible, yet eigenvalues near the bottom converge long before that shows. AED
/// takes the trailing jw×jw window W of the active block, which touches the rest of
/// H only through the "spike" s = h[kwtop, kwtop−1], and computes its real Schur
/// form W = V T V'. In the new basis the spike becomes the row s·V[0, :]: wherever
/// that row is negligible beside the eigenvalue on T's diagonal, the eigenvalue is
/// as good as deflated, though no subdiagonal entry of H is small. Eigenvalues that
/// fail the test are moved to the top of the window so that every block gets its
/// turn at the bottom. Often many eigenvalues deflate at once, and those that do not
/// are the best shifts for the next sweep.
///
/// Works on the eigenvalues only: just the active block `active` of the n×n
/// column-major Hessenberg `h` is kept up to date. Deflated eigenvalues are written
/// to `wr`/`wi` at their rows. Returns how many deflated (the active block then ends
/// that many rows higher) and the window's other eigenvalues as shifts, or nil if
/// the window's own QR iteration failed (H is then unchanged).
func aggressiveEarlyDeflation(
    _ h: UnsafeMutablePointer<Double>, n nn: Int, active: ClosedRange<Int>, windowSize: Int,
    wr: UnsafeMutablePointer<Double>, wi: UnsafeMutablePointer<Double>
) -> (deflated: Int, shifts: [Shift])? {
    @inline(__always) func at(_ i: Int, _ j: Int) -> Int { i &+ j &* nn }
    let ktop = active.lowerBound, kbot = active.upperBound
    let jw = min(max(windowSize, 2), kbot - ktop + 1)
    guard jw >= 2 else { return nil }
    let kwtop = kbot - jw + 1
    var spike = kwtop == ktop ? 0 : h[at(kwtop, kwtop - 1)]
    let ulp = Double.ulpOfOne
    // LAPACK's floor for "negligible", so that underflowing spikes count as zero.
    let tiny = negligibleSubdiagonal(n: nn)

    // The window T (Hessenberg) and V = I, then T ← V' T V in real Schur form.
    let t = UnsafeMutablePointer<Double>.allocate(capacity: jw * jw)
    let v = UnsafeMutablePointer<Double>.allocate(capacity: jw * jw)
    let work = UnsafeMutablePointer<Double>.allocate(capacity: 3 * jw)
    defer { t.deallocate(); v.deallocate(); work.deallocate() }
    @inline(__always) func tt(_ i: Int, _ j: Int) -> Double { t[i &+ j &* jw] }
    t.initialize(repeating: 0, count: jw * jw)
    v.initialize(repeating: 0, count: jw * jw)
    var norm = 0.0
    for j in 0..<jw {
        v[j + j * jw] = 1
        for i in 0...min(j + 1, jw - 1) {
            t[i + j * jw] = h[at(kwtop + i, kwtop + j)]
            norm += abs(t[i + j * jw])
        }
    }
    guard francisIterations(
        t, v, n: jw, low: 0, high: jw - 1, full: true, norm: norm, limit: max(30 * jw, 300),
        wr: work, wi: work + jw)
    else { return nil }

    // Test the blocks at the bottom of T; ns counts those not (yet) deflated, and
    // the ones that fail go to the top, below those that failed before.
    var ns = jw
    var top = 0
    while top < ns {
        let pair = ns >= 2 && tt(ns - 1, ns - 2) != 0
        let size = pair ? 2 : 1
        var scale = abs(tt(ns - 1, ns - 1))
        if pair { scale += abs(tt(ns - 1, ns - 2)).squareRoot() * abs(tt(ns - 2, ns - 1)).squareRoot() }
        if scale == 0 { scale = abs(spike) }
        var coupling = abs(spike * v[(ns - 1) * jw])
        if pair { coupling = max(coupling, abs(spike * v[(ns - 2) * jw])) }
        if coupling <= max(tiny, ulp * scale) {
            ns -= size
        } else {
            // A refused exchange leaves this block (and all above) undeflated.
            guard moveSchurBlock(t, v, n: jw, from: ns - size, to: top) else { break }
            top += size
        }
    }
    if ns == 0 { spike = 0 }

    // Eigenvalues of T's diagonal blocks: final for the deflated part, shifts above.
    var shifts: [Shift] = []
    var i = 0
    while i < jw {
        let pair = i + 1 < jw && tt(i + 1, i) != 0
        let values = pair
            ? eigenvaluesOf2x2(tt(i, i), tt(i, i + 1), tt(i + 1, i), tt(i + 1, i + 1))
            : [Shift(re: tt(i, i), im: 0)]
        for (offset, value) in values.enumerated() {
            if i + offset < ns {
                shifts.append(value)
            } else {
                wr[kwtop + i + offset] = value.re
                wi[kwtop + i + offset] = value.im
            }
        }
        i += values.count
    }

    // Without deflation H stays as it was; the window only supplied shifts.
    guard ns < jw || spike == 0 else { return (0, shifts) }

    var spikeScale = 0.0
    for j in 0..<ns { spikeScale += abs(spike * v[j * jw]) }
    if ns > 1 && spikeScale > 0 {
        // The undeflated part of the spike, s·V[0, 0..<ns], is reflected onto its
        // first entry, and T's leading ns×ns block returned to Hessenberg form, so
        // that the window fits back into H as an ordinary Hessenberg matrix.
        let u = work, columnWork = work + jw
        var normSquared = 0.0
        for j in 0..<ns {
            u[j] = spike * v[j * jw] / spikeScale
            normSquared += u[j] * u[j]
        }
        var g = normSquared.squareRoot()
        if u[0] > 0 { g = -g }
        let half = normSquared - u[0] * g
        u[0] -= g
        reflectRows(t, ld: jw, rows: 0...(ns - 1), columns: 0..<jw, v: u, half: half)
        reflectColumns(t, ld: jw, rows: ns, columns: 0...(ns - 1), v: u, half: half, work: columnWork)
        reflectColumns(v, ld: jw, rows: jw, columns: 0...(ns - 1), v: u, half: half, work: columnWork)
        reduceToHessenberg(t, n: jw, low: 0, high: ns - 1) { start, reflection, half in
            reflectColumns(
                v, ld: jw, rows: jw, columns: start...(ns - 1), v: reflection, half: half, work: columnWork)
        }
    }

    // Put the window back, with the spike reduced to one entry (or none).
    if kwtop > ktop { h[at(kwtop, kwtop - 1)] = spike * v[0] }
    for j in 0..<jw {
        for i in 0..<jw { h[at(kwtop + i, kwtop + j)] = i <= j + 1 ? t[i + j * jw] : 0 }
    }
    // The rows of the active block above the window see the change of basis from
    // the right: H[ktop..<kwtop, window] ← H[ktop..<kwtop, window] · V.
    let above = kwtop - ktop
    if above > 0 {
        let product = UnsafeMutablePointer<Double>.allocate(capacity: above * jw)
        defer { product.deallocate() }
        multiply(h + at(ktop, kwtop), ld: nn, rows: above, by: v, size: jw, into: product)
        for j in 0..<jw {
            (h + at(ktop, kwtop + j)).update(from: product + j * above, count: above)
        }
    }
    return (jw - ns, shifts)
}

/// An eigenvalue used as a shift, as real and imaginary parts.
struct Shift: Equatable {
    var re: Double
    var im: Double
}

/// The eigenvalues of [[a, b], [c, d]], computed as the double-shift iteration does
/// for a 2×2 block that has split off: a complex pair comes out as exact conjugates
/// (positive imaginary part first), a real pair without cancellation.
func eigenvaluesOf2x2(_ a: Double, _ b: Double, _ c: Double, _ d: Double) -> [Shift] {
    let w = c * b
    let p = (a - d) / 2
    let q = p * p + w
    let root = abs(q).squareRoot()
    if q >= 0 {
        let z = p >= 0 ? p + root : p - root
        let first = d + z
        return [Shift(re: first, im: 0), Shift(re: z != 0 ? d - w / z : first, im: 0)]
    }
    return [Shift(re: d + p, im: root), Shift(re: d + p, im: -root)]
}

/// product = A · V for the rows×size block A at `a` (leading dimension `ld`) and the
/// size×size V (column-major, leading dimension `size`); `product` has leading
/// dimension `rows`. Column by column, so each inner loop is a contiguous axpy.
private func multiply(
    _ a: UnsafePointer<Double>, ld: Int, rows: Int, by v: UnsafePointer<Double>, size: Int,
    into product: UnsafeMutablePointer<Double>
) {
    for j in 0..<size {
        let out = product + j &* rows
        out.initialize(repeating: 0, count: rows)
        for k in 0..<size {
            let f = v[k &+ j &* size]
            if f == 0 { continue }
            let column = a + k &* ld
            var i = 0
            while i < rows { out[i] += column[i] * f; i &+= 1 }
        }
    }
}
