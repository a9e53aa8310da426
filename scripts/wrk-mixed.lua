-- wrk script for a realistic mix of POST /v1/check questions: a rotation of 96 distinct
-- questions (16 catalog items x 6 destinations, dates across the rules' span, stated and unstated
-- end-user headquarters and end uses), so no answer is the same as the one before it and the
-- engine's per-item caches are exercised as an order system's traffic would. Compare with
-- scripts/wrk-check.lua (one question repeated).
-- Usage: wrk -t2 -c50 -d20s --latency -s scripts/wrk-mixed.lua http://127.0.0.1:PORT
local items = {"nvidia-h100-sxm5-80gb", "nvidia-a100-sxm4-80gb", "nvidia-h20", "nvidia-rtx-4090", "nvidia-l40s",
               "nvidia-l20", "amd-mi300x", "nvidia-a800-sxm4-80gb", "nvidia-h200-sxm-141gb", "nvidia-b200",
               "nvidia-dgx-h100", "intel-gaudi2", "nvidia-l4", "amd-mi210", "nvidia-rtx-4090d", "huawei-ascend-910b"}
local destinations = {"CN", "MY", "AE", "DE", "IN", "VN"}
local dates = {"2023-01-15", "2024-02-01", "2025-02-01", "2025-06-01", "2026-03-01"}
local requests = {}
local counter = 0

function init(args)
  local n = 0
  for i, item in ipairs(items) do
    for d, to in ipairs(destinations) do
      n = n + 1
      local date = dates[(i + d) % #dates + 1]
      local body
      if (i + d) % 3 == 0 then
        body = string.format('{"item":"%s","destination":"%s","date":"%s"}', item, to, date)
      else
        body = string.format('{"item":"%s","destination":"%s","date":"%s","end_user_hq":"%s","end_use":["none"]}', item, to, date, to)
      end
      requests[n] = wrk.format("POST", "/v1/check", {["Content-Type"] = "application/json"}, body)
    end
  end
end

function request()
  counter = counter % #requests + 1
  return requests[counter]
end
