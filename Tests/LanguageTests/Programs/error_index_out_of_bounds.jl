v = [1.0, 2.0, 3.0]
v[4]
# expect error: index [4] is out of range for shape (3,)
