//! The error-page layer under load, over loopback, measured with wrk.
//!
//! Run with `cargo bench --bench web_layer --features axum` (wrk must be installed: Debian's
//! `wrk`). The benchmark starts an axum server in this process and loads it with wrk:
//!
//! 1. Throughput, the same stack for each case, cases in turns for 3 rounds of 10 s (medians
//!    compared; pass a number after `--` for another count of rounds): an empty 204 the layer
//!    leaves alone (the reference), the localized HTML page and problem+json the layer writes,
//!    and, to tell the layer's own cost from the cost of sending a page, a 1-byte body and the
//!    same HTML bytes returned by a handler as a plain body, which the layer passes through.
//! 2. `--hostile`: 60 s of requests with hostile headers (64 KiB `Accept-Language`, malformed
//!    cookies, a huge query string, a broken `Accept`), sampling the server's memory every
//!    5 s and counting responses by status.
//!
//! Results are printed and written to `target/web-layer.json`.

use std::io::Write;
use std::process::Command;
use std::time::Duration;

use axum::http::{HeaderValue, StatusCode as WireStatus};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use http_status_catalog::tower::{ErrorPages, LanguageSource};

fn app(page: &'static [u8]) -> Router {
    Router::new()
        // The reference: an empty response with a body-less status the layer never rewrites.
        .route("/empty", get(|| async { WireStatus::NO_CONTENT }))
        .route("/missing", get(|| async { not_found() }))
        // One byte of body, which the layer lets through: what any body at all costs.
        .route("/one-byte", get(|| async { (WireStatus::NOT_FOUND, "x").into_response() }))
        // The page's bytes as the handler's own body: the layer lets it through untouched.
        .route(
            "/same-bytes",
            get(move || async move {
                let mut response = (WireStatus::NOT_FOUND, page).into_response();
                response
                    .headers_mut()
                    .insert("content-type", HeaderValue::from_static("text/html; charset=utf-8"));
                response
            }),
        )
        .layer(ErrorPages::new().languages([
            LanguageSource::query("lang"),
            LanguageSource::cookie("lang"),
            LanguageSource::AcceptLanguage,
        ]))
}

fn not_found() -> Response {
    let mut response = WireStatus::NOT_FOUND.into_response();
    response.headers_mut().insert("x-request-id", HeaderValue::from_static("bench-1"));
    response
}

