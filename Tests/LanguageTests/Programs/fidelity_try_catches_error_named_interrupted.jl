# Whether `try` catches an error depends on its kind, never on its text: error("interrupted")
# is an ordinary ErrorException.
r = try
    error("interrupted")
catch e
    "caught"
end
println(r)
# expect: caught
