//! The HTTP side of `brief serve`: one axum handler in front of the in-memory snapshot.
//!
//! Order of checks for every request: the DNS-rebinding guard ([`HostGuard`]), the
//! method (GET and HEAD), then the path. Paths are decoded and checked segment by
//! segment ([`site_path`]): `..`, `.`, encoded slashes, backslashes, NUL and empty
//! segments are refused with 400 before any lookup, and the lookup itself is into the
//! snapshot map, or for a page not rendered yet into the site's map of pages (through
//! [`Hub::file`]), so nothing outside the rendered site (sources, `brief.yaml`) can be
//! named at all. Pages get an ETag (a hash of the bytes sent) and `Cache-Control:
//! no-cache`, so browsers revalidate each time and get 304s while nothing changed. No
//! CORS headers are sent.

use std::convert::Infallible;
use std::hash::{Hash, Hasher};
use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use futures_util::stream;
use tokio::sync::broadcast::error::RecvError;

use crate::serve::inject::{self, EVENTS_PATH, RESERVED_PREFIX};
use crate::serve::state::{Hub, Live};

/// How soon a page's event stream reconnects after the server went away.
const RECONNECT: Duration = Duration::from_millis(1000);

/// The app: everything goes through `handle`.
pub fn router(hub: Arc<Hub>, guard: HostGuard) -> Router {
    let app = App {
        hub,
        guard: Arc::new(guard),
    };
    Router::new().fallback(handle).with_state(app)
}

#[derive(Clone)]
struct App {
    hub: Arc<Hub>,
    guard: Arc<HostGuard>,
}

/// Answers only requests whose `Host` names this machine when bound to loopback: a page
/// on another site that rebinds its own name to 127.0.0.1 sends its own name as `Host`.
#[derive(Debug, Clone)]
pub struct HostGuard {
    /// Allowed host names (lower case, without port); `None` when any is.
    allowed: Option<Vec<String>>,
}

impl HostGuard {
    /// The guard for a server bound to `bind`.
    pub fn new(bind: IpAddr) -> Self {
        if !bind.is_loopback() {
            return HostGuard { allowed: None };
        }
        let own = match bind {
            IpAddr::V4(v4) => v4.to_string(),
            IpAddr::V6(v6) => format!("[{v6}]"),
        };
        let mut allowed: Vec<String> = ["localhost", "127.0.0.1", "[::1]"]
            .into_iter()
            .map(str::to_owned)
            .collect();
        if !allowed.contains(&own) {
            allowed.push(own);
        }
        HostGuard {
            allowed: Some(allowed),
        }
    }

    /// Whether a request with these headers may be answered.
    pub fn admits(&self, headers: &HeaderMap) -> bool {
        let Some(allowed) = &self.allowed else {
            return true;
        };
        let Some(host) = headers.get(header::HOST).and_then(|h| h.to_str().ok()) else {
            return false;
        };
        let name = host_name(host).to_ascii_lowercase();
        allowed.contains(&name)
    }
}

/// The name part of a `Host` header: `localhost:1111` → `localhost`, `[::1]:80` → `[::1]`.
fn host_name(host: &str) -> &str {
    let host = host.trim();
    if host.starts_with('[') {
        return host.find(']').map_or(host, |end| &host[..=end]);
    }
    match host.rsplit_once(':') {
        Some((name, port)) if port.bytes().all(|b| b.is_ascii_digit()) => name,
        _ => host,
    }
}

async fn handle(State(app): State<App>, request: Request) -> Response {
    if !app.guard.admits(request.headers()) {
        return plain(StatusCode::FORBIDDEN, "forbidden: unexpected Host header\n");
    }
    let method = request.method().clone();
    if method != Method::GET && method != Method::HEAD {
        let mut response = plain(StatusCode::METHOD_NOT_ALLOWED, "method not allowed\n");
        response
            .headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return response;
    }
    let uri = request.uri();
    if uri.path() == EVENTS_PATH {
        return events(&app.hub);
    }
    if uri.path().starts_with(RESERVED_PREFIX) {
        return not_found(&app.hub, app.hub.live(), None).await;
    }
    let response = page(&app.hub, uri, request.headers()).await;
    if method == Method::HEAD {
        return without_body(response);
    }
    response
}

