# What the notebook does not support inside struct syntax is refused with one clear error.
function make()
    struct Inner
        x
    end
end
make()
# expect error: line 3, column 5: syntax: "struct" expression not at top level
