// What the vector kernels need to take `Julia.exp`'s steps lane by lane (Kernels'
// expInPlace, tanhInPlace, sigmoidInPlace): its constants and table, read from here so
// that the scalar function and its fast paths have one set of them.

extension Julia {
    /// exp_impl's polynomial for base e: e^r − 1 = r·q(r) on |r| ≤ log(2)/512, q's
    /// coefficients in increasing degree (expm1b_kernel). Computed, so it inlines to constants.
    @inlinable public static var expCoefficients: InlineArray<4, Double> {
        [0.9999999999999912, 0.4999999999999997, 0.1666666857598779, 0.04166666857598777]
    }

    /// The constants of `Julia.exp` (base e), gathered for a vector kernel to read once per call.
    /// (Unchecked Sendable: the table it points to is written once, before any read.)
    public struct ExpSteps: @unchecked Sendable {
        /// 256/log(2), and −log(2)/256 in two parts (the upper exact in any product with n).
        public let log2Over256Inverse: Double, log2Over256Upper: Double, log2Over256Lower: Double
        /// 1.5·2⁵², which rounds to an integer and leaves it in the low bits.
        public let magicRound: Double
        /// Where |x| stops being sure of a normal result: lanes beyond it (and NaN) go to
        /// `Julia.exp` itself, which sorts out overflow, underflow and subnormals.
        public let subnormExp: Double
        /// J_TABLE's 256 entries: 2^(j/256) packed as `expTableUnpack` reads it (hi: the
        /// low 52 bits under exponent 0x3FF; lo: the top 56 bits shifted down 8 under
        /// exponent 0x3C0). A pointer to a copy that lives as long as the program, so a
        /// kernel reads it without a generic array accessor (and the struct is plain data).
        public let table: UnsafePointer<UInt64>
    }

    /// exp's constants for base e.
    public static let expSteps = ExpSteps(
        log2Over256Inverse: ExpBase.e.log2Over256Inverse, log2Over256Upper: ExpBase.e.log2Over256Upper,
        log2Over256Lower: ExpBase.e.log2Over256Lower, magicRound: magicRound, subnormExp: ExpBase.e.subnormExp,
        table: {
            let copy = UnsafeMutablePointer<UInt64>.allocate(capacity: expTable.count)
            copy.initialize(from: expTable, count: expTable.count)
            return UnsafePointer(copy)
        }()
    )
}

extension Julia {
    /// The scalar functions as C function pointers, for the kernel builds' rare lanes and
    /// element-by-element loops. Release builds optimise across modules, and an AVX build
    /// that saw these functions' bodies would specialise JuliaMath's helpers (`expImpl`)
    /// in itself under JuliaMath's names: symbols the linker may share with callers on
    /// CPUs without AVX (.ci/test's check_kernel_symbols refuses them). Called through
    /// pointers read at run time, they stay JuliaMath's code, compiled for any CPU.
    public struct ScalarCalls: Sendable {
        public let exp: @convention(c) (Double) -> Double
        public let tanh: @convention(c) (Double) -> Double
        public let sigm: @convention(c) (Double) -> Double
        public let log: @convention(c) (Double) -> Double
    }

    /// `Julia.exp`, `Julia.tanh`, `Julia.sigm` and `Julia.log` as `ScalarCalls`.
    public static let scalarCalls = ScalarCalls(
        exp: { Julia.exp($0) }, tanh: { Julia.tanh($0) }, sigm: { Julia.sigm($0) }, log: { Julia.log($0) })
}
