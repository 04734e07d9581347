//! Fetching a page: the network edge of capture.
//!
//! Owns everything between an address and the document's bytes and text: the HTTP client
//! and its limits (a global timeout, a redirect limit, a size cap; gzip and brotli
//! decompressed), the User-Agent, turning every way a fetch can fail into one
//! [`FetchError`] line, refusing a body brief cannot read as a page (a PDF, an image, a
//! compression it did not ask for: [`check_type`], [`check_bytes`]), and decoding the bytes with the
//! right charset (BOM, then the HTTP header, then `<meta charset>`, as browsers do). A
//! saved HTML file enters here too, so it goes through the same checks and decoding as a
//! fetched page.

use std::fmt;
use std::path::Path;
use std::time::Duration;

use encoding_rs::Encoding;
use ureq::ResponseExt;

/// The User-Agent brief sends: it names the tool and what it is doing, as a polite
/// crawler does, so a site's logs show who fetched the page.
pub const USER_AGENT: &str = concat!(
    "brief/",
    env!("CARGO_PKG_VERSION"),
    " (source capture for a briefing site)"
);

/// Limits of one fetch.
#[derive(Debug, Clone)]
pub struct FetchOptions {
    /// The whole exchange, connect to last byte.
    pub timeout: Duration,
    /// Redirects followed before giving up.
    pub max_redirects: u32,
    /// The most bytes of (decompressed) body accepted.
    pub max_bytes: u64,
}

impl Default for FetchOptions {
    fn default() -> Self {
        FetchOptions {
            timeout: Duration::from_secs(30),
            max_redirects: 10,
            max_bytes: 10 * 1024 * 1024,
        }
    }
}

/// A document as received: the exact bytes (after HTTP content decoding) and where they
/// came from.
#[derive(Debug, Clone)]
pub struct Page {
    /// The address asked for (or the file read).
    pub requested: String,
    /// The address the document was served from, after redirects (`None` for a file).
    pub final_url: Option<String>,
    /// The HTTP status (200 for a file).
    pub status: u16,
    /// `Content-Type`, when the server sent one.
    pub content_type: Option<String>,
    /// The body exactly as served (gzip or brotli transfer coding removed).
    pub bytes: Vec<u8>,
}

/// Why a page could not be fetched. Each displays as one line.
#[derive(Debug)]
pub enum FetchError {
    BadUrl(String, String),
    HostNotFound(String),
    Connect(String),
    Tls(String, String),
    Timeout(String, Duration),
    TooManyRedirects(String, u32),
    TooLarge(String, u64),
    Status(String, u16),
    Io(String, String),
    /// A body that is no web page or text (`application/pdf`, `image/png`…): its type.
    NotText(String, String),
    /// A body still compressed with a `Content-Encoding` brief cannot undo: the coding.
    Encoded(String, String),
}

impl FetchError {
    /// The page is gone for good (404, 410), as opposed to unreachable for now.
    pub fn is_gone(&self) -> bool {
        matches!(self, FetchError::Status(_, 404 | 410))
    }

