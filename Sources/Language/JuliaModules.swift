/// The module Julia 1.10 takes each of the notebook's names from when Main uses it
/// without qualification, for the errors that name it (`cannot assign a value to
/// imported variable Base.sqrt from module Main`). Main uses Core, then Base, and a
/// name both export is found in Base first (using_resolve_binding in src/module.c
/// looks at the last module used first). Only names the notebook defines are listed
/// (a test checks that each still is); for any other, such as Knet's or
/// LinearAlgebra's, whose module depends on what the program loaded, nil.
func juliaModule(of name: String) -> String? {
    if juliaBaseExportsDefinedHere.contains(name) { return "Base" }
    if juliaCoreExportsDefinedHere.contains(name) { return "Core" }
    return nil
}

/// Names in base/exports.jl that the notebook defines.
let juliaBaseExportsDefinedHere: Set<String> = [
    "!", "!=", "!==", "%", "&", "*", "+", "-", "/", "//", "<", "<:", "<<", "<=", "==", "=>", ">", ">:", ">=",
    ">>", ">>>", "AbstractDict", "AbstractIrrational", "AbstractMatrix", "AbstractRange", "AbstractUnitRange",
    "AbstractVecOrMat", "AbstractVector", "Array", "CartesianIndex", "CartesianIndices", "DenseMatrix", "DenseVector",
    "Dict", "DimensionMismatch", "Inf", "Iterators", "KeyError", "LinearIndices", "Matrix", "NaN", "OrdinalRange",
    "Rational", "RoundDown", "RoundFromZero", "RoundNearest", "RoundNearestTiesAway", "RoundNearestTiesUp",
    "RoundToZero", "RoundUp", "Set", "StringIndexError", "Vector", "\\", "^", "abs", "abs2", "accumulate",
    "acos", "acosh", "adjoint", "all", "angle", "any", "append!", "argmax", "argmin", "asin", "asinh", "atan",
    "atanh", "axes", "binomial", "bitstring", "broadcast", "broadcast!", "cat", "cbrt", "ceil", "chomp", "chop",
    "cispi", "clamp", "cld", "codepoint", "codeunit", "collect", "complex", "conj", "contains", "convert",
    "copy", "copy!", "copysign", "cos", "cosc", "cosd", "cosh", "cospi", "count", "cumprod", "cumsum", "deepcopy",
    "deg2rad", "delete!", "deleteat!", "denominator", "diff", "display", "div", "divrem", "eachcol", "eachindex",
    "eachrow", "eltype", "empty!", "endswith", "enumerate", "eps", "error", "exp", "exp10", "exp2", "expm1",
    "exponent", "extrema", "factorial", "falses", "fieldcount", "fieldnames", "fill", "fill!", "filter", "filter!",
    "findall", "findfirst", "findlast", "findmax", "findmin", "findnext", "findprev", "first", "firstindex",
    "fld", "fldmod", "flipsign", "float", "floatmax", "floatmin", "floor", "foldl", "foldr", "foreach", "gcd",
    "get", "get!", "getindex", "haskey", "hcat", "hvcat", "hypot", "identity", "im", "imag", "in", "insert!",
    "intersect", "intersect!", "inv", "isapprox", "isascii", "isdigit", "isdisjoint", "isempty", "isequal",
    "iseven", "isfinite", "isinf", "isinteger", "isletter", "islowercase", "ismutable", "isnan", "isnothing",
    "isnumeric", "isodd", "ispunct", "isreal", "issetequal", "issorted", "isspace", "issubset", "isuppercase",
    "isxdigit", "iterate", "join", "keys", "last", "lastindex", "lcm", "length", "log", "log10", "log1p", "log2",
    "lowercase", "lowercasefirst", "lpad", "lstrip", "map", "map!", "mapreduce", "max", "maximum", "merge",
    "merge!", "min", "minimum", "minmax", "mod", "mod1", "mod2pi", "nand", "ncodeunits", "ndims", "nextfloat",
    "nextind", "nor", "numerator", "occursin", "one", "ones", "pairs", "parse", "permutedims", "pi", "pop!",
    "popfirst!", "prepend!", "prevfloat", "prevind", "print", "println", "prod", "promote", "propertynames",
    "push!", "pushfirst!", "rad2deg", "rand", "randn", "range", "read", "real", "reduce", "rem", "rem2pi",
    "repeat", "replace", "repr", "reshape", "resize!", "rethrow", "reverse", "round", "rpad", "rstrip", "setdiff",
    "setdiff!", "setindex!", "show", "sign", "signbit", "significand", "similar", "sin", "sinc", "sincos",
    "sincosd", "sincospi", "sind", "sinh", "sinpi", "size", "sizeof", "sleep", "sort", "sort!", "sortperm",
    "splice!", "split", "sqrt", "startswith", "step", "string", "strip", "sum", "summary", "supertype", "symdiff",
    "symdiff!", "tan", "tand", "tanh", "tanpi", "time", "titlecase", "transpose", "trues", "trunc", "tryparse",
    "typemax", "typemin", "union", "union!", "unique", "uppercase", "uppercasefirst", "values", "vcat", "vec",
    "xor", "zero", "zeros", "zip", "|", "|>", "~", "÷", "π", "ℯ", "∉", "∘", "∩", "∪", "≈", "≉", "⊆", "⊇", "⊈",
    "⊉", "⊊", "⊋", "⊻",
]

/// Names in Core's export list (base/boot.jl) that Base does not export and the notebook defines.
let juliaCoreExportsDefinedHere: Set<String> = [
    "===", "AbstractArray", "AbstractChar", "AbstractFloat", "AbstractString", "Any", "ArgumentError", "AssertionError",
    "Bool", "BoundsError", "Char", "DenseArray", "DivideError", "DomainError", "ErrorException", "Exception",
    "Float32", "Float64", "Function", "InexactError", "Int", "Int64", "Integer", "MethodError", "NamedTuple",
    "Nothing", "Number", "OverflowError", "Real", "Ref", "Signed", "StackOverflowError", "String", "Symbol",
    "Tuple", "TypeError", "UndefKeywordError", "UndefVarError", "getfield", "isa", "nothing", "setfield!",
    "throw", "tuple", "typeof", "undef",
]
