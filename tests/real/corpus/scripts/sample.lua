-- A small module in the style of real Lua code, formatted badly on purpose.
local M = {}
local function  trim(s) return (s:gsub("^%s+",""):gsub("%s+$","")) end

function M.parse_config( text )
  local config = { sections = {}, order = {} }
  local current
  for line in text:gmatch("[^\n]+") do
    line = trim(line)
    if line:sub(1,1) == "#" or line == "" then
    elseif line:match("^%[.+%]$") then
      current = line:sub(2, -2); config.sections[current] = {}; table.insert(config.order, current)
    else
      local key, value = line:match("^([%w_]+)%s*=%s*(.+)$")
      if key and current then config.sections[current][key] = tonumber(value) or value end
    end
  end
  return config
end

M.render = function(config)
    local out = {}
    for _, name in ipairs(config.order) do
        out[#out+1] = string.format("[%s]", name)
        local keys = {}
        for k in pairs(config.sections[name]) do keys[#keys+1]=k end
        table.sort(keys)
        for _,k in ipairs(keys) do out[#out+1] = k .. " = " .. tostring(config.sections[name][k]) end
    end
    return table.concat(out, "\n")
end

local cfg = M.parse_config([[
[server]
port = 8080
host = localhost
[limits]
max = 10
]])
print(M.render(cfg))
return M