    /// A failure of the network or the server rather than an answer about the page:
    /// worth a warning when re-checking, since it may pass.
    pub fn is_unreachable(&self) -> bool {
        match self {
            FetchError::Status(_, code) => *code >= 500 || *code == 429,
            FetchError::HostNotFound(_)
            | FetchError::Connect(_)
            | FetchError::Tls(..)
            | FetchError::Timeout(..)
            | FetchError::Io(..) => true,
            _ => false,
        }
    }
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FetchError::BadUrl(url, why) => write!(f, "`{url}` is not a web address: {why}"),
            FetchError::HostNotFound(url) => {
                write!(
                    f,
                    "cannot fetch {url}: the host name does not resolve (DNS)"
                )
            }
            FetchError::Connect(url) => {
                write!(f, "cannot fetch {url}: connection refused or failed")
            }
            FetchError::Tls(url, why) => write!(f, "cannot fetch {url}: TLS error: {why}"),
            FetchError::Timeout(url, t) => {
                write!(
                    f,
                    "cannot fetch {url}: no complete answer within {} s",
                    t.as_secs_f64()
                )
            }
            FetchError::TooManyRedirects(url, n) => {
                write!(f, "cannot fetch {url}: more than {n} redirects")
            }
            FetchError::TooLarge(url, max) => write!(
                f,
                "cannot fetch {url}: the page is larger than {} MiB",
                max / (1024 * 1024)
            ),
            FetchError::Status(url, code) => {
                write!(
                    f,
                    "cannot fetch {url}: the server answered {code} {}",
                    reason(*code)
                )
            }
            FetchError::Io(url, why) => write!(f, "cannot fetch {url}: {why}"),
            FetchError::NotText(url, kind) => write!(
                f,
                "cannot capture {url}: it is {kind}, not a web page; brief captures HTML, XHTML and plain text (save the article's page, or its text as .txt, and add that)"
            ),
            FetchError::Encoded(url, coding) => write!(
                f,
                "cannot capture {url}: the server sent it compressed as `{coding}`, which brief did not ask for and cannot decode (it accepts gzip and br)"
            ),
        }
    }
}

impl std::error::Error for FetchError {}

fn reason(code: u16) -> &'static str {
    match code {
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        410 => "Gone",
        429 => "Too Many Requests",
        451 => "Unavailable For Legal Reasons",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "",
    }
}

/// Why an address of another scheme (`ftp:`, `file:`) is not fetched.
pub(crate) const ONLY_WEB_ADDRESSES: &str = "only http: and https: addresses can be fetched";

/// Fetches `url` within `options`' limits. Any status other than 2xx is an error.
pub fn fetch(url: &str, options: &FetchOptions) -> Result<Page, FetchError> {
    let lower = url.to_ascii_lowercase();
    if !(lower.starts_with("http://") || lower.starts_with("https://")) {
        return Err(FetchError::BadUrl(
            url.to_owned(),
            ONLY_WEB_ADDRESSES.to_owned(),
        ));
    }
    let config = ureq::Agent::config_builder()
        .timeout_global(Some(options.timeout))
        .max_redirects(options.max_redirects)
        .max_redirects_will_error(true)
        .http_status_as_error(false)
        .user_agent(USER_AGENT)
        .accept("text/html,application/xhtml+xml;q=0.9,*/*;q=0.5")
        .build();
    let agent: ureq::Agent = config.into();
    let mut response = agent
        .get(url)
        .call()
        .map_err(|e| classify(url, e, options))?;
    let status = response.status().as_u16();
    if !(200..300).contains(&status) {
        return Err(FetchError::Status(url.to_owned(), status));
    }
    let final_url = response.get_uri().to_string();
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    // ureq removes the header when it has decoded gzip or brotli: one still there names a
    // coding left on the bytes (`deflate`, `compress`, `zstd`), which would be captured as
    // garbage text.
    if let Some(coding) = response
        .headers()
        .get("content-encoding")
        .map(|v| String::from_utf8_lossy(v.as_bytes()).trim().to_owned())
        .filter(|c| {
            c.split(',')
                .any(|c| !c.trim().is_empty() && !c.trim().eq_ignore_ascii_case("identity"))
        })
    {
        return Err(FetchError::Encoded(url.to_owned(), coding));
    }
    check_type(url, content_type.as_deref())?;
    let bytes = response
        .body_mut()
        .with_config()
        .limit(options.max_bytes)
        .read_to_vec()
        .map_err(|e| classify(url, e, options))?;
    check_bytes(url, &bytes)?;
    Ok(Page {
        requested: url.to_owned(),
        final_url: Some(final_url),
        status,
        content_type,
        bytes,
    })
}

