a = :lstm
println(a, " ", repr(a), " ", a == :lstm, " ", a == :gru)
# expect: lstm :lstm true false
println(typeof(a), " ", typeof('c'), " ", repr('c'))
# expect: Symbol Char 'c'
cell = :gru
kind = cell == :lstm ? "long" : "gated"
println(kind)
# expect: gated
