# A long linked list of structs is built and freed without using the stack per node.
mutable struct Node
    value
    next
end
head = nothing
for i in 1:200000
    global head = Node(i, head)
end
println(head.value, " ", head.next.value)
# expect: 200000 199999
head = nothing
a = Node(1, nothing)
a.next = a
println(a)
# expect: Node(1, Node(#= circular reference @-1 =#))
b = deepcopy(a)
println(b.next === b, " ", b === a, " ", b.value)
# expect: true false 1
struct Link
    next
end
x = nothing
y = nothing
for i in 1:100000
    global x = Link(x)
    global y = Link(y)
end
println(x === y, " ", x == y, " ", Link(1) === Link(2))
# expect: true true false
