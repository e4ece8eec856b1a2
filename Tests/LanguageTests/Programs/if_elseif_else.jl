function classify(n)
    if n < 0
        "negative"
    elseif n == 0
        "zero"
    elseif n < 10
        "small"
    else
        "large"
    end
end
for n in [-5, 0, 3, 42]
    println(classify(n))
end
# expect: negative
# expect: zero
# expect: small
# expect: large
r = if 2 > 1 "yes" else "no" end
println(r)
# expect: yes
