import ComplexModule
import Engine
import LinearAlgebra

/// LinearAlgebra's factorisation objects: `Eigen`, `SVD` and `QRCompactWY` (with its
/// `QRCompactWYQ` and that Q's adjoint), as `eigen`, `svd` and `qr` return them in Julia
/// 1.10 (stdlib/LinearAlgebra/src/eigen.jl, svd.jl, qr.jl, abstractq.jl). Each has
/// Julia's type name, REPL view, properties and destructuring (`λ, V = eigen(A)`).
///
/// A part whose signs the notebook does not compute as LAPACK does (svd's U and V,
/// some eigenvectors: see JuliaEigen) is refused wherever it would show: its property,
/// destructuring, the REPL view and printing. The parts that do not depend on those
/// signs (eigenvalues, singular values) are still given.
protocol FactorizationObject: HostObject {
    /// `F.name`: the value, nil when there is no such property, or a refusal.
    func field(_ name: String) throws -> Value?
    /// Why `println(F)` (or `show`, `repr`) is refused, if it is.
    var printRefusal: String? { get }
    /// Why the REPL view is refused, if it is.
    var displayRefusal: String? { get }
}

extension FactorizationObject {
    func property(_ name: String) -> Value? { try? field(name) }

    /// Iteration gives the named properties in turn, as the factorisation's `iterate` does.
    func forEachProperty(_ names: [String], _ body: (Value) throws -> Bool) throws {
        for name in names {
            guard let value = try field(name) else { return }
            if try !body(value) { return }
        }
    }
}

private func refusal(_ message: String) -> RuntimeError { RuntimeError(message, kind: .notSupported) }

// MARK: Eigen

final class EigenValue: FactorizationObject {
    let values: Value
    let vectors: Result<Value, EigenvectorsNotReproduced>
    let isComplex: Bool

    init(_ e: JuliaEigen) throws {
        isComplex = e.values.contains { $0.imaginary != 0 }
        values = isComplex
            ? .list(ListBox(e.values.map { .complex(re: $0.real, im: $0.imaginary) }))
            : .floats(Tensor(vector: e.values.map(\.real)))
        vectors = e.vectors.map { .floats($0) }
    }

    var juliaTypeName: String {
        isComplex
            ? "Eigen{ComplexF64, ComplexF64, Matrix{ComplexF64}, Vector{ComplexF64}}"
            : "Eigen{Float64, Float64, Matrix{Float64}, Vector{Float64}}"
    }

    var propertyNames: [String] { ["values", "vectors"] }

    func field(_ name: String) throws -> Value? {
        switch name {
        case "values": return values
        case "vectors":
            switch vectors {
            case .success(let v): return v
            case .failure(let reason): throw refusal(Self.message(reason))
            }
        default: return nil
        }
    }

    func forEachElement(_ runtime: any Runtime, _ body: (Value) throws -> Bool) throws {
        try forEachProperty(propertyNames, body)
    }

    /// The default `show` of a struct: its type, then its fields (values, vectors).
    func show() -> String {
        guard case .success(let v) = vectors else { return juliaTypeName }
        return juliaTypeName + "(" + Language.show(values) + ", " + Language.show(v) + ")"
    }

    /// `show(io, ::MIME"text/plain", F::Eigen)`: the summary, then each part's own view.
    func display(width: Int, height: Int) -> String {
        guard case .success(let v) = vectors else { return juliaTypeName }
        return juliaTypeName + "\nvalues:\n" + Language.display(values, width: width, height: height)
            + "\nvectors:\n" + Language.display(v, width: width, height: height)
    }

    var printRefusal: String? {
        if case .failure(let reason) = vectors { return Self.message(reason) }
        return nil
    }
    var displayRefusal: String? { printRefusal }

