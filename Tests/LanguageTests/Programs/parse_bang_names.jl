function reset!(v)
    v .= 0
    v
end
a = [1.0, 2.0]
reset!(a)
println(a, " ", a != [1.0, 2.0])
# expect: [0.0, 0.0] true
