# Manual chapter: Control Flow (doc/src/manual/control-flow.md)

# case: Compound Expressions — a begin block's value is its last expression
total = begin
    a = 4
    b = 6
    a * b
end
println(total)
# expect: 24

# case: Compound Expressions — a parenthesised ; chain, on one line and over several
p = (u = 3; v = 4; u^2 + v^2)
q = (u = 1;
     v = 2;
     u - v)
println(p, " ", q)
# expect: 25 -1

# case: Compound Expressions — begin ... end on a single line
println(begin m = 2; n = 5; m + n end)
# expect: 7

# case: Conditional Evaluation — if, elseif and else choose one branch
function compare(x, y)
    if x < y
        println(x, " is smaller")
    elseif x > y
        println(x, " is larger")
    else
        println("they are equal")
    end
end
compare(1, 5)
compare(9, 2)
compare(3, 3)
# expect: 1 is smaller
# expect: 9 is larger
# expect: they are equal

# case: Conditional Evaluation — a variable first assigned inside an if is seen after it
function describe(n)
    if n % 2 == 0
        kind = "even"
    else
        kind = "odd"
    end
    return "$n is $kind"
end
println(describe(7))
println(describe(10))
# expect: 7 is odd
# expect: 10 is even

# case: Conditional Evaluation — reading a variable that no branch assigned is an UndefVarError
function partial(x)
    if x > 0
        label = "positive"
    end
    return label
end
println(partial(2))
try
    partial(-2)
catch err
    println(err isa UndefVarError)
end
# expect: positive
# expect: true

# case: Conditional Evaluation — an if block has the value of the branch taken
level = 12
word = if level > 10
    "high"
else
    "low"
end
println(word)
# expect: high

# case: Conditional Evaluation — an if with no branch taken has the value nothing
r = if false
    1
end
println(r === nothing)
# expect: true

# case: Conditional Evaluation — a non-Bool condition is a TypeError
try
    if 1
        println("taken")
    end
catch err
    println(err isa TypeError)
end
# expect: true

# case: Conditional Evaluation — the ternary operator picks one of two values
x = 5; y = 8
println(x < y ? "x first" : "y first")
x = 9
println(x < y ? "x first" : "y first")
# expect: x first
# expect: y first

# case: Conditional Evaluation — chained ternaries associate to the right
sign_word(n) = n < 0 ? "negative" : n > 0 ? "positive" : "zero"
println(sign_word(-3), " ", sign_word(0), " ", sign_word(4))
# expect: negative zero positive

# case: Conditional Evaluation — only the chosen side of ?: is evaluated
loud(s) = (println("evaluating ", s); s)
result = 2 > 1 ? loud("left") : loud("right")
println(result)
# expect: evaluating left
# expect: left

# case: Short-Circuit Evaluation — && and || evaluate the right side only when needed
yes(n) = (println("yes ", n); true)
no(n) = (println("no ", n); false)
println(no(1) && yes(2))
println(yes(3) || no(4))
println(no(5) || yes(6))
# expect: no 1
# expect: false
# expect: yes 3
# expect: true
# expect: no 5
# expect: yes 6
# expect: true

# case: Short-Circuit Evaluation — cond || error(...) and cond && return as guards
function factorial_checked(n::Int)
    n >= 0 || error("n must not be negative")
    n == 0 && return 1
    return n * factorial_checked(n - 1)
end
println(factorial_checked(6))
try
    factorial_checked(-1)
catch err
    println(err.msg)
end
# expect: 720
# expect: n must not be negative

# case: Short-Circuit Evaluation — & and | evaluate both operands
yes2(n) = (println("yes ", n); true)
no2(n) = (println("no ", n); false)
println(no2(1) & yes2(2))
println(yes2(3) | yes2(4))
# expect: no 1
# expect: yes 2
# expect: false
# expect: yes 3
# expect: yes 4
# expect: true

# case: Short-Circuit Evaluation — a non-Bool before && is a TypeError
try
    1 && true
catch err
    println(err isa TypeError)
end
# expect: true

# case: Short-Circuit Evaluation — the last operand of && may be any value
println(true && (t = (7, 8)))
println(false && (t = (7, 8)))
# expect: (7, 8)
# expect: false

# case: Repeated Evaluation: Loops — a while loop updating a global counter
k = 1
while k <= 3
    println("k = ", k)
    global k += 1
