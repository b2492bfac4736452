"""Folders that fight back: symlink loops, files we may not read, pipes, and files that vanish
between the folder walk and the read. Each gives a record (or is skipped by the walk), the
run goes on, and `extract` still exits 0."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from warrant_terms import pipeline
from warrant_terms.cli import iter_inputs, main
from warrant_terms.pipeline import extract_path

from . import builders as b
from .support import check_record


def _only(path: Path) -> tuple[str, str | None]:
    (x,) = extract_path(path)
    check_record(x.record)
    return x.record.status, x.record.errors[0].code if x.record.errors else None


def test_folder_symlink_loop_is_walked_once(tmp_path: Path) -> None:
    root = tmp_path / "root"
    (root / "a" / "b").mkdir(parents=True)
    (root / "a" / "b" / "w.txt").write_text(b.GRANT, encoding="utf-8")
    (root / "a" / "b" / "up").symlink_to(root, target_is_directory=True)  # b/up -> root
    (root / "a" / "self").symlink_to(root / "a", target_is_directory=True)
    found = list(iter_inputs([str(root)]))
    assert [p.name for p in found] == ["w.txt"]


def test_file_symlink_loop_is_unreadable(tmp_path: Path) -> None:
    (tmp_path / "one.txt").symlink_to(tmp_path / "two.txt")
    (tmp_path / "two.txt").symlink_to(tmp_path / "one.txt")
    assert _only(tmp_path / "one.txt") == ("error", "unreadable")


def test_dangling_symlink_is_not_found(tmp_path: Path) -> None:
    (tmp_path / "gone.txt").symlink_to(tmp_path / "never-there.txt")
    assert _only(tmp_path / "gone.txt") == ("error", "not_found")


def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # opening it for reading would wait for a writer forever
    assert _only(fifo) == ("error", "unreadable")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_file_without_read_permission(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(b.GRANT, encoding="utf-8")
    path.chmod(0)
    try:
        assert _only(path) == ("error", "unreadable")
    finally:
        path.chmod(0o600)


def test_permission_denied_on_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As the test above, where it runs as root: the read itself is refused."""
    path = tmp_path / "locked.txt"
    path.write_text(b.GRANT, encoding="utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert _only(path) == ("error", "unreadable")


def test_files_vanishing_mid_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The CLI walks the folder, then reads file by file; while it reads the first file, the
    second is deleted and the third replaced by a folder. Every path still gets one record."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    names = ["a.txt", "b.txt", "c.txt", "d.txt"]
    for name in names:
        (folder / name).write_text(b.GRANT, encoding="utf-8")
    real = pipeline.extract_path

    def meddling(path: str | os.PathLike[str], limits: object = None) -> list[object]:
        if Path(path).name == "a.txt":
            (folder / "b.txt").unlink()
            (folder / "c.txt").unlink()
            (folder / "c.txt").mkdir()
        return real(path)

    monkeypatch.setattr(pipeline, "extract_path", meddling)
    assert main(["extract", str(folder)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    got = [
        (
            Path(r["source"]["path"]).name,
            r["status"],
            r["errors"][0]["code"] if r["errors"] else None,
        )
        for r in records
    ]
    assert got == [
        ("a.txt", "ok", None),
        ("b.txt", "error", "not_found"),
        ("c.txt", "error", "not_found"),
        ("d.txt", "ok", None),
    ]