    /// `==` of two Eigens compares values and vectors (eigen.jl's `==`), so it needs both.
    func operation(_ op: Operator, dotted: Bool, with other: Value, selfOnLeft: Bool) throws -> Value? {
        guard op == .equal || op == .notEqual, !dotted, case .host(let e as EigenValue) = other else { return nil }
        let equal = try Self.compare(self, e, isEqual: false)
        return .bool(op == .equal ? equal : !equal)
    }

    /// `isequal`: the same comparison with isequal's rules for the numbers. When one of the
    /// two has no vectors the answer is unknown, and `isequal` refuses (see `isequal`).
    func isEqual(to other: any HostObject) -> Bool {
        guard let e = other as? EigenValue else { return false }
        return (try? Self.compare(self, e, isEqual: true)) ?? (self === e)
    }

    static func compare(_ a: EigenValue, _ b: EigenValue, isEqual: Bool) throws -> Bool {
        guard case .success(let v) = a.vectors, case .success(let w) = b.vectors else {
            let reason = [a.vectors, b.vectors].compactMap { if case .failure(let r) = $0 { r } else { nil } }[0]
            throw refusal("comparing Eigen objects compares their vectors: " + message(reason))
        }
        func same(_ x: Value, _ y: Value) -> Bool {
            switch (x, y) {
            case (.array(let p), .array(let q)):
                guard p.tensor.shape == q.tensor.shape else { return false }
                return zip(p.tensor.scalars, q.tensor.scalars).allSatisfy { isEqual ? ($0.isNaN && $1.isNaN) || ($0 == $1 && $0.sign == $1.sign) : $0 == $1 }
            default: return false
            }
        }
        return a.isComplex == b.isComplex && same(a.values, b.values) && same(v, w)
    }

    /// One message for every way the vectors could show.
    static func message(_ reason: EigenvectorsNotReproduced) -> String {
        let what: String
        switch reason {
        case .complexEigenvalues:
            what = "of a matrix with complex eigenvalues are not supported: Julia's are a Matrix{ComplexF64}, which the notebook does not have"
        case .symmetric(let rows):
            what = "of a symmetric matrix with \(rows) rows are not supported: Julia takes them from LAPACK's MRRR algorithm (dsyevr), whose signs the notebook does not reproduce beyond 2×2"
        case .large(let rows):
            what = "of a \(rows)×\(rows) nonsymmetric matrix are not supported: from 75 rows Julia's LAPACK uses its multishift QR (dlaqr0), whose signs the notebook does not reproduce"
        case .extremeScale:
            what = "of a matrix with entries this large or small are not supported: LAPACK rescales such a matrix first, a step the notebook does not reproduce"
        case .noConvergence:
            what = "of this matrix are not supported: LAPACK's small QR iteration (dlahqr) does not converge on it, and Julia's fallback (dlaqr0) is not reproduced"
        }
        return "the eigenvectors (eigen(A).vectors) \(what); F.values and eigvals(A) give the eigenvalues"
    }
}

// MARK: SVD

final class SVDValue: FactorizationObject {
    let singularValues: [Double]

    init(singularValues: [Double]) { self.singularValues = singularValues }

    var juliaTypeName: String { "SVD{Float64, Float64, Matrix{Float64}, Vector{Float64}}" }
    var propertyNames: [String] { ["U", "S", "V", "Vt"] }

    static let vectorsMessage = "the singular vectors (svd(A).U, .V, .Vt) are not supported: Julia takes them from LAPACK's divide-and-conquer SVD (gesdd), whose signs the notebook does not reproduce; F.S and svdvals(A) give the singular values"

    func field(_ name: String) throws -> Value? {
        switch name {
        case "S": return .floats(Tensor(vector: singularValues))
        case "U", "V", "Vt": throw refusal(Self.vectorsMessage)
        default: return nil
        }
    }

    func forEachElement(_ runtime: any Runtime, _ body: (Value) throws -> Bool) throws {
        try forEachProperty(["U", "S", "V"], body)
    }

