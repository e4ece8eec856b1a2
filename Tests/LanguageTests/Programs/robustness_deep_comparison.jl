# `==` on values nested past its depth limit says so; it used to answer false, which
# is a wrong answer (Julia compares them, or overflows its stack trying).
println((a = 1, b = (2, 3)) == (a = 1, b = (2, 3)), " ", (a = 1,) == (b = 1,))
# expect: true false
shallow = ((1,),)
println(shallow == ((1,),), " ", 1 in [shallow, 2])
# expect: true false
t = ()
for i in 1:20000
    global t = (t,)
end
t == t
# expect error: line 12, column 1: `==` cannot compare values nested more than 10000 deep
