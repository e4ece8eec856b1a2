# Fields of a mutable struct are assigned and converted to their declared type.
mutable struct Account
    owner::String
    balance::Float64
    count::Int
end
a = Account("ana", 10, 2.0)
println(a)
# expect: Account("ana", 10.0, 2)
a.balance += 5
a.count = a.count + 1
setfield!(a, :owner, "bo")
println(a.owner, " ", a.balance, " ", a.count)
# expect: bo 15.0 3
try
    a.count = 2.5
catch err
    println(err isa InexactError)
end
# expect: true
try
    Account(1, 2, 3)
catch err
    println(err isa MethodError)
end
# expect: true
struct Frozen
    v
end
f = Frozen([1, 2])
f.v[1] = 10
println(f)
# expect: Frozen([10, 2])
f.v = [3]
# expect error: line 34, column 1: setfield!: immutable struct of type Frozen cannot be changed
