import Engine

/// A random n×n orthogonal matrix, uniformly distributed (Haar measure).
///
/// Takes the QR factorisation of a matrix of standard normals and flips the sign of
/// each column of Q whose R diagonal entry is negative. Without the flip, Q's
/// distribution depends on the QR algorithm's sign convention and is not uniform;
/// with it, `Q` is the unique factor with positive R diagonal, which is uniform.
/// - Parameter normal: draws one standard normal number per call (n² calls in all,
///   filling the Gaussian matrix column by column).
/// - Throws: `.invalidArgument` for negative n, and whatever `normal` throws.
public func orthogonal(_ n: Int, normal: () throws -> Double) throws -> Tensor {
    guard n >= 0 else {
        throw LinearAlgebraError.invalidArgument(operation: "orthogonal", reason: "size must be ≥ 0, not \(n)")
    }
    // Refuses sizes whose n² overflows before any memory is asked for.
    let count = try Tensor.elementCount(of: [n, n])
    var gaussian = Matrix(rows: n, columns: n)
    for k in 0..<count { gaussian.data[k] = try normal() }
    guard gaussian.data.allSatisfy(\.isFinite) else { throw LinearAlgebraError.nonFinite(operation: "orthogonal") }
    var (q, r) = householderQR(gaussian)
    try Cancellation.check()
    for j in 0..<n where r[j, j] < 0 {
        for i in 0..<n { q[i, j] = -q[i, j] }
    }
    return try q.tensor()
}

/// `orthogonal(n)` drawing its normals from the engine's seedable generator.
public func orthogonal(_ n: Int, rng: inout RandomSource) throws -> Tensor {
    try orthogonal(n) { rng.normal() }
}

/// W rescaled so that its spectral radius is `radius`: `W · radius / ρ(W)`.
///
/// The lessons use it to put a recurrent matrix just below, at, or above 1 and watch
/// gradients vanish or explode.
/// - Throws: `.invalidArgument` when ρ(W) is 0 (a nilpotent matrix such as the zero
///   matrix cannot be rescaled to a nonzero radius) or radius is negative or not
///   finite; and the errors of `eigvals`.
public func scaledToRadius(_ w: Tensor, _ radius: Double) throws -> Tensor {
    let operation = "scaled_to_radius"
    guard radius.isFinite, radius >= 0 else {
        throw LinearAlgebraError.invalidArgument(operation: operation, reason: "radius must be finite and ≥ 0, not \(formatFloat(radius))")
    }
    let current = try spectralRadius(w)
    guard current > 0 else {
        throw LinearAlgebraError.invalidArgument(
            operation: operation, reason: "the matrix has spectral radius 0, so no multiple of it has radius \(formatFloat(radius))")
    }
    var m = try Matrix(square: w, operation: operation)
    let factor = radius / current
    for k in 0..<m.data.count { m.data[k] *= factor }
    return try m.tensor()
}
