"""The language server: open documents with one Analyzer each, settings, and publishing.

Features live in their own modules and register themselves on a `ReportServer` (see app.py), with
`handles` (any request or notification) or `handles_report` (a request about one open report).
Every handler runs on the event loop thread, so the state here needs no locks.
"""

from __future__ import annotations

import asyncio
import gc
import inspect
import json
import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from lsprotocol import types
from pygls.exceptions import (
    FeatureNotificationError,
    JsonRpcException,
    JsonRpcInternalError,
    PyglsError,
)
from pygls.io_ import StdoutWriter, run_async
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.protocol.language_server import lsp_method
from pygls.workspace import TextDocument, Workspace

from mlops_report_lsp import __version__
from mlops_report_lsp.lsp.diagnostics import JsonCache
from mlops_report_lsp.lsp.documents import Document
from mlops_report_lsp.lsp.positions import UTF16
from mlops_report_lsp.lsp.stdio import ReadAheadReader

if TYPE_CHECKING:
    # The engine is imported when the first document opens, not before `initialize` is answered.
    from mlops_report_lsp.analysis import Analysis, Analyzer
    from mlops_report_lsp.config import Config

logger = logging.getLogger(__name__)

SOURCE = "mlops-report"
FAULT_ENV = "MLOPS_REPORT_LSP_FAULT"
"""Comma-separated LSP methods whose handler raises: lets the tests prove the server survives."""
WHILE_RECEIVING_S = 0.02
"""How long compiling the probes waits while a message arrives before looking again."""

Handler = TypeVar("Handler", bound=Callable[..., Any])
Result = TypeVar("Result")


class AboutDocument(Protocol):
    """The params of a request about one document (hover, code lens, completion...)."""

    @property
    def text_document(self) -> types.TextDocumentIdentifier: ...


Params = TypeVar("Params", bound=AboutDocument)
ReportHandler = Callable[[Params, "Analysis", "Document"], Result]


@cache
def load_engine() -> None:
    """Load the engine, the built-in profiles and the repository probes (once). What is loaded by
    now lives as long as the server: it is frozen out of the cyclic garbage collector's walks, so
    that they do not revisit those hundreds of thousands of objects during keystrokes, nor walk
    them while they load (the collections the load would start are about a twentieth of it).
    From then on the collector runs as in a batch of `check` (`COLLECT_AFTER`): an analysis
    leaves little cyclic garbage, and at Python's default a large report's first analysis made
    the collector run about 160 times (a twentieth of that analysis)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        from mlops_report_lsp import analysis  # noqa: F401
        from mlops_report_lsp.checking import COLLECT_AFTER
        from mlops_report_lsp.profiles import builtin_profiles
        from mlops_report_lsp.repository.probes import generations

        builtin_profiles()
        generations()
    finally:
        gc.freeze()
        if collecting:
            gc.enable()
    gc.set_threshold(COLLECT_AFTER)


def _analyzer() -> Analyzer:
    """A new document's analyser; the engine is loaded by now, or loads here."""
    load_engine()
    from mlops_report_lsp.analysis import Analyzer

    return Analyzer()


@dataclass
class DocumentState:
    analyzer: Analyzer = field(default_factory=_analyzer)
    key: tuple[int, int] | None = None
    analysis: Analysis | None = None
    published: tuple[int, int] | None = None
    was_report: bool = False
    cache: JsonCache = field(default_factory=JsonCache)