/// A path's place in the snapshot, or why it has none.
#[derive(Debug, PartialEq, Eq)]
pub enum SitePath {
    /// A file's key, e.g. `overview/index.html` for `/overview/`.
    File(String),
    /// A path without a trailing slash: a file's key, or a folder's (redirected to its
    /// slash when it holds an `index.html`).
    Bare(String),
}

/// Decodes and checks a request path. `None` means 400: a segment that is `.` or `..`
/// (encoded or not), holds an encoded `/`, a `\` or NUL, is empty (`//`), or is not UTF-8.
pub fn site_path(path: &str) -> Option<SitePath> {
    let rest = path.strip_prefix('/')?;
    if rest.is_empty() {
        return Some(SitePath::File("index.html".into()));
    }
    let (rest, folder) = match rest.strip_suffix('/') {
        Some(r) => (r, true),
        None => (rest, false),
    };
    let mut segments = Vec::new();
    for raw in rest.split('/') {
        let segment = percent_decode(raw)?;
        let bad = segment.is_empty()
            || segment == "."
            || segment == ".."
            || segment.contains(['/', '\\', '\0']);
        if bad {
            return None;
        }
        segments.push(segment);
    }
    let key = segments.join("/");
    Some(if folder {
        SitePath::File(format!("{key}/index.html"))
    } else {
        SitePath::Bare(key)
    })
}

