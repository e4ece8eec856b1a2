x = [1.0 2.0]
println(size(x''), " ", size(x'''), " ", x'' == x)
# expect: (1, 2) (2, 1) true
