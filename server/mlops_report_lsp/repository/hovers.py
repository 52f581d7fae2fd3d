"""Hover text: a checklist item's verdict and evidence, and the evidence behind the questions
whose answers describe what the repository shows (tests, CI, DVC, linting, Docker, configs)."""

from __future__ import annotations

import re
from collections.abc import Callable

from mlops_report_lsp.repository.evidence import ItemEvidence, RepositoryEvidence
from mlops_report_lsp.repository.probes import Hit, probes
from mlops_report_lsp.wording import plural

TEST_FUNCTION = re.compile(r"^\s*(async\s+)?def test_", re.MULTILINE)
LIST_VALUE = r"\s*\[([^\]\n]*)\]"
WORKFLOW_FACTS = {
    "os": re.compile(r"^\s*(?:os|operating-system|platform):" + LIST_VALUE, re.MULTILINE),
    "python": re.compile(r"^\s*python-version:" + LIST_VALUE, re.MULTILINE),
}
RUNS = ("pytest", "coverage", "ruff", "flake8", "mypy", "pre-commit", "docker", "dvc")
SHOWN = 8


def _link(evidence: RepositoryEvidence, hit: Hit) -> str:
    """The path relative to the repository, linked to the file (at the line): a `file:` target,
    since editors drop relative link targets in hovers."""
    anchor = f"#L{hit.line}" if hit.line else ""
    return f"[`{hit}`]({(evidence.root / hit.path).as_uri()}{anchor})"


def checklist_hover(entry: ItemEvidence, evidence: RepositoryEvidence) -> str:
    item = entry.item
    mark = "ticked" if item.ticked else "not ticked"
    lines = [f"**Checklist** ({mark}{', ' + item.module if item.module else ''})", ""]
    if entry.verdict == "yes":
        lines.append("✓ The repository shows it:")
        lines += [f"- {_link(evidence, hit)}" for hit in entry.hits]
    elif entry.verdict == "no":
        lines.append(f"? Nothing found. Looked for {entry.looked_for}.")
    else:
        lines.append(f"Not something a repository can show: {entry.looked_for}.")
    if evidence.inventory.partial:
        lines += ["", f"The file list is partial: {'; '.join(evidence.inventory.partial)}."]
    lines += ["", evidence.summary()]
    return "\n".join(lines)


def _files(evidence: RepositoryEvidence, probe: str) -> list[Hit]:
    return list(probes()[probe].hits(evidence.inventory))


def _tests(evidence: RepositoryEvidence) -> str:
    inventory = evidence.inventory
    files = [
        path
        for path in inventory.files
        if path.rsplit("/", 1)[-1].startswith("test_") and path.endswith(".py")
    ]
    functions = sum(len(TEST_FUNCTION.findall(inventory.text(path) or "")) for path in files)
    folders = sorted({path.split("/", 1)[0] + "/" for path in files if "/" in path})
    lines = [
        f"{', '.join(folders) or 'tests'}: {plural(functions, 'test function')} in "
        f"{plural(len(files), 'file')}"
    ]
    coverage = _files(evidence, "coverage")
    lines.append(
        "coverage: " + (", ".join(str(hit) for hit in coverage) if coverage else "not set up")
    )
    return "\n".join(f"- {line}" for line in lines)


def _workflows(evidence: RepositoryEvidence) -> str:
    inventory = evidence.inventory
    found = [path for path in inventory.files if path.startswith(".github/workflows/")]
    lines = []
    for path in found[:SHOWN]:
        text = inventory.text(path) or ""
        runs = [tool for tool in RUNS if tool in text]
        detail = f"runs {', '.join(runs)}" if runs else "a workflow"
        for label, pattern in WORKFLOW_FACTS.items():
            match = pattern.search(text)
            if match:
                values = [v.strip(" '\"") for v in match.group(1).split(",") if v.strip(" '\"")]
                detail += f"; {label} " + "/".join(values)
        if re.search(r"actions/cache|^\s*cache:|enable-cache:\s*true", text, re.MULTILINE):
            detail += "; cached"
        lines.append(f"- `{path.rsplit('/', 1)[-1]}`: {detail}")
    return "\n".join(lines) or "- no workflow in `.github/workflows/`"


def _listing(probe: str) -> Callable[[RepositoryEvidence], str]:
    def show(evidence: RepositoryEvidence) -> str:
        hits = _files(evidence, probe)
        if not hits:
            return f"- none found; looked for {probes()[probe].looked_for}"
        return "\n".join(f"- {_link(evidence, hit)}" for hit in hits)

    return show


def _dvc(evidence: RepositoryEvidence) -> str:
    shown = _listing("dvc")(evidence)
    remotes: list[str] = []
    for path in evidence.inventory.files:
        if path.endswith(".dvc/config"):
            remotes += re.findall(r"url\s*=\s*(\S+)", evidence.inventory.text(path) or "")
    return shown + ("\n- remote: " + ", ".join(f"`{r}`" for r in remotes) if remotes else "")


TOPICS: tuple[tuple[re.Pattern[str], str, Callable[[RepositoryEvidence], str]], ...] = (
    (re.compile(r"how many tests|code coverage", re.I), "Tests", _tests),
    (re.compile(r"continuous integration", re.I), "Workflows", _workflows),
    (re.compile(r"\bdvc\b", re.I), "DVC", _dvc),
    (re.compile(r"code quality", re.I), "Linting", _listing("code_style")),
    (re.compile(r"docker", re.I), "Docker files", _listing("dockerfile")),
    (
        re.compile(r"configure experiments|config files", re.I),
        "Config files",
        _listing("config_files"),
    ),
    (re.compile(r"profil", re.I), "Profiling", _listing("profiling")),
    (re.compile(r"managed dependencies", re.I), "Dependencies", _listing("requirements")),
)


def question_hover(prompt: str, evidence: RepositoryEvidence) -> str | None:
    """What the repository shows about the topic of a question's prompt, if it has one."""
    for pattern, title, show in TOPICS:
        if pattern.search(prompt):
            return f"**In the repository — {title}**\n\n{show(evidence)}"
    return None
