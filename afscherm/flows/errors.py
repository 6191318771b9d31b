"""Errors the CLI reports as one line on stderr with exit code 2 (never a traceback)."""


class CliError(Exception):
    """Bad input or a failed step, described in one line that names the input and the problem."""


EXIT_BAD_INPUT = 2
