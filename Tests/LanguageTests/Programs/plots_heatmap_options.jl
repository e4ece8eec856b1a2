# heatmap passes zlim, rowlabels and collabels to the plot: the legend shows the
# given limits rather than the data's, and the labels appear beside and below.
A = [0.0 0.5; 0.25 0.75]
plain = string(heatmap(A))
s = string(heatmap(A; zlim=(-2, 3), rowlabels=["first", "second"], collabels=["left", "right"]))
println(occursin(" 3", s), " ", occursin(" -2", s), " ", occursin(" 0.75", s))
# expect: true true false
println(occursin("first", s), " ", occursin("second", s), " ", occursin("left", s), " ", occursin("right", s))
# expect: true true true true
println(occursin("first", plain), " ", occursin(" 0.75", plain))
# expect: false true