end
# expect: k = 1
# expect: k = 2
# expect: k = 3

# case: Repeated Evaluation: Loops — for over a range, a vector and with ∈
for i = 2:3
    println(i)
end
for s in ["ab", "cd"]
    println(s)
end
for z ∈ (10, 20)
    println(z)
end
# expect: 2
# expect: 3
# expect: ab
# expect: cd
# expect: 10
# expect: 20

# case: Repeated Evaluation: Loops — a step range counts by its step
for i in 1:3:10
    print(i, " ")
end
println()
for i in 5:-2:1
    print(i, " ")
end
println()
# expect: 1 4 7 10
# expect: 5 3 1

# case: Repeated Evaluation: Loops — the loop variable leaves an outer variable alone
j = 100
for j = 1:3
end
println(j)
# expect: 100

# case: Repeated Evaluation: Loops — the loop variable does not exist after the loop
for fresh_name = 1:2
end
try
    fresh_name
catch err
    println(err isa UndefVarError)
end
# expect: true

# case: Repeated Evaluation: Loops — break leaves a while true loop
n = 1
while true
    println(n)
    n >= 3 && break
    global n += 1
end
println("done at ", n)
# expect: 1
# expect: 2
# expect: 3
# expect: done at 3

# case: Repeated Evaluation: Loops — break ends a for loop early
for i = 1:100
    if i * i > 10
        println("first square above 10: ", i * i)
        break
    end
end
# expect: first square above 10: 16

# case: Repeated Evaluation: Loops — continue skips to the next iteration
for i = 1:12
    i % 4 != 0 && continue
    println(i)
end
# expect: 4
# expect: 8
# expect: 12

# case: Repeated Evaluation: Loops — break in nested loops leaves only the inner one
for i in 1:3
    for j in 1:3
        println(i, j)
        j >= i && break
    end
end
# expect: 11
# expect: 21
# expect: 22
# expect: 31
# expect: 32
# expect: 33

# case: Repeated Evaluation: Loops — one for with two iterables runs over their product
for a = 1:2, b = 'x':'y'
    println((a, b))
end
# expect: (1, 'x')
# expect: (1, 'y')
# expect: (2, 'x')
# expect: (2, 'y')

# case: Repeated Evaluation: Loops — the inner iterable may depend on the outer variable
for i = 1:3, j = 1:i
    print((i, j), " ")
end
println()
# expect: (1, 1) (2, 1) (2, 2) (3, 1) (3, 2) (3, 3)

# case: Repeated Evaluation: Loops — assigning the outer variable of a combined loop does not carry over
for i = 1:2, j = 5:6
    println((i, j))
    i = -1
end
# expect: (1, 5)
# expect: (1, 6)
# expect: (2, 5)
# expect: (2, 6)

# case: Repeated Evaluation: Loops — break in a combined loop leaves the whole nest
for i = 1:3, j = 1:3
    println((i, j))
    i == 2 && break
end
# expect: (1, 1)
# expect: (1, 2)
# expect: (1, 3)
# expect: (2, 1)

# case: Repeated Evaluation: Loops — zip stops at the shorter iterable, matrices in column order
for (p, q) in zip([1 2 3], [10 20 30 40])
    println((p, q))
end
# expect: (1, 10)
# expect: (2, 20)
# expect: (3, 30)

# case: Exception Handling — sqrt of a negative real throws a DomainError that try catches
try
    sqrt(-9)
catch err
    println(err isa DomainError)
end
# expect: true

# case: Exception Handling — throw(DomainError(x, msg)) and reading its fields
checked_exp(x) = x >= 0 ? exp(-x) : throw(DomainError(x, "x must be non-negative"))
println(checked_exp(1))
try
    checked_exp(-2)
catch err
    println(err isa DomainError, " ", err.val, " ", err.msg)
end
# expect: 0.36787944117144233
# expect: true -2 x must be non-negative

# case: Exception Handling — error(msg) throws an ErrorException carrying the message
try
    error("something went wrong")
catch err
    println(typeof(err))
    println(err.msg)
end
# expect: ErrorException
# expect: something went wrong

# case: Exception Handling — an error in a called function unwinds the caller
careful_sqrt(x) = x >= 0 ? sqrt(x) : error("negative input")
function chatty(x)
    println("before")
    r = careful_sqrt(x)
    println("after")
    return r
