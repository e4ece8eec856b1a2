import RealModule

/// The QR iteration for the eigenvalues of larger Hessenberg matrices, organised as
/// LAPACK's `dlaqr0` is (Braman, Byers and Mathias, "The multishift QR algorithm.
/// Part I/II", SIAM J. Matrix Anal. Appl. 23(4), 2002; LAPACK Working Note 187).
///
/// The plain double-shift iteration spends most of its time on sweeps that deflate
/// one or two eigenvalues each. Here every round first tries aggressive early
/// deflation on a window at the bottom of the active block, which often removes a
/// good share of the window at once; only when it deflated little does a sweep
/// follow, and that sweep uses many shifts, the window's undeflated eigenvalues,
/// which are already close to eigenvalues of H. The shifts are applied as a run of
/// double-shift steps, one pair each, which costs what LAPACK's chain of bulges
/// costs in arithmetic (at n in the hundreds H stays in cache, where the chain's
/// blocking matters less).
///
/// Only the active block is kept up to date, which is all eigenvalues need; blocks
/// smaller than `multishiftMinimumSize` go to `francisIterations`. Returns false
/// when `limit` rounds (AED windows plus double-shift steps) did not suffice.
func multishiftIterations(
    _ h: UnsafeMutablePointer<Double>, n nn: Int, low: Int, high: Int, norm: Double, limit: Int,
    wr: UnsafeMutablePointer<Double>, wi: UnsafeMutablePointer<Double>
) -> Bool {
    @inline(__always) func at(_ i: Int, _ j: Int) -> Int { i &+ j &* nn }
    /// Whether h[k, k-1] is negligible; if so it is set to zero.
    func splits(at k: Int) -> Bool {
        var s = abs(h[at(k - 1, k - 1)]) + abs(h[at(k, k)])
        if s == 0 { s = norm }
        guard abs(h[at(k, k - 1)]) <= max(Double.ulpOfOne * s, negligibleSubdiagonal(n: nn)) else { return false }
        h[at(k, k - 1)] = 0
        return true
    }
    var kbot = high
    var rounds = 0
    // AED windows in a row that deflated nothing: every sixth such round uses
    // exceptional shifts, as LAPACK does, to break a stall.
    var fruitless = 0
    var window = 0
    // Like LAPACK, size the sweeps by the whole matrix, not by what is left of it.
    let shiftsPerSweep = shiftCount(forActiveSize: high - low + 1)
    while kbot >= low {
        if Cancellation.isRequested { return false }
        // The active block ktop...kbot ends where a subdiagonal entry is negligible.
        var ktop = kbot
        while ktop > low && !splits(at: ktop) { ktop -= 1 }
        let size = kbot - ktop + 1
        if size < multishiftMinimumSize {
            guard francisIterations(
                h, nil, n: nn, low: ktop, high: kbot, full: false, norm: norm, limit: max(limit - rounds, 0),
                wr: wr, wi: wi)
            else { return false }
            kbot = ktop - 1
            fruitless = 0
            continue
        }
        if rounds >= limit { return false }
        rounds += 1

        // The window grows when deflation stalls, as more candidates raise the odds.
        let shiftBudget = min(shiftsPerSweep, size - 1) & ~1
        window = fruitless < 5 ? shiftBudget : min(2 * window, (size - 1) / 2)
        let outcome = aggressiveEarlyDeflation(h, n: nn, active: ktop...kbot, windowSize: window, wr: wr, wi: wi)
        let deflated = outcome?.deflated ?? 0
        kbot -= deflated
        fruitless = deflated > 0 ? 0 : fruitless + 1
        let remaining = kbot - ktop + 1
        // When more than about a seventh of the window deflated, the next window is
        // likely to deflate as much without a sweep in between (LAPACK's "nibble").
        guard deflated == 0 || (100 * deflated <= 14 * window && remaining >= multishiftMinimumSize) else {
            continue
        }

        var pairs: [(x: Double, y: Double, w: Double)]
        if fruitless > 0 && fruitless % 6 == 0 {
            pairs = exceptionalShifts(h, n: nn, active: ktop...kbot, count: shiftBudget)
        } else {
            var shifts = outcome?.shifts ?? []
            if shifts.count < shiftBudget / 2 {
                // Too few from the window: the trailing block's eigenvalues instead.
                shifts = trailingEigenvalues(h, n: nn, active: ktop...kbot, count: shiftBudget) ?? shifts
            }
            pairs = shiftPairs(shifts, count: shiftBudget)
        }
        if pairs.isEmpty {
            // Wilkinson's choice, the trailing 2×2, always exists.
            pairs = [(h[at(kbot, kbot)], h[at(kbot - 1, kbot - 1)], h[at(kbot, kbot - 1)] * h[at(kbot - 1, kbot)])]
        }
        for pair in pairs {
            if rounds >= limit { return false }
            // A step must see an unreduced block; once one splits, start afresh.
            if ((ktop + 1)...kbot).contains(where: splits) { break }
            rounds += 1
            doubleShiftStep(h, nil, n: nn, block: ktop...kbot, shifts: pair, full: false)
        }
    }
    return true
}

