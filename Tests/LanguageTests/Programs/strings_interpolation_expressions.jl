A = [1 2; 3 4]
println("size $(size(A)), sum $(sum(A)), row $(A[1, :])")
# expect: size (2, 2), sum 10, row [1, 2]
name = :lstm
println("cell=$name f=$(uppercase(string(name)))")
# expect: cell=lstm f=LSTM
x = 1.0e-7
println("x=$x, 2x=$(2x)")
# expect: x=1.0e-7, 2x=2.0e-7
