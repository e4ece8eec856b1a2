# Operators and Base functions extended for a struct type; a show method is refused,
# since printing would not call it.
struct Money
    cents::Int
end
Base.:+(a::Money, b::Money) = Money(a.cents + b.cents)
Base.:(==)(a::Money, b::Money) = a.cents == b.cents
Base.length(m::Money) = 1
println(Money(150) + Money(275), " ", Money(1) == Money(1), " ", Money(1) != Money(2), " ", length(Money(3)), " ", length([1, 2]))
# expect: Money(425) true true 1 2
Base.show(io::IO, m::Money) = print(io, m.cents, " cents")
# expect error: line 11, column 1: methods of `show` for your own types are not supported