    func show() -> String { juliaTypeName }
    var printRefusal: String? { Self.vectorsMessage }
    var displayRefusal: String? { Self.vectorsMessage }
}

// MARK: QR

/// `QRCompactWY`: Julia keeps the reflectors and the compact WY block factor T; the
/// notebook keeps the Q and R they stand for.
final class QRValue: FactorizationObject {
    let q: OrthogonalFactorValue
    let r: Tensor

    init(_ f: JuliaQR, rows: Int, columns: Int) {
        q = OrthogonalFactorValue(f, factorShape: (rows, columns))
        r = f.r
    }

    var juliaTypeName: String { "LinearAlgebra.QRCompactWY{Float64, Matrix{Float64}, Matrix{Float64}}" }
    var propertyNames: [String] { ["R", "Q"] }

    func field(_ name: String) throws -> Value? {
        switch name {
        case "Q": return .host(q)
        case "R": return .floats(r)
        case "factors", "T":
            throw refusal("qr(A).\(name) (LAPACK's compact WY storage of the reflectors) is not supported; F.Q and F.R are")
        default: return nil
        }
    }

    func forEachElement(_ runtime: any Runtime, _ body: (Value) throws -> Bool) throws {
        try forEachProperty(["Q", "R"], body)
    }

    func show() -> String { juliaTypeName }

    /// `show(io, ::MIME"text/plain", F::QRCompactWY)`: the summary, Q's one line, R's view.
    func display(width: Int, height: Int) -> String {
        juliaTypeName + "\nQ factor: " + q.display(width: width, height: height)
            + "\nR factor:\n" + Language.display(.floats(r), width: width, height: height)
    }

    var printRefusal: String? { "printing a \(juliaTypeName) (Julia prints its fields, LAPACK's compact WY storage) is not supported; its REPL view, F.Q and F.R are" }
    var displayRefusal: String? { nil }
}

/// `QRCompactWYQ` and its adjoint: an m×m orthogonal matrix that is not an array in
/// Julia 1.10 (an `AbstractQ`). It multiplies arrays (`Q * B`, `Q' * B`, `B * Q`,
/// `B * Q'`), becomes one with `Matrix(Q)` (the thin m×min(m, n) columns) and has a
/// size; the rest of what an array does is refused.
final class OrthogonalFactorValue: FactorizationObject {
    let factorization: JuliaQR
    /// The size of the factorised matrix, `size(Q.factors)`.
    let factorShape: (rows: Int, columns: Int)
    let isAdjoint: Bool

    init(_ factorization: JuliaQR, factorShape: (rows: Int, columns: Int), isAdjoint: Bool = false) {
        self.factorization = factorization
        self.factorShape = factorShape
        self.isAdjoint = isAdjoint
    }

    /// Q (or Q') as a dense m×m matrix: what `Q * I` makes.
    var full: Tensor { isAdjoint ? ((try? factorization.q.transposed()) ?? factorization.q) : factorization.q }

    private static let plainName = "LinearAlgebra.QRCompactWYQ{Float64, Matrix{Float64}, Matrix{Float64}}"
    var juliaTypeName: String { isAdjoint ? "LinearAlgebra.AdjointQ{Float64, \(Self.plainName)}" : Self.plainName }
    var size: Int { factorShape.rows }

    func field(_ name: String) throws -> Value? {
        guard !isAdjoint else { return name == "Q" ? .host(adjoint()) : nil }
        if name == "factors" || name == "T" {
            throw refusal("Q.\(name) (LAPACK's compact WY storage of the reflectors) is not supported; Matrix(Q) gives Q's columns")
        }
        return nil
    }

    func adjoint() -> OrthogonalFactorValue {
        OrthogonalFactorValue(factorization, factorShape: factorShape, isAdjoint: !isAdjoint)
    }

    /// `Matrix(Q)`: the first min(m, n) columns of Q; of Q' the whole of it.
    func matrixForm() throws -> Tensor {
        let m = factorShape.rows, k = isAdjoint ? m : min(factorShape.rows, factorShape.columns)
        return try Tensor(shape: [m, k], scalars: Array(full.scalars.prefix(m * k)))
    }

