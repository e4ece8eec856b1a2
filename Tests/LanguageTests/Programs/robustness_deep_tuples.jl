# Tuples, pairs and named tuples nested 300,000 deep are built, shown, compared and
# freed without one stack frame per level (issue 12: freeing them crashed the REPL).
t = ()
for i in 1:300000
    global t = (t,)
end
p = 1
for i in 1:300000
    global p = p => i
end
n = (a = 1,)
for i in 1:300000
    global n = (a = n, b = i)
end
println(p.second)
# expect: 300000
println(n.b)
# expect: 300000
t = nothing
p = nothing
println("freed")
# expect: freed
