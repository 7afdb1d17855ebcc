#!/usr/bin/env bash
# Every benchmark in one sitting, so that all the figures of BENCHMARKS.md and the README come
# from the same machine at the same time. Takes about 10 minutes on 2 cores; keep the machine
# otherwise idle. Needs wrk and nginx (installed when missing) and python3 with venv.
#
#   bash benches/all.sh
#
# Output: each benchmark's own report, and everything in target/benchmarks.log.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"
mkdir -p "$target"
log="$target/benchmarks.log"
exec > >(tee "$log") 2>&1

bash .ci/need nginx wrk curl

step() { printf '\n== %s (%s, load average %s)\n' "$1" "$(date -u +%H:%M:%S)" "$(cut -d' ' -f1-3 /proc/loadavg)"; }

printf '%s; %s cores; %s; %s\n' "$(date -u +%Y-%m-%dT%H:%MZ)" "$(nproc)" \
  "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')" "$(rustc --version)"

# Build everything first, so that no compilation overlaps a measurement.
step "building"
cargo bench --quiet --no-run --all-features
cargo bench --quiet --no-run --bench cold_start
cargo build --quiet --release --features serve --bin httpstatus
python3 -m venv "$target/bench-python"
"$target/bench-python/bin/pip" install --quiet "./python[test]"

step "catalog: lookups, negotiation, warm rebuilds"
cargo bench --quiet --bench catalog --all-features
step "cold start: fresh processes"
cargo bench --quiet --bench cold_start
python3 benches/ratios.py

step "web layer: throughput"
cargo bench --quiet --bench web_layer --features axum
step "web layer: 60 s hostile"
cargo bench --quiet --bench web_layer --features axum -- --hostile

step "httpstatus serve against nginx"
bash benches/serve_vs_nginx.sh

step "Python"
"$target/bench-python/bin/python" python/benches/bench.py

step "done"
