"""Reading Julia 1.10's doctests: the ```jldoctest blocks of manual chapters (Markdown)
and of Base and LinearAlgebra docstrings (Julia files), as REPL sessions.

A session is what Documenter runs in one sandbox: the blocks of one file that share a
name (```jldoctest name), or one unnamed block. Each input is what follows a
`julia> ` prompt (with its 7-space continuation lines), or, for a script block, the
code above its `# output` line; its expected text is what Julia printed after it.
"""
import glob
import os
import re
import subprocess

# The pages the probe reads by default: the manual chapters about the language the
# notebook runs, and the Base, string and LinearAlgebra files whose functions it offers
# (measurements in the README were taken over exactly this list).
MANUAL = ["arrays", "complex-and-rational-numbers", "constructors", "control-flow",
          "conversion-and-promotion", "functions", "integers-and-floating-point-numbers",
          "interfaces", "mathematical-operations", "methods", "missing", "strings", "types",
          "variables-and-scoping", "variables"]
BASE = ["abstractarray", "abstractarraymath", "abstractdict", "abstractset", "accumulate",
        "array", "arraymath", "bitarray", "bool", "broadcast", "char", "combinatorics",
        "complex", "dict", "essentials", "float", "floatfuncs", "generator", "int", "intfuncs",
        "iterators", "math", "mathconstants", "multidimensional", "namedtuple", "number",
        "operators", "pair", "promotion", "range", "rational", "reduce", "reducedim", "set",
        "sort", "tuple"]
STRINGS = ["basic", "io", "lazy", "search", "string", "substring", "unicode", "util"]
LINEAR_ALGEBRA = ["LinearAlgebra", "abstractq", "adjtrans", "bidiag", "bitarray", "blas",
                  "bunchkaufman", "cholesky", "dense", "deprecated", "diagonal", "eigen",
                  "exceptions", "factorization", "generic", "givens", "hessenberg", "lapack",
                  "lbt", "ldlt", "lq", "lu", "matmul", "qr", "schur", "special",
                  "structuredbroadcast", "svd", "symmetric", "symmetriceigen", "transpose",
                  "triangular", "tridiag", "uniformscaling"]

DEFAULT_PAGES = ([f"doc/src/manual/{name}.md" for name in MANUAL]
                 + [f"base/{name}.jl" for name in BASE]
                 + [f"base/strings/{name}.jl" for name in STRINGS]
                 + [f"stdlib/LinearAlgebra/src/{name}.jl" for name in LINEAR_ALGEBRA])
# Where --all-pages looks: every file under these folders that holds a doctest.
ALL_PAGE_FOLDERS = ["doc/src/manual", "base", "stdlib/LinearAlgebra/src"]


class JuliaSource:
    """A Julia source tree on disk, or a git directory and a revision in it."""

    def __init__(self, path, revision):
        self.path = path
        self.revision = revision
        self.is_tree = os.path.isdir(os.path.join(path, "base"))
        if not self.is_tree:
            check = subprocess.run(["git", "-C", path, "rev-parse", "--verify", "--quiet",
                                    revision + "^{commit}"], capture_output=True, text=True)
            if check.returncode != 0:
                raise SystemExit(f"{path} is neither a Julia source tree (no base/ folder) "
                                 f"nor a git directory with the revision {revision}")

    def read(self, page):
        if self.is_tree:
            with open(os.path.join(self.path, page), encoding="utf-8") as handle:
                return handle.read()
        return subprocess.run(["git", "-C", self.path, "show", f"{self.revision}:{page}"],
                              capture_output=True, text=True, check=True).stdout

    def pages_with_doctests(self):
        if self.is_tree:
            found = []
            for folder in ALL_PAGE_FOLDERS:
                for name in glob.glob(os.path.join(self.path, folder, "**", "*"), recursive=True):
                    if name.endswith((".jl", ".md")):
                        with open(name, encoding="utf-8") as handle:
                            if "```jldoctest" in handle.read():
                                found.append(os.path.relpath(name, self.path))
            return sorted(found)
        listing = subprocess.run(["git", "-C", self.path, "grep", "-l", "```jldoctest", self.revision,
                                  "--"] + ALL_PAGE_FOLDERS, capture_output=True, text=True).stdout
        return sorted(line.split(":", 1)[1] for line in listing.splitlines())


FENCE_OPEN = re.compile(r"^(\s*)```jldoctest\s*(.*)$")
FENCE_CLOSE = re.compile(r"^\s*```\s*$")
PROMPT = "julia>"
CONTINUATION = " " * 7
# One pass, so that an escaped \$Int stays the text $Int.
DOCSTRING_ESCAPE = re.compile(r'\\([$\\"])|\$(?:\((U?Int)\)|(U?Int)\b)')


