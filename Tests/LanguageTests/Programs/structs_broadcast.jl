# A callable struct in a dot call runs on each element; a struct as a dot call's
# argument is refused, since Julia would iterate it.
struct Scale; k; end
(s::Scale)(x) = s.k * x
double = Scale(2)
println(double.([1, 2, 3]), " ", double.((1, 2)), " ", map(double, [4, 5]))
# expect: [2, 4, 6] (2, 4) [8, 10]
println(getfield.([Scale(1), Scale(7)], :k), " ", (s -> s.k).((Scale(3),)))
# expect: [1, 7] (3,)
magnitude(s::Scale) = abs(s.k)
magnitude.(Scale(-4))
# expect error: line 11, column 1: a dot call over a struct value (Scale) is not supported
