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
