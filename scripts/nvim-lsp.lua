-- Drives `brief lsp` from a real Neovim, headless, and prints what the editor got:
-- diagnostics as the buffer changes (unsaved), completion after `[@`, hover on a
-- citation, go to definition, and a seed rename applied by Neovim itself.
--
--   cp -r brief.yaml content seeds /tmp/site/     # a copy: the rename edits files
--   SITE=/tmp/site BRIEF=target/release/brief nvim --headless -u NONE -c 'luafile scripts/nvim-lsp.lua'
--
-- Works with Neovim 0.7 and later (it uses the API every version since has kept).

local site = assert(os.getenv('SITE'), 'set SITE to a copy of a brief site')
local brief = os.getenv('BRIEF') or 'brief'
local out = {}
local function say(...)
  local parts = {}
  for _, v in ipairs({ ... }) do
    parts[#parts + 1] = type(v) == 'string' and v or vim.inspect(v)
  end
  out[#out + 1] = table.concat(parts, ' ')
  io.stdout:write(table.concat(parts, ' ') .. '\n')
end

vim.cmd('edit ' .. site .. '/content/overview.md')
local buf = vim.api.nvim_get_current_buf()
local client = vim.lsp.start_client({
  name = 'brief',
  cmd = { brief, 'lsp' },
  root_dir = site,
})
vim.lsp.buf_attach_client(buf, client)

local function diagnostics()
  return vim.diagnostic.get(buf)
end
local started = vim.loop.hrtime()
vim.wait(20000, function() return vim.lsp.get_client_by_id(client).initialized end, 10)
-- The flagship is clean: wait for the first publish (an empty list) to arrive.
vim.wait(3000, function() return false end, 50)
say(string.format('attached after %.0f ms; diagnostics on open: %d', (vim.loop.hrtime() - started) / 1e6, #diagnostics()))

-- An unsaved edit: a misquote and a citation of a seed the brief does not list.
local last = vim.api.nvim_buf_line_count(buf)
vim.api.nvim_buf_set_lines(buf, last, last, false, {
  '', 'It was “taken off the tables” [@ap-2025-02-25]. See [@pti-ap-2025-02].',
})
local t0 = vim.loop.hrtime()
vim.wait(5000, function() return #diagnostics() >= 1 end, 5)
say(string.format('after typing, %d diagnostics in %.0f ms:', #diagnostics(), (vim.loop.hrtime() - t0) / 1e6))
for _, d in ipairs(diagnostics()) do
  say(string.format('  %d:%d %s', d.lnum + 1, d.col + 1, d.message:gsub('\n', ' | ')))
  local related = d.user_data and d.user_data.lsp and d.user_data.lsp.relatedInformation
  if related then
    for _, r in ipairs(related) do
      say(string.format('    related: %s:%d %s', vim.fn.fnamemodify(vim.uri_to_fname(r.location.uri), ':t'), r.location.range.start.line + 1, r.message))
    end
  end
end

-- Completion after `[@`.
vim.api.nvim_buf_set_lines(buf, last + 2, last + 2, false, { 'More [@' })
local pos = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = last + 2, character = 7 } }
local res = vim.lsp.buf_request_sync(buf, 'textDocument/completion', pos, 5000)
for _, r in pairs(res or {}) do
  local items = r.result or {}
  table.sort(items, function(a, b) return a.sortText < b.sortText end)
  say(string.format('completion after [@: %d items', #items))
  for _, item in ipairs(items) do
    say(string.format('  %s  (%s)%s', item.label, item.detail,
      item.additionalTextEdits and ('  + adds to sources: ' .. item.additionalTextEdits[1].newText) or ''))
  end
end

-- Hover on the first citation of the body.
local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
for i, line in ipairs(lines) do
  local col = line:find('[@', 1, true)
  if col and i > 10 then
    local p = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = i - 1, character = col + 2 } }
    for _, r in pairs(vim.lsp.buf_request_sync(buf, 'textDocument/hover', p, 5000) or {}) do
      say('hover on line ' .. i .. ':')
      say(r.result and r.result.contents.value or 'nothing')
    end
    for _, r in pairs(vim.lsp.buf_request_sync(buf, 'textDocument/definition', p, 5000) or {}) do
      local loc = r.result
      say(string.format('definition: %s line %d', vim.fn.fnamemodify(vim.uri_to_fname(loc.uri), ':t'), loc.range.start.line + 1))
    end
    -- Rename the seed, applied by Neovim: files renamed and edited.
    local rp = vim.tbl_extend('force', p, { newName = 'ap-explainer' })
    for _, r in pairs(vim.lsp.buf_request_sync(buf, 'textDocument/rename', rp, 5000) or {}) do
      if r.error then
        say('rename refused: ' .. r.error.message)
      else
        vim.lsp.util.apply_workspace_edit(r.result, 'utf-16')
        -- Like any editor, Neovim leaves the edited briefs modified, unsaved: save them.
        vim.cmd('silent! wall')
        local cites = 0
        for _, f in ipairs(vim.fn.glob(site .. '/content/*.md', false, true)) do
          for _, l in ipairs(vim.fn.readfile(f)) do
            local _, n = l:gsub('ap%-explainer', '')
            cites = cites + n
          end
        end
        say(string.format('rename applied and saved; seeds/ap-explainer.md exists: %s; the briefs name it %d times',
          tostring(vim.fn.filereadable(site .. '/seeds/ap-explainer.md') == 1), cites))
      end
    end
    break
  end
end

vim.lsp.stop_client(client)
vim.wait(2000, function() return vim.lsp.get_client_by_id(client) == nil end, 20)
vim.cmd('qa!')
