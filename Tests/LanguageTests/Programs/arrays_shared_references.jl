# Arrays are shared, as in Julia: b = a is the same array; copy makes a new one.
a = [1.0, 2.0, 3.0]
b = a
c = copy(a)
b[1] = 100.0
println(a[1], " ", c[1])
# expect: 100.0 1.0
function zero_first!(v)
    v[1] = 0
    return nothing
end
zero_first!(a)
println(a)
# expect: [0.0, 2.0, 3.0]
x = [1.0, 2.0]
y = x
x .= [5.0, 6.0]
println(y)
# expect: [5.0, 6.0]
