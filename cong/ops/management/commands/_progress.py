"""A text progress bar for long backups and restores (on the terminal only)."""

import sys


class ProgressBar:
    def __init__(self, stream, enabled: bool):
        self.stream, self.enabled, self.last = stream, enabled, -1

    def __call__(self, done: int, total: int, label: str) -> None:
        if not self.enabled or total <= 0:
            return
        percent = min(100, done * 100 // total)
        if percent == self.last:
            return
        self.last = percent
        bar = "#" * (percent // 4)
        self.stream.write(f"\r[{bar:<25}] {percent:3d}% {done / 1048576:8.1f}/{total / 1048576:.1f} MB")
        if percent == 100:
            self.stream.write("\n")
        self.stream.flush()


def progress_for(command, verbosity: int) -> ProgressBar:
    return ProgressBar(
        command.stderr, verbosity >= 1 and hasattr(sys.stderr, "isatty") and sys.stderr.isatty()
    )
