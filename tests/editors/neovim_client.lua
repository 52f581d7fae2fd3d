-- A plain Neovim (0.7 and newer, no plugins) as the client of `mlops-report lsp`.
-- Reads MLOPS_NVIM_CMD (JSON list), MLOPS_NVIM_REPORT, MLOPS_NVIM_LINE (0-based line to hover)
-- and writes what it received to MLOPS_NVIM_OUT as JSON, then quits.
local out = os.getenv("MLOPS_NVIM_OUT")
local report = os.getenv("MLOPS_NVIM_REPORT")
local hover_line = tonumber(os.getenv("MLOPS_NVIM_LINE"))
local cmd = vim.fn.json_decode(os.getenv("MLOPS_NVIM_CMD"))
local result = { version = vim.fn.matchstr(vim.fn.execute("version"), "NVIM v\\S\\+"), diagnostics = {} }

local function finish()
  vim.fn.writefile({ vim.fn.json_encode(result) }, out)
  vim.cmd("qall!")
end

local ok, problem = pcall(function()
  vim.cmd("edit " .. vim.fn.fnameescape(report))
  local buffer = vim.api.nvim_get_current_buf()
  local config = { name = "mlops-report", cmd = cmd, root_dir = vim.fn.fnamemodify(report, ":h:h") }
  local client
  if vim.lsp.start then
    client = vim.lsp.start(config) -- Neovim 0.8+
  else
    client = vim.lsp.start_client(config) -- Neovim 0.7
    vim.lsp.buf_attach_client(buffer, client)
  end
  result.client = client
  result.got_diagnostics = vim.wait(20000, function()
    return #vim.diagnostic.get(buffer) > 0
  end, 20)
  for _, d in ipairs(vim.diagnostic.get(buffer)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(result.diagnostics, {
      line = d.lnum, col = d.col, message = d.message, source = d.source,
      severity = d.severity, code = d.code or lsp.code,
    })
  end
  vim.api.nvim_win_set_cursor(0, { hover_line + 1, 4 })
  local params = vim.lsp.util.make_position_params()
  local answers = vim.lsp.buf_request_sync(buffer, "textDocument/hover", params, 10000) or {}
  for _, answer in pairs(answers) do
    if answer.result and answer.result.contents then
      result.hover = answer.result.contents.value or answer.result.contents
    end
    if answer.err then
      result.hover_error = answer.err.message
    end
  end
end)
if not ok then
  result.error = tostring(problem)
end
finish()