class ReportProtocol(LanguageServerProtocol):
    """Keeps open documents in the server's own store (see documents.py) instead of pygls'.

    pygls' workspace would answer `get_text_document` for a document it never saw with the file
    on disk, not the editor's text; the workspace pygls creates at `initialize` is guarded so that
    it answers from our store, or raises.
    """

    _server: ReportServer
    _guarded: Workspace | None = None

    @property
    def _workspace(self) -> Workspace | None:
        return self._guarded

    @_workspace.setter
    def _workspace(self, workspace: Workspace | None) -> None:
        if workspace is not None:
            workspace.get_text_document = self._server.text_document  # type: ignore[method-assign,assignment]
        self._guarded = workspace

    @lsp_method(types.TEXT_DOCUMENT_DID_OPEN)
    def lsp_text_document__did_open(self, params: types.DidOpenTextDocumentParams) -> None:
        self._server.open_document(params.text_document)

    @lsp_method(types.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(self, params: types.DidChangeTextDocumentParams) -> None:
        self._server.change_document(params)

    def handle_message(self, message: Any) -> None:
        """A change is applied at once: pygls' way to run a notification's handler (a future, a
        fresh random id, the handler's kind inspected, a copied context) costs about as much as
        applying a keystroke. Its errors are reported as pygls reports them."""
        if (
            type(message) is not types.DidChangeTextDocumentNotification
            or message.jsonrpc != self.VERSION
            or self._shutdown
        ):
            super().handle_message(message)
            return
        try:
            self.lsp_text_document__did_change(message.params)
        except Exception:
            error = JsonRpcInternalError.of(sys.exc_info())  # type: ignore[no-untyped-call]
            self._server._report_server_error(error, FeatureNotificationError)

    @lsp_method(types.TEXT_DOCUMENT_DID_CLOSE)
    def lsp_text_document__did_close(self, params: types.DidCloseTextDocumentParams) -> None:
        self._server.close_document(params.text_document.uri)


class ReportServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("mlops-report", __version__, protocol_cls=ReportProtocol)
        self.documents: dict[str, Document] = {}
        self.states: dict[str, DocumentState] = {}
        self.settings: Mapping[str, Any] = {}
        """The editor's `mlopsReport` settings, laid over each report's settings file."""
        self.generation = 0
        """Bumped when settings, settings files or image files change: results are then stale."""
        self._pending: dict[str, None] = {}
        self._configs: dict[Path | None, Config] = {}
        self._shown: set[str] = set()
        self.file_listeners: list[Callable[[Sequence[types.FileEvent]], None]] = []
        """Told of every watched-file change (the repository inventories rebuild from it)."""
        self.open_listeners: list[Callable[[Document], None]] = []
        """Told of every opened document, before its first analysis."""
        self.faults = frozenset(filter(None, os.environ.get(FAULT_ENV, "").split(",")))
        self._reader: ReadAheadReader | None = None

    def load_engine_soon(self) -> None:
        """Load the engine once the event loop is free, so that it is ready when the first report
        opens: editors open it a moment after `initialized`. On the loop's thread, not a worker:
        the handlers import engine modules too, and two threads importing them at once can
        deadlock (Python then fails one of the imports). Then, a step at a time while the loop is
        free, the repository probes are compiled (`ready_steps`)."""
        loop = asyncio.get_running_loop()
        loop.call_soon(load_engine)
        loop.call_soon(self._ready_probes, None)

    def _ready_probes(self, steps: Iterator[str] | None) -> None:
        """One step of `ready_steps`, the next after whatever the loop has to do by then, while no
        document is open: none while a message is arriving, and no more once a document is open
        (its analysis compiles what it needs, and its keystrokes wait for no step). At the end,
        what they compiled is frozen out of the collector's walks, as the engine is."""
        if self.documents:
            return
        loop = asyncio.get_running_loop()
        if self._reader is not None and self._reader.receiving:
            loop.call_later(WHILE_RECEIVING_S, self._ready_probes, steps)
            return
        if steps is None:
            from mlops_report_lsp.repository.probes import ready_steps

            steps = ready_steps()
        if next(steps, None) is not None:
            loop.call_soon(self._ready_probes, steps)
        else:
            gc.freeze()  # no document's analysis is among what is frozen: none is open

    # -- documents ---------------------------------------------------------------------------

    @property
    def encoding(self) -> str:
        try:
            encoding = self.workspace.position_encoding or UTF16
        except RuntimeError:
            return UTF16
        return str(getattr(encoding, "value", encoding))

    def open_document(self, item: types.TextDocumentItem) -> None:
        self.documents[item.uri] = Document(
            item.uri, item.text, item.version, self.encoding, item.language_id
        )
        self.states[item.uri] = DocumentState()
        self._pending[item.uri] = None
        for listener in self.open_listeners:
            listener(self.documents[item.uri])

    def change_document(self, params: types.DidChangeTextDocumentParams) -> None:
        document = self.documents.get(params.text_document.uri)
        if document is None:
            logger.warning("change to a document that is not open: %s", params.text_document.uri)
            return
        document.apply(params.content_changes, params.text_document.version)
        self._pending[document.uri] = None

    def close_document(self, uri: str) -> None:
        self.documents.pop(uri, None)
        self.states.pop(uri, None)
        self._pending.pop(uri, None)
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=[])
        )

    def is_report(self, document: Document) -> bool:
        from mlops_report_lsp.analysis import looks_like_report

        return looks_like_report(document.pieces, document.path)

    def analysis(self, uri: str) -> Analysis | None:
        """The analysis of the document's current text, or None when it is not an exam report."""
        document = self.documents.get(uri)
        state = self.states.get(uri)
        if document is None or state is None:
            return None
        key = (document.revision, self.generation)
        if state.key == key:
            return state.analysis
        analysis = None
        if self.is_report(document):
            state.analyzer.config = self.config_for(document.path)
            analysis = state.analyzer.analyze(document.pieces, document.path)
        state.key, state.analysis = key, analysis
        return analysis

    def text_document(self, uri: str) -> TextDocument:
        """An open document's text as a pygls `TextDocument` (replaces pygls' own lookup)."""
        document = self.documents.get(uri)
        if document is None:
            raise LookupError(f"{uri} is not open in the editor: its text is not known")
        return TextDocument(uri, document.text, document.version, document.language_id)

    def report(self, uri: str) -> tuple[Analysis, Document] | None:
        """The open document and its analysis, or None when it is not an open exam report."""
        analysis = self.analysis(uri)
        document = self.documents.get(uri)
        if analysis is None or document is None:
            return None
        return analysis, document

    # -- settings ----------------------------------------------------------------------------

    def config_for(self, path: Path | None) -> Config:
        folder = path.parent if path is not None else None
        if folder not in self._configs:
            from mlops_report_lsp.config import apply_settings, load_config

            loaded = load_config(path)
            merged = apply_settings(loaded.config, self.settings, "editor setting mlopsReport")
            self.show_problems([*loaded.problems, *merged.problems])
            self._configs[folder] = merged.config
        return self._configs[folder]

    def show_problems(self, problems: list[str]) -> None:
        """Tell the user about bad settings, once each, and say what happens instead."""
        for problem in problems:
            if problem and problem not in self._shown:
                self._shown.add(problem)
                self.window_show_message(
                    types.ShowMessageParams(
                        type=types.MessageType.Warning,
                        message=f"mlops-report: {problem} (ignored; using the default)",
                    )
                )

    def invalidate(self) -> None:
        """Settings or files changed: re-analyse and re-publish every open document."""
        self.generation += 1
        self._configs.clear()
        for uri in self.documents:
            self._pending[uri] = None
        workspace = self.client_capabilities.workspace
        lenses = workspace.code_lens if workspace else None
        if lenses is not None and lenses.refresh_support:
            self.workspace_code_lens_refresh(None)

    # -- publishing --------------------------------------------------------------------------

    def publish(self, uri: str) -> None:
        """Push the diagnostics of the document's current version, unless already pushed.

        A document that is not a report gets one empty list (and another if it stops being one).
        """
        document = self.documents.get(uri)
        state = self.states.get(uri)
        if document is None or state is None:
            return
        analysis = self.analysis(uri)
        key = (document.revision, self.generation)
        if analysis is None:
            if state.published is not None and not state.was_report:
                return
            items: list[str] = []
            state.cache = JsonCache()
        elif state.published == key:
            return
        else:
            items = state.cache.items(analysis, document)
        self.send_diagnostics(uri, document.version, items)
        state.published, state.was_report = key, analysis is not None

    def send_diagnostics(self, uri: str, version: int | None, items: list[str]) -> None:
        """Write the notification from the diagnostics' serialized JSON: converting thousands of
        lsprotocol objects through cattrs, or even encoding them again, would cost more than the
        analysis of a keystroke."""
        head: dict[str, Any] = {"uri": uri}
        if version is not None:
            head["version"] = version
        start = json.dumps(
            {"jsonrpc": "2.0", "method": types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS, "params": head}
        )[:-2]  # without the closing "}}", to append the diagnostics
        body = f'{start},"diagnostics":[{",".join(items)}]}}}}'
        writer = self.protocol.writer
        if writer is None:  # pragma: no cover - the client is gone
            return
        # ASCII only (json.dumps escapes the rest), so the length in characters is in bytes.
        writer.write(f"Content-Length: {len(body)}\r\n\r\n{body}".encode())  # stdio: synchronous

    def flush(self) -> None:
        """Publish for every document changed since the last flush, on its latest text only."""
        while self._pending:
            uri = next(iter(self._pending))
            del self._pending[uri]
            try:
                self.publish(uri)
            except Exception as error:
                self.log_exception(f"analysing {uri}", error)

    # -- errors ------------------------------------------------------------------------------

    def log_exception(self, what: str, error: BaseException) -> None:
        details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
        logger.error("%s failed: %s", what, details)
        try:
            self.window_log_message(
                types.LogMessageParams(
                    type=types.MessageType.Error, message=f"{what} failed: {details}"
                )
            )
        except Exception:  # pragma: no cover - the client is gone
            logger.exception("cannot log to the client")

    def report_server_error(
        self, error: Exception, source: type[PyglsError] | type[JsonRpcException]
    ) -> None:
        """Handler errors: requests are answered with the error by pygls; all are logged here."""
        self.log_exception(f"mlops-report ({source.__name__})", error)

    def fail_if_injected(self, method: str) -> None:
        if method in self.faults:
            raise RuntimeError(f"fault injected into {method} by {FAULT_ENV}")

    def handles(self, method: str, options: Any | None = None) -> Callable[[Handler], Handler]:
        """Register a feature handler, plain or `async`, that takes only its params (the server
        is in the feature's closure); `MLOPS_REPORT_LSP_FAULT` can make it raise."""

        def decorate(function: Handler) -> Handler:
            handler: Callable[[Any], Any]
            if inspect.iscoroutinefunction(function):

                async def handler(params: Any) -> Any:
                    self.fail_if_injected(method)
                    return await function(params)
            else:

                def handler(params: Any) -> Any:
                    self.fail_if_injected(method)
                    return function(params)

            handler.__name__ = function.__name__
            self.feature(method, options)(handler)
            return function

        return decorate

    def handles_report(
        self, method: str, options: Any | None = None
    ) -> Callable[[ReportHandler[Params, Result]], ReportHandler[Params, Result]]:
        """Register a handler for a request about one document: it is called with the params, the
        report's analysis and the open document; the client gets null for anything else."""

        def decorate(function: ReportHandler[Params, Result]) -> ReportHandler[Params, Result]:
            def on_report(params: Params) -> Result | None:
                found = self.report(params.text_document.uri)
                return None if found is None else function(params, *found)

            on_report.__name__ = function.__name__
            self.handles(method, options)(on_report)
            return function

        return decorate

    def handles_command(
        self, name: str
    ) -> Callable[[Callable[[tuple[object, ...]], Result]], Callable[[tuple[object, ...]], Result]]:
        """Register a `workspace/executeCommand` handler that takes the command's arguments."""

        def decorate(
            function: Callable[[tuple[object, ...]], Result],
        ) -> Callable[[tuple[object, ...]], Result]:
            # pygls reads this signature at run time: `ls` first gets the server, then the
            # arguments unconverted (`object`); both names must resolve in this module.
            def command(ls: ReportServer, *arguments: object) -> Result:
                ls.fail_if_injected(name)
                return function(arguments)

            command.__name__ = function.__name__
            self.command(name)(command)
            return function

        return decorate

    # -- running -----------------------------------------------------------------------------

    def serve_stdio(self) -> int:
        """Serve on stdin/stdout until `exit` or end of input; the process exit code."""
        reader = self._reader = ReadAheadReader(sys.stdin.buffer, on_idle=self.flush)
        self.protocol.set_writer(StdoutWriter(sys.stdout.buffer))
        self._stop_event = stop = threading.Event()

        async def serve() -> None:
            reader.start()
            await run_async(
                stop_event=stop,
                reader=reader,
                protocol=self.protocol,
                logger=logger,
                error_handler=self.report_server_error,
            )

        code = 0
        try:
            asyncio.run(serve())
        except BrokenPipeError:
            logger.error("the client closed the connection")
        except KeyboardInterrupt:
            code = 130
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 0
        finally:
            self.shutdown()  # type: ignore[no-untyped-call]
        return code


__all__ = ["SOURCE", "ReportServer"]
