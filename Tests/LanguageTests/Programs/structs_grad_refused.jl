# grad with respect to a struct is refused; @diff over Params is the supported way.
struct Affine
    w
    b
end
loss(m) = sum(abs2, m.w * [1.0, 2.0] .+ m.b)
println(grad(x -> sum(abs2, x))([1.0, 2.0]))
# expect: [2.0, 4.0]
grad(loss)(Affine([1.0 0.0], [1.0]))
# expect error: line 9, column 1: grad with respect to a struct value (Affine) is not supported
