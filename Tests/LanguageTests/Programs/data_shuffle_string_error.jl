println(length(shuffle(collect("abc"))))
# expect: 3
shuffle("abc")
# expect error: shuffle: expected an array or a list, got String "abc"; for a string use shuffle(collect(s))
