-- wrk script for the server's hot path: POST /v1/check with one question, keep-alive.
-- Usage: wrk -t2 -c50 -d20s --latency -s scripts/wrk-check.lua http://127.0.0.1:PORT
wrk.method = "POST"
wrk.path = "/v1/check"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"item":"nvidia-h100-sxm5-80gb","destination":"CN","date":"2025-02-01","end_user_hq":"CN","end_use":["none"]}'
