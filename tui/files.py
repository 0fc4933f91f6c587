"""Reading a file's bytes through a descriptor, up to a limit (no imports beyond ``os``)."""

from __future__ import annotations

import os

__all__ = ["read_fd"]

#: what each read after the first asks for
_CHUNK = 1 << 20


def read_fd(fd: int, max_bytes: int, size: int = -1) -> bytes:
    """The bytes of ``fd`` from where it stands to its end, but at most ``max_bytes + 1``
    of them (one more than the limit, so that the caller can tell a file over it).

    ``size`` is what ``fstat`` says the file holds: the first read asks for one byte more
    than that, so a small file costs a buffer of its own size. (``os.read(fd, n)`` and
    ``file.read(n)`` allocate ``n`` bytes before they read; asking for the limit would
    make every small file allocate and give back that much.) The reads go on until the
    end of the file, so a file that grew since ``fstat`` or whose size is not known
    (``size`` < 0, or 0 as ``/proc`` files say) is read whole all the same.
    """
    limit = max_bytes + 1
    want = size + 1 if size >= 0 else _CHUNK
    chunks: list[bytes] = []
    total = 0
    while total < limit:
        try:
            chunk = os.read(fd, min(want, limit - total))
        except BlockingIOError:  # a descriptor opened with O_NONBLOCK that has nothing now
            break
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
        want = _CHUNK
    if len(chunks) == 1:
        return chunks[0]
    return b"".join(chunks)