    func show() -> String { juliaTypeName }
    /// `show(io, ::MIME"text/plain", Q::AbstractQ)`: the size and the type, on one line.
    func display(width: Int, height: Int) -> String { "\(size)×\(size) \(juliaTypeName)" }
    var printRefusal: String? { "printing a \(juliaTypeName) (Julia prints its fields, LAPACK's compact WY storage) is not supported; Matrix(Q) gives Q's columns" }
    var displayRefusal: String? { nil }

    func operation(_ op: Operator, dotted: Bool, with other: Value, selfOnLeft: Bool) throws -> Value? {
        let what = "`\(dotted ? "." : "")\(op.spelling)` with a \(juliaTypeName) is not supported (Julia's Q multiplies arrays: Q * B, Q' * B, B * Q; Matrix(Q) gives its columns)"
        if (op == .equal || op == .notEqual) && !dotted {
            let equal = try isEqual(toValue: other, what)
            return .bool(op == .equal ? equal : !equal)
        }
        guard op == .times, !dotted else { throw refusal(what) }
        let m = size
        if case .host(let p as OrthogonalFactorValue) = other {
            // Q * P is Q * (P * I): the right one made dense, the left one applied to it
            // (with the size checks of a product with that matrix).
            guard selfOnLeft else { return try p.operation(op, dotted: dotted, with: .host(self), selfOnLeft: true) }
            return try operation(op, dotted: dotted, with: .floats(p.full), selfOnLeft: true)
        }
        if let x = UniformScalingValue.number(other) {
            // Q * x is Q applied to x times the identity.
            let m = size
            return .floats(try apply(to: try Tensor(shape: [m, m], scalars: (0..<(m * m)).map { $0 % (m + 1) == 0 ? x : 0 })))
        }
        guard case .array(let box) = other, box.tensor.rank == 1 || box.tensor.rank == 2 else { throw refusal(what) }
        let b = box.tensor
        let columns = b.rank == 1 ? 1 : b.shape[1]
        let dims = "(\(factorShape.rows), \(factorShape.columns))"
        if selfOnLeft {
            let rows = b.shape[0]
            if isAdjoint {
                guard rows == m else {
                    throw RuntimeError("DimensionMismatch: second dimension of Q, \(m), must coincide with first dimension of B, \(rows)", kind: .dimensionMismatch)
                }
            } else {
                guard rows == factorShape.rows || rows == factorShape.columns else {
                    throw RuntimeError("DimensionMismatch: first dimension of B, \(rows), must equal one of the dimensions of Q, \(dims)", kind: .dimensionMismatch)
                }
                guard rows <= m else { throw refusal(what) }
            }
            // A B with fewer rows than Q is padded with zero rows, as LinearAlgebra's mul! does.
            var padded = [Double](repeating: 0, count: m * columns)
            for j in 0..<columns { for i in 0..<rows { padded[i + j * m] = b.scalars[i + j * rows] } }
            let product = try apply(to: try Tensor(shape: [m, columns], scalars: padded))
            return .floats(b.rank == 1 ? try product.reshaped([m]) : product)
        }
        guard b.rank == 2 else { throw refusal(what) }
        let rows = b.shape[0]
        if isAdjoint {
            guard columns == factorShape.rows || columns == factorShape.columns else {
                throw RuntimeError("DimensionMismatch: second dimension of A, \(columns), must equal one of the dimensions of Q, \(dims)", kind: .dimensionMismatch)
            }
            guard columns <= m else { throw refusal(what) }
        } else {
            guard columns == m else {
                throw RuntimeError("DimensionMismatch: second dimension of A, \(columns), must coincide with first dimension of Q, \(m)", kind: .dimensionMismatch)
            }
        }
        var padded = [Double](repeating: 0, count: rows * m)
        for j in 0..<columns { for i in 0..<rows { padded[i + j * rows] = b.scalars[i + j * rows] } }
        return .floats(try factorization.applyQFromRight(to: try Tensor(shape: [rows, m], scalars: padded), transposed: isAdjoint))
    }

