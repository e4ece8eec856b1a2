# At the top level a loop updates existing globals (the REPL's soft scope)...
total = 0
for i in 1:4
    total += i
end
println(total)
# expect: 10
# ...but names first assigned inside the loop stay local to it.
for i in 1:2
    inner = i * 100
end
println(inner)
# expect error: undefined variable `inner`