/// Blocks at least this large go through AED and multishift sweeps; smaller ones
/// through the plain double-shift iteration, which is faster there. LAPACK's
/// crossover (its NMIN) is 75; here the plain iteration measured faster at 100
/// (1.4 ms against 1.5-2.0 ms for the benchmark matrix) and slower at 300.
let multishiftMinimumSize = 120

/// How many shifts one sweep uses (and how wide the deflation window is), by the
/// matrix's size: LAPACK's table (`iparmq`), which grows like n / log₂ n, times
/// 2/3. The window's own Schur form costs more here, relative to the sweeps, than
/// with LAPACK's matrix-multiply kernels; counting instructions for the whole
/// iteration, 16-24 shifts did best at n = 200, 24 at 300 and 36-48 at 450, where
/// the table alone gives 24, 36 and 50. Always even.
func shiftCount(forActiveSize size: Int) -> Int {
    let count: Int
    switch size {
    case ..<30: count = 2
    case ..<60: count = 4
    case ..<150: count = 10
    default: count = max(10, 2 * size / (3 * Int(Double.log2(Double(size)).rounded())))
    }
    return max(2, count - count % 2)
}

/// Pairs up to `count` shifts, the smallest in magnitude, for double-shift steps:
/// a complex-conjugate pair stays together; real shifts are paired in turn, and an
/// odd one out is left over.
func shiftPairs(_ shifts: [Shift], count: Int) -> [(x: Double, y: Double, w: Double)] {
    // LAPACK sorts the window's blocks with the largest eigenvalues first and uses the
    // bottom ones; sorting the values themselves has the same effect on the shifts.
    let conjugates = shifts.filter { $0.im > 0 }.sorted { magnitude($0) < magnitude($1) }
    let reals = shifts.filter { $0.im == 0 }.sorted { magnitude($0) < magnitude($1) }
    var pairs: [(pair: (x: Double, y: Double, w: Double), size: Double)] = []
    for c in conjugates { pairs.append(((c.re, c.re, -c.im * c.im), magnitude(c))) }
    var k = 0
    while k + 1 < reals.count {
        pairs.append(((reals[k].re, reals[k + 1].re, 0), magnitude(reals[k + 1])))
        k += 2
    }
    pairs.sort { $0.size < $1.size }
    return pairs.prefix(max(count / 2, 1)).map(\.pair)
}

private func magnitude(_ s: Shift) -> Double { abs(s.re) + abs(s.im) }

/// Shifts unrelated to the current eigenvalue estimates, for when those have stalled:
/// from the sizes of the trailing subdiagonal entries, as LAPACK's `dlaqr0` makes
/// them (the same constants as Wilkinson's exceptional shift).
private func exceptionalShifts(
    _ h: UnsafeMutablePointer<Double>, n nn: Int, active: ClosedRange<Int>, count: Int
) -> [(x: Double, y: Double, w: Double)] {
    @inline(__always) func at(_ i: Int, _ j: Int) -> Int { i &+ j &* nn }
    var pairs: [(x: Double, y: Double, w: Double)] = []
    var i = active.upperBound
    while i >= max(active.upperBound - count + 2, active.lowerBound + 2) {
        let s = abs(h[at(i, i - 1)]) + abs(h[at(i - 1, i - 2)])
        let a = 0.75 * s + h[at(i, i)]
        pairs.append((a, a, -0.4375 * s * s))
        i -= 2
    }
    return pairs
}

/// The eigenvalues of the trailing count×count block of the active block (as if it
/// stood alone), or nil when its iteration fails.
private func trailingEigenvalues(
    _ h: UnsafeMutablePointer<Double>, n nn: Int, active: ClosedRange<Int>, count: Int
) -> [Shift]? {
    let m = min(count, active.count)
    let first = active.upperBound - m + 1
    let block = UnsafeMutablePointer<Double>.allocate(capacity: m * m + 2 * m)
    defer { block.deallocate() }
    var norm = 0.0
    for j in 0..<m {
        for i in 0..<m {
            block[i + j * m] = i <= j + 1 ? h[(first + i) + (first + j) * nn] : 0
            norm += abs(block[i + j * m])
        }
    }
    let wr = block + m * m, wi = wr + m
    guard norm > 0, francisIterations(
        block, nil, n: m, low: 0, high: m - 1, full: false, norm: norm, limit: max(30 * m, 300), wr: wr, wi: wi)
    else { return nil }
    return (0..<m).map { Shift(re: wr[$0], im: wi[$0]) }
}
