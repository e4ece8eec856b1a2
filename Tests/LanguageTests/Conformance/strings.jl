# Manual chapter: Strings (doc/src/manual/strings.md)

# case: Characters — a Char literal, its type and its code point
c = 'x'
println(typeof(c))
println(Int(c))
# expect: Char
# expect: 120

# case: Characters — Char(120) and a \u escape make characters
println(Char(120))
println(repr(Char(0x78)))
println('\u78' == 'x')
# expect: x
# expect: 'x'
# expect: true

# case: Characters — display of a Char names its code point and category
display('x')
display('A')
# expect: 'x': ASCII/Unicode U+0078 (category Ll: Letter, lowercase)
# expect: 'A': ASCII/Unicode U+0041 (category Lu: Letter, uppercase)

# case: Characters — comparison and limited arithmetic
println('A' < 'a')
println('a' <= 'x' <= 'z')
println('x' - 'a')
println('A' + 1)
println(repr('a' + 2))
# expect: true
# expect: true
# expect: 23
# expect: B
# expect: 'c'

# case: Characters — isvalid for code points
println(isvalid(Char, 0x110000))
println(isvalid(Char, 0x41))
# expect: false
# expect: true

# case: String Basics — indexing with begin, end and integers
str = "Hello, world.\n"
println(repr(str[begin]), " ", repr(str[1]), " ", repr(str[6]), " ", repr(str[end]))
println(repr(str[end-1]))
# expect: 'H' 'H' ',' '\n'
# expect: '.'

# case: String Basics — a range of indices is a substring; a one-element range is a String
str = "Hello, world.\n"
println(repr(str[4:9]))
println(repr(str[6]), " ", repr(str[6:6]))
# expect: "lo, wo"
# expect: ',' ","

# case: String Basics — indexing past the end is a BoundsError
str = "Hello"
try
    str[end + 1]
catch err
    println(err isa BoundsError)
end
# expect: true

# case: String Basics — SubString shares the parent's memory
str = "long string"
sub = SubString(str, 1, 4)
println(repr(sub))
println(typeof(sub))
# expect: "long"
# expect: SubString{String}

# case: String Basics — a triple-quoted string may hold quotes
s = """Contains "quote" characters"""
println(s)
# expect: Contains "quote" characters

# case: Unicode and UTF-8 — indexing a multi-byte character and length
s = "\u2200 x \u2203 y"
println(s)
println(repr(s[1]))
println(length(s), " ", lastindex(s))
println(repr(s[4]))
# expect: ∀ x ∃ y
# expect: '∀'
# expect: 7 11
# expect: ' '

# case: Unicode and UTF-8 — an index inside a character is a StringIndexError
s = "\u2200 x"
try
    s[2]
catch err
    println(err isa StringIndexError)
end
# expect: true

# case: Unicode and UTF-8 — nextind steps over a whole character
s = "\u2200 x \u2203 y"
println(nextind(s, 1))
println(repr(s[nextind(s, 1)]))
# expect: 4
# expect: ' '

# case: Unicode and UTF-8 — iterating a string yields characters
for ch in "a∀b"
    print(repr(ch), " ")
end
println()
# expect: 'a' '∀' 'b'

# case: Unicode and UTF-8 — collect(eachindex(s)) lists the valid indices
println(collect(eachindex("a∀b")))
# expect: [1, 2, 5]

# case: Concatenation — string() and *
greet = "Hello"
whom = "world"
println(string(greet, ", ", whom, ".\n"))
println(greet * ", " * whom * ".")
# expect: Hello, world.
# expect:
# expect: Hello, world.

# case: Concatenation — string() converts non-strings with print
println(string("n = ", 3, ", x = ", 2.5, ", ", :sym, ", ", 'c'))
# expect: n = 3, x = 2.5, sym, c

# case: Concatenation — ^ repeats a string
println("ab"^3)
println(repeat(".:", 3))
# expect: ababab
# expect: .:.:.:

# case: Interpolation — $name and $(expression)
greet = "Hello"
whom = "world"
println("$greet, $whom.")
println("1 + 2 = $(1 + 2)")
# expect: Hello, world.
# expect: 1 + 2 = 3

# case: Interpolation — non-strings are interpolated with print
v = [1, 2, 3]
println("v: $v")
println("tuple: $((1, "a"))")
# expect: v: [1, 2, 3]
# expect: tuple: (1, "a")

