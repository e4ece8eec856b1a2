# Triple-quoted strings lose the newline after the opening quotes and the indentation
# of their least-indented line (whitespace-only lines aside; the closing line counts).
s = """
    hello
      world
    """
print(s)
# expect: hello
# expect:   world
t = """
      a

    b
  """
println(repr(t))
# expect: "    a\n\n  b\n"
u = """first
    second"""
println(repr(u))
# expect: "first\nsecond"
