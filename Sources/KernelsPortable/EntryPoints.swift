// This build's entry in the dispatcher's table. The file is compiled into every build,
// as the kernels are, so each build lists its own functions and the list is written once.

import KernelsSupport

/// This build's kernels, for Kernels' dispatcher (`KernelTable.of(path)`).
public let entryPoints = KernelTable(
    gemm: gemm(transA:transB:m:n:k:alpha:a:lda:b:ldb:beta:c:ldc:),
    gemv: gemv(trans:m:n:alpha:a:lda:x:beta:y:),
    ger: ger(m:n:alpha:x:y:a:lda:),
    dot: dot(n:x:y:),
    axpy: axpy(n:alpha:x:y:),
    expInPlace: expInPlace(n:_:),
    tanhInPlace: tanhInPlace(n:_:),
    sigmoidInPlace: sigmoidInPlace(n:_:),
    elementwise: elementwise(_:n:_:_:_:),
    elementwiseWithScalar: elementwise(_:n:_:scalar:_:),
    elementwiseOfScalar: elementwise(_:n:scalar:_:_:),
    map: elementwise(_:n:_:_:),
    clamp: clamp(n:_:low:high:_:),
    activationGradient: activationGradient(_:n:gradient:output:_:),
    extremum: extremum(largest:n:_:),
    clippedAdagrad: clippedAdagrad(n:parameter:gradient:memory:limit:learningRate:epsilon:),
    lstmPointwiseForward: lstmPointwiseForward(n:gates:previousCell:cell:cellTanh:hidden:),
    lstmPointwiseBackward: lstmPointwiseBackward(n:gates:previousCell:cellTanh:fromOutput:fromNext:cellGradient:gateGradients:)
)
