# Abstract types the program declares, and what stays refused around them.
abstract type Shape end
abstract type Polygon <: Shape end
struct Square <: Polygon
    side
end
println(Square(2) isa Polygon, " ", Square(2) isa Shape, " ", Square <: Shape, " ", Polygon <: Square, " ", supertype(Square))
# expect: true true true false Polygon
abstract type Shape end
struct Blob <: Square
    r
end
# expect error: line 10, column 1: invalid subtyping in definition of Blob: can only subtype abstract types.