/// Reads a saved HTML file (`.html`, or `.html.gz` as brief keeps its snapshots).
pub fn read_file(path: &Path, options: &FetchOptions) -> Result<Page, FetchError> {
    let shown = path.display().to_string();
    let raw = std::fs::read(path).map_err(|e| FetchError::Io(shown.clone(), e.to_string()))?;
    let bytes = if raw.starts_with(&[0x1f, 0x8b]) {
        use std::io::Read;
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(raw.as_slice())
            .take(options.max_bytes + 1)
            .read_to_end(&mut out)
            .map_err(|e| FetchError::Io(shown.clone(), format!("not a gzip file: {e}")))?;
        out
    } else {
        raw
    };
    if bytes.len() as u64 > options.max_bytes {
        return Err(FetchError::TooLarge(shown, options.max_bytes));
    }
    check_bytes(&shown, &bytes)?;
    // A file has no Content-Type; its name is the only word on what it holds, and a
    // `.txt` is text, not HTML.
    let name = path.to_string_lossy().to_ascii_lowercase();
    let content_type =
        (name.ends_with(".txt") || name.ends_with(".txt.gz")).then(|| "text/plain".to_owned());
    Ok(Page {
        requested: shown,
        final_url: None,
        status: 200,
        content_type,
        bytes,
    })
}

/// Refuses a `Content-Type` that is no page or text: only HTML, XHTML and `text/*` are
/// read (a missing or empty type is let through, and judged by its bytes).
fn check_type(url: &str, content_type: Option<&str>) -> Result<(), FetchError> {
    let mime = mime_type(content_type).unwrap_or_default();
    let readable = mime.is_empty()
        || mime.starts_with("text/")
        || mime == "application/xhtml+xml"
        // What a server says when it does not know; the bytes decide.
        || mime == "application/octet-stream";
    if readable {
        Ok(())
    } else {
        Err(FetchError::NotText(url.to_owned(), mime))
    }
}

/// Refuses bytes whose signature says they are a document or image format, whatever the
/// server or the file name claims: a saved file has no `Content-Type`, and servers label
/// PDFs `application/octet-stream` or even `text/html`.
fn check_bytes(url: &str, bytes: &[u8]) -> Result<(), FetchError> {
    const SIGNATURES: [(&[u8], &str); 7] = [
        (b"%PDF-", "a PDF (application/pdf)"),
        (b"\x89PNG\r\n\x1a\n", "an image (image/png)"),
        (b"\xff\xd8\xff", "an image (image/jpeg)"),
        (b"GIF8", "an image (image/gif)"),
        (
            b"PK\x03\x04",
            "a zip archive or office document (application/zip)",
        ),
        (
            b"\xd0\xcf\x11\xe0",
            "an office document (application/msword)",
        ),
        (b"\x1f\x8b", "still gzip-compressed (application/gzip)"),
    ];
    let webp = bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP";
    match SIGNATURES
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
    {
        Some((_, kind)) => Err(FetchError::NotText(url.to_owned(), (*kind).to_owned())),
        None if webp => Err(FetchError::NotText(
            url.to_owned(),
            "an image (image/webp)".to_owned(),
        )),
        None => Ok(()),
    }
}

fn classify(url: &str, err: ureq::Error, options: &FetchOptions) -> FetchError {
    let url = url.to_owned();
    match err {
        ureq::Error::HostNotFound => FetchError::HostNotFound(url),
        ureq::Error::Timeout(_) => FetchError::Timeout(url, options.timeout),
        ureq::Error::Io(e) if e.kind() == std::io::ErrorKind::TimedOut => {
            FetchError::Timeout(url, options.timeout)
        }
        ureq::Error::ConnectionFailed => FetchError::Connect(url),
        ureq::Error::Io(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::ConnectionRefused
                    | std::io::ErrorKind::ConnectionReset
                    | std::io::ErrorKind::ConnectionAborted
            ) =>
        {
            FetchError::Connect(url)
        }
        ureq::Error::TooManyRedirects => FetchError::TooManyRedirects(url, options.max_redirects),
        ureq::Error::BodyExceedsLimit(max) => FetchError::TooLarge(url, max),
        ureq::Error::Tls(why) => FetchError::Tls(url, why.to_owned()),
        ureq::Error::Rustls(e) => FetchError::Tls(url, e.to_string()),
        ureq::Error::Pem(e) => FetchError::Tls(url, e.to_string()),
        ureq::Error::TlsRequired => FetchError::Tls(url, "TLS required".to_owned()),
        ureq::Error::BadUri(why) => FetchError::BadUrl(url, why),
        ureq::Error::StatusCode(code) => FetchError::Status(url, code),
        other => FetchError::Io(url, other.to_string()),
    }
}

