// The type of the dispatcher's table. It lives here, beside the operation enums, so that
// each build can fill one in from its own functions (KernelsPortable/EntryPoints.swift,
// compiled into every build) and the dispatcher holds them all as one type.

/// The entry points of one build of the kernels, as function values: a call through
/// the public API is one load of the active build's entry, with no switch per kernel.
/// The public functions in Kernels (BLAS.swift, Elementwise.swift, Optimisers.swift,
/// Recurrent.swift) document each kernel.
public struct KernelTable: Sendable {
    public typealias Matrix = UnsafePointer<Double>
    public typealias Output = UnsafeMutablePointer<Double>

    public let gemm: @Sendable (Bool, Bool, Int, Int, Int, Double, Matrix, Int, Matrix, Int, Double, Output, Int) -> Void
    public let gemv: @Sendable (Bool, Int, Int, Double, Matrix, Int, Matrix, Double, Output) -> Void
    public let ger: @Sendable (Int, Int, Double, Matrix, Matrix, Output, Int) -> Void
    public let dot: @Sendable (Int, Matrix, Matrix) -> Double
    public let axpy: @Sendable (Int, Double, Matrix, Output) -> Void
    public let expInPlace: @Sendable (Int, Output) -> Void
    public let tanhInPlace: @Sendable (Int, Output) -> Void
    public let sigmoidInPlace: @Sendable (Int, Output) -> Void
    public let elementwise: @Sendable (BinaryOperation, Int, Matrix, Matrix, Output) -> Void
    public let elementwiseWithScalar: @Sendable (BinaryOperation, Int, Matrix, Double, Output) -> Void
    public let elementwiseOfScalar: @Sendable (BinaryOperation, Int, Double, Matrix, Output) -> Void
    public let map: @Sendable (UnaryOperation, Int, Matrix, Output) -> Void
    public let clamp: @Sendable (Int, Matrix, Double, Double, Output) -> Void
    public let activationGradient: @Sendable (ActivationDerivative, Int, Matrix, Matrix, Output) -> Void
    public let extremum: @Sendable (Bool, Int, Matrix) -> Double
    public let clippedAdagrad: @Sendable (Int, Output, Matrix, Output, Double, Double, Double) -> Void
    public let lstmPointwiseForward: @Sendable (Int, Matrix, Matrix, Output, Output, Output) -> Void
    public let lstmPointwiseBackward: @Sendable (Int, Matrix, Matrix, Matrix, Matrix, Matrix, Output, Output) -> Void

    public init(
        gemm: @escaping @Sendable (Bool, Bool, Int, Int, Int, Double, Matrix, Int, Matrix, Int, Double, Output, Int) -> Void,
        gemv: @escaping @Sendable (Bool, Int, Int, Double, Matrix, Int, Matrix, Double, Output) -> Void,
        ger: @escaping @Sendable (Int, Int, Double, Matrix, Matrix, Output, Int) -> Void,
        dot: @escaping @Sendable (Int, Matrix, Matrix) -> Double,
        axpy: @escaping @Sendable (Int, Double, Matrix, Output) -> Void,
        expInPlace: @escaping @Sendable (Int, Output) -> Void,
        tanhInPlace: @escaping @Sendable (Int, Output) -> Void,
        sigmoidInPlace: @escaping @Sendable (Int, Output) -> Void,
        elementwise: @escaping @Sendable (BinaryOperation, Int, Matrix, Matrix, Output) -> Void,
        elementwiseWithScalar: @escaping @Sendable (BinaryOperation, Int, Matrix, Double, Output) -> Void,
        elementwiseOfScalar: @escaping @Sendable (BinaryOperation, Int, Double, Matrix, Output) -> Void,
        map: @escaping @Sendable (UnaryOperation, Int, Matrix, Output) -> Void,
        clamp: @escaping @Sendable (Int, Matrix, Double, Double, Output) -> Void,
        activationGradient: @escaping @Sendable (ActivationDerivative, Int, Matrix, Matrix, Output) -> Void,
        extremum: @escaping @Sendable (Bool, Int, Matrix) -> Double,
        clippedAdagrad: @escaping @Sendable (Int, Output, Matrix, Output, Double, Double, Double) -> Void,
        lstmPointwiseForward: @escaping @Sendable (Int, Matrix, Matrix, Output, Output, Output) -> Void,
        lstmPointwiseBackward: @escaping @Sendable (Int, Matrix, Matrix, Matrix, Matrix, Matrix, Output, Output) -> Void
    ) {
        self.gemm = gemm
        self.gemv = gemv
        self.ger = ger
        self.dot = dot
        self.axpy = axpy
        self.expInPlace = expInPlace
        self.tanhInPlace = tanhInPlace
        self.sigmoidInPlace = sigmoidInPlace
        self.elementwise = elementwise
        self.elementwiseWithScalar = elementwiseWithScalar
        self.elementwiseOfScalar = elementwiseOfScalar
        self.map = map
        self.clamp = clamp
        self.activationGradient = activationGradient
        self.extremum = extremum
        self.clippedAdagrad = clippedAdagrad
        self.lstmPointwiseForward = lstmPointwiseForward
        self.lstmPointwiseBackward = lstmPointwiseBackward
    }
}
