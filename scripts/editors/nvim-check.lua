-- Tries the language server in Neovim's built-in LSP client, headless: opens the file given on
-- the command line, waits for Policy Author's diagnostics and prints them, lists the quick fixes
-- for the first error and applies the preferred one (in the buffer, not saved), then quits: with
-- status 0 when the diagnostics came and the fix removed its diagnostic.
--
--   nvim --headless -u NONE -c 'luafile scripts/editors/nvim-check.lua' examples/privacy-policy.en.md
--
-- Uses vim.lsp.start (Neovim 0.8 and later) when it exists, else vim.lsp.start_client (Debian
-- bookworm's 0.7). Run from the repository after `npm run build`.
vim.cmd('filetype on')
vim.cmd('doautocmd BufRead')

local root = vim.fn.getcwd()
local config = {
  name = 'policy-author',
  cmd = { 'node', root .. '/dist/server.js', '--stdio' },
  root_dir = root,
  settings = { policyAuthor = { language = 'auto', documents = 'auto', rules = {} } },
}

local bufnr = vim.api.nvim_get_current_buf()
if vim.lsp.start then
  vim.lsp.start(config)
else
  local client_id = vim.lsp.start_client(config)
  vim.lsp.buf_attach_client(bufnr, client_id)
end

local function ours()
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.source == 'policy-author' then table.insert(found, d) end
  end
  return found
end

local ok = vim.wait(20000, function() return #ours() > 0 end, 100)
local out = {}
table.insert(out, string.format('Neovim %s, filetype %s: %d diagnostics from policy-author', tostring(vim.version().major .. '.' .. vim.version().minor .. '.' .. vim.version().patch), vim.bo[bufnr].filetype, #ours()))
for _, d in ipairs(ours()) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or '?'
  table.insert(out, string.format('%d:%d  %s  %s', d.lnum + 1, d.col + 1, code, d.message:sub(1, 80)))
end

-- A quick fix, as `vim.lsp.buf.code_action()` would offer it: the code actions for the first
-- missing item, then the preferred one applied; its diagnostic must go.
local function lsp_diagnostic(d)
  -- 0.7 keeps only some LSP fields in user_data.lsp (code, data; not the range), so rebuild the
  -- range from the diagnostic's own, its byte columns turned back into UTF-16 ones.
  local lsp = (d.user_data and d.user_data.lsp) or {}
  local function utf16(line, col)
    local text = vim.api.nvim_buf_get_lines(bufnr, line, line + 1, false)[1] or ''
    local _, units = vim.str_utfindex(text, math.min(col, #text))
    return units
  end
  return {
    range = { start = { line = d.lnum, character = utf16(d.lnum, d.col) }, ['end'] = { line = d.end_lnum, character = utf16(d.end_lnum, d.end_col) } },
    severity = d.severity, source = d.source, message = d.message, code = lsp.code or d.code, data = lsp.data,
  }
end
local fixed = true
local target
for _, d in ipairs(ours()) do
  if d.severity == vim.diagnostic.severity.ERROR then target = lsp_diagnostic(d) break end
end
if ok and target then
  local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, range = target.range, context = { diagnostics = { target }, only = { 'quickfix' } } }
  local responses, err = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 10000)
  if not responses then table.insert(out, 'no answer to textDocument/codeAction: ' .. tostring(err)) responses = {} end
  local preferred
  for _, response in pairs(responses) do
    if response.err then table.insert(out, 'textDocument/codeAction failed: ' .. vim.inspect(response.err)) end
    for _, action in ipairs(response.result or {}) do
      table.insert(out, string.format('  quick fix for %s: %s%s', target.code, action.title, action.isPreferred and ' (preferred)' or ''))
      if action.isPreferred and action.edit and not preferred then preferred = action end
    end
  end
  fixed = false
  if preferred then
    vim.lsp.util.apply_workspace_edit(preferred.edit, 'utf-16')
    fixed = vim.wait(20000, function()
      for _, d in ipairs(ours()) do if lsp_diagnostic(d).code == target.code then return false end end
      return #ours() > 0
    end, 100)
    table.insert(out, string.format('after "%s": %s %s, %d diagnostics', preferred.title, target.code, fixed and 'is gone' or 'is still reported', #ours()))
  end
end

io.stdout:write(table.concat(out, '\n') .. '\n')
vim.lsp.stop_client(vim.lsp.get_active_clients())
vim.cmd((ok and fixed) and 'qall!' or 'cquit!')
