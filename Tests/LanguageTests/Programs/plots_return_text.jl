p = lineplot([1.0, 4.0, 9.0]; title="squares", canvas=:ascii, width=30, height=5)
s = string(p)
println(typeof(p), " ", occursin("squares", s), " ", length(split(s, "\n")) >= 5)
# expect: Plot true true
h = histogram([1.0, 2.0, 2.0, 3.0]; bins=3, canvas=:ascii, width=30)
println(occursin("3", string(h)))
# expect: true
println(length(sparkline([1, 2, 3, 2, 1])) > 0)
# expect: true
e = eigplot([0.0 -1.0; 1.0 0.0]; width=30, height=8)
println(occursin("ρ = 1.0", string(e)))
# expect: true
lineplot([1, 2]; yscale=:cubic)
# expect error: yscale is :linear or :log10, not :cubic
