# A macro the notebook does not know is refused at once, naming the ones it knows.
@btime x = 1
# expect error: the macro @btime is not supported; the notebook knows @showprogress @show
