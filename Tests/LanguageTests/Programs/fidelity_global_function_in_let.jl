# A function made global inside `let` is defined after the block, closing over the let's variables.
let
    global f
    f(x) = x + 1
end
println(f(2))
# expect: 3
let y = 10
    global g(x) = x + y
end
println(g(1))
# expect: 11
let
    global function h(x)
        2x
    end
end
println(h(4))
# expect: 8
try
    y
catch
    println("y stays local to its let")
end
# expect: y stays local to its let
