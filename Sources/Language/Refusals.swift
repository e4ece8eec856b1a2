/// The one clear error for Julia code the notebook cannot run, named after the
/// construct, so a learner reads "X is not supported" rather than a message about
/// something the notebook misread (an undefined variable, a parse error elsewhere).
///
/// A refusal is `.notSupported`, which no `try` catches: Julia would run the code, so
/// a handler that caught the refusal would make the program take a path Julia's never
/// takes.

/// The number types the notebook has, for messages that name one it has not.
let supportedNumberTypes = "Int64 (Int), Float64, Bool, Complex{Int64}, ComplexF64 and Rational{Int64}"

/// Julia's numeric types the notebook does not have: using one is refused by name.
let unsupportedNumberTypes: Set<String> = [
    "Int8", "Int16", "Int32", "Int128", "UInt", "UInt8", "UInt16", "UInt32", "UInt64", "UInt128",
    "BigInt", "BigFloat", "Float16", "ComplexF32", "ComplexF16", "Unsigned",
]

/// Names from Julia's Base (and the Knet helpers tutorials use) that the notebook does
/// not define. Julia has them, so an `UndefVarError` for one would be a different
/// answer, and catching it would take a path Julia's program never takes.
let unsupportedBaseNames: Set<String> = [
    // errors and control
    "backtrace", "catch_backtrace", "current_exceptions", "retry", "ErrorException",
    "DomainError", "BoundsError", "ArgumentError", "MethodError", "KeyError", "OverflowError",
    "InexactError", "DivideError", "UndefVarError", "AssertionError", "DimensionMismatch", "StringIndexError",
    "InterruptException", "StackOverflowError", "TypeError", "UndefKeywordError",
    // types and reflection
    "subtypes", "supertypes", "fieldtypes", "fieldname", "hasfield", "isabstracttype",
    "isconcretetype", "isprimitivetype", "isstructtype", "isbitstype", "ismutabletype", "typejoin",
    "typeintersect", "promote_type", "promote_rule", "widen", "methods", "which",
    "hasmethod", "nameof", "parentmodule", "instances", "Union", "UnionAll", "DataType", "Type", "Val", "Some", "Ptr",
    "Missing", "missing", "ismissing", "skipmissing", "coalesce", "something", "NTuple",
    "Enum", "Expr", "Meta", "eval", "esc", "gensym", "macroexpand", "invokelatest", "Returns",
    // identity and hashing
    "hash", "objectid", "isbits", "ifelse", "isunordered", "oneunit", "oftype", "fieldoffset",
    // collections
    "BitSet", "IdDict", "WeakKeyDict", "AbstractSet", "∋", "∌", "getkey", "keytype", "valtype", "mergewith", "mergewith!",
    "sizehint!", "keepat!", "popat!", "replace!",
    "mapfoldl", "mapfoldr", "allequal", "allunique", "only", "count!", "any!", "all!",
    // arrays
    "SubArray", "view", "PermutedDimsArray", "StridedArray", "LinRange",
    "selectdim", "eachslice", "mapslices", "sortslices", "stack", "circshift", "circshift!", "circcopy!",
    "rot180", "rotl90", "rotr90", "permute!", "invpermute!", "invperm", "isperm", "partialsort",
    "partialsort!", "partialsortperm", "partialsortperm!", "sortperm!", "cumsum!", "cumprod!", "accumulate!",
    "searchsorted", "searchsortedfirst", "searchsortedlast", "insorted", "indexin", "checkbounds",
    "isassigned", "copyto!", "conj!", "clamp!", "extrema!", "maximum!", "minimum!",
    "sum!", "prod!", "findmin!", "findmax!", "strides", "stride", "parent", "parentindices", "to_indices",
    "hvncat", "promote_shape",
    // numbers
    "rationalize", "gcdx", "invmod", "powermod", "bitreverse",
    "bitrotate", "bswap", "count_ones", "count_zeros", "leading_ones", "leading_zeros", "trailing_ones",
    "trailing_zeros", "reinterpret", "unsigned", "signed", "frexp",
    "ldexp", "modf", "fma", "muladd", "evalpoly", "nextpow", "prevpow", "nextprod", "ispow2", "isqrt",
    "fld1", "fldmod1", "maxintfloat", "issubnormal", "precision", "setprecision", "rounding", "setrounding", "big",
    "widemul", "RoundingMode", "Inf16", "NaN16",
    // strings and characters
    "SubString", "Regex", "RegexMatch", "match", "eachmatch", "eachsplit", "eachrsplit", "SubstitutionString",
    "codeunits", "transcode", "escape_string", "unescape_string", "bytes2hex", "hex2bytes", "ascii",
    "textwidth", "reverseind", "chopprefix", "chopsuffix", "IOBuffer", "IOContext",
    "sprint", "showerror", "printstyled", "dump", "displaysize", "LazyString",
    // iteration, tasks and input/output
    "Channel", "put!", "take!", "Task", "schedule", "fetch", "wait", "Timer", "Threads",
    "ReentrantLock", "lock", "unlock", "open", "close", "write", "readline", "readlines", "eachline",
    "stdin", "stdout", "stderr", "devnull", "flush", "ENV", "ARGS", "exit", "include",
]

