# A seed for the fuzzer (fuzz/run seeds from this folder): every piece of struct syntax
# in a few lines, so mutations reach each of them.
struct S{T}; a::T; b::T; end
mutable struct M; x::Float64; y; M(x) = new(x, nothing); end
(s::S)(k) = s.a * k + s.b
(::M)() = 0
Base.:-(p::S, q::S) = S(p.a - q.a, p.b - q.b)
f(m::M, s::S) = (m.x += s(2); m)
m = f(M(1), S(2, 3) - S(1, 1))
println(m, " ", m.x, " ", m(), " ", S(1, 2) === S(1, 2), " ", fieldnames(M))
# expect: M(5.0, nothing) 5.0 0 true (:x, :y)
