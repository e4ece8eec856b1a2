// Vectorised activations, handed to the build of the active path.

import KernelsAVX2
import KernelsAVX512
import KernelsPortable

/// Replaces each of the `n` elements at `x` by exp(x), to within 2 ulp of libm.
public func expInPlace(n: Int, _ x: UnsafeMutablePointer<Double>) {
    switch activePath {
    case .portable: KernelsPortable.expInPlace(n: n, x)
    case .avx2: KernelsAVX2.expInPlace(n: n, x)
    case .avx512: KernelsAVX512.expInPlace(n: n, x)
    }
}

/// Replaces each of the `n` elements at `x` by tanh(x), to within 5 ulp of libm.
public func tanhInPlace(n: Int, _ x: UnsafeMutablePointer<Double>) {
    switch activePath {
    case .portable: KernelsPortable.tanhInPlace(n: n, x)
    case .avx2: KernelsAVX2.tanhInPlace(n: n, x)
    case .avx512: KernelsAVX512.tanhInPlace(n: n, x)
    }
}

/// Replaces each of the `n` elements at `x` by 1 / (1 + exp(−x)), to within 3 ulp.
public func sigmoidInPlace(n: Int, _ x: UnsafeMutablePointer<Double>) {
    switch activePath {
    case .portable: KernelsPortable.sigmoidInPlace(n: n, x)
    case .avx2: KernelsAVX2.sigmoidInPlace(n: n, x)
    case .avx512: KernelsAVX512.sigmoidInPlace(n: n, x)
    }
}