/// Knet's names that tutorials use and the notebook does not define.
let unsupportedKnetNames: Set<String> = [
    "progress!", "conv4", "pool", "deconv4", "unpool", "RNN", "dropout",
    "batchnorm", "KnetArray", "gpu", "xavier", "gaussian", "bilinear", "zeroone",
    "logsumexp", "adadelta", "momentum", "nesterov", "train!",
    "optimizers", "hyperband", "goldensection",
]

/// Names Julia 1.10 exports from Base (base/exports.jl) that the notebook does not
/// define either, beyond `unsupportedBaseNames`: each is refused by name rather than
/// reported as an `UndefVarError`, which Julia would not raise and a `try` could catch.
let unsupportedBaseExports: Set<String> = [
    // modules and constants
    "StackTraces", "Sys", "Libc", "Docs", "Broadcast", "MathConstants", "GC", "C_NULL", "DEPOT_PATH",
    "ENDIAN_BOM", "LOAD_PATH", "PROGRAM_FILE", "VERSION", "Inf64", "NaN64",
    // types
    "AbstractChannel", "AbstractSlices",
    "AbstractMatch", "AbstractPattern",
    "BitArray", "BitMatrix", "BitVector", "Cmd", "Colon", "Complex", "ComplexF64", "ComposedFunction",
    "ColumnSlices", "DenseVecOrMat", "Dims", "ExponentialBackOff",
    "IndexCartesian", "IndexLinear", "IndexStyle", "InsertionSort", "IOStream", "Irrational", "MergeSort",
    "Pair", "PartialQuickSort", "QuickSort", "RowSlices", "Slices", "StepRange",
    "StepRangeLen", "StridedMatrix", "StridedVecOrMat", "StridedVector", "UnitRange", "VecOrMat",
    "VersionNumber", "Cchar", "Cdouble", "Cfloat", "Cint", "Cintmax_t", "Clong", "Clonglong", "Cptrdiff_t",
    "Cshort", "Csize_t", "Cssize_t", "Cuchar", "Cuint", "Cuintmax_t", "Culong", "Culonglong", "Cushort",
    "Cwchar_t", "Cstring", "Cwstring", "CanonicalIndexError", "CapturedException", "CompositeException",
    "EOFError", "InvalidStateException", "MissingException", "ProcessFailedException", "TaskFailedException",
    "SystemError", "Condition", "Pipe", "PipeBuffer", "RawFD", "AbstractDisplay", "TextDisplay", "MIME",
    "HTML", "Text",
    // numbers
    "acosd", "acot", "acotd", "acoth", "acsc", "acscd", "acsch", "asec", "asecd", "asech", "asind", "atand",
    "fourthroot", "cis", "cmp", "cot", "cotd", "coth", "csc", "cscd", "csch", "iszero", "isone", "reim", "sec",
    "secd", "sech", "unsafe_trunc", "isless", "get_zero_subnormals", "set_zero_subnormals",
    // arrays and collections
    "checkindex", "permutedims!", "reverse!", "dropdims", "kron", "kron!", "empty",
    "unique!", "ntuple", "splat",
    // strings and characters
    "digits", "digits!", "hex2bytes!", "iscntrl", "isprint", "isvalid", "ndigits", "rsplit", "thisind",
    // reflection and the running system
    "getproperty", "setproperty!", "swapproperty!", "modifyproperty!", "replaceproperty!", "hasproperty",
    "isdispatchtuple", "code_typed", "code_lowered", "fullname", "functionloc", "isconst", "isinteractive",
    "pathof", "pkgdir", "pkgversion", "names", "__precompile__", "evalfile", "include_string",
    "include_dependency", "finalizer", "finalize", "precompile", "atexit", "atreplinit", "nonmissingtype",
    "time_ns", "systemerror", "stacktrace",
    // tasks, input/output, files and processes
    "current_task", "islocked", "istaskdone", "istaskstarted", "istaskfailed", "notify", "task_local_storage",
    "trylock", "yield", "yieldto", "timedwait", "asyncmap", "asyncmap!", "errormonitor", "isready", "bind",
    "closewrite", "countlines", "readeach", "eof", "fd", "fdio", "gethostname", "htol", "hton", "ismarked",
    "isopen", "isreadonly", "ltoh", "mark", "bytesavailable", "ntoh", "peek", "pipeline", "position", "read!",
    "readavailable", "readbytes!", "readchomp", "readdir", "readuntil", "redirect_stdio", "redirect_stderr",
    "redirect_stdin", "redirect_stdout", "reset", "seek", "seekend", "seekstart", "skip", "skipchars",
    "truncate", "unmark", "unsafe_read", "unsafe_write", "displayable", "istextmime", "popdisplay",
    "pushdisplay", "redisplay", "showable", "abspath", "basename", "dirname", "expanduser", "contractuser",
    "homedir", "isabspath", "isdirpath", "joinpath", "normpath", "realpath", "relpath", "splitdir",
    "splitdrive", "splitext", "splitpath", "cd", "chmod", "chown", "cp", "ctime", "diskstat", "download",
    "filemode", "filesize", "gperm", "hardlink", "isblockdev", "ischardev", "isdir", "isfifo", "isfile",
    "islink", "ismount", "ispath", "isreadable", "issetgid", "issetuid", "issocket", "issticky", "iswritable",
    "lstat", "mkdir", "mkpath", "mktemp", "mktempdir", "mtime", "mv", "operm", "pwd", "readlink", "rm",
    "samefile", "stat", "symlink", "tempdir", "tempname", "touch", "uperm", "walkdir", "detach", "getpid",
    "ignorestatus", "kill", "process_exited", "process_running", "run", "setenv", "addenv", "setcpuaffinity",
    "success", "withenv", "cglobal", "disable_sigint", "pointer", "pointer_from_objref", "unsafe_wrap",
    "unsafe_string", "reenable_sigint", "unsafe_copyto!", "unsafe_load", "unsafe_modify!",
    "unsafe_pointer_to_objref", "unsafe_replace!", "unsafe_store!", "unsafe_swap!",
]

