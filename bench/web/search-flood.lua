-- wrk script for bench/web/flood.sh: statement searches, every one distinct (a word from a small vocabulary plus a
-- counter), so no cache can answer and each one is work for the store — what an anonymous flood of searches looks like.
local words = { "peace", "talks", "summit", "nuclear", "sanctions", "missile", "dialogue", "alliance", "denuclearization",
  "cooperation", "security", "economy", "trade", "meeting", "president", "minister", "korea", "china", "japan", "washington" }
local counter = 0
request = function()
  counter = counter + 1
  local word = words[math.random(1, #words)]
  return wrk.format(nil, "/Statements?q=" .. word .. "&flood=" .. counter .. "-" .. math.random(1, 1000000000))
end
