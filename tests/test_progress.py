import io

from afscherm.flows.progress import Progress


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_shown_on_a_terminal_only() -> None:
    tty, pipe = Tty(), io.StringIO()
    for stream in (tty, pipe):
        p = Progress("detect", total_bytes=1000, stream=stream)
        p.update(10, 500)
        p.done()
    assert "detect: 10 records" in tty.getvalue() and "50.0%" in tty.getvalue()
    assert pipe.getvalue() == ""