end
println(chatty(16))
try
    chatty(-1)
catch err
    println("caught: ", err.msg)
end
# expect: before
# expect: after
# expect: 4.0
# expect: before
# expect: caught: negative input

# case: The try/catch statement — choosing what to do by the exception's type
function second_root(x)
    try
        sqrt(x[2])
    catch err
        if err isa DomainError
            sqrt(complex(x[2], 0))
        elseif err isa BoundsError
            sqrt(x)
        else
            rethrow()
        end
    end
end
println(second_root([1, 9]))
println(second_root([1, -9]))
println(second_root(25))
# expect: 3.0
# expect: 0.0 + 3.0im
# expect: 5.0

# case: The try/catch statement — a MethodError from calling sqrt on a string is caught
try
    sqrt("nine")
catch err
    println("not a number: ", err isa MethodError)
end
# expect: not a number: true

# case: The try/catch statement — try ... catch; value end on one line
v = try error("x") catch; 42 end
println(v)
# expect: 42

# case: The try/catch statement — rethrow passes the exception to an outer handler
try
    try
        error("inner")
    catch err
        println("first handler")
        rethrow()
    end
catch err
    println("second handler: ", err.msg)
end
# expect: first handler
# expect: second handler: inner

# case: finally Clauses — the finally block runs whether or not the try block fails
function guarded(fail)
    try
        fail && error("failed")
        println("body finished")
    finally
        println("cleanup")
    end
end
guarded(false)
try
    guarded(true)
catch err
    println("then: ", err.msg)
end
# expect: body finished
# expect: cleanup
# expect: cleanup
# expect: then: failed

# case: finally Clauses — the value of try/finally is the try block's value
w = try
    "from try"
finally
    "from finally"
end
println(w)
# expect: from try

# case: else Clauses — else runs only when the try block did not throw
for input in (4, -4)
    try
        input < 0 && error("negative")
    catch
        println(input, ": caught")
    else
        println(input, ": no error")
    end
end
# expect: 4: no error
# expect: -4: caught

# case: else Clauses — the value of try/catch/else/finally is that of the last block run but finally
a1 = try
    error("")
catch
    1
else
    2
finally
    3
end
a2 = try
    0
catch
    1
else
    2
finally
    3
end
println((a1, a2))
# expect: (1, 2)

# case: else Clauses — a name made in the try block is not seen by else (manual's doctest)
try
    foo = 1
catch
else
    foo
end
# expect error: `foo`

# case: else Clauses — an error thrown in else is not caught by the catch, and finally still runs
function checked_step()
    try
        println("step ran")
    catch
        println("never printed: else is outside the catch's reach")
    else
        error("failed after the step")
    finally
        println("cleaned up")
    end
end
try
    checked_step()
catch err
    println(err)
end
# expect: step ran
# expect: cleaned up
# expect: ErrorException("failed after the step")

# case: else Clauses — each clause is its own scope; a local declared outside is seen by all
function read_twice()
    local n
    try
        n = 21
    catch
        n = 0
    else
        n *= 2
    end
    return n
end
println(read_twice())
# expect: 42

# case: else Clauses — else needs a catch before it
try
    1
else
    2
end
# expect error: syntax error

# case: finally Clauses — an error thrown by finally replaces the one in flight
try
    try
        error("first")
    finally
        error("second")
    end
catch err
    println(err)
end
# expect: ErrorException("second")

# case: Exception Handling — try without catch or finally is a syntax error
try
    1
end
# expect error: syntax error

# case: Exception Handling — catching a BoundsError from indexing past the end
v = [1, 2, 3]
try
    v[4]
catch err
    println(err isa BoundsError)
end
# expect: true

# case: Exception Handling — a return inside try still runs finally
function early()
    try
        return "returned"
    finally
        println("finally ran")
    end
end
println(early())
# expect: finally ran
# expect: returned

# case: Exception Handling — a caught exception prints as Julia's show of it
try
    sqrt(-4.0)
catch e
    println(e)
end
try
    error("boom")
catch e
    println(e)
end
# expect: DomainError(-4.0, "sqrt was called with a negative real argument but will only return a complex result if called with a complex argument. Try sqrt(Complex(x)).")
# expect: ErrorException("boom")
