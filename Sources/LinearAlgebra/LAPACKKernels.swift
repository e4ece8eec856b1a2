import Engine

/// The small building blocks LAPACK's reference routines are made of, written so that
/// the routines built on them (LAPACKGeneralEigen.swift, JuliaQR.swift) can follow
/// LAPACK's Fortran line for line. Julia's `eigen` and `qr` call those routines, and
/// the signs of the vectors they return depend on every choice made along the way (a
/// reflector's sign, a rotation's), so the notebook makes the same choices in the same
/// order; only the rounding of sums may differ. Those are BLAS's in Julia, and OpenBLAS
/// picks its kernels by processor (with fused multiply-adds on current x86-64, without on
/// older ones), so Julia's own last bits vary from machine to machine. The notebook sums
/// in plain order without fused multiply-adds, which reproduces the outputs Julia printed
/// that we have (Tests/LanguageTests/Conformance/linear-algebra.jl) to the last bit.

/// A column-major matrix indexed from 1, as the Fortran it transcribes: `a[i, j]` is
/// row i, column j. Bounds are the caller's to keep (the routines never index outside
/// 1...rows, 1...columns); a mistake traps rather than reads the wrong entry.
struct FortranMatrix {
    let rows: Int
    let columns: Int
    var data: [Double]

    init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
        data = [Double](repeating: 0, count: rows * columns)
    }

    init(_ m: Matrix) {
        rows = m.rows
        columns = m.columns
        data = m.data
    }

    subscript(i: Int, j: Int) -> Double {
        get { data[(i - 1) + (j - 1) * rows] }
        set { data[(i - 1) + (j - 1) * rows] = newValue }
    }

    var matrix: Matrix { Matrix(rows: rows, columns: columns, data: data) }
}

/// LAPACK's machine constants (`dlamch`) for IEEE doubles with rounding to nearest.
enum Machine {
    /// `dlamch('E')`: the relative rounding error, 2⁻⁵³.
    static let epsilon = 0x1p-53
    /// `dlamch('P')`: epsilon times the base, 2⁻⁵².
    static let precision = 0x1p-52
    /// `dlamch('S')`: the smallest number whose reciprocal does not overflow, 2⁻¹⁰²².
    static let safeMinimum = 0x1p-1022
}

/// Fortran's `SIGN(a, b)`: |a| with the sign bit of b (gfortran honours −0.0).
func fortranSign(_ a: Double, _ b: Double) -> Double {
    Double(signOf: b, magnitudeOf: a)
}

/// `dlapy2`: √(x² + y²) without needless overflow.
func lapackHypot(_ x: Double, _ y: Double) -> Double {
    if x.isNaN { return x }
    if y.isNaN { return y }
    let xa = abs(x), ya = abs(y)
    let w = max(xa, ya), z = min(xa, ya)
    if z == 0 || w > Double.greatestFiniteMagnitude { return w }
    return w * (1 + (z / w) * (z / w)).squareRoot()
}

/// BLAS `dnrm2` of `count` entries read by `entry(k)`, k = 0..<count. OpenBLAS's x86-64
/// kernel sums the squares in the x87 unit's 80-bit format and rounds the square root
/// once; on machines with Float80 the notebook does the same.
func blasNorm(_ count: Int, _ entry: (Int) -> Double) -> Double {
    #if arch(x86_64) && !os(Windows)
    var sum: Float80 = 0
    for k in 0..<count {
        let x = Float80(entry(k))
        sum += x * x
    }
    return Double(sum.squareRoot())
    #else
    var scale = 0.0, ssq = 1.0
    for k in 0..<count {
        let x = abs(entry(k))
        guard x != 0 else { continue }
        if scale < x {
            ssq = 1 + ssq * (scale / x) * (scale / x)
            scale = x
        } else {
            ssq += (x / scale) * (x / scale)
        }
    }
    return scale * ssq.squareRoot()
    #endif
}

