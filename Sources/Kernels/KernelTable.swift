// The dispatcher's one table: every kernel of one build as a function value, so a call
// through the public API is one load of the active build's entry, with no switch per
// kernel. The public functions in BLAS.swift, Elementwise.swift, Optimisers.swift and
// Recurrent.swift document each kernel and call `active`.

import KernelsAVX2
import KernelsAVX512
import KernelsPortable
import KernelsSupport

// The operation enums are shared with the builds through KernelsSupport; these names
// are how the kernels' users see them.
public typealias BinaryOperation = KernelsSupport.BinaryOperation
public typealias UnaryOperation = KernelsSupport.UnaryOperation
public typealias ActivationDerivative = KernelsSupport.ActivationDerivative
public typealias LSTMGate = KernelsSupport.LSTMGate

/// The entry points of one build of the kernels.
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

    /// The table of `path`'s build.
    public static func of(_ path: KernelPath) -> KernelTable {
        switch path {
        case .portable: portable
        case .avx2: avx2
        case .avx512: avx512
        }
    }

    /// The KernelsPortable build.
    public static let portable = KernelTable(
        gemm: KernelsPortable.gemm(transA:transB:m:n:k:alpha:a:lda:b:ldb:beta:c:ldc:),
        gemv: KernelsPortable.gemv(trans:m:n:alpha:a:lda:x:beta:y:),
        ger: KernelsPortable.ger(m:n:alpha:x:y:a:lda:),
        dot: KernelsPortable.dot(n:x:y:),
        axpy: KernelsPortable.axpy(n:alpha:x:y:),
        expInPlace: KernelsPortable.expInPlace(n:_:),
        tanhInPlace: KernelsPortable.tanhInPlace(n:_:),
        sigmoidInPlace: KernelsPortable.sigmoidInPlace(n:_:),
        elementwise: KernelsPortable.elementwise(_:n:_:_:_:),
        elementwiseWithScalar: KernelsPortable.elementwise(_:n:_:scalar:_:),
        elementwiseOfScalar: KernelsPortable.elementwise(_:n:scalar:_:_:),
        map: KernelsPortable.elementwise(_:n:_:_:),
        clamp: KernelsPortable.clamp(n:_:low:high:_:),
        activationGradient: KernelsPortable.activationGradient(_:n:gradient:output:_:),
        extremum: KernelsPortable.extremum(largest:n:_:),
        clippedAdagrad: KernelsPortable.clippedAdagrad(n:parameter:gradient:memory:limit:learningRate:epsilon:),
        lstmPointwiseForward: KernelsPortable.lstmPointwiseForward(n:gates:previousCell:cell:cellTanh:hidden:),
        lstmPointwiseBackward: KernelsPortable.lstmPointwiseBackward(n:gates:previousCell:cellTanh:fromOutput:fromNext:cellGradient:gateGradients:)
    )
    /// The KernelsAVX2 build.
    public static let avx2 = KernelTable(
        gemm: KernelsAVX2.gemm(transA:transB:m:n:k:alpha:a:lda:b:ldb:beta:c:ldc:),
        gemv: KernelsAVX2.gemv(trans:m:n:alpha:a:lda:x:beta:y:),
        ger: KernelsAVX2.ger(m:n:alpha:x:y:a:lda:),
        dot: KernelsAVX2.dot(n:x:y:),
        axpy: KernelsAVX2.axpy(n:alpha:x:y:),
        expInPlace: KernelsAVX2.expInPlace(n:_:),
        tanhInPlace: KernelsAVX2.tanhInPlace(n:_:),
        sigmoidInPlace: KernelsAVX2.sigmoidInPlace(n:_:),
        elementwise: KernelsAVX2.elementwise(_:n:_:_:_:),
        elementwiseWithScalar: KernelsAVX2.elementwise(_:n:_:scalar:_:),
        elementwiseOfScalar: KernelsAVX2.elementwise(_:n:scalar:_:_:),
        map: KernelsAVX2.elementwise(_:n:_:_:),
        clamp: KernelsAVX2.clamp(n:_:low:high:_:),
        activationGradient: KernelsAVX2.activationGradient(_:n:gradient:output:_:),
        extremum: KernelsAVX2.extremum(largest:n:_:),
        clippedAdagrad: KernelsAVX2.clippedAdagrad(n:parameter:gradient:memory:limit:learningRate:epsilon:),
        lstmPointwiseForward: KernelsAVX2.lstmPointwiseForward(n:gates:previousCell:cell:cellTanh:hidden:),
        lstmPointwiseBackward: KernelsAVX2.lstmPointwiseBackward(n:gates:previousCell:cellTanh:fromOutput:fromNext:cellGradient:gateGradients:)
    )
    /// The KernelsAVX512 build.
    public static let avx512 = KernelTable(
        gemm: KernelsAVX512.gemm(transA:transB:m:n:k:alpha:a:lda:b:ldb:beta:c:ldc:),
        gemv: KernelsAVX512.gemv(trans:m:n:alpha:a:lda:x:beta:y:),
        ger: KernelsAVX512.ger(m:n:alpha:x:y:a:lda:),
        dot: KernelsAVX512.dot(n:x:y:),
        axpy: KernelsAVX512.axpy(n:alpha:x:y:),
        expInPlace: KernelsAVX512.expInPlace(n:_:),
        tanhInPlace: KernelsAVX512.tanhInPlace(n:_:),
        sigmoidInPlace: KernelsAVX512.sigmoidInPlace(n:_:),
        elementwise: KernelsAVX512.elementwise(_:n:_:_:_:),
        elementwiseWithScalar: KernelsAVX512.elementwise(_:n:_:scalar:_:),
        elementwiseOfScalar: KernelsAVX512.elementwise(_:n:scalar:_:_:),
        map: KernelsAVX512.elementwise(_:n:_:_:),
        clamp: KernelsAVX512.clamp(n:_:low:high:_:),
        activationGradient: KernelsAVX512.activationGradient(_:n:gradient:output:_:),
        extremum: KernelsAVX512.extremum(largest:n:_:),
        clippedAdagrad: KernelsAVX512.clippedAdagrad(n:parameter:gradient:memory:limit:learningRate:epsilon:),
        lstmPointwiseForward: KernelsAVX512.lstmPointwiseForward(n:gates:previousCell:cell:cellTanh:hidden:),
        lstmPointwiseBackward: KernelsAVX512.lstmPointwiseBackward(n:gates:previousCell:cellTanh:fromOutput:fromNext:cellGradient:gateGradients:)
    )
}

/// The active path's table, read by every public kernel function.
let active = KernelTable.of(activePath)