fn percent_decode(raw: &str) -> Option<String> {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            // Two hex digits exactly (`from_str_radix` alone would take `%+f`).
            let hex = bytes.get(i + 1..i + 3)?;
            if !hex.iter().all(u8::is_ascii_hexdigit) {
                return None;
            }
            out.push(u8::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// A file of the site (rendered now when it is a page not rendered yet), a redirect to
/// a folder's slash, or the site's 404 page.
async fn page(hub: &Hub, uri: &Uri, headers: &HeaderMap) -> Response {
    let (key, found) = match site_path(uri.path()) {
        Some(SitePath::File(key)) => {
            let found = hub.file(hub.live(), &key).await;
            if found.failed {
                return failed(hub, found.live, &key).await;
            }
            if found.bytes.is_none() {
                return not_found(hub, found.live, Some(&key)).await;
            }
            (key, found)
        }
        Some(SitePath::Bare(key)) => {
            let folder = format!("{key}/index.html");
            let found = hub.file(hub.live(), &key).await;
            if found.bytes.is_some() {
                (key, found)
            } else {
                let found = hub.file(found.live, &folder).await;
                if found.bytes.is_some() || found.failed {
                    return redirect_to_folder(uri);
                }
                return not_found(hub, found.live, Some(&folder)).await;
            }
        }
        None => return plain(StatusCode::BAD_REQUEST, "bad request: invalid path\n"),
    };
    let (live, Some(bytes)) = (found.live, found.bytes) else {
        return not_found(hub, hub.live(), Some(&key)).await;
    };
    let content_type = content_type(&key);
    let body = if is_html(&key) {
        inject_into(&live, &bytes, &[&key])
    } else {
        bytes.to_vec()
    };
    let etag = etag(&body);
    if matches_etag(headers, &etag) {
        return Response::builder()
            .status(StatusCode::NOT_MODIFIED)
            .header(header::ETAG, etag)
            .header(header::CACHE_CONTROL, "no-cache")
            .body(Body::empty())
            .unwrap_or_else(|_| StatusCode::NOT_MODIFIED.into_response());
    }
    Response::builder()
        .status(StatusCode::OK)
        .header(header::CONTENT_TYPE, content_type)
        .header(header::ETAG, etag)
        .header(header::CACHE_CONTROL, "no-cache")
        .header(header::X_CONTENT_TYPE_OPTIONS, "nosniff")
        .body(Body::from(body))
        .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
}

/// 308 to the same path with a trailing slash (query kept). The path was checked by
/// [`site_path`], so it has no `//` and cannot become a link to another host.
fn redirect_to_folder(uri: &Uri) -> Response {
    let mut location = format!("{}/", uri.path());
    if let Some(query) = uri.query() {
        location.push('?');
        location.push_str(query);
    }
    Response::builder()
        .status(StatusCode::PERMANENT_REDIRECT)
        .header(header::LOCATION, location)
        .body(Body::empty())
        .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
}

/// The site's own `404.html`, status 404, with the reload script (it reloads when the
/// missing page appears).
async fn not_found(hub: &Hub, live: Arc<Live>, wanted: Option<&str>) -> Response {
    stand_in(hub, live, wanted, StatusCode::NOT_FOUND).await
}

/// A page of the site that failed to render: status 500, the site's 404 page as its
/// body with the overlay naming the error, and the reload script (it reloads at the next
/// rebuild, which replaces the overlay).
async fn failed(hub: &Hub, live: Arc<Live>, key: &str) -> Response {
    stand_in(hub, live, Some(key), StatusCode::INTERNAL_SERVER_ERROR).await
}

/// The site's `404.html` (or a fallback while there is none) standing in for `wanted`,
/// with `status`, the overlay if any, and the reload script watching both.
async fn stand_in(
    hub: &Hub,
    live: Arc<Live>,
    wanted: Option<&str>,
    status: StatusCode,
) -> Response {
    let found = hub.file(live, "404.html").await;
    let page: &[u8] = found
        .bytes
        .as_deref()
        .unwrap_or(inject::FALLBACK_404.as_bytes());
    let mut pages = vec!["404.html"];
    pages.extend(wanted);
    let body = inject_into(&found.live, page, &pages);
    Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, "text/html; charset=utf-8")
        .header(header::CACHE_CONTROL, "no-cache")
        .body(Body::from(body))
        .unwrap_or_else(|_| status.into_response())
}

/// A page with the overlay (if any) and the reload script inserted.
fn inject_into(live: &Live, page: &[u8], pages: &[&str]) -> Vec<u8> {
    let mut snippet = String::new();
    if let Some(overlay) = &live.overlay {
        snippet.push_str(overlay);
    }
    snippet.push_str(&inject::script(&live.version, pages));
    inject::into_page(page, &snippet)
}

/// The stream of rebuilds: a `hello` with the current version (so a page that missed a
/// rebuild while connecting reloads), then one `rebuild` event per rebuild. Ends when
/// the server stops, so shutdown does not wait for open pages.
fn events(hub: &Hub) -> Response {
    let receiver = hub.subscribe();
    let hello = format!(
        "{{\"version\":{}}}",
        serde_json::Value::String(hub.live().version.clone())
    );
    let start = Some(Event::default().event("hello").retry(RECONNECT).data(hello));
    let state = (start, receiver, hub.stopped());
    let stream = stream::unfold(state, |(start, mut receiver, mut stopped)| async move {
        if let Some(event) = start {
            return Some((Ok::<_, Infallible>(event), (None, receiver, stopped)));
        }
        let data: Arc<str> = tokio::select! {
            message = receiver.recv() => match message {
                Ok(data) => data,
                Err(RecvError::Lagged(_)) => Arc::from(r#"{"version":"","all":true,"changed":[]}"#),
                Err(RecvError::Closed) => return None,
            },
            _ = stopped.wait_for(|s| *s) => return None,
        };
        let event = Event::default().event("rebuild").data(&*data);
        Some((Ok(event), (None, receiver, stopped)))
    });
    Sse::new(stream)
        .keep_alive(KeepAlive::default())
        .into_response()
}

fn plain(status: StatusCode, text: &'static str) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        text,
    )
        .into_response()
}

/// A HEAD response: the GET's headers, its length, no body.
fn without_body(response: Response) -> Response {
    let (mut parts, body) = response.into_parts();
    if let Some(len) = http_body_len(&body) {
        parts
            .headers
            .insert(header::CONTENT_LENGTH, HeaderValue::from(len));
    }
    Response::from_parts(parts, Body::empty())
}

fn http_body_len(body: &Body) -> Option<u64> {
    use axum::body::HttpBody;
    body.size_hint().exact()
}

/// A strong ETag from a hash of the bytes sent.
fn etag(body: &[u8]) -> String {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    body.hash(&mut hasher);
    format!("\"{:016x}-{:x}\"", hasher.finish(), body.len())
}

/// Whether `If-None-Match` names `etag` (or is `*`); weak tags compare by value.
fn matches_etag(headers: &HeaderMap, etag: &str) -> bool {
    headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|t| t.trim())
        .any(|t| t == "*" || t.trim_start_matches("W/") == etag)
}

