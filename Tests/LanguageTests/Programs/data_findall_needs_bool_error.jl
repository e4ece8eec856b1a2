println(findall([false, true]))
# expect: [2]
findall([1, 0, 1])
# expect error: findall: the elements must be true or false, got Int64