# case: Interpolation — a string literal inside $( ), as join's separator
words = ["red", "green", "blue"]
println("colours: $(join(words, ", ")).")
# expect: colours: red, green, blue.

# case: Interpolation — parentheses and quotes inside literals in $( ) do not close it
println("$(string(")", '(')) and $("say \"hi\"")")
# expect: )( and say "hi"

# case: Interpolation — strings nested in $( ) inside $( )
n = 3
println("outer $("inner $(n * 2)") done")
# expect: outer inner 6 done

# case: Interpolation — a literal dollar sign is escaped
println("\$100")
# expect: $100

# case: Triple-Quoted String Literals — indentation is removed
s = """
    hello
      world
    """
print(s)
# expect: hello
# expect:   world

# case: Common Operations — comparing strings lexicographically
println("abracadabra" < "xylophone")
println("abracadabra" == "xylophone")
println("Hello, world." != "Goodbye, world.")
# expect: true
# expect: false
# expect: true

# case: Common Operations — findfirst, findlast and findnext of a character
println(findfirst('o', "xylophone"))
println(findlast('o', "xylophone"))
println(findnext('o', "xylophone", 5))
println(findfirst('z', "xylophone") === nothing)
# expect: 4
# expect: 7
# expect: 7
# expect: true

# case: Common Operations — findfirst of a substring gives a range
println(findfirst("ph", "xylophone"))
# expect: 5:6

# case: Common Operations — occursin for substrings and characters
println(occursin("world", "Hello, world."))
println(occursin('o', "Xylophon"))
println(occursin('z', "Xylophon"))
# expect: true
# expect: true
# expect: false

# case: Common Operations — repeat and join with a last separator
println(join(["apples", "bananas", "pineapples"], ", ", " and "))
println(join([1, 2, 3]))
println(join('a':'c', "-"))
# expect: apples, bananas and pineapples
# expect: 123
# expect: a-b-c

# case: Common Operations — firstindex, lastindex and length
s = "Julia"
println((firstindex(s), lastindex(s), length(s)))
# expect: (1, 5, 5)

# case: Common Operations — uppercase, lowercase and titlecase
println(uppercase("Julia"), " ", lowercase("JuLiA"), " ", titlecase("the quick fox"))
# expect: JULIA julia The Quick Fox

# case: Common Operations — uppercase and lowercase of a character
println(repr(uppercase('a')), " ", repr(lowercase('Q')))
# expect: 'A' 'q'

# case: Common Operations — strip, lstrip, rstrip and chomp
println(repr(strip("  padded  ")), " ", repr(lstrip("  x ")), " ", repr(rstrip(" x  ")))
println(repr(chomp("line\n")), " ", repr(chop("abc")))
# expect: "padded" "x " " x"
# expect: "line" "ab"

# case: Common Operations — replace with a pair
println(replace("hello world", "o" => "0"))
println(replace("aaa", "a" => "b", count = 2))
# expect: hell0 w0rld
# expect: bba

# case: Common Operations — split gives SubStrings
parts = split("a,b,,c", ",")
println(parts)
println(length(parts))
# expect: SubString{String}["a", "b", "", "c"]
# expect: 4

# case: Common Operations — split on whitespace by default
display(split("  one two\tthree "))
# expect: 3-element Vector{SubString{String}}:
# expect:  "one"
# expect:  "two"
# expect:  "three"

# case: Common Operations — lpad and rpad
println(lpad("7", 3, "0"))
println(rpad("ab", 5) * "|")
println(lpad(42, 6))
println(rpad("x", 4, '.'))
# expect: 007
# expect: ab   |
# expect:     42
# expect: x...

# case: Common Operations — reverse, first and last with counts
println(reverse("stressed"))
println(first("Julia", 2), " ", last("Julia", 3))
# expect: desserts
# expect: Ju lia

# case: Common Operations — startswith, endswith and contains
println((startswith("julia", "ju"), endswith("julia", "ia"), contains("julia", "li")))
# expect: (true, true, true)

# case: Common Operations — parse and string convert between numbers and text
println(parse(Int, "42") + 1)
println(parse(Float64, "2.5") * 2)
println(string(42) * "!")
println(tryparse(Int, "4x2") === nothing)
# expect: 43
# expect: 5.0
# expect: 42!
# expect: true

# case: Common Operations — collect of a string gives a Vector{Char}
display(collect("abc"))
# expect: 3-element Vector{Char}:
# expect:  'a': ASCII/Unicode U+0061 (category Ll: Letter, lowercase)
# expect:  'b': ASCII/Unicode U+0062 (category Ll: Letter, lowercase)
# expect:  'c': ASCII/Unicode U+0063 (category Ll: Letter, lowercase)