fn is_html(key: &str) -> bool {
    key.ends_with(".html") || key.ends_with(".htm")
}

/// The content type for an output path, by extension.
pub fn content_type(key: &str) -> &'static str {
    let ext = key
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" | "map" => "application/json",
        "xml" => "application/xml; charset=utf-8",
        "rss" => "application/rss+xml; charset=utf-8",
        "atom" => "application/atom+xml; charset=utf-8",
        "txt" | "md" => "text/plain; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "ico" => "image/x-icon",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        "ttf" => "font/ttf",
        "otf" => "font/otf",
        "pdf" => "application/pdf",
        "mp4" => "video/mp4",
        "webm" => "video/webm",
        "mp3" => "audio/mpeg",
        "ogg" => "audio/ogg",
        "wasm" => "application/wasm",
        "webmanifest" => "application/manifest+json",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_map_to_keys() {
        assert_eq!(site_path("/"), Some(SitePath::File("index.html".into())));
        assert_eq!(
            site_path("/overview/"),
            Some(SitePath::File("overview/index.html".into()))
        );
        assert_eq!(
            site_path("/overview"),
            Some(SitePath::Bare("overview".into()))
        );
        assert_eq!(
            site_path("/a%20b/style.css"),
            Some(SitePath::Bare("a b/style.css".into()))
        );
    }

    #[test]
    fn traversal_and_odd_segments_are_refused() {
        for bad in [
            "/../brief.yaml",
            "/%2e%2e/brief.yaml",
            "/%2E%2E/brief.yaml",
            "/..%2fbrief.yaml",
            "/a/%2F/b",
            "/a\\..\\b",
            "/%5c..%5cbrief.yaml",
            "/a/%00",
            "//etc/passwd",
            "/a//b",
            "/./x",
            "/%zz",
            "/%+f",
            "/%ff",
            "relative",
        ] {
            assert_eq!(site_path(bad), None, "{bad}");
        }
    }

    #[test]
    fn host_guard_on_loopback() {
        let guard = HostGuard::new("127.0.0.1".parse().unwrap());
        let admits = |host: &str| {
            let mut h = HeaderMap::new();
            h.insert(header::HOST, HeaderValue::from_str(host).unwrap());
            guard.admits(&h)
        };
        for ok in [
            "localhost",
            "localhost:1111",
            "127.0.0.1:80",
            "[::1]:1",
            "LOCALHOST",
        ] {
            assert!(admits(ok), "{ok}");
        }
        for bad in [
            "evil.example",
            "evil.example:1111",
            "127.0.0.1.evil.example",
            "[::2]",
        ] {
            assert!(!admits(bad), "{bad}");
        }
        assert!(!guard.admits(&HeaderMap::new()));
        assert!(HostGuard::new("0.0.0.0".parse().unwrap()).admits(&HeaderMap::new()));
    }
}
