"""Shared output of the independent checkers: one line per problem, or "ok"; the exit status."""


def report(path: str, problems: list) -> int:
    for problem in problems:
        print(f"{path}: {problem}")
    if not problems:
        print(f"{path}: ok")
    return 1 if problems else 0
