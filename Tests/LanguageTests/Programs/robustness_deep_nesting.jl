# Very deep nesting built at run time prints, copies and hashes without exhausting the stack.
l = []
for i in 1:5000
    global l = Any[l]
end
s = string(l)
println(length(s) < 2000, " ", endswith(s, "]"))
# expect: true true
c = deepcopy(l)
println(length(c))
# expect: 1
t = ()
for i in 1:5000
    global t = (t,)
end
d = Dict()
d[t] = 1
# expect error: cannot be a dictionary key