/// The packages and modules `using` and `import` may name: their names (the ones the
/// notebook has) are loaded already.
let loadedModuleNames: Set<String> = [
    "Knet", "AutoGrad", "LinearAlgebra", "Statistics", "Random", "Printf", "Base", "Iterators", "ProgressMeter",
]

/// Modules of Julia and its standard library that a program can name (`Base.OneTo`,
/// `LinearAlgebra.BLAS`) and the notebook has not as values.
let unsupportedModuleNames: Set<String> = [
    "Base", "Core", "Main", "LinearAlgebra", "Statistics", "Dates", "Unicode", "Printf", "SparseArrays",
    "InteractiveUtils", "Test", "Markdown", "Serialization", "Distributed", "Sockets", "Pkg",
]

/// What LinearAlgebra exports (stdlib/LinearAlgebra/src/LinearAlgebra.jl) and the
/// notebook does not define: after `using LinearAlgebra` Julia has each of them.
let unsupportedLinearAlgebraNames: Set<String> = [
    "LAPACK", "BLAS", "Adjoint", "Transpose", "SymTridiagonal", "Tridiagonal", "Bidiagonal", "Factorization",
    "BunchKaufman", "Cholesky", "CholeskyPivoted", "ColumnNorm", "Eigen", "GeneralizedEigen", "GeneralizedSVD",
    "GeneralizedSchur", "Hessenberg", "LU", "LDLt", "NoPivot", "RowNonZero", "QR", "QRPivoted", "LQ", "Schur",
    "SVD", "Hermitian", "RowMaximum", "Symmetric", "LowerTriangular", "UpperTriangular", "UnitLowerTriangular",
    "UnitUpperTriangular", "UpperHessenberg", "Diagonal", "UniformScaling", "axpy!", "axpby!", "bunchkaufman",
    "bunchkaufman!", "cholesky", "cholesky!", "condskeel", "copy_transpose!", "cross", "adjoint!", "diag",
    "diagind", "eigen!", "eigmax", "eigmin", "eigvals!", "factorize", "givens", "hermitianpart",
    "hermitianpart!", "hessenberg", "hessenberg!", "isdiag", "ishermitian", "isposdef", "isposdef!",
    "issuccess", "issymmetric", "istril", "istriu", "ldiv!", "ldlt!", "ldlt", "logabsdet",
    "logdet", "lowrankdowndate", "lowrankdowndate!", "lowrankupdate", "lowrankupdate!", "lu", "lu!", "lyap",
    "mul!", "lmul!", "rmul!", "normalize", "normalize!", "nullspace", "ordschur!", "ordschur", "pinv", "qr!",
    "lq", "lq!",
    "rank", "rdiv!", "reflect!", "rotate!", "schur", "schur!", "svd!", "svdvals!", "sylvester", "tr", "transpose!",
    "tril", "triu", "tril!", "triu!",
]

