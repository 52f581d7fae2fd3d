-- Runs a docs/editors.md snippet in a headless Neovim (0.7 and newer) the way a user would, then
-- drives it like one: open the report, wait for diagnostics, hover a question, open an ordinary
-- Markdown file, `:edit` the report again, open a report in a second repository.
-- Reads MLOPS_SNIPPET, MLOPS_REPORT, MLOPS_NOTES, MLOPS_OTHER, MLOPS_LINE (0-based line to hover);
-- writes what it saw to MLOPS_OUT as JSON, then quits.
local env = function(name) return os.getenv(name) end
local v = vim.version()
local result = { version = string.format("NVIM %d.%d.%d", v.major, v.minor, v.patch), messages = {} }

local function record(message)
  table.insert(result.messages, tostring(message))
end
local notify = vim.notify
vim.notify = function(message, ...)
  record(message)
  return notify(message, ...)
end
local show_message = vim.lsp.handlers["window/showMessage"]
vim.lsp.handlers["window/showMessage"] = function(err, params, ...)
  record(params and params.message)
  return show_message(err, params, ...)
end

local function ours()
  local all = vim.lsp.get_clients and vim.lsp.get_clients() or vim.lsp.get_active_clients()
  local found = {}
  for _, client in pairs(all) do
    if client.name == "mlops-report" or client.name == "mlops_report" then
      table.insert(found, client)
    end
  end
  return found
end

local function diagnostics_of(buffer)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(buffer)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(found, { line = d.lnum, message = d.message, source = d.source,
      severity = d.severity, code = d.code or lsp.code })
  end
  return found
end

local function hover(buffer, line, character)
  local client = ours()[1]
  vim.api.nvim_win_set_cursor(0, { line + 1, character })
  local params = vim.lsp.util.make_position_params(0, client and client.offset_encoding or "utf-16")
  local answers = vim.lsp.buf_request_sync(buffer, "textDocument/hover", params, 10000) or {}
  for _, answer in pairs(answers) do
    if answer.err then
      return "error: " .. answer.err.message
    end
    if answer.result and answer.result.contents then
      return answer.result.contents.value or answer.result.contents
    end
  end
  return vim.NIL
end

local ok, problem = pcall(function()
  vim.cmd("filetype on")
  dofile(env("MLOPS_SNIPPET"))
  local started = vim.loop.hrtime()
  vim.cmd("edit " .. vim.fn.fnameescape(env("MLOPS_REPORT")))
  local report = vim.api.nvim_get_current_buf()
  result.filetype = vim.bo.filetype
  result.got_diagnostics = vim.wait(20000, function() return #vim.diagnostic.get(report) > 0 end, 5)
  result.first_diagnostics_ms = (vim.loop.hrtime() - started) / 1e6
  result.diagnostics = diagnostics_of(report)
  result.hover = hover(report, tonumber(env("MLOPS_LINE")), 4)

  vim.cmd("edit " .. vim.fn.fnameescape(env("MLOPS_NOTES")))
  local notes = vim.api.nvim_get_current_buf()
  result.notes_attached = next(vim.lsp.get_clients and vim.lsp.get_clients({ bufnr = notes })
    or vim.lsp.buf_get_clients(notes)) ~= nil
  result.notes_hover = hover(notes, 0, 0)
  vim.wait(300, function() return #vim.diagnostic.get(notes) > 0 end, 10)
  result.notes_diagnostics = diagnostics_of(notes)

  vim.cmd("edit " .. vim.fn.fnameescape(env("MLOPS_REPORT")))
  vim.cmd("edit")
  vim.wait(200)
  result.clients_one_root = #ours()

  vim.cmd("edit " .. vim.fn.fnameescape(env("MLOPS_OTHER")))
  local other = vim.api.nvim_get_current_buf()
  vim.wait(20000, function() return #vim.diagnostic.get(other) > 0 end, 5)
  result.clients_two_roots = #ours()
  local roots = {}
  for _, client in ipairs(ours()) do
    table.insert(roots, client.config.root_dir)
  end
  table.sort(roots)
  result.roots = roots
end)
if not ok then
  result.error = tostring(problem)
end
vim.fn.writefile({ vim.fn.json_encode(result) }, env("MLOPS_OUT"))
vim.cmd("qall!")