# case: Common Operations — println of a Vector{Char}
println(collect("hey"))
# expect: ['h', 'e', 'y']

# case: Common Operations — map over a string gives a string
println(map(uppercase, "abc"))
# expect: ABC

# case: Common Operations — map over a Vector{Char} gives characters
println(map(uppercase, ['a', 'b']))
println(map(c -> c + 1, ['a', 'y']))
# expect: ['A', 'B']
# expect: ['b', 'z']

# case: Common Operations — a comprehension over a string
println([c for c in "hi!" if isletter(c)])
# expect: ['h', 'i']

# case: Common Operations — count with a predicate over characters
println(count(c -> c == 'a', "banana"))
println(count("an", "banana"))
# expect: 3
# expect: 2

# case: Common Operations — character classes
println((isdigit('5'), isletter('a'), isspace(' '), isuppercase('A'), islowercase('A')))
# expect: (true, true, true, true, false)

# case: Common Operations — Symbol and string convert both ways
println(string(:alpha), " ", repr(Symbol("be", "ta")))
# expect: alpha :beta

# case: Common Operations — ncodeunits and codeunit count bytes
println(ncodeunits("∀"), " ", length("∀"))
println(repr(codeunit("abc", 1)))
# expect: 3 1
# expect: 0x61

# case: Common Operations — sizeof a string is its byte count
println(sizeof("héllo"))
# expect: 6

# case: Regular Expressions — occursin with a regex
println(occursin(r"^\s*(?:#|$)", "# a comment"))
println(occursin(r"^\s*(?:#|$)", "not a comment"))
# expect: true
# expect: false

# case: Regular Expressions — match and its captures
m = match(r"(\d+)-(\d+)", "pages 12-34")
println(m.captures)
println(m.match)
# expect: Union{Nothing, SubString{String}}["12", "34"]
# expect: 12-34

# case: String Basics — strings are immutable
s = "abc"
try
    s[1] = 'z'
catch err
    println(err isa MethodError)
end
# expect: true

# case: String Basics — println and show of a string with a quote in it
s = "say \"hi\""
println(s)
show(s)
println()
# expect: say "hi"
# expect: "say \"hi\""

# case: Interpolation — string(x) of vectors, tuples and ranges
println(string([1.5, 2.0]), " ", string((1, 2)), " ", string(1:3))
# expect: [1.5, 2.0] (1, 2) 1:3

# case: Common Operations — join of numbers with a separator
println(join([1, 2, 3], ", "))
println(join(("x", 1, 2.5), "|"))
# expect: 1, 2, 3
# expect: x|1|2.5

# case: Characters — Char arithmetic in a range and a comprehension
println(collect('a':'e'))
println(['a' + i for i in 0:2])
# expect: ['a', 'b', 'c', 'd', 'e']
# expect: ['a', 'b', 'c']

# case: String Basics — the string type and string literal escapes
s = "tab\there"
println(s)
println(length("a\nb"))
println(typeof("x"))
# expect: tab	here
# expect: 3
# expect: String

# case: Unicode and UTF-8 — searches answer in byte indices, as s[i] reads them
s = "aéb€c"
println(length(s), " ", ncodeunits(s), " ", lastindex(s), " ", collect(eachindex(s)))
println(nextind(s, 2), " ", prevind(s, 5), " ", findfirst('b', s), " ", findfirst("b€", s), " ", findnext('c', s, 5))
println(findprev('a', s, 4), " ", s[findfirst("€c", s)], " ", findlast(isequal('€'), s))
# expect: 5 8 8 [1, 2, 4, 5, 8]
# expect: 4 4 4 4:5 8
# expect: 1 €c 5

# case: Unicode and UTF-8 — a String iterates by code point, so "\r\n" and a combining accent are separate Chars
s = "a\r\nb"
println(length(s), " ", collect(s), " ", length(split(s, "\n")), " ", split(s, '\n')[1] == "a\r", " ", occursin('\n', s))
t = "e\u0301x"
println(length(t), " ", [c for c in t] == ['e', '\u0301', 'x'], " ", startswith(t, "e"), " ", occursin("e", t), " ", replace(t, "e" => "a") == "a\u0301x", " ", reverse(t) == "x\u0301e")
# expect: 4 ['a', '\r', '\n', 'b'] 2 true true
# expect: 3 true true true true true