/// Whether a `Content-Type` is text to be read as text, not HTML: `text/plain` (what a
/// server says of a `.txt`, and what [`read_file`] says of one) or `text/markdown`.
pub fn is_plain_text(content_type: Option<&str>) -> bool {
    matches!(
        mime_type(content_type).as_deref(),
        Some("text/plain" | "text/markdown")
    )
}

/// The media type of a `Content-Type` value, without its parameters, trimmed and in
/// lower case: `Text/HTML; charset=utf-8` is `text/html` (see [`charset_param`] for the
/// charset).
fn mime_type(content_type: Option<&str>) -> Option<String> {
    content_type
        .and_then(|t| t.split(';').next())
        .map(|t| t.trim().to_ascii_lowercase())
}

/// Decodes a document's bytes to text: a byte-order mark wins, then the charset of the
/// HTTP `Content-Type`, then a `<meta charset>` (or `http-equiv`) in the first 4 KiB of
/// HTML (plain text has no markup to declare one), then UTF-8 (malformed sequences become
/// U+FFFD, never an error).
pub fn decode(bytes: &[u8], content_type: Option<&str>) -> String {
    let encoding = Encoding::for_bom(bytes)
        .map(|(e, _)| e)
        .or_else(|| content_type.and_then(charset_param).and_then(label))
        .or_else(|| {
            (!is_plain_text(content_type))
                .then(|| meta_charset(bytes))
                .flatten()
        })
        .unwrap_or(encoding_rs::UTF_8);
    // `decode` strips the BOM of the encoding it finds, and per WHATWG, a BOM overrides
    // the encoding passed in.
    encoding.decode(bytes).0.into_owned()
}

/// The encoding a charset label names (any WHATWG label). `charset=utf-16` in the HTTP
/// header is UTF-16 (little-endian, as WHATWG reads the label, when no BOM says
/// otherwise).
fn label(name: &str) -> Option<&'static Encoding> {
    Encoding::for_label(name.trim().trim_matches(['"', '\'']).as_bytes())
}

/// The encoding a `<meta>` declares: as [`label`], except that UTF-16 means UTF-8
/// (WHATWG): a `<meta>` that could be read by an ASCII prescan is not UTF-16, whatever
/// it says. Only for the `<meta>`; the HTTP header is believed.
fn meta_label(name: &str) -> Option<&'static Encoding> {
    let e = label(name)?;
    Some(
        if e == encoding_rs::UTF_16LE || e == encoding_rs::UTF_16BE {
            encoding_rs::UTF_8
        } else {
            e
        },
    )
}

/// The `charset=` parameter of a `Content-Type` value.
fn charset_param(content_type: &str) -> Option<&str> {
    content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim().eq_ignore_ascii_case("charset").then_some(v.trim())
    })
}

