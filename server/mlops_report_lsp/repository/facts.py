"""The course scraper's facts about a repository (`tools/repo_stats/` in the course repository),
computed the same way over the inventory's files instead of GitHub's tree."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass

from mlops_report_lsp.repository.inventory import Inventory
from mlops_report_lsp.values import Value


@dataclass(init=False, repr=False, eq=False)
class Facts(Value):
    dockerfiles: int
    python_files: int
    workflow_files: int
    requirements: bool
    cloudbuild: bool
    dvc: bool
    size_mb: float

    def __init__(
        self,
        dockerfiles: int,
        python_files: int,
        workflow_files: int,
        requirements: bool,
        cloudbuild: bool,
        dvc: bool,
        size_mb: float,
    ) -> None:
        self.__dict__.update(
            dockerfiles=dockerfiles,
            python_files=python_files,
            workflow_files=workflow_files,
            requirements=requirements,
            cloudbuild=cloudbuild,
            dvc=dvc,
            size_mb=size_mb,
        )

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def facts(inventory: Inventory) -> Facts:
    """Substring tests as the scraper writes them (`".py" in path` also counts `.pyc`, `.pyi`)."""
    files = inventory.files
    return Facts(
        dockerfiles=sum("Dockerfile" in path or ".dockerfile" in path for path in files),
        python_files=sum(".py" in path for path in files),
        workflow_files=sum(
            path.startswith(".github/workflows/") and path.endswith((".yml", ".yaml"))
            for path in files
        ),
        requirements=any("requirements.txt" in path for path in files),
        cloudbuild=any(os.path.basename(path) == "cloudbuild.yaml" for path in files),
        dvc=any(".dvc" in path for path in files),
        size_mb=round(sum(inventory.sizes.values()) / 1024**2, 2),
    )
