# A dot call with a list among its arguments takes a range or vector beside it element
# by element (it used to pass the whole range to every call: "1:3. First").
labels = string.(1:3, ". ", ["First", "Second", "Third"])
println(labels)
# expect: ["1. First", "2. Second", "3. Third"]
println(string.([10, 20], "-", ["a", "b"]))
# expect: ["10-a", "20-b"]
println(string.((1, 2), "x"))
# expect: ("1x", "2x")
println(string.(["only"], 1:2))
# expect: ["only1", "only2"]
string.(1:3, ["a", "b"])
# expect error: string.(): shapes (3,) and (2,) do not match