/// BLAS `idamax`: the 1-based position of the first entry of largest magnitude.
func blasLargestIndex(_ count: Int, _ entry: (Int) -> Double) -> Int {
    var best = 1, largest = -1.0
    for k in 0..<count where abs(entry(k)) > largest {
        largest = abs(entry(k))
        best = k + 1
    }
    return best
}

/// An elementary reflector `H = I − τ v v'` with v[1] = 1, as `dlarfg` makes it: H maps
/// (α, x) onto (β, 0) with β = −sign(α)·‖(α, x)‖, so α − β never cancels. When x is zero
/// H is the identity (τ = 0) and β = α: the sign of α is kept, not flipped.
struct Reflector {
    var beta: Double
    var tau: Double
    /// v[2...], the part below the leading 1.
    var tail: [Double]

    init(alpha: Double, x: [Double]) {
        var alpha = alpha
        var x = x
        let xnorm = blasNorm(x.count) { x[$0] }
        guard !x.isEmpty, xnorm != 0 else {
            beta = alpha
            tau = 0
            tail = x
            return
        }
        var beta = -fortranSign(lapackHypot(alpha, xnorm), alpha)
        let safmin = Machine.safeMinimum / Machine.epsilon
        var knt = 0
        if abs(beta) < safmin {
            // The norm is tiny: rescale until it is not, so τ and v keep full precision.
            let rsafmn = 1 / safmin
            repeat {
                knt += 1
                for k in x.indices { x[k] *= rsafmn }
                beta *= rsafmn
                alpha *= rsafmn
            } while abs(beta) < safmin && knt < 20
            let norm = blasNorm(x.count) { x[$0] }
            beta = -fortranSign(lapackHypot(alpha, norm), alpha)
        }
        tau = (beta - alpha) / beta
        let scale = 1 / (alpha - beta)
        for k in x.indices { x[k] *= scale }
        for _ in 0..<knt { beta *= safmin }
        self.beta = beta
        tail = x
    }

    /// v with its leading 1.
    var vector: [Double] { [1] + tail }
}

extension FortranMatrix {
    /// `dlarf('L', ...)`: rows firstRow..<firstRow+v.count of columns `columns` ← H · them.
    mutating func reflectFromLeft(_ v: [Double], tau: Double, firstRow: Int, columns: ClosedRange<Int>) {
        guard tau != 0 else { return }
        for j in columns {
            var w = 0.0
            for k in v.indices { w += self[firstRow + k, j] * v[k] }
            // BLAS dger's order: the column's factor first, then one product per entry.
            let t = -tau * w
            for k in v.indices { self[firstRow + k, j] += v[k] * t }
        }
    }

    /// `dlarf('R', ...)`: columns firstColumn..<firstColumn+v.count of rows `rows` ← them · H.
    mutating func reflectFromRight(_ v: [Double], tau: Double, firstColumn: Int, rows: ClosedRange<Int>) {
        guard tau != 0 else { return }
        for i in rows {
            var w = 0.0
            for k in v.indices { w += self[i, firstColumn + k] * v[k] }
            for k in v.indices { self[i, firstColumn + k] += w * (-tau * v[k]) }
        }
    }

    /// BLAS `drot` on two rows over `columns`: (x, y) ← (c x + s y, c y − s x).
    mutating func rotateRows(_ r1: Int, _ r2: Int, columns: ClosedRange<Int>, c: Double, s: Double) {
        for j in columns {
            let x = self[r1, j], y = self[r2, j]
            self[r1, j] = c * x + s * y
            self[r2, j] = c * y - s * x
        }
    }

    /// BLAS `drot` on two columns over `rows`.
    mutating func rotateColumns(_ c1: Int, _ c2: Int, rows: ClosedRange<Int>, c: Double, s: Double) {
        for i in rows {
            let x = self[i, c1], y = self[i, c2]
            self[i, c1] = c * x + s * y
            self[i, c2] = c * y - s * x
        }
    }
}
