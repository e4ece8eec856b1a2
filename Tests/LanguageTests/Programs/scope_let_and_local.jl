x = 100
y = let x = 1, z = x + 1
    x + z
end
println(y, " ", x)
# expect: 3 100
function f()
    local t = 5
    for i in 1:3
        t += i
    end
    t
end
println(f())
# expect: 11
b = begin
    p = 2
    p * 21
end
println(b)
# expect: 42
