x = 1; y = 2; println(x + y)
# expect: 3
z = (a = 3; a * 2)
println(z)
# expect: 6
function f(); 42; end
println(f())
# expect: 42
for i in 1:2; print(i); end; println()
# expect: 12
