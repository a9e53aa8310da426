-- wrk script for the soak (scripts/soak.sh): every request is the next of a fixed rotation of
-- valid questions and orders, malformed JSON, wrong types, an unknown item, a misspelt key and
-- a body over the server's limit (started with --max-body-bytes 65536), so every error path
-- runs as often as the hot path.
local bodies = {
  {"/v1/check", '{"item":"nvidia-h100-sxm5-80gb","destination":"CN","date":"2025-02-01","end_user_hq":"CN","end_use":["none"]}'},
  {"/v1/check", '{"item":"nvidia-h20","destination":"SG","end_user_hq":"SG","date":"2025-06-01","end_user":"Sophgo Technologies","claim":"EAR99"}'},
  {"/v1/orders", '{"lines":[{"item":"nvidia-l4","destination":"FR","end_use":["none"]},{"item":"nvidia-h100-sxm5-80gb","destination":"CN"},{"item":"nvidia-h999","destination":"FR"}]}'},
  {"/v1/check", '{"item":"nvidia-h100-sxm5-80gb","destination":'},
  {"/v1/check", '{"item":7,"destination":["CN"]}'},
  {"/v1/check", '{"item":"nvidia-h999","destination":"CN"}'},
  {"/v1/check", '{"item":"nvidia-h100-sxm5-80gb","destination":"CN","end_usr":"x"}'},
  {"/v1/check", '{"item":"' .. string.rep("a", 70000) .. '","destination":"CN"}'},
  {"/v1/classify", '{"item":"nvidia-h20","date":"2025-06-01"}'},
}
local requests = {}
local counter = 0

function init(args)
  for i, b in ipairs(bodies) do
    requests[i] = wrk.format("POST", b[1], {["Content-Type"] = "application/json"}, b[2])
  end
end

function request()
  counter = counter % #requests + 1
  return requests[counter]
end
