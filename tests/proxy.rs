//! `httpstatus pages` and `httpstatus serve`, run as an operator would. The same files are
//! served by real nginx, Apache and Caddy in `.ci/proxy-check`.

use std::collections::BTreeMap;
use std::path::Path;

use crate::cli::httpstatus;

/// Every file under `dir`, by path relative to it, with its bytes.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let name = path.strip_prefix(root).unwrap().display().to_string();
                out.insert(name, std::fs::read(&path).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

fn text(files: &BTreeMap<String, Vec<u8>>, name: &str) -> String {
    String::from_utf8(files.get(name).unwrap_or_else(|| panic!("{name} written")).clone()).unwrap()
}

#[test]
fn pages_writes_every_error_code_in_every_locale_and_the_same_bytes_twice() {
    let tmp = tempfile::tempdir().unwrap();
    let (first, second) = (tmp.path().join("first"), tmp.path().join("second"));
    let out = httpstatus(&["pages", "--out-dir", first.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("[30/30] zh-TW: "), "{err}");
    let install = first.to_str().unwrap();
    let out =
        httpstatus(&["pages", "--out-dir", second.to_str().unwrap(), "--install-dir", install]);
    assert!(out.status.success());
    let files = tree(&first);
    assert!(files == tree(&second), "a second run into another folder wrote other bytes");
    // Run again into the same folder: nothing changes, and it says so.
    let out = httpstatus(&["pages", "--out-dir", first.to_str().unwrap()]);
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains(&format!("0 files written, {} unchanged", files.len())), "{err}");

    // 29 registered 4xx and 11 registered 5xx codes, 30 locales, HTML and JSON, one type map
    // per code, five configuration files.
    let pages = files.keys().filter(|k| k.ends_with(".html") || k.ends_with(".json")).count();
    assert_eq!(pages, 40 * 30 * 2);
    assert_eq!(files.keys().filter(|k| k.ends_with(".var")).count(), 40);
    assert_eq!(files.len(), 40 * 30 * 2 + 40 + 5);

    let ar = text(&files, "pages/404.ar.html");
    assert!(ar.starts_with("<!doctype html>\n<html lang=\"ar\" dir=\"rtl\">"), "{}", &ar[..80]);
    let he = text(&files, "pages/503.he.html");
    assert!(he.contains("<html lang=\"he\" dir=\"rtl\">"));
    let ru = text(&files, "pages/404.ru.html");
    assert!(ru.contains("<title>404 Не найдено</title>"));
    for page in [&ar, &he, &ru] {
        assert!(!page.contains("<script"), "no JavaScript");
    }
    let json: serde_json::Value = serde_json::from_slice(&files["pages/502.pt-BR.json"]).unwrap();
    assert_eq!((json["status"].as_u64(), json["locale"].as_str()), (Some(502), Some("pt-BR")));

    let var = text(&files, "pages/404.var");
    assert!(var.starts_with("URI: 404.en.html\nContent-Type: text/html; charset=utf-8\n"), "{var}");
    assert!(var.contains(
        "URI: 404.ru.json\nContent-Type: application/problem+json; qs=0.9\nContent-Language: ru\n"
    ));

    let apache = text(&files, "apache.conf");
    assert!(apache.contains(&format!("Alias /httpstatus-errors/ \"{install}/pages/\"")));
    assert!(apache.contains("ErrorDocument 404 /httpstatus-errors/404.var\n"));
    assert!(apache.contains("# 418: Apache 2.4 takes no ErrorDocument for this code."));
    assert!(apache.contains("    AddLanguage pt-BR .pt-BR\n"));
    let nginx_http = text(&files, "nginx-http.conf");
    assert!(nginx_http.contains("ignores q-values"), "nginx's limit is said");
    assert!(nginx_http.contains("    ~*^pt([^a-z]|$) pt-BR;\n"));
    assert!(nginx_http.contains("    default en;\n"));
    let nginx_server = text(&files, "nginx-server.conf");
    assert!(nginx_server.contains("error_page 502 /httpstatus-errors/502.$httpstatus_lang.html;"));
    let serve = text(&files, "nginx-serve.conf");
    assert!(serve.contains("proxy_pass http://127.0.0.1:8080/;"));
    assert!(serve.contains("proxy_set_header X-Original-URI $request_uri;"));
    let caddy = text(&files, "caddy.conf");
    assert!(caddy.contains("\trewrite * /{err.status_code}.{httpstatus_lang}.html\n"));
}

#[test]
fn pages_narrowed_to_locales_codes_and_a_format() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("narrow");
    let out = httpstatus(&[
        "pages",
        "--out-dir",
        dir.to_str().unwrap(),
        "--locales",
        "ru, de-CH,ru",
        "--codes",
        "404,5xx,499",
        "--format",
        "html",
        "--install-dir",
        "/srv/errors",
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let files = tree(&dir);
    let mut pages: Vec<&str> =
        files.keys().filter(|k| k.ends_with(".html")).map(String::as_str).collect();
    pages.sort_unstable();
    let mut expected = Vec::new();
    for code in [404, 499, 500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511] {
        // Catalog order: de before ru; de-CH is served by de.
        expected.push(format!("pages/{code}.de.html"));
        expected.push(format!("pages/{code}.ru.html"));
    }
    expected.sort_unstable();
    assert_eq!(pages, expected);
    assert!(!files.keys().any(|k| k.ends_with(".json")));
    // 499 is no registered code: its page speaks of its class.
    assert!(text(&files, "pages/499.ru.html").contains("<html lang=\"ru\" dir=\"ltr\">"));
    let apache = text(&files, "apache.conf");
    assert!(apache.contains("Alias /httpstatus-errors/ \"/srv/errors/pages/\""));
    assert!(apache.contains("# 499: Apache 2.4 takes no ErrorDocument"));
    // Without English, the first locale is the fallback.
    assert!(apache.contains("LanguagePriority de\n"));
    assert!(!text(&files, "nginx-server.conf").contains("error_page 499"), "nginx refuses 499");
}

#[test]
fn a_narrower_run_removes_what_it_no_longer_writes_and_nothing_else() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("out");
    let run = |args: &[&str]| {
        let mut all = vec!["pages", "--out-dir", dir.to_str().unwrap(), "--lang", "en"];
        all.extend_from_slice(args);
        let out = httpstatus(&all);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stderr).unwrap()
    };
    let first = run(&["--locales", "ru,de", "--codes", "404,503"]);
    assert!(!first.contains("Removed"), "{first}");
    std::fs::write(dir.join("pages/notes.txt"), "mine").unwrap();
    std::fs::write(dir.join("extra.conf"), "mine").unwrap();

    let second = run(&["--locales", "ru", "--codes", "404", "--format", "json"]);
    // Seven of the eight pages, 503.var, and the three server files that serve HTML only.
    assert!(
        second.contains("Removed 11 files of an earlier run that this one no longer writes."),
        "{second}"
    );
    let files = tree(&dir);
    let names: Vec<&str> = files.keys().map(String::as_str).collect();
    assert_eq!(
        names,
        [
            "apache.conf",
            "extra.conf",
            "nginx-serve.conf",
            "pages/404.ru.json",
            "pages/404.var",
            "pages/notes.txt"
        ]
    );
    let third = run(&["--locales", "ru", "--codes", "404", "--format", "json"]);
    assert!(!third.contains("Removed"), "nothing left to remove: {third}");
}

