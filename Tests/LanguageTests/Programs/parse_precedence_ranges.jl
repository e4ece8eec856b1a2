# `:` binds looser than arithmetic: 1:n+1 is 1:(n+1), 1:3 .+ 1 is 1:4.
n = 3
println(collect(1:n+1), " ", collect(1:3 .+ 1), " ", collect(2n:-1:n))
# expect: [1, 2, 3, 4] [1, 2, 3, 4] [6, 5, 4, 3]
println(1:2:7 == 1:2:7, " ", length(0:0.5:2))
# expect: true 5
