# A struct's default constructor, field access, display and reflection.
struct Point
    x
    y
end
p = Point(1, "two")
println(p, " ", p.x, " ", p.y)
# expect: Point(1, "two") 1 two
println(typeof(p), " ", typeof(p) == Point, " ", p isa Point, " ", 1 isa Point)
# expect: Point true true false
println(fieldnames(Point), " ", fieldcount(Point), " ", propertynames(p))
# expect: (:x, :y) 2 (:x, :y)
println([Point(1, 2), Point(3.5, :s)])
# expect: Point[Point(1, 2), Point(3.5, :s)]
println(repr(Point('a', [1, 2])), " ", string(Point(nothing, (1, 2))))
# expect: Point('a', [1, 2]) Point(nothing, (1, 2))
q = typeof(p)(5, 6)
println(q.x + q.y, " ", getfield(q, :y), " ", ismutable(q))
# expect: 11 6 false
struct Empty end
println(Empty(), " ", Empty() === Empty())
# expect: Empty() true
p.z
# expect error: line 23, column 1: type Point has no field z
