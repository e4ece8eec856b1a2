function make_counter()
    count = 0
    increment() = (count += 1)
    return increment
end
c = make_counter()
c(); c()
println(c())
# expect: 3
adders = [x -> x + k for k in 1:3]
println(adders[2](10))
# expect: 12
function outer()
    a = 1
    inner() = a * 10
    a = 5
    inner()
end
println(outer())
# expect: 50
