"""Report -> a standalone HTML file, written safely (beside the report unless told otherwise).

Python-Markdown is what the course uses; unlike the official `report.py html`, this export enables
fenced code (also inside list items), tables and task lists, wraps the result in a complete
document, and checks every image. `graded.py` renders the way the official script does instead.
"""

from __future__ import annotations

import base64
import mimetypes
import os
import re
import shutil
import tempfile
import threading
import urllib.parse
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from mlops_report_lsp.gitindex import is_tracked
from mlops_report_lsp.image_paths import inside, local_file, target_kind
from mlops_report_lsp.listfences import IndentedFences
from mlops_report_lsp.reading import read_report

GENERATOR = "mlops-report"
GENERATOR_MARKS = (b'name="generator" content="mlops-report"', b'data-generator="mlops-report"')
"""How a file we wrote is recognised: the readable export's <meta>, the graded preview's banner."""
MAX_BACKUPS = 100
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".txt"})
TASK = re.compile(r"^\[([ xX])\]\s+")
STYLE = """
body { font: 16px/1.6 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328;
       max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }
h1, h2, h3 { line-height: 1.25; } h2 { border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; }
blockquote { margin: 0; padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; }
pre { background: #f6f8fa; padding: 1em; overflow: auto; border-radius: 6px; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 90%; }
table { border-collapse: collapse; } th, td { border: 1px solid #d1d9e0; padding: .3em .8em; }
img { max-width: 100%; } li.task { list-style: none; }
"""


class ExportError(Exception):
    """The export was refused or failed; the message says why, and no file was changed."""


@dataclass
class ExportResult:
    path: Path
    warnings: list[str] = field(default_factory=list)
    backup: Path | None = None


class _TaskLists(Treeprocessor):
    """Turns `[ ]` and `[x]` at the start of list items into disabled checkboxes."""

    def run(self, root: etree.Element) -> None:
        for item in root.iter("li"):
            holder = item[0] if len(item) and item[0].tag == "p" and not item.text else item
            match = TASK.match(holder.text or "")
            if match:
                box = etree.Element("input", {"type": "checkbox", "disabled": "disabled"})
                if match.group(1) != " ":
                    box.set("checked", "checked")
                box.tail = " " + (holder.text or "")[match.end() :]
                holder.text = None
                holder.insert(0, box)
                item.set("class", "task")


class _Images(Treeprocessor):
    """Checks image sources: refuses those outside the repository, optionally inlines them."""

    def __init__(
        self, md: markdown.Markdown, folder: Path, root: Path, embed: bool, out_folder: Path
    ) -> None:
        super().__init__(md)
        self.folder, self.root, self.embed, self.out_folder = folder, root, embed, out_folder
        self.warnings: list[str] = []

    def run(self, root: etree.Element) -> None:
        for image in root.iter("img"):
            source = image.get("src", "")
            if target_kind(source) in ("empty", "remote"):
                continue
            src, problem = self._resolve(source)
            image.set("src", src)
            if problem is not None:
                self.warnings.append(f"image `{source}` {problem}")

    def _resolve(self, source: str) -> tuple[str, str | None]:
        """The `src` to write for one image, and what is wrong with it, if anything."""
        if target_kind(source) == "absolute":
            return "", "is an absolute path, outside the repository: left out"
        try:
            path = inside(local_file(self.folder, source), self.root)
            if path is None:
                return "", "is outside the repository: left out"
            if not path.is_file():
                return source, "does not exist"
            if not self.embed:
                return self._relative(source), None
            kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            return f"data:{kind};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}", None
        except RuntimeError:  # a symlink loop, on Python before 3.13
            return "", "does not exist (its path is a symlink loop): left out"
        except OSError as error:
            return "", f"cannot be read ({error.strerror or error}): left out"
        except ValueError:  # the file system refuses a path holding a NUL character
            return "", "cannot be read (its path holds a NUL character): left out"

    def _relative(self, source: str) -> str:
        """The source as seen from the output's folder, when the HTML goes somewhere else."""
        if self.out_folder == self.folder:
            return source
        moved = os.path.relpath(local_file(self.folder, source), self.out_folder)
        return urllib.parse.quote(moved.replace(os.sep, "/"))


class _ReportExtension(Extension):
    def __init__(self, images: _Images) -> None:
        super().__init__()
        self.images = images

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.preprocessors.register(IndentedFences(md), "mlops_indented_fences", 26)
        md.treeprocessors.register(_TaskLists(md), "mlops_tasks", 5)
        md.treeprocessors.register(self.images, "mlops_images", 4)


def repository_root(path: Path) -> Path:
    """The nearest folder holding `.git`, else the report's own folder."""
    folder = path.resolve().parent
    for candidate in [folder, *folder.parents]:
        if (candidate / ".git").exists():
            return candidate
    return folder