extension RuntimeError {
    /// The refusal for a name the program did not define, when Julia's Base would have
    /// it; nil for a name that is undefined in Julia too.
    static func unsupportedName(_ name: String) -> RuntimeError? {
        if unsupportedNumberTypes.contains(name) {
            return RuntimeError(
                "the type \(name) is not supported: the notebook's numbers are \(supportedNumberTypes)", kind: .notSupported)
        }
        if unsupportedKnetNames.contains(name) {
            return RuntimeError("Knet's `\(name)` is not supported yet (the notebook has only some of Knet)", kind: .notSupported)
        }
        if unsupportedModuleNames.contains(name) {
            return RuntimeError("the module `\(name)` and names qualified by it (`\(name).x`) are not supported", kind: .notSupported)
        }
        if unsupportedLinearAlgebraNames.contains(name) {
            return RuntimeError("`\(name)` is not supported yet (Julia's LinearAlgebra has it, the notebook does not)", kind: .notSupported)
        }
        guard unsupportedBaseNames.contains(name) || unsupportedBaseExports.contains(name) else { return nil }
        return RuntimeError("`\(name)` is not supported yet (Julia's Base has it, the notebook does not)", kind: .notSupported)
    }
}

/// A Float32 literal too large for a Float32, such as `1f39` (Julia's parser rejects
/// it as an overflow).
func float32LiteralRefusal(_ literal: String) -> String {
    "the Float32 literal `\(literal)` overflows: the largest Float32 is 3.4028235f38"
}

/// A string written against a name, which Julia reads as a string macro.
func prefixedStringRefusal(_ prefix: String) -> String {
    switch prefix {
    case "r": return "regular expressions (`r\"...\"`) are not supported"
    case "raw": return "raw strings (`raw\"...\"`) are not supported; write the string with its backslashes doubled"
    case "b": return "byte-array literals (`b\"...\"`) are not supported"
    default: return "string macros like `\(prefix)\"...\"` are not supported"
    }
}

/// A character no token starts with: not a name's (IdentifierCharacters.swift), a
/// number's, a string's or an operator's.
func unexpectedCharacterMessage(_ c: Character) -> String {
    "unexpected character `\(c)`"
}

/// What follows a complete statement when the line should have ended: Julia syntax the
/// notebook does not read, named, or the plain message.
func statementEndMessage(found token: Token) -> String {
    switch token.kind {
    case .keyword(.where):
        return "`where` here is not supported yet: the notebook reads it after a method's signature, as in f(x::T) where T = ..."
    case .identifier("type"):
        return "`primitive type` declarations are not supported"
    default:
        return "expected end of line or `;` after the statement, found \(token)"
    }
}

extension RuntimeError {
    /// A complex number handed to a builtin that computes in reals only (`tanh`, `exp2`,
    /// `cbrt`, ...): Julia has complex methods for most of them, so this is a refusal,
    /// which no `try` catches, rather than an error Julia would not raise.
    static func complexArgumentRefusal(_ function: String) -> RuntimeError {
        RuntimeError("`\(function)` of a complex number is not supported yet", kind: .notSupported)
    }

    /// A Float32 reaching code that reads numbers as Float64 (Builtins+Float32.swift
    /// lists the builtins with Float32 methods).
    static func float32ArgumentRefusal(_ function: String) -> RuntimeError {
        RuntimeError("`\(function)` of a Float32 is not supported: Julia computes it in Float32, which rounds differently from Float64; convert with Float64(x) first", kind: .notSupported)
    }
}