    /// abstractq.jl's `==`: of two Qs, `Matrix(Q) == Matrix(P)`; of Q and a matrix A,
    /// Q applied to the identity of A's size, compared with A.
    private func isEqual(toValue other: Value, _ what: String) throws -> Bool {
        if case .host(let p as OrthogonalFactorValue) = other {
            let (x, y) = (try matrixForm(), try p.matrixForm())
            return x.shape == y.shape && x.scalars == y.scalars
        }
        guard case .array(let box) = other, box.tensor.rank == 2, box.tensor.shape[0] == size else { throw refusal(what) }
        let (rows, columns) = (box.tensor.shape[0], box.tensor.shape[1])
        let identity = try Tensor(shape: [rows, columns], scalars: (0..<(rows * columns)).map { $0 % rows == $0 / rows ? 1 : 0 })
        return try apply(to: identity).scalars == box.tensor.scalars
    }

    func isEqual(to other: any HostObject) -> Bool {
        (try? isEqual(toValue: .host(other), "")) ?? false
    }

    /// Q·B (Q'·B for the adjoint) for B with m rows.
    private func apply(to b: Tensor) throws -> Tensor {
        try factorization.applyQ(to: b, transposed: isAdjoint)
    }
}

extension Runtime {
    /// `eigen(x)` of argument i.
    func eigenFactorization(_ args: Arguments, _ i: Int) throws -> EigenValue {
        switch args[i] {
        case .float(let x):
            // LinearAlgebra's eigen(x::Number) = Eigen([x], fill(one(x), 1, 1)).
            return try EigenValue(JuliaEigen(values: [Complex(x, 0)], vectors: .success(try Tensor(shape: [1, 1], scalars: [1]))))
        case .int, .bool, .complex:
            // Julia keeps the number's type (Eigen{Int64, Int64, Matrix{Int64}, Vector{Int64}}).
            throw RuntimeError("eigen of a \(typeName(args[i])) number is not supported; eigen(float(x)) or eigvals(x) are", kind: .notSupported)
        default:
            return try EigenValue(try juliaEigen(try matrixArgument(args, i)))
        }
    }
}

extension Library {
    mutating func registerFactorizationBuiltins() {
        define("eigen", 1...1, help: "eigen(A) — Eigen F with F.values (sorted) and F.vectors (unit eigenvectors as columns); λ, V = eigen(A)") { interp, args in
            .host(try interp.eigenFactorization(args, 0))
        }
        define("eigvecs", 1...1, help: "eigvecs(A) — eigen(A).vectors: the unit eigenvectors as columns") { interp, args in
            // LinearAlgebra's eigvecs(A) = eigvecs(eigen(A)) = F.vectors, refused where they are.
            let f = if case .host(let e as EigenValue) = args[0] { e } else { try interp.eigenFactorization(args, 0) }
            return try f.field("vectors") ?? .nothing
        }
        define("svd", 1...1, help: "svd(A) — SVD F with F.S (singular values, largest first); F.U, F.V are refused") { interp, args in
            .host(SVDValue(singularValues: try svdvals(try interp.matrixArgument(args, 0))))
        }
        define("qr", 1...1, help: "qr(A) — QRCompactWY F with F.Q (orthogonal, as LAPACK's reflectors) and F.R (upper triangular); Q, R = qr(A)") { interp, args in
            let a = try interp.matrixArgument(args, 0)
            let shape = a.rank == 2 ? (a.shape[0], a.shape[1]) : a.rank == 1 ? (a.shape[0], 1) : (1, 1)
            return .host(QRValue(try juliaQR(a), rows: shape.0, columns: shape.1))
        }
    }
}