def docstring_text(line, raw):
    """A line of a docstring as Julia reads it: in a plain \"\"\" string, \\$ \\\\ \\\" are
    escapes, and the interpolations $Int and $(Int) (used for the machine's integer type)
    are Int64 on a 64-bit machine."""
    if raw:
        return line
    return DOCSTRING_ESCAPE.sub(lambda m: m.group(1) or (m.group(2) or m.group(3)) + "64", line)


def opens_raw_docstring(lines, index):
    """Whether the docstring holding line `index` opens with raw\"\"\" (no escapes)."""
    for k in range(index, -1, -1):
        if '"""' in lines[k]:
            return 'raw"""' in lines[k]
    return False


def blocks(text, is_julia_file):
    """Yields (1-based line of the block's first body line, header, body lines) for each block."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        opening = FENCE_OPEN.match(lines[i])
        if not opening:
            i += 1
            continue
        indent = len(opening.group(1))
        end = i + 1
        while end < len(lines) and not FENCE_CLOSE.match(lines[end]):
            end += 1
        raw = is_julia_file and opens_raw_docstring(lines, i)
        body = []
        for line in lines[i + 1:end]:
            line = line[indent:] if line[:indent].strip() == "" else line.lstrip()
            body.append(docstring_text(line, raw) if is_julia_file else line)
        header = docstring_text(opening.group(2), raw) if is_julia_file else opening.group(2)
        yield i + 2, header, body
        i = end + 1


def header_options(header):
    """The block's session name, its output filters ((pattern, flags) of regular
    expressions whose matches are removed from both texts before they are compared), and
    its setup code."""
    header = header.strip()
    named = re.match(r"^([A-Za-z0-9_\-]+)", header)
    filters = [(m.group(1), m.group(2)) for m in re.finditer(r'r"((?:[^"\\]|\\.)*)"([imsx]*)', header)]
    setup = re.search(r"setup\s*=\s*:\((.*?)\)\s*(;|$)", header) or re.search(r"setup\s*=\s*quote(.*?)end", header)
    return (named.group(1) if named else None), filters, (setup.group(1) if setup else None)


def trimmed(lines):
    lines = [line.rstrip() for line in lines]
    while lines and lines[0] == "":
        lines.pop(0)
    while lines and lines[-1] == "":
        lines.pop()
    return "\n".join(lines)


def repl_pairs(body):
    """(body offset of the prompt, input, expected output) for each prompt of a REPL block."""
    pairs = []
    i = 0
    while i < len(body):
        if not body[i].startswith(PROMPT):
            i += 1
            continue
        start = i
        code = [body[i][len(PROMPT) + 1:] if body[i].startswith(PROMPT + " ") else body[i][len(PROMPT):]]
        i += 1
        while i < len(body) and body[i].startswith(CONTINUATION):
            code.append(body[i][len(CONTINUATION):])
            i += 1
        output = []
        while i < len(body) and not body[i].startswith(PROMPT):
            output.append(body[i])
            i += 1
        # Leading blank lines are output (a blank line printed); trailing ones separate prompts.
        while output and output[-1].strip() == "":
            output.pop()
        pairs.append((start, "\n".join(code), "\n".join(line.rstrip() for line in output)))
    return pairs


def script_pair(body):
    """(0, code, expected output) of a script block (code, `# output`, output), or None."""
    marks = [line.strip() for line in body]
    if "# output" not in marks:
        return None
    split = marks.index("# output")
    return 0, "\n".join(body[:split]).rstrip(), trimmed(body[split + 1:])


def sessions(source, pages):
    """The doctest sessions of the pages, in page order: dicts of id, page, inputs,
    expected (None for setup code, which is run but not compared), lines, filters."""
    found = {}
    for page in pages:
        unnamed = 0
        for line, header, body in blocks(source.read(page), page.endswith(".jl")):
            name, filters, setup = header_options(header)
            if any(text.startswith(PROMPT) for text in body):
                pairs = repl_pairs(body)
            else:
                pair = script_pair(body)
                if pair is None:
                    continue
                pairs = [pair]
            if name is None:
                unnamed += 1
                name = f"#{unnamed}"
            key = f"{page}:{name}"
            if key not in found:
                found[key] = {"id": key, "page": page, "inputs": [], "expected": [], "lines": [], "filters": []}
                if setup:
                    found[key]["inputs"].append(setup)
                    found[key]["expected"].append(None)
                    found[key]["lines"].append(line - 1)
            session = found[key]
            session["filters"] += filters
            for offset, code, output in pairs:
                session["inputs"].append(code)
                session["expected"].append(output)
                session["lines"].append(line + offset)
    return list(found.values())