def render_html(
    text: str, report_path: Path, embed_images: bool = False, out_folder: Path | None = None
) -> tuple[str, list[str]]:
    """The readable document and the image warnings; local image paths are made relative to
    `out_folder` (default: the report's folder)."""
    folder = report_path.resolve().parent
    out_folder = folder if out_folder is None else out_folder.resolve()
    root = repository_root(report_path)
    images = _Images(markdown.Markdown(), folder, root, embed_images, out_folder)
    converter = markdown.Markdown(
        extensions=["fenced_code", "tables", "sane_lists", _ReportExtension(images)],
        output_format="html",
    )
    body = converter.convert(text.lstrip("\ufeff"))
    title_match = re.search(r"^#\s+(.+)$", text, re.MULTILINE)
    title = escape(title_match.group(1).strip()) if title_match else "MLOps exam report"
    document = (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="{GENERATOR}">\n'
        f"<title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n"
        f"{body}\n</main>\n</body>\n</html>\n"
    )
    return document, images.warnings


def check_destination(report_path: Path, out: Path) -> None:
    """Refuse Markdown and text names, the report itself and folders; anywhere else the user can
    write is fine (only images stay confined to the repository)."""
    if out.suffix.lower() in MARKDOWN_SUFFIXES:
        raise ExportError(f"refusing to write HTML to `{out}`: it is a Markdown or text file name")
    if out.exists() and out.resolve() == report_path.resolve():
        raise ExportError(f"refusing to write over the report itself (`{out}`)")
    if out.is_dir():
        raise ExportError(f"`{out}` is a folder; give a file name such as report.html")


_UMASK = threading.Lock()


def _new_file_mode() -> int:
    """0o666 minus the umask: what `open(path, "w")` would give a new file."""
    with _UMASK:
        mask = os.umask(0o077)
        os.umask(mask)
    return 0o666 & ~mask


def write_atomically(path: Path, content: str) -> None:
    """Write through a temporary file in the same folder and a rename: never a half-written file.

    The temporary file is created private (0600); it gets the user's normal permissions before
    the rename.
    """
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(content)
        os.chmod(temporary, _new_file_mode())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def written_by_us(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            head = stream.read(4096)
    except OSError:
        return False
    return any(mark in head for mark in GENERATOR_MARKS)


def _backup(out: Path) -> Path:
    """Copy `out` to the first of `out.bak`, `out.bak.1`, ... that is free or already holds the
    very same bytes; never overwrites anything."""
    content = out.read_bytes()
    for number in range(MAX_BACKUPS):
        backup = out.with_name(f"{out.name}.bak" + (f".{number}" if number else ""))
        try:
            stream = backup.open("xb")
        except FileExistsError:
            if backup.is_file() and not backup.is_symlink() and backup.read_bytes() == content:
                return backup
            continue
        try:
            with stream:
                stream.write(content)
            shutil.copymode(out, backup)
        except BaseException:
            backup.unlink(missing_ok=True)
            raise
        return backup
    raise ExportError(f"`{out}` has {MAX_BACKUPS} backups already; move some away first")


def keep_previous(out: Path, root: Path) -> tuple[Path | None, str | None]:
    """Back up an existing regular file at `out` that is tracked by git or that we did not write.

    Returns the backup and a sentence for the user, or (None, None) when nothing needed keeping.
    """
    if out.is_symlink() or not out.is_file():
        return None, None
    if is_tracked(out, root):
        why = "is tracked by git"
    elif not written_by_us(out):
        why = "was not written by mlops-report"
    else:
        return None, None
    try:
        backup = _backup(out)
    except OSError as error:
        raise ExportError(f"cannot keep a copy of `{out}`: {error.strerror or error}") from error
    return backup, f"`{out}` {why}: replaced; the previous file is kept as `{backup}`"


def write_export(out: Path, document: str) -> ExportResult:
    """Write a rendered document to `out`, keeping what must not be lost; raises ExportError."""
    backup, note = keep_previous(out, repository_root(out))
    try:
        write_atomically(out, document)
    except OSError as error:
        raise ExportError(f"cannot write `{out}`: {error.strerror or error}") from error
    return ExportResult(out, [note] if note else [], backup)


def export_html(
    report_path: Path, out: Path | None = None, embed_images: bool = False, text: str | None = None
) -> ExportResult:
    """Render the report (or `text`, its unsaved content) to `out`, default `report.html` beside it."""
    out = out if out is not None else report_path.parent / "report.html"
    check_destination(report_path, out)
    if text is None:
        text = read_report(report_path)
    document, warnings = render_html(text, report_path, embed_images, out.parent)
    result = write_export(out, document)
    result.warnings[:0] = warnings
    return result
