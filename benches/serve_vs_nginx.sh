#!/usr/bin/env bash
# `httpstatus serve` against nginx serving the same pre-rendered page from disk, over loopback,
# loaded by wrk on the same machine in the same run; then 60 s of hostile requests against
# `serve`, sampling its memory. Needs Debian's nginx and wrk (installed when missing).
#
#   bash benches/serve_vs_nginx.sh [seconds per round, default 10] [rounds, default 3]
#
# Each server has one worker (nginx: worker_processes 1; serve: --workers 1) and wrk one thread
# with 32 connections, so that on a 2-core machine the load generator has a core of its own.
# The cases run in turns, round after round, and the medians are compared. Results are printed
# and written to target/serve-vs-nginx.json.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
rounds=${2:-3}

bash .ci/need nginx wrk curl

cargo build --quiet --release --features serve --bin httpstatus
target="${CARGO_TARGET_DIR:-target}"
bin="$target/release/httpstatus"

work=$(mktemp -d /tmp/httpstatus-bench.XXXXXX)
chmod 755 "$work"
serve_pid=""
cleanup() {
  [ -n "$serve_pid" ] && kill "$serve_pid" 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  sleep 0.3
  rm -rf "$work"
}
trap cleanup EXIT
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

"$bin" pages --out-dir "$work/out" 2>/dev/null
mkdir -p "$work/site" "$work/tmp"
chmod -R a+rX "$work"
nginx_port=$(free_port)
cat >"$work/nginx.conf" <<EOF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    access_log $work/nginx-access.log;
    sendfile on;
    client_body_temp_path $work/tmp/body;
    proxy_temp_path $work/tmp/proxy;
    fastcgi_temp_path $work/tmp/fastcgi;
    uwsgi_temp_path $work/tmp/uwsgi;
    scgi_temp_path $work/tmp/scgi;
    include $work/out/nginx-http.conf;
    server {
        listen 127.0.0.1:$nginx_port;
        root $work/site;
        include $work/out/nginx-server.conf;
        # The page as a plain static file.
        location /static/ { alias $work/out/pages/; }
    }
}
EOF
nginx -e "$work/nginx-error.log" -c "$work/nginx.conf" -p "$work"

serve_port=$(free_port)
"$bin" serve --listen "127.0.0.1:$serve_port" --workers 1 2>"$work/serve.log" &
serve_pid=$!
for _ in $(seq 1 100); do
  curl -s -o /dev/null "http://127.0.0.1:$serve_port/healthz" && curl -s -o /dev/null "http://127.0.0.1:$nginx_port/" && break
  sleep 0.1
done

language="Accept-Language: ru-RU,ru;q=0.9,en;q=0.8"
# The three answer the same page, byte for byte.
curl -s "http://127.0.0.1:$nginx_port/static/404.ru.html" >"$work/a"
curl -s -H "$language" "http://127.0.0.1:$nginx_port/missing" >"$work/b"
curl -s -H "$language" -H "Accept: text/html" "http://127.0.0.1:$serve_port/404" >"$work/c"
cmp "$work/a" "$work/b" && cmp "$work/a" "$work/c" && echo "same page from the three: $(wc -c <"$work/a") bytes"

rate() { # URL [header...]
  local url=$1
  shift
  local args=()
  for h in "$@"; do args+=(-H "$h"); done
  wrk -t1 -c32 "-d${seconds}s" "${args[@]}" "$url" | awk '/Requests\/sec/ {print $2}'
}
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

static=() error=() served=()
for round in $(seq 1 "$rounds"); do
  static+=("$(rate "http://127.0.0.1:$nginx_port/static/404.ru.html" "Accept: text/html")")
  error+=("$(rate "http://127.0.0.1:$nginx_port/missing" "Accept: text/html" "$language")")
  served+=("$(rate "http://127.0.0.1:$serve_port/404" "Accept: text/html" "$language")")
  echo "round $round: nginx static ${static[-1]}, nginx error_page ${error[-1]}, serve ${served[-1]} requests/s"
done
m_static=$(median "${static[@]}")
m_error=$(median "${error[@]}")
m_served=$(median "${served[@]}")
ratio_static=$(awk -v a="$m_served" -v b="$m_static" 'BEGIN {printf "%.2f", a / b}')
ratio_error=$(awk -v a="$m_served" -v b="$m_error" 'BEGIN {printf "%.2f", a / b}')
echo "medians: nginx static $m_static, nginx error_page $m_error, serve $m_served requests/s"
echo "serve: ${ratio_static}x nginx's static file, ${ratio_error}x nginx's error_page path"

# Hostile: 60 s of requests no proxy should send, in turns.
cat >"$work/hostile.lua" <<'EOF'
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args)
  statuses = {}
  local huge_language = string.rep("x-", 32 * 1024)
  local huge_uri = "/" .. string.rep("<script>alert(1)</script>&%00\"'", 1100)
  requests = {
    wrk.format("GET", "/", { ["X-Code"] = "404", ["Accept"] = "text/html", ["Accept-Language"] = huge_language }),
    wrk.format("GET", "/", { ["X-Code"] = "99999", ["Accept"] = "text/html" }),
    wrk.format("GET", "/", { ["X-Code"] = "abc", ["X-Format"] = "application/json" }),
    wrk.format("GET", "/", { ["X-Code"] = "502", ["Accept"] = "text/html", ["X-Original-URI"] = huge_uri }),
  }
  i = 0
end
function request()
  i = i % #requests + 1
  return requests[i]
end
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end
function done(summary, latency, requests)
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      io.write(string.format("status %d: %d\n", status, count))
    end
  end
  io.write(string.format("socket errors: %d\n", summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout))
end
EOF
rss() { awk '/VmRSS/ {print $2}' "/proc/$serve_pid/status"; }
before=$(rss)
(
  for _ in $(seq 1 12); do
    sleep 5
    rss
  done
) >"$work/rss" &
sampler=$!
wrk -t1 -c32 -d60s -s "$work/hostile.lua" "http://127.0.0.1:$serve_port/" >"$work/hostile.txt"
wait "$sampler"
hostile_rate=$(awk '/Requests\/sec/ {print $2}' "$work/hostile.txt")
samples=$(paste -sd, "$work/rss")
grep -E '^status|^socket' "$work/hostile.txt"
echo "hostile, 60 s: $hostile_rate requests/s; serve's memory (VmRSS, KiB): before $before, every 5 s $samples"
unasked=$(awk '/^status/ {code=$2+0; if (code >= 500 && code != 502) n += $3} END {print n+0}' "$work/hostile.txt")
echo "5xx not asked for: $unasked"

mkdir -p "$target"
cat >"$target/serve-vs-nginx.json" <<EOF
{"nginx_static_rps": [$(IFS=,; echo "${static[*]}")], "nginx_error_page_rps": [$(IFS=,; echo "${error[*]}")],
 "serve_rps": [$(IFS=,; echo "${served[*]}")], "ratio_static": $ratio_static, "ratio_error_page": $ratio_error,
 "hostile_rps": $hostile_rate, "memory_before_kib": $before, "memory_samples_kib": [$samples], "unasked_5xx": $unasked}
EOF
[ "$unasked" -eq 0 ]
