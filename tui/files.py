"""Reading a file's bytes through a descriptor, up to a limit, and replacing a file
atomically through a temporary file no one else could have made (no imports beyond the
standard library)."""

from __future__ import annotations

import os
from collections.abc import Iterable

__all__ = ["READ_FLAGS", "read_fd", "write_atomic"]

#: how a file from outside is opened for reading: never as a controlling terminal, never
#: blocking on a FIFO, binary on Windows
READ_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_NONBLOCK", 0)
)

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


#: flags of a temporary file: created here and now, or not at all (``O_EXCL`` fails on
#: any name that exists, a symbolic link included, so a link planted at the name cannot
#: redirect the write)
_NEW = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
)


def write_atomic(
    target: str | os.PathLike, chunks: Iterable[bytes], *, mode: int = 0o666, prefix: str = ".tmp-"
) -> None:
    """Write the byte ``chunks`` to ``target``: into a new temporary file in its folder
    (an unpredictable name, created with ``O_EXCL``, permissions ``mode`` less the umask),
    then renamed over ``target``, so that a reader sees the old file or the new one and
    never half of one. A link at ``target`` itself is replaced, not followed. Raises
    ``OSError`` (the temporary file is removed)."""
    import secrets  # only when writing: a warm load writes nothing

    folder = os.path.dirname(os.fspath(target)) or "."
    suffix = os.path.splitext(os.fspath(target))[1]
    for _ in range(100):
        tmp = os.path.join(folder, f"{prefix}{secrets.token_hex(8)}{suffix}")
        try:
            fd = os.open(tmp, _NEW, mode)
            break
        except FileExistsError:
            continue
    else:  # pragma: no cover - 100 random names taken
        raise FileExistsError(f"no free temporary name in {folder}")
    try:
        with os.fdopen(fd, "wb") as f:
            for chunk in chunks:
                f.write(chunk)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