/// The charset a `<meta>` tag declares in the first 4 KiB (a simplified form of the
/// WHATWG prescan: enough for `<meta charset=…>` and `http-equiv` content types).
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let text: String = head
        .iter()
        .map(|&b| (b as char).to_ascii_lowercase())
        .collect();
    let mut rest = text.as_str();
    while let Some(start) = rest.find("<meta") {
        let tag_end = rest[start..].find('>').map_or(rest.len(), |e| start + e);
        let tag = &rest[start..tag_end];
        if let Some(at) = tag.find("charset") {
            let value = tag[at + "charset".len()..].trim_start();
            if let Some(value) = value.strip_prefix('=') {
                let value = value.trim_start().trim_start_matches(['"', '\'']);
                let end = value
                    .find(|c: char| {
                        c == '"' || c == '\'' || c == ';' || c == '/' || c.is_whitespace()
                    })
                    .unwrap_or(value.len());
                if let Some(e) = meta_label(&value[..end]) {
                    return Some(e);
                }
            }
        }
        rest = &rest[tag_end..];
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charset_from_header_wins_over_meta() {
        let bytes = b"<meta charset=utf-8><p>Caf\xe9</p>";
        assert!(decode(bytes, Some("text/html; charset=ISO-8859-1")).contains("Café"));
    }

    #[test]
    fn charset_from_meta_http_equiv() {
        // "Příliš" in windows-1250.
        let bytes = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1250\"><p>P\xf8\xedli\x9a</p>";
        assert!(decode(bytes, Some("text/html")).contains("Příliš"));
    }

    #[test]
    fn bom_wins_over_everything() {
        let mut bytes = vec![0xef, 0xbb, 0xbf];
        bytes.extend_from_slice("<meta charset=gbk><p>中文</p>".as_bytes());
        let text = decode(&bytes, Some("text/html; charset=iso-8859-1"));
        assert!(text.contains("中文"));
        assert!(!text.starts_with('\u{feff}'));
    }

    #[test]
    fn utf16_in_the_header_is_utf16_in_a_meta_utf8() {
        let text = "<p>Příliš žluťoučký kůň</p>";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(decode(&le, Some("text/html; charset=utf-16")), text);
        assert_eq!(decode(&le, Some("text/html; charset=UTF-16LE")), text);
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode(&be, Some("text/html; charset=utf-16be")), text);
        let lying = "<meta charset=utf-16><p>Příliš</p>";
        assert_eq!(decode(lying.as_bytes(), None), lying);
    }

    #[test]
    fn gbk_meta() {
        let (bytes, _, _) = encoding_rs::GBK.encode("<meta charset=\"gbk\"><p>新华社北京</p>");
        assert!(decode(&bytes, None).contains("新华社北京"));
    }

    /// One reading of a `Content-Type`'s media type, for the check of what is read and
    /// the choice of text over HTML.
    #[test]
    fn the_media_type_is_read_once() {
        for (value, mime) in [
            (Some(" Text/Plain ; charset=utf-8"), Some("text/plain")),
            (Some("text/markdown"), Some("text/markdown")),
            (Some("application/PDF"), Some("application/pdf")),
            (Some(""), Some("")),
            (None, None),
        ] {
            assert_eq!(mime_type(value).as_deref(), mime, "{value:?}");
        }
        assert!(is_plain_text(Some(" Text/Plain ; charset=utf-8")));
        assert!(!is_plain_text(Some("text/html")) && !is_plain_text(None));
        let e = check_type("u", Some("Application/PDF; x=y")).unwrap_err();
        assert!(e.to_string().contains("application/pdf"), "{e}");
    }

    #[test]
    fn only_pages_and_text_are_read() {
        for ok in [
            None,
            Some("text/html; charset=utf-8"),
            Some("TEXT/PLAIN"),
            Some("application/xhtml+xml"),
            Some(""),
        ] {
            assert!(check_type("u", ok).is_ok(), "{ok:?}");
        }
        for refused in [
            "application/pdf",
            "image/png",
            "application/json; charset=utf-8",
        ] {
            let e = check_type("u", Some(refused)).unwrap_err();
            assert!(e.to_string().contains("brief captures HTML"), "{e}");
        }
        assert!(check_bytes("u", b"%PDF-1.4\n").is_err());
        assert!(check_bytes("u", b"RIFF\0\0\0\0WEBPVP8 ").is_err());
        assert!(check_bytes("u", b"<!doctype html><p>%PDF-</p>").is_ok());
    }
}
