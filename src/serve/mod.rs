//! `brief serve`: a preview server with watching, live reload and an error overlay.
//!
//! The pieces, one module each:
//!
//! - [`state`]: the [`state::Hub`] the other pieces share — the last good snapshot, the
//!   overlay of the last failed rebuild, and the channel that tells open pages to reload;
//! - [`worker`]: the thread that owns the [`crate::preview::Preview`], rebuilds it on
//!   every batch of changes (catching panics), prints one line per rebuild and publishes
//!   the result to the hub (and to `--out`, when given);
//! - [`watch`]: the file watcher (notify + notify-debouncer-full) that turns editors'
//!   saves into batches of changed input paths for the worker;
//! - [`http`]: the axum server — pages from memory, the reload event stream, the
//!   DNS-rebinding guard and path checks;
//! - [`inject`]: the reload script and the error overlay added to HTML responses (and
//!   only to responses: `brief build` never writes them).
//!
//! [`run`] strings them together: bind, load the site once, serve until Ctrl-C.
//!
//! Startup loads and resolves the whole site (every diagnostic is known before the
//! first request) but renders no page: each is rendered when first requested, by the
//! worker, and kept until a rebuild changes it (see [`crate::preview::Rendering`]).
//!
//! `public/` is left alone: the preview lives in memory. With `--out DIR` each good
//! rebuild is also written to DIR, atomically (a staging folder swapped in, as
//! `brief build` does), from the very bytes being served rather than by rendering again;
//! every page is then rendered at each good rebuild, as it must be written.

pub mod http;
pub mod inject;
pub mod state;
pub mod watch;
pub mod worker;

use std::fmt;
use std::io::{self, Write};
use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener};
use std::path::PathBuf;
use std::sync::mpsc;
use std::sync::{Arc, PoisonError};
use std::time::{Duration, SystemTime};

use crate::build::BuildOptions;
use crate::output;

/// The port tried first when `--port` is not given.
pub const DEFAULT_PORT: u16 = 1111;

/// How many ports after a taken one are tried before giving up.
const PORT_ATTEMPTS: u16 = 50;

/// How long open connections get to finish after Ctrl-C.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(3);

/// What `brief serve` is asked to do (flags resolved by `main.rs`).
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The site root.
    pub root: PathBuf,
    /// Include drafts.
    pub drafts: bool,
    /// Rebuild when the site's files change.
    pub watch: bool,
    /// The port to listen on; 0 means any free port. A taken port is skipped for the next.
    pub port: u16,
    /// The address to listen on.
    pub bind: IpAddr,
    /// Open the default browser on the site.
    pub open: bool,
    /// Also write each good rebuild here.
    pub out: Option<PathBuf>,
    /// Overrides `base_url` from brief.yaml.
    pub base_url: Option<String>,
}

impl ServeOptions {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        ServeOptions {
            root: root.into(),
            drafts: false,
            watch: false,
            port: DEFAULT_PORT,
            bind: IpAddr::V4(Ipv4Addr::LOCALHOST),
            open: false,
            out: None,
            base_url: None,
        }
    }
}

/// Why `brief serve` could not run.
#[derive(Debug)]
pub enum ServeError {
    /// Bad flags (exit code 2): an `--out` that would overwrite input, a missing root.
    Usage(String),
    /// Could not start (exit code 1): no port to bind, no watcher.
    Failed(String),
}

impl ServeError {
    /// The process exit code for this error (SPEC: 1 errors, 2 usage).
    pub fn exit_code(&self) -> u8 {
        match self {
            ServeError::Usage(_) => 2,
            ServeError::Failed(_) => 1,
        }
    }
}

