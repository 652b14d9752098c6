"""Forked worker processes (the PDF worker, the batch pool) that never outlive the run that started them.

A forked worker inherits both ends of its task pipe, so it never sees end-of-file when its parent is killed
(Ctrl-C, SIGKILL, an OOM kill): it would wait for tasks forever. Each worker watches its parent instead."""

from __future__ import annotations

import multiprocessing as mp
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor


def _exit_with_parent(parent: int) -> None:
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)  # the run is gone: nothing to report to, nothing to clean (outputs are written by the parent)

    threading.Thread(target=watch, name="watch-parent", daemon=True).start()


def forked_pool(workers: int) -> ProcessPoolExecutor:
    """A pool of forked workers that exit when this process dies."""
    return ProcessPoolExecutor(
        max_workers=workers, mp_context=mp.get_context("fork"), initializer=_exit_with_parent, initargs=(os.getpid(),)
    )
