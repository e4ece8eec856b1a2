# `where` is read after a method's signature; elsewhere it is refused by name.
g = (x::T) where T -> x
# expect error: line 2, column 12: `where` here is not supported yet
