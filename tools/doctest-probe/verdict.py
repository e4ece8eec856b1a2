"""Deciding, for each doctest input, how the notebook's answer compares with Julia's.

Issue 15's rule: where the notebook accepts code it prints what Julia 1.10 prints;
where it cannot, it refuses in one error no `try` catches. So an input either agrees
with Julia, is refused, or diverges — and a divergence is any other outcome: another
value or text, a value where Julia throws, an exception of another type (a `catch`
would take another path), or an exception where Julia returns a value.
"""
import enum
import re


class Verdict(enum.Enum):
    # (column heading, whether it is a divergence, what it means)
    SAME = ("same", False, "printed what Julia prints")
    SAME_ERROR = ("error", False, "threw Julia's exception, with Julia's first line")
    ERROR_WORDING = ("wording", False, "threw Julia's exception type, worded otherwise")
    REFUSED = ("refused", False, "refused: not supported, a limit, or a syntax error")
    STOPPED = ("stopped", False, "did not finish within the step limit")
    AFTER_REFUSAL = ("after", False, "differs after an earlier input of its session was refused or threw")
    VALUE = ("DIVvalue", True, "printed another value or text")
    NO_ERROR = ("DIVnoErr", True, "returned a value where Julia throws")
    ERROR_TYPE = ("DIVtype", True, "threw another exception type than Julia")
    ERROR = ("DIVerr", True, "threw a catchable exception where Julia returns a value")
    PRINTED = ("DIVprint", True, "threw Julia's exception after printing something else")

    def __init__(self, heading, diverges, meaning):
        self.heading = heading
        self.diverges = diverges
        self.meaning = meaning


ERROR_LINE = "ERROR: "


def julia_exception(first_line):
    """The exception type of Julia's `ERROR: ...` line: `MethodError: ...`,
    `DomainError with -1.0:`, `syntax: ...` and `ParseError:` (SyntaxError), and a
    bare message (error("...")), which is an ErrorException."""
    if first_line.startswith("syntax:"):
        return "SyntaxError"
    named = re.match(r"^([A-Za-z_][A-Za-z0-9_.]*)(:| with |\(|$)", first_line)
    if named:
        name = named.group(1).split(".")[-1]
        if name == "ParseError":
            return "SyntaxError"
        if name.endswith(("Error", "Exception", "Mismatch")):
            return name
    return "ErrorException"


def compiled_filters(filters):
    compiled = []
    for pattern, flags in filters:
        try:
            compiled.append(re.compile(("(?%s)" % flags if flags else "") + pattern))
        except re.error:
            pass  # a Julia-only construct; Documenter would apply it, we cannot
    return compiled


def normalized(text, filters):
    for pattern in filters:
        text = pattern.sub("", text)
    lines = [line.rstrip() for line in text.split("\n")]
    while lines and lines[-1] == "":
        lines.pop()
    return "\n".join(lines)


def shown(outcome):
    """What the notebook's REPL showed for an input that returned: its output, then the value."""
    return outcome["printed"] + (outcome.get("display") or "")


def judge(outcome, expected, filters):
    """The verdict on one input, and a note (the two exception types when they differ)."""
    error = outcome.get("error")
    lines = expected.split("\n")
    error_at = next((i for i, line in enumerate(lines) if line.startswith(ERROR_LINE)), None)
    if error_at is None:
        if error is None:
            same = normalized(shown(outcome), filters) == normalized(expected, filters)
            return (Verdict.SAME if same else Verdict.VALUE), ""
        if error["stopped"]:
            return Verdict.STOPPED, ""
        return (Verdict.ERROR if error["catchable"] else Verdict.REFUSED), error["type"]
    julia_first = lines[error_at][len(ERROR_LINE):]
    julia_type = julia_exception(julia_first)
    if error is None:
        return Verdict.NO_ERROR, julia_type
    if error["stopped"]:
        return Verdict.STOPPED, ""
    if not error["catchable"]:
        both_syntax = error["type"] == "SyntaxError" and julia_type == "SyntaxError"
        return (Verdict.SAME_ERROR if both_syntax else Verdict.REFUSED), ""
    if error["type"] != julia_type:
        return Verdict.ERROR_TYPE, f"{error['type']} where Julia throws {julia_type}"
    before = "\n".join(lines[:error_at])
    if normalized(outcome["printed"], filters) != normalized(before, filters):
        return Verdict.PRINTED, ""
    ours_first = error["message"].split("\n")[0]
    if normalized(ours_first, filters).strip() == normalized(julia_first, filters).strip():
        return Verdict.SAME_ERROR, ""
    return Verdict.ERROR_WORDING, ""


def judge_sessions(sessions, outcomes):
    """Verdicts for every compared input: dicts of session, page, line, verdict, note,
    input, expected, shown. Once an input of a session is refused or throws where Julia
    does not, later differences in that session are counted as consequences
    (AFTER_REFUSAL), not as divergences of their own."""
    by_id = {result["id"]: result["results"] for result in outcomes}
    judged = []
    for session in sessions:
        results = by_id.get(session["id"])
        if results is None or len(results) != len(session["inputs"]):
            raise SystemExit(f"the harness gave no complete result for {session['id']}")
        filters = compiled_filters(session["filters"])
        derailed = False
        for outcome, code, expected, line in zip(results, session["inputs"], session["expected"], session["lines"]):
            if expected is None:
                continue
            verdict, note = judge(outcome, expected, filters)
            if derailed and verdict.diverges:
                verdict = Verdict.AFTER_REFUSAL
            if verdict in (Verdict.REFUSED, Verdict.STOPPED) or (verdict.diverges and outcome.get("error")):
                derailed = True
            error = outcome.get("error")
            judged.append({"session": session["id"], "page": session["page"], "line": line,
                           "verdict": verdict, "note": note, "input": code, "expected": expected,
                           "shown": shown(outcome) if error is None else
                           outcome["printed"] + f"[{error['type']}{'' if error['catchable'] else ', uncatchable'}] {error['message']}"})
    return judged
