#!/usr/bin/env python3
"""Runs a command in a pseudo-terminal, as a person at a terminal would, and prints how many milliseconds passed from
starting it until its first question was on screen (the "Question 1" line and the first choice under it); then
answers "q" to quit. Exits non-zero if no question shows within 20 seconds. Used by bench/startup.sh."""
import os
import pty
import select
import sys
import time

QUESTION = b"Question 1 "
CHOICE = b"  1  "
PROMPT = b"\x1b[?2004h"


def main(argv):
    start = time.monotonic()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.setdefault("TERM", "xterm-256color")
        os.execvp(argv[0], argv)
    seen = b""
    shown = None
    deadline = start + 20
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.01)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        at = seen.find(QUESTION)
        if at >= 0 and seen.find(CHOICE, at) >= 0:
            shown = time.monotonic()
            break
    if shown is None:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
        sys.stderr.write("first-question: no question within 20 s; the terminal showed:\n")
        sys.stderr.write(seen.decode("utf-8", "replace")[-2000:] + "\n")
        return 1
    # End it (Ctrl-D) once the prompt reads keys (JLine turns on bracketed paste then): typed earlier, it may be lost.
    ready_by = time.monotonic() + 5
    while PROMPT not in seen and time.monotonic() < ready_by:
        ready, _, _ = select.select([fd], [], [], 0.01)
        if ready:
            try:
                seen += os.read(fd, 65536)
            except OSError:
                break
    os.write(fd, b"\x04")
    end = time.monotonic() + 5
    while time.monotonic() < end:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                os.read(fd, 65536)
            except OSError:
                pass
    else:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
    print("%.1f" % ((shown - start) * 1000))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
