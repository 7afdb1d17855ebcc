//! A short example exchange for every code: the request, then the status line and the headers
//! of the response that matter for the code (`Location`, `Retry-After`, `Allow`, …).
//!
//! Written as they go over HTTP/1.1, except that a status line holds `{404}` where the code
//! and its wire phrase go: the phrases come from `locales/wire.ftl`, never from here. A code
//! that only appears inside a multi-status body (208, 424) is shown there.

use crate::status::StatusCode;

/// The example of `status`, with its status lines filled in from the wire phrases.
pub(super) fn example(status: StatusCode) -> String {
    fill(template(status))
}

/// Replaces every `{NNN}` with the code and its wire phrase.
fn fill(template: &str) -> String {
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let code = after.get(..3).and_then(|c| c.parse::<u16>().ok());
        let status = code.and_then(|c| StatusCode::from_u16(c).ok());
        match (status, after.get(3..4)) {
            (Some(status), Some("}")) => {
                out.push_str(&status.to_string());
                rest = &after[4..];
            }
            // Only the table below is filled in, and its test reads every placeholder.
            _ => panic!("the example exchanges hold only registered codes as {{NNN}}"),
        }
    }
    out.push_str(rest);
    out
}

fn template(status: StatusCode) -> &'static str {
    use StatusCode as S;
    match status {
        S::Continue => "PUT /uploads/video.mp4 HTTP/1.1\nHost: example.com\nContent-Type: video/mp4\nContent-Length: 104857600\nExpect: 100-continue\n\nHTTP/1.1 {100}\n\nHTTP/1.1 {201}\nLocation: /uploads/video.mp4",
        S::SwitchingProtocols => "GET /chat HTTP/1.1\nHost: example.com\nConnection: Upgrade\nUpgrade: websocket\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\nSec-WebSocket-Version: 13\n\nHTTP/1.1 {101}\nConnection: Upgrade\nUpgrade: websocket\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=",
        S::Processing => "COPY /projects/archive/ HTTP/1.1\nHost: example.com\nDestination: /backups/archive/\nDepth: infinity\n\nHTTP/1.1 {102}\n\nHTTP/1.1 {201}",
        S::EarlyHints => "GET /articles/42 HTTP/1.1\nHost: example.com\n\nHTTP/1.1 {103}\nLink: </style.css>; rel=preload; as=style\n\nHTTP/1.1 {200}\nContent-Type: text/html; charset=utf-8\nLink: </style.css>; rel=preload; as=style",
        S::UploadResumptionSupported => "POST /uploads HTTP/1.1\nHost: example.com\nContent-Type: video/mp4\nContent-Length: 104857600\n\nHTTP/1.1 {104}\nLocation: /uploads/7d1e3a\n\nHTTP/1.1 {201}\nLocation: /uploads/7d1e3a",
        S::Ok => "GET /articles/42 HTTP/1.1\nHost: example.com\n\nHTTP/1.1 {200}\nContent-Type: text/html; charset=utf-8",
        S::Created => "POST /articles HTTP/1.1\nHost: example.com\nContent-Type: application/json\n\nHTTP/1.1 {201}\nLocation: /articles/43\nContent-Type: application/json",
        S::Accepted => "POST /exports HTTP/1.1\nHost: example.com\nContent-Type: application/json\n\nHTTP/1.1 {202}\nContent-Type: application/json",
        S::NonAuthoritativeInformation => "GET /articles/42 HTTP/1.1\nHost: example.com\n\nHTTP/1.1 {203}\nContent-Type: text/html; charset=utf-8\nVia: 1.1 proxy.example.net",
        S::NoContent => "PUT /articles/42 HTTP/1.1\nHost: example.com\nContent-Type: application/json\n\nHTTP/1.1 {204}\nETag: \"v2\"",
        S::ResetContent => "POST /feedback HTTP/1.1\nHost: example.com\nContent-Type: application/x-www-form-urlencoded\n\nHTTP/1.1 {205}",
        S::PartialContent => "GET /videos/intro.mp4 HTTP/1.1\nHost: example.com\nRange: bytes=0-1023\n\nHTTP/1.1 {206}\nContent-Type: video/mp4\nContent-Range: bytes 0-1023/146515\nContent-Length: 1024",
        S::MultiStatus => "PROPFIND /projects/ HTTP/1.1\nHost: example.com\nDepth: 1\n\nHTTP/1.1 {207}\nContent-Type: application/xml; charset=utf-8",
        S::AlreadyReported => "PROPFIND /projects/ HTTP/1.1\nHost: example.com\nDepth: infinity\n\nHTTP/1.1 {207}\nContent-Type: application/xml; charset=utf-8\n\n<D:multistatus xmlns:D=\"DAV:\">\n  <D:response>\n    <D:href>/projects/latest/</D:href>\n    <D:propstat>\n      <D:prop><D:displayname/></D:prop>\n      <D:status>HTTP/1.1 {208}</D:status>\n    </D:propstat>\n  </D:response>\n</D:multistatus>",
        S::ImUsed => "GET /feed HTTP/1.1\nHost: example.com\nA-IM: vcdiff\nIf-None-Match: \"v1\"\n\nHTTP/1.1 {226}\nIM: vcdiff\nDelta-Base: \"v1\"\nETag: \"v2\"",
        S::MultipleChoices => "GET /report HTTP/1.1\nHost: example.com\n\nHTTP/1.1 {300}\nLocation: /report.pdf\nContent-Type: text/html; charset=utf-8",
        S::MovedPermanently => "GET /old-page HTTP/1.1\nHost: example.com\n\nHTTP/1.1 {301}\nLocation: /new-page",
        S::Found => "GET /account HTTP/1.1\nHost: example.com\n\nHTTP/1.1 {302}\nLocation: /login",
        S::SeeOther => "POST /orders HTTP/1.1\nHost: example.com\nContent-Type: application/x-www-form-urlencoded\n\nHTTP/1.1 {303}\nLocation: /orders/1234",
        S::NotModified => "GET /articles/42 HTTP/1.1\nHost: example.com\nIf-None-Match: \"a7f3\"\n\nHTTP/1.1 {304}\nETag: \"a7f3\"\nCache-Control: max-age=3600",
        S::UseProxy => "GET /articles/42 HTTP/1.1\nHost: example.com\n\nHTTP/1.1 {305}\nLocation: http://proxy.example.com:8080/",
        S::TemporaryRedirect => "POST /upload HTTP/1.1\nHost: example.com\n\nHTTP/1.1 {307}\nLocation: /v2/upload",
        S::PermanentRedirect => "POST /api/v1/orders HTTP/1.1\nHost: example.com\n\nHTTP/1.1 {308}\nLocation: /api/v2/orders",
        S::BadRequest => "POST /articles HTTP/1.1\nHost: example.com\nContent-Type: application/json\n\nHTTP/1.1 {400}\nContent-Type: application/problem+json",
        S::Unauthorized => "GET /account HTTP/1.1\nHost: example.com\n\nHTTP/1.1 {401}\nWWW-Authenticate: Bearer realm=\"example\"",
        S::PaymentRequired => "GET /premium/report HTTP/1.1\nHost: example.com\n\nHTTP/1.1 {402}\nContent-Type: text/html; charset=utf-8",
        S::Forbidden => "DELETE /articles/42 HTTP/1.1\nHost: example.com\nAuthorization: Bearer 7f2c9e\n\nHTTP/1.1 {403}\nContent-Type: text/html; charset=utf-8",
        S::NotFound => "GET /articles/9999 HTTP/1.1\nHost: example.com\n\nHTTP/1.1 {404}\nContent-Type: text/html; charset=utf-8",
        S::MethodNotAllowed => "DELETE /articles HTTP/1.1\nHost: example.com\n\nHTTP/1.1 {405}\nAllow: GET, HEAD, POST",
        S::NotAcceptable => "GET /articles/42 HTTP/1.1\nHost: example.com\nAccept: application/xml\n\nHTTP/1.1 {406}\nContent-Type: text/html; charset=utf-8",
        S::ProxyAuthenticationRequired => "GET http://example.org/ HTTP/1.1\nHost: example.org\n\nHTTP/1.1 {407}\nProxy-Authenticate: Basic realm=\"proxy\"",
        S::RequestTimeout => "POST /articles HTTP/1.1\nHost: example.com\nContent-Length: 5000\n\nHTTP/1.1 {408}\nConnection: close",
        S::Conflict => "PUT /users/alice HTTP/1.1\nHost: example.com\nContent-Type: application/json\n\nHTTP/1.1 {409}\nContent-Type: application/problem+json",
        S::Gone => "GET /offers/summer-sale HTTP/1.1\nHost: example.com\n\nHTTP/1.1 {410}\nContent-Type: text/html; charset=utf-8",
        S::LengthRequired => "POST /articles HTTP/1.1\nHost: example.com\nContent-Type: application/json\n\nHTTP/1.1 {411}",
        S::PreconditionFailed => "PUT /articles/42 HTTP/1.1\nHost: example.com\nIf-Match: \"v1\"\n\nHTTP/1.1 {412}\nETag: \"v2\"",
        S::ContentTooLarge => "POST /uploads HTTP/1.1\nHost: example.com\nContent-Length: 5368709120\n\nHTTP/1.1 {413}\nConnection: close",
        S::UriTooLong => "GET /search?q=aaaaaaaa… HTTP/1.1\nHost: example.com\n\nHTTP/1.1 {414}",
        S::UnsupportedMediaType => "POST /articles HTTP/1.1\nHost: example.com\nContent-Type: text/csv\n\nHTTP/1.1 {415}\nAccept: application/json",
        S::RangeNotSatisfiable => "GET /videos/intro.mp4 HTTP/1.1\nHost: example.com\nRange: bytes=200000-200999\n\nHTTP/1.1 {416}\nContent-Range: bytes */146515",
        S::ExpectationFailed => "PUT /uploads/video.mp4 HTTP/1.1\nHost: example.com\nContent-Length: 104857600\nExpect: 100-continue\n\nHTTP/1.1 {417}",
        S::ImATeapot => "BREW /pot-1 HTTP/1.1\nHost: example.com\nContent-Type: message/coffeepot\n\nHTTP/1.1 {418}",
        S::MisdirectedRequest => "GET /articles/42 HTTP/1.1\nHost: other.example.net\n\nHTTP/1.1 {421}",
        S::UnprocessableContent => "POST /articles HTTP/1.1\nHost: example.com\nContent-Type: application/json\n\nHTTP/1.1 {422}\nContent-Type: application/problem+json",
        S::Locked => "PUT /docs/plan.txt HTTP/1.1\nHost: example.com\n\nHTTP/1.1 {423}\nContent-Type: application/xml; charset=utf-8",
        S::FailedDependency => "PROPPATCH /docs/plan.txt HTTP/1.1\nHost: example.com\nContent-Type: application/xml; charset=utf-8\n\nHTTP/1.1 {207}\nContent-Type: application/xml; charset=utf-8\n\n<D:multistatus xmlns:D=\"DAV:\">\n  <D:response>\n    <D:href>/docs/plan.txt</D:href>\n    <D:propstat>\n      <D:prop><D:displayname/></D:prop>\n      <D:status>HTTP/1.1 {424}</D:status>\n    </D:propstat>\n  </D:response>\n</D:multistatus>",
        S::TooEarly => "GET /articles/42 HTTP/1.1\nHost: example.com\nEarly-Data: 1\n\nHTTP/1.1 {425}",
        S::UpgradeRequired => "GET /chat HTTP/1.1\nHost: example.com\n\nHTTP/1.1 {426}\nUpgrade: websocket\nConnection: Upgrade",
        S::PreconditionRequired => "PUT /articles/42 HTTP/1.1\nHost: example.com\nContent-Type: application/json\n\nHTTP/1.1 {428}",
        S::TooManyRequests => "GET /api/search?q=http HTTP/1.1\nHost: example.com\n\nHTTP/1.1 {429}\nRetry-After: 3600",
        S::RequestHeaderFieldsTooLarge => "GET /articles/42 HTTP/1.1\nHost: example.com\nCookie: session=…; prefs=…; tracking=…\n\nHTTP/1.1 {431}",
        S::UnavailableForLegalReasons => "GET /articles/42 HTTP/1.1\nHost: example.com\n\nHTTP/1.1 {451}\nLink: <https://example.org/legal>; rel=\"blocked-by\"",
        S::InternalServerError => "GET /articles/42 HTTP/1.1\nHost: example.com\n\nHTTP/1.1 {500}\nContent-Type: text/html; charset=utf-8",
        S::NotImplemented => "PROPFIND /articles/ HTTP/1.1\nHost: example.com\n\nHTTP/1.1 {501}",
        S::BadGateway => "GET /articles/42 HTTP/1.1\nHost: example.com\n\nHTTP/1.1 {502}\nContent-Type: text/html; charset=utf-8",
        S::ServiceUnavailable => "GET /articles/42 HTTP/1.1\nHost: example.com\n\nHTTP/1.1 {503}\nRetry-After: 120",
        S::GatewayTimeout => "GET /reports/annual HTTP/1.1\nHost: example.com\n\nHTTP/1.1 {504}",
        S::HttpVersionNotSupported => "GET /articles/42 HTTP/2.0\nHost: example.com\n\nHTTP/1.1 {505}",
        S::VariantAlsoNegotiates => "GET /articles/42 HTTP/1.1\nHost: example.com\nNegotiate: trans\n\nHTTP/1.1 {506}",
        S::InsufficientStorage => "PUT /docs/video.mp4 HTTP/1.1\nHost: example.com\nContent-Length: 5368709120\n\nHTTP/1.1 {507}",
        S::LoopDetected => "PROPFIND /projects/ HTTP/1.1\nHost: example.com\nDepth: infinity\n\nHTTP/1.1 {508}",
        S::NotExtended => "GET /articles/42 HTTP/1.1\nHost: example.com\n\nHTTP/1.1 {510}",
        S::NetworkAuthenticationRequired => "GET /articles/42 HTTP/1.1\nHost: example.com\n\nHTTP/1.1 {511}\nContent-Type: text/html; charset=utf-8",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_shows_its_own_status_line() {
        for &status in StatusCode::ALL {
            let text = example(status);
            assert!(text.contains(&format!("HTTP/1.1 {status}")), "{status}: {text}");
            assert!(!text.contains('{'), "{status}: an unfilled placeholder in {text}");
            // Every exchange starts with a request line and a Host header.
            let mut lines = text.lines();
            assert!(lines
                .next()
                .is_some_and(|l| l.ends_with(" HTTP/1.1") || l.ends_with(" HTTP/2.0")));
            assert!(lines.next().is_some_and(|l| l.starts_with("Host: ")), "{status}");
        }
    }

    /// The headers RFC 9110 requires or expects with a code are in its example.
    #[test]
    fn the_headers_that_matter_are_shown() {
        let expected: &[(StatusCode, &str)] = &[
            (StatusCode::Created, "\nLocation: "),
            (StatusCode::MovedPermanently, "\nLocation: "),
            (StatusCode::Found, "\nLocation: "),
            (StatusCode::SeeOther, "\nLocation: "),
            (StatusCode::TemporaryRedirect, "\nLocation: "),
            (StatusCode::PermanentRedirect, "\nLocation: "),
            (StatusCode::Unauthorized, "\nWWW-Authenticate: "),
            (StatusCode::MethodNotAllowed, "\nAllow: "),
            (StatusCode::ProxyAuthenticationRequired, "\nProxy-Authenticate: "),
            (StatusCode::PartialContent, "\nContent-Range: bytes 0-"),
            (StatusCode::RangeNotSatisfiable, "\nContent-Range: bytes */"),
            (StatusCode::UpgradeRequired, "\nUpgrade: "),
            (StatusCode::SwitchingProtocols, "\nUpgrade: "),
            (StatusCode::TooManyRequests, "\nRetry-After: "),
            (StatusCode::ServiceUnavailable, "\nRetry-After: "),
            (StatusCode::Continue, "\nExpect: 100-continue"),
            (StatusCode::NotModified, "\nIf-None-Match: "),
            (StatusCode::PreconditionFailed, "\nIf-Match: "),
            (StatusCode::UnavailableForLegalReasons, "rel=\"blocked-by\""),
        ];
        for &(status, header) in expected {
            assert!(example(status).contains(header), "{status} lacks {header:?}");
        }
    }

    #[test]
    fn responses_without_content_show_none() {
        for &status in StatusCode::ALL.iter().filter(|s| s.has_no_content()) {
            let text = example(status);
            let response = text.split(&format!("HTTP/1.1 {status}")).nth(1).unwrap_or_default();
            let headers = response.split("\n\n").next().unwrap_or_default();
            assert!(!headers.contains("Content-Type"), "{status}: {text}");
        }
    }
}
