-- Tries the language server in Neovim's built-in LSP client, headless: opens the file given on
-- the command line, waits for Policy Author's diagnostics and prints them, then quits.
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
io.stdout:write(table.concat(out, '\n') .. '\n')
vim.lsp.stop_client(vim.lsp.get_active_clients())
vim.cmd(ok and 'qall!' or 'cquit!')
