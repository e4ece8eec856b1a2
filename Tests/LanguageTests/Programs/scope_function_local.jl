# Assigning inside a function makes a local; the global is untouched.
x = 1
function f()
    x = 2
    return x
end
println(f(), " ", x)
# expect: 2 1
# `global` opts in to changing the global.
function g()
    global x = 3
    x += 1
end
g()
println(x)
# expect: 4
# Loops inside functions update the function's locals.
function sum_to(n)
    s = 0
    for i in 1:n
        s += i
    end
    s
end
println(sum_to(100))
# expect: 5050
