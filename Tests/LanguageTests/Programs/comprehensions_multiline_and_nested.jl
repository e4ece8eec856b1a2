# A comprehension may continue on the next line inside its brackets, and two `for`
# clauses without a comma flatten into one vector (the first clause outermost).
xs = [1, 2, 3]
println([x^2
         for x in xs])
# expect: [1, 4, 9]
println([
    10x for x in xs if isodd(x)
])
# expect: [10, 30]
println([10s + t for s in 1:2 for t in 1:3])
# expect: [11, 12, 13, 21, 22, 23]
println([(s, t) for s in 1:3 for t in 1:s if t != 2])
# expect: [(1, 1), (2, 1), (3, 1), (3, 3)]
println([s * t for s in xs
               for t in 1:2])
# expect: [1, 2, 2, 4, 3, 6]
println(sum(i * j for i in 1:3 for j in 1:i))
# expect: 25