#[test]
fn pages_refuses_bad_input_with_a_clear_message() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("out");
    let dir = dir.to_str().unwrap();
    let cases: [(&[&str], &str); 7] = [
        (&["--locales", "xx"], "No locale matches “xx”"),
        (&["--locales", "not a tag"], "is not a language tag"),
        (&["--codes", "99999"], "“99999” is not an error code"),
        (&["--codes", "abc"], "“abc” is not an error code"),
        (&["--codes", "200"], "“200” is not an error code"),
        (&["--format", "pdf"], "“pdf” is not a page format"),
        (&["--install-dir", "relative/dir"], "cannot be named in a server configuration"),
    ];
    for (args, message) in cases {
        let mut all = vec!["pages", "--out-dir", dir];
        all.extend_from_slice(args);
        let out = httpstatus(&all);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.starts_with("httpstatus: ") && err.contains(message), "{args:?}: {err}");
    }
    assert!(!Path::new(dir).exists(), "nothing is written on bad input");

    // A folder that cannot be made: a file stands in its way.
    let file = tmp.path().join("a-file");
    std::fs::write(&file, "x").unwrap();
    let blocked = file.join("pages");
    let out = httpstatus(&["pages", "--out-dir", blocked.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.starts_with("httpstatus: Cannot write ") && err.contains("a-file"), "{err}");
}

#[cfg(feature = "serve")]
mod serve {
    use std::io::{BufRead, BufReader, Read, Write};
    use std::net::TcpStream;
    use std::process::{Child, Command, Stdio};

    /// A running `httpstatus serve` on a port the system chose, stopped when dropped.
    struct Server {
        child: Child,
        address: String,
    }

    impl Server {
        fn start() -> Server {
            let mut child = Command::new(env!("CARGO_BIN_EXE_httpstatus"))
                .args(["serve", "--listen", "127.0.0.1:0", "--workers", "1"])
                .env_remove("LANG")
                .env_remove("LANGUAGE")
                .env_remove("LC_ALL")
                .stderr(Stdio::piped())
                .spawn()
                .unwrap();
            let mut line = String::new();
            let stderr = child.stderr.take().unwrap();
            let mut reader = BufReader::new(stderr);
            reader.read_line(&mut line).unwrap();
            let address = line
                .split("http://")
                .nth(1)
                .and_then(|rest| rest.split_whitespace().next())
                .unwrap_or_else(|| panic!("a start line with the address: {line}"))
                .to_string();
            // The access log keeps going to the pipe: read it so that it never fills.
            std::thread::spawn(move || {
                let mut sink = Vec::new();
                let _ = reader.read_to_end(&mut sink);
            });
            Server { child, address }
        }

