// Julia 1.10's hypotenuse (base/math.jl), not the C library's. Of two Float64s: Borges's
// "An Improved Algorithm for hypot(a, b)" (arXiv:1904.09481), the operands ordered and
// rescaled away from overflow and underflow, then sqrt(a² + b²) corrected by the fused
// residual of h² − a² − b², which makes it correctly rounded (Julia takes this branch
// wherever the CPU has an FMA, as every port here assumes). Of more arguments: the
// largest magnitude's power of two divided out, the squares summed from the left.

extension Julia {
    /// sqrt(eps/2): below this ratio to the larger operand, the smaller cannot move the result.
    @usableFromInline static let hypotNegligible = (Double.ulpOfOne / 2).squareRoot()
    /// Above this, a² would overflow; below `hypotSmall`, b² would lose bits to underflow.
    @usableFromInline static let hypotLarge = (Double.greatestFiniteMagnitude / 2).squareRoot()
    @usableFromInline static let hypotSmall = Double.leastNormalMagnitude.squareRoot()  // 2^-511

    /// √(x² + y²) without overflow or underflow, as Julia's `hypot(::Float64, ::Float64)`:
    /// Inf when either is infinite, even if the other is NaN; otherwise NaN with a NaN.
    public static func hypot(_ x: Double, _ y: Double) -> Double {
        var ax = Swift.abs(x)
        var ay = Swift.abs(y)
        if ax.isInfinite || ay.isInfinite { return .infinity }
        if ay > ax { swap(&ax, &ay) }
        // This also returns ax when ay is 0.
        if ay <= ax * hypotNegligible { return ax }
        // eps·sqrt(floatmin) = 2^-563: a power of two, so the rescaling is exact.
        var scale = Double.ulpOfOne * hypotSmall
        if ax > hypotLarge {
            ax *= scale
            ay *= scale
            scale = 1 / scale
        } else if ay < hypotSmall {
            ax /= scale
            ay /= scale
        } else {
            scale = 1
        }
        var h = muladd(ax, ax, ay * ay).squareRoot()
        // One Newton-like step on h² = ax² + ay², its residual formed exactly by three FMAs.
        let hSquared = h * h
        let axSquared = ax * ax
        h -= (muladd(-ay, ay, hSquared - axSquared) + muladd(h, h, -hSquared) - muladd(ax, ax, -axSquared)) / (2 * h)
        return h * scale
    }

    /// Julia's `scaleinv(x)`: the power of two of |x|'s exponent, kept within
    /// [floatmin, 1/floatmin], and its inverse, both got from the exponent bits alone.
    @inlinable
    static func scaleAndInverse(_ x: Double) -> (scale: Double, inverse: Double) {
        let smallest = Double.leastNormalMagnitude.bitPattern  // 2^-1022
        let largest = (1 / Double.leastNormalMagnitude).bitPattern  // 2^1022
        let u = Swift.min(Swift.max(x.bitPattern & 0x7ff0_0000_0000_0000, smallest), largest)
        return (Double(bitPattern: u), Double(bitPattern: smallest + largest - u))
    }

    /// √(Σ xᵢ²) of three or more Float64s, as Julia's `hypot(xs...)`: Inf when any is
    /// infinite (even beside a NaN), NaN with a NaN, otherwise the squares of the values
    /// scaled by the largest one's power of two, summed from the left.
    /// (Julia sums them with `@fastmath` addition, which LLVM may reassociate; for a
    /// handful of arguments it does not, so the left-to-right sum is what Julia computes.)
    public static func hypot(_ xs: [Double]) -> Double {
        let magnitudes = xs.map { Swift.abs($0) }
        if magnitudes.contains(.infinity) { return .infinity }
        // Non-negative doubles order as their bit patterns do; a NaN's is above Inf's.
        guard let largest = magnitudes.max(by: { $0.bitPattern < $1.bitPattern }) else { return 0 }
        if !(largest > 0) { return largest }  // NaN or every value zero
        let (scale, inverse) = scaleAndInverse(largest)
        var sum = 0.0
        for (i, a) in magnitudes.enumerated() {
            let s = a * inverse
            sum = i == 0 ? s * s : sum + s * s
        }
        return scale * sum.squareRoot()
    }

    /// |z| of a complex number, as Julia's `abs(::ComplexF64)`: hypot of its parts.
    @inlinable
    public static func complexAbs(_ re: Double, _ im: Double) -> Double { hypot(re, im) }

    /// √(Σ |zᵢ|²) when any argument is complex, as Julia's generic `_hypot(::NTuple)`,
    /// which the promotion to ComplexF64 selects: the largest modulus m (NaN if any is NaN),
    /// Inf when one is NaN and another infinite, else m·√(Σ |zᵢ/m|²) summed from the left.
    public static func hypot(complex zs: [(re: Double, im: Double)]) -> Double {
        guard let first = zs.first else { return 0 }
        // Julia's maximum of Float64s: a NaN, once met, stays.
        var largest = complexAbs(first.re, first.im)
        for z in zs.dropFirst() where !largest.isNaN {
            let m = complexAbs(z.re, z.im)
            if m.isNaN || m > largest { largest = m }
        }
        if largest.isNaN && zs.contains(where: { $0.re.isInfinite || $0.im.isInfinite }) { return .infinity }
        if largest == 0 || largest.isInfinite || largest.isNaN { return largest }
        var sum = 0.0
        for (i, z) in zs.enumerated() {
            let (a, b) = (z.re / largest, z.im / largest)
            let square = a * a + b * b
            sum = i == 0 ? square : sum + square
        }
        return largest * sum.squareRoot()
    }
}
