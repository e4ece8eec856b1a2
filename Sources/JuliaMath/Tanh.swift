// Julia 1.10's tanh(::Float64) (base/special/hyperbolic.jl, after FDLIBM's s_tanh.c), and
// the logistic sigmoid as Knet.jl's `sigm` computes it, on Julia's exp. The vector kernels
// (Kernels' tanhInPlace and sigmoidInPlace) evaluate these same steps lane by lane from the
// constants below; their tests hold them to these functions bit for bit.

extension Julia {
    // Computed properties, so each use inlines to the constant.
    /// Up to this |2x| tanh is the odd polynomial x·p(x²) (TANH_SMALL_X).
    @inlinable public static var tanhSmall: Double { 1.0 }
    /// At and above this |2x| tanh rounds to ±1 (TANH_LARGE_X).
    @inlinable public static var tanhLarge: Double { 44.0 }
    /// p(t) = tanh(x)/x at t = x², for |x| ≤ ½, in increasing degree (tanh_kernel's minimax fit).
    @inlinable public static var tanhCoefficients: InlineArray<11, Double> {[
        1.0, -0.33333333333332904, 0.13333333333267555, -0.05396825393066753, 0.02186948742242217,
        -0.008863215974794633, 0.003591910693118715, -0.0014542587440487815, 0.0005825521659411748,
        -0.00021647574085351332, 5.5752458452673005e-5,
    ]}

    /// The hyperbolic tangent, as Julia's `tanh(::Float64)`: x·p(x²) for |2x| ≤ 1,
    /// ±(1 − 2/(e^|2x| + 1)) below |2x| = 44, ±1 beyond; NaN stays NaN and −0 stays −0.
    public static func tanh(_ x: Double) -> Double {
        let abs2x = Swift.abs(2 * x)
        if abs2x >= tanhLarge { return Double(signOf: x, magnitudeOf: 1) }
        if abs2x <= tanhSmall { return x * evalpoly(x * x, tanhCoefficients) }
        let k = exp(abs2x)
        return Double(signOf: x, magnitudeOf: 1 - 2 / (k + 1))
    }

    /// The logistic function 1/(1 + e^−x) as Knet.jl's `sigm` computes it in Julia:
    /// 1/(1 + exp(−x)) for x ≥ 0 and z/(1 + z) with z = exp(x) otherwise, so neither
    /// branch overflows. (Knet is a Julia package, not Base; the notebook's `sigm` is its.)
    public static func sigm(_ x: Double) -> Double {
        if x >= 0 { return 1 / (1 + exp(-x)) }
        let z = exp(x)
        return z / (1 + z)
    }
}
