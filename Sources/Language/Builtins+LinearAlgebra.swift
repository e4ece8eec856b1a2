import ComplexModule
import Engine
import LinearAlgebra

/// Linear algebra from the LinearAlgebra module: eigenvalues (complex when they are),
/// norms, solves and the
/// initialisers the lessons use to control a recurrent matrix's spectral radius.
extension Runtime {
    func matrixArgument(_ args: Arguments, _ i: Int) throws -> Tensor {
        let (x, _) = try numeric(args, i)
        guard !x.isTracked else {
            throw RuntimeError("\(args.function) is not differentiable, so it cannot be used on values inside `grad`", kind: .notSupported)
        }
        return x.value
    }

    /// Complex numbers with zero imaginary parts become a Float64 vector, others a list of complex numbers.
    fileprivate func complexVector(_ values: [Complex<Double>]) -> Value {
        if values.allSatisfy({ $0.imaginary == 0 }) { return .floats(Tensor(vector: values.map(\.real))) }
        return .list(ListBox(values.map { .complex(re: $0.real, im: $0.imaginary) }))
    }

    /// `W^k` for a square matrix and an integer k, and `A \ b`. An integer matrix to a
    /// non-negative power stays an integer matrix, as in Julia.
    func matrixOperation(_ op: Operator, _ a: Tensor, _ type: ElementType, _ b: Value) throws -> Value {
        if op == .power {
            guard case .int(let k) = b else {
                if case .float = b {
                    // Julia computes A^p for any real p (through a Schur decomposition).
                    throw RuntimeError("a matrix to a non-integer power is Julia's matrix power, which the notebook does not compute; use .^ for elementwise", kind: .notSupported)
                }
                throw RuntimeError("a matrix power needs an integer exponent; use .^ for elementwise", kind: .argument)
            }
            let power = try matrixPower(a, k)
            return try wrap(Var(power), type != .float64 && k >= 0 ? .int64 : .float64)
        }
        guard let (rhs, _) = try operand(b), !rhs.isTracked else { throw RuntimeError("`\\` solves A \\ b for an array b") }
        return .floats(try solve(a, rhs.value))
    }
}

extension Library {
    mutating func registerLinearAlgebraBuiltins() {
        define("eigvals", 1...1, help: "eigvals(A) — eigenvalues of a square matrix, sorted; complex ones as a+bim") { interp, args in
            // A number is its own eigenvalue, real when its imaginary part is zero
            // (LinearAlgebra's `eigvals(x::Number) = imag(x) == 0 ? real(x) : x`).
            switch args[0] {
            // eigen.jl's eigvals(F::Eigen) = F.values.
            case .host(let f as EigenValue): return f.values
            case .int, .float, .bool: return args[0]
            case .complex(let re, let im, let parts) where im == 0:
                switch parts {
                case .bool: return .bool(re != 0)
                case .int64: return .int(Int(re))
                case .float64, .float32: return .float(re)
                }
            case .complex: return args[0]
            default: break
            }
            return interp.complexVector(try juliaEigvals(try interp.matrixArgument(args, 0)))
        }
        define("svdvals", 1...1, help: "svdvals(A) — singular values, largest first") { interp, args in
            // svd.jl's svdvals(S::SVD) = S.S.
            if case .host(let f as SVDValue) = args[0] { return .floats(Tensor(vector: f.singularValues)) }
            return .floats(Tensor(vector: try svdvals(try interp.matrixArgument(args, 0))))
        }
        define("opnorm", 1...2, help: "opnorm(A, p=2) — the operator norm: largest singular value for p = 2") { interp, args in
            let p = args.count == 2 ? try args.double(1) : 2
            return .float(try opnorm(try interp.matrixArgument(args, 0), p))
        }
        define("cond", 1...1, help: "cond(A) — condition number, largest over smallest singular value") { interp, args in
            .float(try cond(try interp.matrixArgument(args, 0)))
        }
        define("det", 1...1, help: "det(A) — determinant of a square matrix") { interp, args in
            .float(try det(try interp.matrixArgument(args, 0)))
        }
        define("inv", 1...1, help: "inv(A) — inverse of a square matrix; inv(x) of a number is 1/x") { interp, args in
            if args[0].isNumber { return .float(1 / (try args.double(0))) }
            return .floats(try inv(try interp.matrixArgument(args, 0)))
        }
        define("eye", 1...1, help: "eye(n) — the n×n identity matrix") { interp, args in
            let n = try args.integer(0, "size")
            try interp.checkBudget(n.multipliedReportingOverflow(by: n))
            return .floats(try Tensor.identity(n))
        }
        // LinearAlgebra's I: UniformScaling(true), a value rather than the dense eye(n).
        defineValue("I", .host(UniformScalingValue(.bool(true))))
        define("diagm", 1...1, help: "diagm(v) — a square matrix with v on its diagonal") { interp, args in
            let (v, type) = try interp.numeric(args, 0)
            // LinearAlgebra's `diagm(v::AbstractVector)`: a vector only, and the matrix
            // keeps its element type (`diagm([1, 2])` is a Matrix{Int64}).
            guard v.value.rank == 1, args[0].isArrayLike else {
                throw RuntimeError("MethodError: no method matching diagm(::\(typeName(args[0])))", kind: .method)
            }
            let n = v.value.count
            try interp.checkBudget(n.multipliedReportingOverflow(by: n))
            var m = [Double](repeating: 0, count: n * n)
            for i in 0..<n { m[i * n + i] = v.value.scalars[i] }
            return .array(ArrayBox(try Tensor(shape: [n, n], scalars: m), elementType: type))
        }
        define("spectral_radius", 1...1, help: "spectral_radius(W) — the largest |eigenvalue| of W") { interp, args in
            .float(try spectralRadius(try interp.matrixArgument(args, 0)))
        }
        define("orthogonal", 1...1, help: "orthogonal(n) — a random n×n orthogonal matrix (all singular values 1)") { interp, args in
            let n = try args.integer(0, "size")
            try interp.checkBudget(n.multipliedReportingOverflow(by: n))
            guard n >= 0 else { return .floats(try orthogonal(n) { 0 }) }  // the engine's size error
            // The Gaussian matrix is Julia's randn(n, n) from the language's stream, so
            // after srand the draws are the ones randn(n, n) would have given.
            let gaussian = interp.random.normals(count: n * n)
            var k = 0
            return .floats(try orthogonal(n) {
                defer { k += 1 }
                return k < gaussian.count ? gaussian[k] : 0
            })
        }
        define("scaled_to_radius", 2...2, help: "scaled_to_radius(W, r) — W rescaled so its spectral radius is r") { interp, args in
            .floats(try scaledToRadius(try interp.matrixArgument(args, 0), try args.double(1)))
        }
        alias("scale_radius", to: "scaled_to_radius")
        define("gradient_norms", 2...2, keywords: .named(["hs"]), help: "gradient_norms(W, T; hs=H) — norms of a vector carried back T steps through W' (and tanh's derivative at H's columns)") { interp, args in
            let steps = try args.integer(1, "number of steps")
            try interp.checkBudget(steps)
            let hiddenStates = try args.keyword("hs").map { v -> Tensor in
                guard let (h, _) = try interp.operand(v), !h.isTracked else {
                    throw RuntimeError("gradient_norms: hs must be a matrix of hidden states (hidden × time), got \(describeType(v))", kind: .argument)
                }
                return h.value
            }
            let norms = try gradientNorms(try interp.matrixArgument(args, 0), steps: steps, hiddenStates: hiddenStates)
            return .floats(Tensor(vector: norms))
        }
    }
}
