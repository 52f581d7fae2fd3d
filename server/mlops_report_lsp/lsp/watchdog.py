"""Exit when the client's process is gone, even if it never closed our stdin."""

from __future__ import annotations

import logging
import os
import sys
import threading
import time

logger = logging.getLogger(__name__)
INTERVAL = 2.0


def alive(pid: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        ok = kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return bool(ok) and code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def watch(pid: int, interval: float = INTERVAL) -> None:
    """Check `pid` every `interval` seconds in a daemon thread; exit the process once it is gone."""

    def loop() -> None:
        while alive(pid):
            time.sleep(interval)
        logger.warning("client process %s is gone; exiting", pid)
        os._exit(0)

    threading.Thread(target=loop, name="lsp-parent-watchdog", daemon=True).start()
