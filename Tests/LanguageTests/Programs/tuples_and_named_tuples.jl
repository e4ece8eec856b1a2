t = (1, "two", 3.0)
println(t[2], " ", length(t), " ", t)
# expect: two 3 (1, "two", 3.0)
single = (5,)
println(single, " ", typeof(single))
# expect: (5,) Tuple{Int64}
a, b, c = t
println(c)
# expect: 3.0
nt = (lr = 0.1, epochs = 5)
println(nt.lr, " ", nt.epochs, " ", nt)
# expect: 0.1 5 (lr = 0.1, epochs = 5)
t[1] = 2
# expect error: tuples cannot be changed
