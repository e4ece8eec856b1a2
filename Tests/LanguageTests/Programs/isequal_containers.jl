# `isequal` on containers: NaN equals NaN and -0.0 differs from 0.0 inside them too;
# a tuple equals only a tuple, and arrays only arrays of the same axes.
println(isequal([1.0, NaN], [1.0, NaN]), " ", [1.0, NaN] == [1.0, NaN])
# expect: true false
println(isequal((1, -0.0), (1, 0.0)), " ", isequal((1, 2), (1, 2)))
# expect: false true
println(isequal([1, 2], (1, 2)), " ", isequal((1, 2), [1, 2]))
# expect: false false
println(isequal(1:3, [1, 2, 3]), " ", isequal([1, 2], [1.0, 2.0]))
# expect: true true
println(isequal([1, 2, 3, 4], [1 3; 2 4]), " ", isequal(1, [1]))
# expect: false false
l = []; push!(l, l)
try
    isequal(l, deepcopy(l))
catch e
    println(e isa StackOverflowError)
end
# expect: true
# `==` likewise: a list and a numeric vector are both vectors.
println(Any[1, 2] == [1, 2], " ", [1.0, 2.0] == Any[1, 2], " ", Any[1, 2] == 1:2, " ", (1, 2) == [1, 2])
# expect: true true true false
println(Any[1, 2, 3, 4] == [1 3; 2 4], " ", Any[1, NaN] == [1, NaN])
# expect: false false
