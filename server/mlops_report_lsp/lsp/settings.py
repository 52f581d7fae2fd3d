"""Editor settings and watched files.

- `initialize`'s `initializationOptions` (`{"mlopsReport": {...}}` or the table itself),
- `workspace/configuration` section `mlopsReport`, pulled after `initialized` and on
  `workspace/didChangeConfiguration`,
- `workspace/didChangeWatchedFiles` for `figures/`, image files and settings files, registered
  dynamically when the client allows it: adding an image clears its diagnostic.

The keys the engine knows (`profile`, `rules`, `limits`, `profiles`) are laid over the settings file;
a bad value gets a `window/showMessage` and its default (see `ReportServer.config_for`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lsprotocol import types

from mlops_report_lsp.lsp.server import ReportServer

SECTION = "mlopsReport"
ENGINE_KEYS = frozenset({"profile", "rules", "limits", "profiles"})
"""Other keys in the section belong to editor clients (e.g. the VS Code extension's interpreter)."""
WATCHERS = (
    "**/figures/**",
    "**/*.{png,jpg,jpeg,gif,svg,webp,PNG,JPG,JPEG,GIF,SVG,WEBP}",
    "**/pyproject.toml",
    "**/*",
)
"""Images and settings files re-analyse the reports; any file may change repository evidence.
watch_files adds the settings file (config.py is imported there, after `initialize` is answered)."""
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp"})
WATCH_ID = "mlops-report-watched-files"


def settings_table(server: ReportServer, value: Any, where: str) -> dict[str, Any]:
    """The engine's settings from an editor value; a value that is not a table is reported.

    `null` and an empty array mean "no settings": Neovim encodes an empty Lua table (as in
    `settings = { mlopsReport = {} }`) as `[]`, and other clients send `null` for an unset section.
    """
    if value is None or (isinstance(value, list) and not value):
        return {}
    if not isinstance(value, Mapping):
        server.show_problems([f"{where}: the settings must be an object, got {value!r}"])
        return {}
    if SECTION in value:
        return settings_table(server, value[SECTION], where)
    return {key: item for key, item in value.items() if key in ENGINE_KEYS and item is not None}


def from_initialization_options(server: ReportServer, options: Any) -> dict[str, Any]:
    return settings_table(server, options, "initializationOptions")


def _can_pull(server: ReportServer) -> bool:
    workspace = server.client_capabilities.workspace
    return bool(workspace and workspace.configuration)


async def pull(server: ReportServer) -> None:
    """Ask the client for the `mlopsReport` section and re-analyse with it."""
    try:
        values = await server.workspace_configuration_async(
            types.ConfigurationParams(items=[types.ConfigurationItem(section=SECTION)])
        )
    except Exception as error:
        server.log_exception("workspace/configuration", error)
        return
    value = values[0] if values else None
    if value is None:
        return
    settings = settings_table(server, value, "workspace/configuration mlopsReport")
    if settings != server.settings:
        server.settings = settings
        server.invalidate()
        server.flush()


async def watch_files(server: ReportServer) -> None:
    workspace = server.client_capabilities.workspace
    watched = workspace.did_change_watched_files if workspace else None
    if watched is None or not watched.dynamic_registration:
        return
    from mlops_report_lsp.config import CONFIG_FILE

    patterns = (*WATCHERS, f"**/{CONFIG_FILE}")
    options = types.DidChangeWatchedFilesRegistrationOptions(
        watchers=[types.FileSystemWatcher(glob_pattern=pattern) for pattern in patterns]
    )
    registration = types.Registration(
        id=WATCH_ID, method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES, register_options=options
    )
    try:
        await server.client_register_capability_async(
            types.RegistrationParams(registrations=[registration])
        )
    except Exception as error:
        server.log_exception("client/registerCapability", error)


def _reanalyse(uri: str) -> bool:
    """An image, a figures folder or a settings file: what the report's own checks read."""
    from mlops_report_lsp.config import CONFIG_FILE

    path = uri.lower().split("?", 1)[0]
    name = path.rsplit("/", 1)[-1]
    return (
        "/figures/" in path
        or name.endswith("/figures")
        or name in (CONFIG_FILE.lower(), "pyproject.toml")
        or any(name.endswith(suffix) for suffix in IMAGE_SUFFIXES)
        or "." not in name
    )


def register(server: ReportServer) -> None:
    @server.handles(types.INITIALIZED)
    async def initialized(params: types.InitializedParams) -> None:
        server.load_engine_soon()  # `initialize` is answered: the first report will need it
        await watch_files(server)
        if _can_pull(server):
            await pull(server)

    @server.handles(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    async def configuration_changed(params: types.DidChangeConfigurationParams) -> None:
        if _can_pull(server):
            await pull(server)
            return
        server.settings = settings_table(
            server, params.settings, "workspace/didChangeConfiguration"
        )
        server.invalidate()

    @server.handles(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def files_changed(params: types.DidChangeWatchedFilesParams) -> None:
        if any(_reanalyse(change.uri) for change in params.changes):
            server.invalidate()
        for listener in server.file_listeners:
            listener(params.changes)
