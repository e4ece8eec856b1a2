# Every loop iteration starts with an empty scope, even when the interpreter reuses
# the storage of an iteration that nothing captured.
for i in 1:3
    if i == 1
        y = 10
    else
        try
            println(i, " ", y)
        catch e
            println(i, " fresh: ", e)
        end
    end
end
# expect: 2 fresh: UndefVarError(:y)
# expect: 3 fresh: UndefVarError(:y)
# Closures made on some iterations only keep their own iteration's variables.
fs = []
for i in 1:5
    t = i * i
    if isodd(i)
        push!(fs, () -> (i, t))
    end
end
for f in fs
    println(f())
end
# expect: (1, 1)
# expect: (3, 9)
# expect: (5, 25)
# The same inside a function, with nested loops and a while loop.
function makers()
    out = []
    for i in 1:3, j in 1:2
        if j == 2
            push!(out, () -> i + 10j)
        end
    end
    k = 0
    while k < 3
        k += 1
        local m = 100k
        push!(out, () -> m)
    end
    return out
end
println([f() for f in makers()])
# expect: [21, 22, 23, 100, 200, 300]
# A closure made inside a nested block keeps the outer iteration's scope alive too.
gs = []
for i in 1:3
    for j in 1:1
        push!(gs, () -> i)
    end
end
println([g() for g in gs])
# expect: [1, 2, 3]