# case: Unicode and UTF-8 — strings compare by code point, so precomposed é is not e + U+0301
println("e\u0301" == "é", " ", 'é' == '\u00e9', " ", "é" < "e\u0301", " ", chomp("line\r\n") == "line", " ", strip("\u2028x\u00a0") == "\u2028x")
# expect: false true false true true

# case: Unicode and UTF-8 — case mapping is per character, Unicode's simple mapping (uppercase('ǆ') and titlecase('ǆ') are docstring examples; ß has no one-character capital)
println(repr(uppercase('ǆ')), " ", repr(titlecase('ǆ')), " ", uppercase("straße"), " ", uppercase('ß'), " ", lowercase("ÀÉ"), " ", titlecase("the JULIA programming language"), " ", uppercasefirst("ǆemal"))
# expect: 'Ǆ' 'ǅ' STRAßE ß àé The Julia Programming Language ǅemal

# case: Characters — show escapes control characters as Julia's show(::Char) does (base/char.jl)
println(repr('\r'), " ", repr('\0'), " ", repr('\e'), " ", repr('\x7f'), " ", repr('\u200b'), " ", repr('"'), " ", repr('$'), " ", repr('\''), " ", repr('\x01'))
# expect: '\r' '\0' '\e' '\x7f' '\u200b' '"' '$' '\'' '\x01'

# case: Strings — show escapes a string as escape_string does: C escapes, \x for ASCII controls, \u for other unprintables (base/strings/io.jl)
println(repr("a\rb\x7f\e\0x\u200b!"), " ", repr("\0" * "1"), " ", repr("\u200bA"), " ", repr("tab\t\$"))
# expect: "a\rb\x7f\e\0x\u200b!" "\x001" "\u200bA" "tab\t\$"

# case: Strings — split with limit keeps the rest in the last piece, and splits on a predicate (base/strings/util.jl `_split`)
println(split("a,b,,c", ","), " ", split("a,b,,c", ","; limit=2), " ", split("a,b,,c", ","; keepempty=false), " ", split("  a  b "), " ", split("a b c", " "; limit=2), " ", split("a1b22c", isdigit))
# expect: SubString{String}["a", "b", "", "c"] SubString{String}["a", "b,,c"] SubString{String}["a", "b", "c"] SubString{String}["a", "b"] SubString{String}["a", "b c"] SubString{String}["a", "b", "", "c"]

# case: Characters — a Char is one code point, so a letter and a combining mark written between quotes are not a character literal
c = 'é'
# expect error: syntax error

# case: Characters — a string of a letter and a combining mark has two Chars
s = "é"
println(length(s), " ", collect(s)[1], " ", s[2] == '\u0301')
# expect: 2 e true

# case: Printf — %s pads to a width counted by textwidth (stdlib/Printf: slen = textwidth(str)), and its precision counts columns too
using Printf
@printf("[%5s][%-4s][%.2s][%3s]\n", "é", "ab\u0301c", "éxyz", "\u0301")
# expect: [    é][ab́c ][éx][   ́]

# case: Base.parse — a sign may come before the base prefix 0x, not after it
println(parse(Int, "-0x10"), " ", parse(Int, "0x1f"))
try
    parse(Int, "0x-5")
catch err
    println(err isa ArgumentError)
end
# expect: -16 31
# expect: true

# case: Strings — String of a vector of characters joins them; String of a number is a MethodError (base/strings/io.jl)
println(String(['a', 'b']), " ", String(:sym), " ", String(collect(c for c in "xyz")))
String(1)
# expect: ab sym xyz
# expect error: MethodError: no method matching String(::Int64)

# case: Strings — ncodeunits of a character is its UTF-8 length (the ncodeunits docstring, base/strings/basic.jl)
println((ncodeunits('∫'), ncodeunits('e'), ncodeunits('ˣ')))
# expect: (3, 1, 2)

# case: Strings — findall of a substring gives the byte ranges of its occurrences, without overlap (the findall docstring, base/strings/search.jl)
println(findall("a", "apple"), " ", findall("ab", "abab ab"), " ", findall("β", "aβcβ"), " ", findall("z", "abc"))
display(findall("a", "apple"))
# expect: UnitRange{Int64}[1:1] UnitRange{Int64}[1:2, 3:4, 6:7] UnitRange{Int64}[2:2, 5:5] UnitRange{Int64}[]
# expect: 1-element Vector{UnitRange{Int64}}:
# expect:  1:1
