# Immutable structs compare by value with === (and == falls back to it); mutable ones by identity.
struct Pair2
    a
    b
end
println(Pair2(1, 2) === Pair2(1, 2), " ", Pair2(1, 2) == Pair2(1, 2), " ", Pair2(1, 2) == Pair2(1, 2.0), " ", Pair2(1, 2) != Pair2(2, 1))
# expect: true true false true
v = [1, 2]
println(Pair2(v, 1) === Pair2(v, 1), " ", Pair2([1, 2], 1) === Pair2([1, 2], 1), " ", Pair2([1, 2], 1) == Pair2([1, 2], 1))
# expect: true false false
mutable struct Cell
    value
end
c = Cell(1)
d = c
println(c === d, " ", Cell(1) === Cell(1), " ", Cell(1) == Cell(1))
# expect: true false false
d.value = 5
println(c.value, " ", c)
# expect: 5 Cell(5)
e = deepcopy(c)
e.value = 7
println(c.value, " ", e.value, " ", ismutable(c))
# expect: 5 7 true
try
    copy(c)
catch err
    println(err isa MethodError, " ", summary(c), " ", isequal(Pair2(1, 2), Pair2(1, 2)), " ", Pair2(1, 2) in [Pair2(1, 2)])
end
# expect: true Cell true true
