r = 1:5
println(r, " ", length(r), " ", r[2], " ", first(r), " ", last(r))
# expect: 1:5 5 2 1 5
println(1:2:9, " ", collect(1:2:9), " ", 10:-2:1)
# expect: 1:2:9 [1, 3, 5, 7, 9] 10:-2:2
println(sum(1:100), " ", 3 in 1:5, " ", 7 in 1:5)
# expect: 5050 true false
println(collect(0:0.1:0.3))
# expect: [0.0, 0.1, 0.2, 0.3]
println(2 .* (1:3), " ", (1:3) .+ 0.5)
# expect: [2, 4, 6] [1.5, 2.5, 3.5]
println(reverse(1:3), " ", isempty(5:4))
# expect: [3, 2, 1] true
