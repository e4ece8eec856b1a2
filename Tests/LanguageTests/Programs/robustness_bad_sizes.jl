println(size(zeros(0, 3)), " ", length(Float64[]), " ", isempty(1:0))
# expect: (0, 3) 0 true
onehot(2, -1)
# expect error: onehot: the number of classes must be at least 1, got -1
