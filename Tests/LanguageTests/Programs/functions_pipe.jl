double(x) = 2x
println(3 |> double |> double)
# expect: 12
println([1, 4, 9] |> sum)
# expect: 14