impl fmt::Display for ServeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ServeError::Usage(m) | ServeError::Failed(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for ServeError {}

/// Parses `--bind`: an IP address, or `localhost`.
pub fn parse_bind(value: &str) -> Result<IpAddr, String> {
    if value.eq_ignore_ascii_case("localhost") {
        return Ok(IpAddr::V4(Ipv4Addr::LOCALHOST));
    }
    let trimmed = value.trim_start_matches('[').trim_end_matches(']');
    trimmed
        .parse()
        .map_err(|_| format!("`{value}` is not an IP address (e.g. 127.0.0.1, ::1, 0.0.0.0)"))
}

/// Runs the server until Ctrl-C (or SIGTERM).
pub fn run(options: &ServeOptions) -> Result<(), ServeError> {
    let root = check_root(options)?;
    let build = BuildOptions {
        root: root.clone(),
        out: options.out.clone(),
        drafts: options.drafts,
        strict: false,
        base_url: options.base_url.clone(),
    };
    let listener = bind(options.bind, options.port)?;
    let address = listener
        .local_addr()
        .map_err(|e| ServeError::Failed(format!("cannot read the bound address: {e}")))?;
    let hub = Arc::new(state::Hub::new());
    let (tx, rx) = mpsc::channel();
    // Pages are rendered when first requested, by the worker.
    hub.render_with(tx.clone());
    let watch = watch::SharedWatch::default();
    // Inputs are watched from after the first build; a change from here on is found then
    // by `watch::changed_between`.
    let first_build = SystemTime::now();
    let worker = worker::Worker::new(
        build,
        options.out.clone(),
        Arc::clone(&hub),
        Arc::clone(&watch),
    );
    let (handle, first) = worker::spawn(worker, rx)
        .map_err(|e| ServeError::Failed(format!("cannot start the rebuild thread: {e}")))?;
    let stop = |handle: std::thread::JoinHandle<()>| {
        // The receiver is the worker, alive until told to stop; a worker that panicked
        // has nothing more to report.
        let _ = tx.send(watch::Msg::Stop);
        let _ = handle.join();
    };
    if let Some(failure) = first {
        // The errors are printed; a preview the user asked to have on disk is not there.
        stop(handle);
        let out = options.out.as_deref().unwrap_or(&root);
        let message = format!("could not write the preview to {}; stopping", out.display());
        return Err(match failure {
            worker::OutFailure::Refused => ServeError::Usage(message),
            worker::OutFailure::Failed => ServeError::Failed(message),
        });
    }
    // Without --watch nothing can fix a failed first build: serving an overlay over no
    // pages would only hide the errors printed above.
    if !options.watch
        && hub
            .live()
            .overlay
            .as_deref()
            .is_some_and(|o| o.contains(inject::OVERLAY_ID))
    {
        stop(handle);
        return Err(ServeError::Failed(
            "the site has errors, so there is nothing to serve; fix them, or run `brief serve --watch` to keep serving while you do".into(),
        ));
    }
    let out = options.out.as_deref().map(output::absolute);
    if options.watch {
        match watch::Watch::start(&root, out.clone(), tx.clone()) {
            Ok(started) => *watch.lock().unwrap_or_else(PoisonError::into_inner) = Some(started),
            Err(e) => {
                stop(handle);
                return Err(ServeError::Failed(e));
            }
        }
    }
    let url = url_for(address);
    say(&format!("serving at {url}"));
    if options.watch {
        // The input folders are watched while the server answers (30 ms at 10,000
        // briefs). Then what changed while the first build read them, before they were
        // watched, is found: changes dated before the watch was whole, by the clock
        // files are dated by. A change after that is the watcher's alone, reported once
        // under its own name (a walk that also found it, running late on a busy machine,
        // asked for a second, full rebuild). "watching for changes" is said once the
        // watch is whole. Not joined: it ends by itself in the time of a walk of the
        // inputs (50 ms at 10,000 briefs). A panic there is printed by the default hook;
        // the server goes on.
        let filter = watch::Filter {
            root: root.clone(),
            out,
        };
        let tx = tx.clone();
        let shared = Arc::clone(&watch);
        std::thread::spawn(move || {
            if let Some(started) = shared
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .as_mut()
            {
                started.rewatch(&watch::input_dirs(&filter.root));
            }
            let watched = watch::file_clock_now();
            say("watching for changes; press Ctrl-C to stop");
            if watch::changed_between(&filter, first_build, watched) {
                // The worker stops only when told to, after this.
                let _ = tx.send(watch::Msg::Rescan);
            }
        });
    } else {
        say("press Ctrl-C to stop");
    }
    if options.open {
        open_browser(&url);
    }
    let served = serve(listener, hub, http::HostGuard::new(options.bind));
    // The worker gone already (it never is before Stop) needs no telling; a worker that
    // panicked has printed its error, and the server's own result is what to report.
    let _ = tx.send(watch::Msg::Stop);
    let _ = handle.join();
    served
}

/// Refuses a missing root and an `--out` that would overwrite the site's inputs.
fn check_root(options: &ServeOptions) -> Result<PathBuf, ServeError> {
    if !options.root.is_dir() {
        return Err(ServeError::Usage(format!(
            "the site root `{}` is not a folder",
            options.root.display()
        )));
    }
    let root = output::absolute(&options.root);
    if let Some(out) = &options.out
        && let Err(refusals) = output::check_out_dir(&root, out)
    {
        // Each refusal without its own `error:`: main prefixes one.
        let text: Vec<String> = refusals
            .iter()
            .map(|d| {
                let mut message = format!("{}: {}", d.path.display(), d.message);
                if let Some(help) = &d.help {
                    message.push_str(&format!("\n  help: {help}"));
                }
                message
            })
            .collect();
        return Err(ServeError::Usage(text.join("\n")));
    }
    Ok(root)
}

/// Binds `port`, or the next free one after it when it is taken.
fn bind(ip: IpAddr, port: u16) -> Result<TcpListener, ServeError> {
    let mut candidate = port;
    for _ in 0..PORT_ATTEMPTS {
        match TcpListener::bind(SocketAddr::new(ip, candidate)) {
            Ok(listener) => return Ok(listener),
            Err(e) if e.kind() == io::ErrorKind::AddrInUse && candidate != 0 => {
                let next = candidate.checked_add(1).ok_or_else(|| no_port(ip, port))?;
                say(&format!("port {candidate} is in use; trying {next}"));
                candidate = next;
            }
            Err(e) => {
                return Err(ServeError::Failed(format!(
                    "cannot listen on {}: {e}",
                    SocketAddr::new(ip, candidate)
                )));
            }
        }
    }
    Err(no_port(ip, port))
}

fn no_port(ip: IpAddr, port: u16) -> ServeError {
    ServeError::Failed(format!(
        "no free port on {ip} from {port}; choose one with --port (0 for any)"
    ))
}

/// The address to show and open: an unspecified bind address is reachable as loopback.
fn url_for(address: SocketAddr) -> String {
    let ip = match address.ip() {
        IpAddr::V4(v4) if v4.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V6(v6) if v6.is_unspecified() => IpAddr::V6(std::net::Ipv6Addr::LOCALHOST),
        ip => ip,
    };
    format!("http://{}/", SocketAddr::new(ip, address.port()))
}

/// Serves on the tokio runtime until Ctrl-C, then drains connections for a moment.
fn serve(
    listener: TcpListener,
    hub: Arc<state::Hub>,
    guard: http::HostGuard,
) -> Result<(), ServeError> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| ServeError::Failed(format!("cannot start the server runtime: {e}")))?;
    runtime.block_on(async move {
        listener
            .set_nonblocking(true)
            .map_err(|e| ServeError::Failed(format!("cannot configure the socket: {e}")))?;
        let listener = tokio::net::TcpListener::from_std(listener)
            .map_err(|e| ServeError::Failed(format!("cannot configure the socket: {e}")))?;
        let app = http::router(Arc::clone(&hub), guard);
        let mut stopped = hub.stopped();
        let server = tokio::spawn(
            axum::serve(listener, app)
                .with_graceful_shutdown(async move {
                    // An error means the hub is gone: stopping is right either way.
                    let _ = stopped.wait_for(|s| *s).await;
                })
                .into_future(),
        );
        shutdown_signal().await;
        say("stopping");
        hub.stop();
        match tokio::time::timeout(SHUTDOWN_GRACE, server).await {
            Ok(Ok(Err(e))) => Err(ServeError::Failed(format!("the server failed: {e}"))),
            _ => Ok(()),
        }
    })
}

/// Resolves on Ctrl-C, or SIGTERM on Unix.
async fn shutdown_signal() {
    let ctrl_c = async {
        // Without a Ctrl-C handler, SIGTERM (below) or the default SIGINT still stop it.
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}

/// Opens `url` in the default browser; a failure is only a warning.
fn open_browser(url: &str) {
    let program = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    let spawned = std::process::Command::new(program)
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    if let Err(e) = spawned {
        shout(&format!(
            "warning: cannot open a browser ({program}: {e}); open {url} yourself"
        ));
    }
}

/// A status line on stdout; a closed stdout must not stop the server.
pub(crate) fn say(line: &str) {
    let _ = writeln!(io::stdout(), "{line}");
}

/// A diagnostic or warning on stderr, likewise.
pub(crate) fn shout(text: &str) {
    let _ = writeln!(io::stderr(), "{text}");
}