fn memory_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// Runs wrk and returns (requests per second, its full output).
fn wrk(url: &str, seconds: u32, headers: &[&str], script: Option<&str>) -> (f64, String) {
    let mut command = Command::new("wrk");
    command.args(["-t1", "-c32", &format!("-d{seconds}s"), "--latency"]);
    for header in headers {
        command.args(["-H", header]);
    }
    if let Some(script) = script {
        command.args(["-s", script]);
    }
    let output = command.arg(url).output().expect("wrk runs (install Debian's wrk)");
    let mut text = String::from_utf8_lossy(&output.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&output.stderr));
    let rate = text
        .lines()
        .find(|l| l.starts_with("Requests/sec:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0.0);
    (rate, text)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if !args.iter().any(|a| a == "--bench") {
        return; // `cargo test --benches` builds it; only `cargo bench` runs it.
    }
    let hostile = args.iter().any(|a| a == "--hostile");
    let rounds: usize = args.iter().find_map(|a| a.parse().ok()).unwrap_or(3);
    // One worker thread, so that wrk has the other core.
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("a tokio runtime starts");
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .expect("a loopback port is free");
    let base = format!("http://{}", listener.local_addr().unwrap());
    // The Russian 404 page, as the layer writes it, for the same-bytes case.
    let page: &'static [u8] = runtime.block_on(async {
        use tower::ServiceExt;
        let request = axum::http::Request::get("/missing")
            .header("accept", "text/html")
            .header("accept-language", "ru-RU,ru;q=0.9,en;q=0.8")
            .body(axum::body::Body::empty())
            .unwrap();
        let response = app(b"").oneshot(request).await.unwrap();
        let bytes = axum::body::to_bytes(response.into_body(), 1 << 20).await.unwrap();
        Box::leak(bytes.to_vec().into_boxed_slice())
    });
    runtime.spawn(async move { axum::serve(listener, app(page)).await });
    std::thread::sleep(Duration::from_millis(200));

    let mut json = String::from("{");
    if hostile {
        let script = std::env::temp_dir().join("hostile.lua");
        let mut file = std::fs::File::create(&script).unwrap();
        write!(
            file,
            r#"
local query = string.rep("lang=%ZZ&x=%3Cscript%3E&", 200)
wrk.path = "/missing?" .. query
wrk.headers["Accept-Language"] = string.rep("x-", 32 * 1024)
wrk.headers["Cookie"] = "lang=; lang==x; ;;=;; lang=\"\"; " .. string.rep("junk=%FF; ", 300)
wrk.headers["Accept"] = "text/html;q=oops, application/json;q=2, */*"
wrk.headers["X-Request-ID"] = string.rep("<b>", 300)
counts = {{}}
function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
end
threads = {{}}
function setup(thread) table.insert(threads, thread) end
function done(summary, latency, requests)
  local total = {{}}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("counts")) do
      total[status] = (total[status] or 0) + count
    end
  end
  for status, count in pairs(total) do io.write(string.format("status %d: %d\n", status, count)) end
end
"#
        )
        .unwrap();
        let before = memory_kib();
        let sampler = std::thread::spawn(|| {
            (0..12)
                .map(|_| {
                    std::thread::sleep(Duration::from_secs(5));
                    memory_kib()
                })
                .collect::<Vec<u64>>()
        });
        let (rate, text) = wrk(&format!("{base}/missing"), 60, &[], Some(script.to_str().unwrap()));
        let samples = sampler.join().unwrap();
        let statuses: Vec<(u16, u64)> = text
            .lines()
            .filter_map(|l| l.strip_prefix("status "))
            .filter_map(|l| l.split_once(": "))
            .filter_map(|(s, n)| Some((s.parse().ok()?, n.trim().parse().ok()?)))
            .collect();
        println!("{text}");
        println!("hostile load, 60 s: {rate:.0} requests/s");
        println!("server memory (VmRSS, KiB): before {before}, every 5 s {samples:?}");
        println!("responses by status: {statuses:?}");
        let server_errors: u64 = statuses.iter().filter(|(s, _)| *s >= 500).map(|(_, n)| n).sum();
        let socket_errors = text.contains("Socket errors");
        println!("5xx responses: {server_errors}; socket errors: {socket_errors}");
        json.push_str(&format!(
            "\"hostile_rps\": {rate}, \"memory_before_kib\": {before}, \"memory_samples_kib\": {samples:?}, \"statuses\": {:?}",
            statuses.iter().map(|(s, n)| format!("{s}={n}")).collect::<Vec<_>>()
        ));
        if server_errors > 0 || socket_errors || statuses.is_empty() {
            eprintln!("the hostile run failed: a 5xx, a socket error, or no responses counted");
            std::process::exit(1);
        }
    } else {
        let ru = "Accept-Language: ru-RU,ru;q=0.9,en;q=0.8";
        let cases = [
            ("empty 204, the reference", format!("{base}/empty"), vec!["Accept: text/html"]),
            ("localized HTML page, 404", format!("{base}/missing"), vec!["Accept: text/html", ru]),
            (
                "problem+json, 404",
                format!("{base}/missing"),
                vec!["Accept: application/problem+json", "Accept-Language: de-CH, de;q=0.9"],
            ),
            (
                "a 1-byte body, passed through",
                format!("{base}/one-byte"),
                vec!["Accept: text/html", ru],
            ),
            (
                "same HTML bytes, passed through",
                format!("{base}/same-bytes"),
                vec!["Accept: text/html", ru],
            ),
        ];
        println!("page: {} bytes; {rounds} rounds of 10 s, cases in turns", page.len());
        let mut rates = vec![Vec::new(); cases.len()];
        for round in 1..=rounds {
            for (i, (name, url, headers)) in cases.iter().enumerate() {
                let (rate, _) = wrk(url, 10, headers, None);
                println!("round {round}: {name:34} {rate:>10.0} requests/s");
                rates[i].push(rate);
            }
        }
        let medians: Vec<f64> = rates
            .iter_mut()
            .map(|r| {
                r.sort_by(f64::total_cmp);
                r[r.len() / 2]
            })
            .collect();
        for ((name, _, _), median) in cases.iter().zip(&medians) {
            println!("median: {name:34} {median:>10.0} requests/s");
        }
        let reference = medians[0];
        println!(
            "HTML page: {:.2}x the empty response; problem+json: {:.2}x; a 1-byte body: {:.2}x; \
             the same HTML bytes without the layer's work: {:.2}x; the HTML page against those \
             bytes: {:.2}x",
            medians[1] / reference,
            medians[2] / reference,
            medians[3] / reference,
            medians[4] / reference,
            medians[1] / medians[4],
        );
        json.push_str(&format!(
            "\"page_bytes\": {}, \"rounds\": {rates:?}, \"empty_rps\": {}, \"html_rps\": {}, \
             \"problem_rps\": {}, \"one_byte_rps\": {}, \"same_bytes_rps\": {}",
            page.len(),
            medians[0],
            medians[1],
            medians[2],
            medians[3],
            medians[4]
        ));
    }
    json.push_str("}\n");
    let name = if hostile { "web-layer-hostile.json" } else { "web-layer.json" };
    let target = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    std::fs::create_dir_all(&target).unwrap();
    std::fs::write(target.join(name), json).unwrap();
}
