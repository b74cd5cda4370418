-- wrk script: every request gets a query parameter of its own, so the app's 10-second output cache never answers
-- and each request runs the page's queries and renders it. The path comes from the URL given to wrk.
local counter = 0
request = function()
  counter = counter + 1
  local path = wrk.path
  local sep = string.find(path, "?", 1, true) and "&" or "?"
  return wrk.format(nil, path .. sep .. "uncached=" .. counter .. "-" .. math.random(1, 1000000000))
end
