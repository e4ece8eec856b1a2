# Inner constructors with new, outer constructors as methods, and dispatch on struct types.
struct Interval
    lo
    hi
    Interval(a, b) = a <= b ? new(a, b) : new(b, a)
    Interval(a) = new(a, a)
end
println(Interval(5, 2), " ", Interval(3))
# expect: Interval(2, 5) Interval(3, 3)
struct Box
    w::Int
    h::Int
end
Box(side) = Box(side, side)
Box(w::Float64, h::Float64) = Box(round(Int, w), round(Int, h))
println(Box(4), " ", Box(2, 3), " ", Box(2.4, 3.6))
# expect: Box(4, 4) Box(2, 3) Box(2, 4)
area(b::Box) = b.w * b.h
area(i::Interval) = i.hi - i.lo
area(x) = "unknown"
println(area(Box(3)), " ", area(Interval(1, 4)), " ", area(7))
# expect: 9 3 unknown
# Running the same declaration again keeps the type and its methods, as Julia does.
struct Box
    w::Int
    h::Int
end
println(area(Box(2)))
# expect: 4
struct Box
    w
end
# expect error: line 30, column 1: invalid redefinition of constant Main.Box