        /// One HTTP/1.1 request; the status, the head and the body.
        fn get(&self, method: &str, path: &str, headers: &[(&str, &str)]) -> (u16, String, String) {
            let mut stream = TcpStream::connect(&self.address).unwrap();
            let mut request =
                format!("{method} {path} HTTP/1.1\r\nHost: test\r\nConnection: close\r\n");
            for (name, value) in headers {
                request.push_str(&format!("{name}: {value}\r\n"));
            }
            request.push_str("\r\n");
            stream.write_all(request.as_bytes()).unwrap();
            let mut response = Vec::new();
            stream.read_to_end(&mut response).unwrap();
            let response = String::from_utf8(response).unwrap();
            let (head, body) = response.split_once("\r\n\r\n").unwrap();
            let status = head[9..12].parse().unwrap();
            (status, head.to_ascii_lowercase(), body.to_string())
        }
    }

    impl Drop for Server {
        fn drop(&mut self) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }

    #[test]
    fn speaks_the_ingress_nginx_protocol() {
        let server = Server::start();
        let (status, _, body) = server.get("GET", "/healthz", &[]);
        assert_eq!((status, body.as_str()), (200, "ok\n"));

        let html = [("Accept", "text/html")];
        let (status, head, body) = server.get(
            "GET",
            "/",
            &[
                ("X-Code", "503"),
                ("Accept", "text/html"),
                ("Accept-Language", "de-CH, fr;q=0.9"),
                ("X-Request-ID", "req-42"),
                ("X-Original-URI", "/shop?item=<img src=x>"),
            ],
        );
        assert_eq!(status, 503);
        assert!(head.contains("content-language: de\r\n"), "{head}");
        assert!(head.contains("vary: accept, accept-language\r\n"), "{head}");
        assert!(head.contains("cache-control: no-store\r\n"), "{head}");
        assert!(body.starts_with("<!doctype html>\n<html lang=\"de\" dir=\"ltr\">"));
        assert!(body.contains("<code dir=\"ltr\">req-42</code>"));
        assert!(body.contains(">/shop?item=&lt;img src=x&gt;</code>"), "escaped");
        assert!(!body.contains("<img"));

        let (status, _, body) = server.get("GET", "/404", &[("Accept-Language", "he")]);
        assert_eq!(status, 404);
        assert!(body.starts_with("404 "), "plain text without Accept: {body}");

        let (status, _, body) =
            server.get("GET", "/", &[("X-Code", "410"), ("X-Format", "application/json")]);
        let json: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!((status, json["status"].as_u64()), (410, Some(410)));

        let (_, _, body) =
            server.get("GET", "/502", &[("Accept", "text/html"), ("Accept-Language", "ar")]);
        assert!(body.contains("<html lang=\"ar\" dir=\"rtl\">"));

        // What the proxy did not ask for is no server error.
        for code in ["99999", "abc", "200", "-1", "５０３"] {
            let (status, _, body) =
                server.get("GET", "/", &[("X-Code", code), ("Accept", "text/html")]);
            assert_eq!(status, 404, "{code}");
            assert!(body.contains("<title>404 Not Found</title>"), "{code}");
        }
        let (status, _, _) = server.get("POST", "/anything", &html);
        assert_eq!(status, 404);
    }

    #[test]
    fn serves_the_bytes_pages_writes() {
        let server = Server::start();
        let tmp = tempfile::tempdir().unwrap();
        let out = super::httpstatus(&[
            "pages",
            "--out-dir",
            tmp.path().to_str().unwrap(),
            "--locales",
            "ja",
            "--codes",
            "429",
        ]);
        assert!(out.status.success());
        let written = std::fs::read_to_string(tmp.path().join("pages/429.ja.html")).unwrap();
        let (status, _, body) =
            server.get("GET", "/429", &[("Accept", "text/html"), ("Accept-Language", "ja-JP")]);
        assert_eq!(status, 429);
        assert_eq!(body, written);
    }

    #[test]
    fn stops_on_sigterm_and_refuses_bad_addresses() {
        let mut server = Server::start();
        let (status, _, _) = server.get("GET", "/healthz", &[]);
        assert_eq!(status, 200);
        let pid = server.child.id().to_string();
        assert!(Command::new("kill").args(["-TERM", &pid]).status().unwrap().success());
        let exit = server.child.wait().unwrap();
        assert_eq!(exit.code(), Some(0), "a graceful stop");

        let out = super::httpstatus(&["serve", "--listen", "localhost:http"]);
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains("is not an address to listen on"), "{err}");

        let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let address = taken.local_addr().unwrap().to_string();
        let out = super::httpstatus(&["serve", "--listen", &address]);
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.starts_with(&format!("httpstatus: Cannot listen on {address}: ")), "{err}");
    }
}
