# Julia's numbers index as 0-dimensional collections: only x[1] exists.
x = 5
x[3]
# expect error: BoundsError: attempt to access Int64 at index [3]
