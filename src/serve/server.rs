//! The preview's connections: listening, accepting under a cap, one thread per connection
//! with time limits, and writing answers, so that no client can stop or stall the preview
//! for the others.
//!
//! - At most [`MAX_CONNECTIONS`] connections are served at once; one more is answered 503
//!   and closed by the accepting loop, without a thread. Live-reload event streams move to
//!   a cap of their own ([`MAX_EVENT_STREAMS`]), so open tabs do not crowd out pages.
//! - A connection reads one bounded head at a time (`request`), waits [`IDLE`] for the
//!   next request and [`HEAD_TIME`] for a head to arrive whole; it answers requests in
//!   order (keep-alive and pipelining) and gives up on a client that does not take a
//!   [`WRITE_CHUNK`] of its answer within [`WRITE_TIME`]: a client that never reads stalls
//!   only its own connection.
//! - A body is never read: a request that announces one is answered and the connection
//!   closed.
//! - A request naming another host than the preview's address is refused (403).
//!
//! Written on `std::net` rather than with a server crate: the preview answers GET and HEAD
//! from memory, so a few hundred lines hold every limit in view, with no async runtime.
//! What to answer is `http`'s job; this module never looks inside the site.

use std::io::{ErrorKind, Read, Write};
use std::net::{IpAddr, Shutdown, SocketAddr, TcpListener, TcpStream};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant};

use super::http::{Live, Reply, Route};
use super::request::{self, HeadError, HeadReader, Method, Request};
use crate::ToolError;
use crate::messages::preview;

/// Connections served at once (pages, scripts, styles; a browser opens about six).
const MAX_CONNECTIONS: usize = 64;
/// Live-reload event streams held at once (one per open tab), counted apart from
/// [`MAX_CONNECTIONS`].
const MAX_EVENT_STREAMS: usize = 128;
/// How long a kept-alive connection may wait for its next request.
const IDLE: Duration = Duration::from_secs(15);
/// How long a request head may take to arrive once it has begun.
const HEAD_TIME: Duration = Duration::from_secs(10);
/// How long a client may take to read [`WRITE_CHUNK`] bytes of an answer.
const WRITE_TIME: Duration = Duration::from_secs(10);
/// The most written in one go.
const WRITE_CHUNK: usize = 64 * 1024;
/// How long a connection is drained before it closes after an answer the client may still
/// be sending to (a body never read): closing with unread bytes resets the connection, and
/// the client could lose the answer.
const LINGER: Duration = Duration::from_secs(2);
/// The most drained in that time, into a small scratch buffer, never kept.
const LINGER_BYTES: usize = 1 << 20;
/// How often an idle event stream is pinged, so a closed tab is noticed.
const PING_EVERY: Duration = Duration::from_secs(15);

/// The preview's listening socket and the address it is bound to.
pub(super) struct Server {
    listener: TcpListener,
    bind: IpAddr,
    port: u16,
}

/// Binds the preview to `bind:port`. A port already in use is an error of its own, so the
/// message can say what to do.
pub(super) fn listen(bind: IpAddr, port: u16) -> Result<Server, ToolError> {
    let listener = TcpListener::bind((bind, port)).map_err(|e| {
        if e.kind() == ErrorKind::AddrInUse {
            ToolError::PortInUse(port)
        } else {
            ToolError::Io {
                action: "listen on",
                path: PathBuf::from(SocketAddr::new(bind, port).to_string()),
                detail: e.to_string(),
            }
        }
    })?;
    let port = listener.local_addr().map_or(port, |a| a.port());
    Ok(Server {
        listener,
        bind,
        port,
    })
}

/// What every connection shares.
struct Shared {
    live: Arc<Live>,
    bind: IpAddr,
    port: u16,
    streams: Arc<AtomicUsize>,
}

impl Server {
    /// The port bound (the one asked for, or the one the system gave for port 0).
    pub(super) fn port(&self) -> u16 {
        self.port
    }

    /// Accepts connections until the process ends, each served on a thread of its own.
    pub(super) fn run(self, live: Arc<Live>) {
        let shared = Arc::new(Shared {
            live,
            bind: self.bind,
            port: self.port,
            streams: Arc::new(AtomicUsize::new(0)),
        });
        let connections = Arc::new(AtomicUsize::new(0));
        for stream in self.listener.incoming() {
            let Ok(stream) = stream else {
                // Out of file handles, or a connection reset before it was accepted: the
                // next accept may work once some connection has closed.
                thread::sleep(Duration::from_millis(20));
                continue;
            };
            let Some(slot) = Slot::take(&connections, MAX_CONNECTIONS) else {
                refuse(stream);
                continue;
            };
            let shared = shared.clone();
            // If no thread can be made, the closure (the slot and the connection) is dropped.
            let _ = thread::Builder::new()
                .name("preview connection".into())
                .spawn(move || serve_connection(stream, slot, &shared));
        }
    }
}

/// One place under a cap, given back when dropped (also if the thread panics).
struct Slot(Arc<AtomicUsize>);

impl Slot {
    fn take(count: &Arc<AtomicUsize>, cap: usize) -> Option<Slot> {
        count
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| {
                (n < cap).then_some(n + 1)
            })
            .ok()
            .map(|_| Slot(count.clone()))
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

/// Answers a connection beyond the cap with 503, without waiting on it: the answer goes
/// out only if the socket takes it at once.
fn refuse(stream: TcpStream) {
    if stream.set_nonblocking(true).is_err() {
        return;
    }
    let reply = Reply::plain(503, preview::BUSY);
    let _ = (&stream).write_all(&head(&reply, false));
    let _ = (&stream).write_all(reply.body.bytes());
    // What the client already sent (a little of it: the accepting loop must not be held
    // by a client that keeps sending) is dropped now, so the close is not a reset.
    let mut scratch = [0u8; 4096];
    for _ in 0..4 {
        if !matches!((&stream).read(&mut scratch), Ok(n) if n > 0) {
            break;
        }
    }
    let _ = stream.shutdown(Shutdown::Write);
}

/// Serves requests on one connection until it closes, goes idle, or misbehaves.
fn serve_connection(mut stream: TcpStream, slot: Slot, shared: &Shared) {
    let _ = stream.set_nodelay(true);
    if stream.set_write_timeout(Some(WRITE_TIME)).is_err() {
        return;
    }
    let mut heads = HeadReader::default();
    loop {
        let request = match heads.next(&mut stream, IDLE, HEAD_TIME) {
            Ok(head) => request::parse(&head),
            Err(HeadError::Gone) => return,
            Err(HeadError::TooSlow) => {
                let _ = send(
                    &mut stream,
                    &Reply::plain(408, preview::TOO_SLOW),
                    false,
                    false,
                );
                return;
            }
            Err(HeadError::TooLarge) => {
                let reply = Reply::plain(431, preview::HEAD_TOO_LARGE);
                if send(&mut stream, &reply, false, false).is_ok() {
                    linger(&mut stream);
                }
                return;
            }
        };
        let Some(request) = request else {
            let reply = Reply::plain(400, preview::BAD_REQUEST);
            if send(&mut stream, &reply, false, false).is_ok() {
                linger(&mut stream);
            }
            return;
        };
        let keep_alive = request.keep_alive && !request.has_body;
        let head_only = request.method == Method::Head;
        let reply = match answer(&request, shared) {
            Route::Reply(reply) => reply,
            Route::Events => {
                match Slot::take(&shared.streams, MAX_EVENT_STREAMS) {
                    Some(stream_slot) => {
                        // The stream holds a place of its own; the connection's is given back.
                        drop(slot);
                        stream_events(stream, shared.live.subscribe(), stream_slot);
                        return;
                    }
                    None => Reply::plain(503, preview::BUSY),
                }
            }
        };
        let sent = send(&mut stream, &reply, head_only, keep_alive);
        if sent.is_err() || !keep_alive {
            if sent.is_ok() && request.has_body {
                linger(&mut stream);
            }
            return;
        }
    }
}

/// The answer to a well-formed request: refused when it names a foreign host, else what
/// `http` decides.
fn answer(request: &Request, shared: &Shared) -> Route {
    if !request::host_allowed(request.host.as_deref(), shared.bind, shared.port) {
        let own = SocketAddr::new(shared.bind, shared.port);
        let page = preview::wrong_host_page(&format!("http://{own}/"));
        return Route::Reply(Reply::html(403, page.into_bytes()));
    }
    shared.live.route(request.method, &request.target)
}

/// Writes `reply` (only its head for HEAD).
fn send(
    stream: &mut TcpStream,
    reply: &Reply,
    head_only: bool,
    keep_alive: bool,
) -> std::io::Result<()> {
    let mut bytes = head(reply, keep_alive);
    let body = reply.body.bytes();
    if head_only {
        return write_within(stream, &bytes);
    }
    // One write for a small answer, so head and body leave in one packet.
    if body.len() <= WRITE_CHUNK {
        bytes.extend_from_slice(body);
        return write_within(stream, &bytes);
    }
    write_within(stream, &bytes)?;
    write_within(stream, body)
}

/// Writes all of `bytes`, [`WRITE_CHUNK`] at a time, and gives up (`TimedOut`) on a client
/// that takes less than a chunk in [`WRITE_TIME`]. A socket's own send time limit alone is
/// not enough: a write that moved a few bytes before it blocked returns them only when the
/// time is up, and the next write waits all over again.
fn write_within(stream: &mut TcpStream, bytes: &[u8]) -> std::io::Result<()> {
    for chunk in bytes.chunks(WRITE_CHUNK) {
        let mut rest = chunk;
        let start = Instant::now();
        while !rest.is_empty() {
            match stream.write(rest) {
                Ok(0) => return Err(ErrorKind::WriteZero.into()),
                Ok(n) => rest = &rest[n..],
                Err(e) if e.kind() == ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
            if start.elapsed() >= WRITE_TIME * 9 / 10 {
                return Err(ErrorKind::TimedOut.into());
            }
        }
    }
    Ok(())
}

/// The status line and headers of `reply`.
fn head(reply: &Reply, keep_alive: bool) -> Vec<u8> {
    let mut head = format!(
        "HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\n",
        reply.status,
        reason(reply.status),
        reply.content_type,
        reply.body.bytes().len()
    );
    if reply.no_store {
        head.push_str("Cache-Control: no-store\r\n");
    }
    if let Some(location) = &reply.location {
        head.push_str(&format!("Location: {}\r\n", header_safe(location)));
    }
    let connection = if keep_alive { "keep-alive" } else { "close" };
    head.push_str(&format!("Connection: {connection}\r\n\r\n"));
    head.into_bytes()
}

/// The reason phrase of the statuses the preview sends.
fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        431 => "Request Header Fields Too Large",
        503 => "Service Unavailable",
        _ => "",
    }
}

/// A header value as visible ASCII: other bytes (a path sent as raw UTF-8) percent-encoded,
/// so no value can end a header early.
fn header_safe(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if (0x21..0x7f).contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Shuts the sending side and drains what the client is still sending, for at most
/// [`LINGER`] and [`LINGER_BYTES`], into a scratch buffer that is never kept.
fn linger(stream: &mut TcpStream) {
    let _ = stream.shutdown(Shutdown::Write);
    let until = Instant::now() + LINGER;
    let mut scratch = [0u8; 8192];
    let mut drained = 0;
    while drained < LINGER_BYTES {
        let left = until.saturating_duration_since(Instant::now());
        if left.is_zero() || stream.set_read_timeout(Some(left)).is_err() {
            return;
        }
        match stream.read(&mut scratch) {
            Ok(0) | Err(_) => return,
            Ok(n) => drained += n,
        }
    }
}

/// Streams rebuild events to one browser tab until it goes away (or stops taking them
/// for [`WRITE_TIME`]). Holds `_slot` among the event streams meanwhile.
fn stream_events(mut out: TcpStream, rx: Receiver<String>, _slot: Slot) {
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\n\
                Cache-Control: no-cache\r\nConnection: close\r\n\r\nretry: 1000\n\n";
    if write_within(&mut out, head.as_bytes()).is_err() {
        return;
    }
    loop {
        let message = match rx.recv_timeout(PING_EVERY) {
            Ok(message) => message,
            Err(RecvTimeoutError::Timeout) => ": ping\n\n".to_string(),
            Err(RecvTimeoutError::Disconnected) => return,
        };
        if write_within(&mut out, message.as_bytes()).is_err() {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_stop_at_the_cap_and_come_back() {
        let count = Arc::new(AtomicUsize::new(0));
        let a = Slot::take(&count, 2);
        let b = Slot::take(&count, 2);
        assert!(a.is_some() && b.is_some());
        assert!(Slot::take(&count, 2).is_none());
        drop(a);
        assert!(Slot::take(&count, 2).is_some());
        drop(b);
        assert_eq!(count.load(Ordering::Acquire), 0);
    }

    #[test]
    fn header_values_stay_on_their_line() {
        assert_eq!(header_safe("/通知/"), "/%E9%80%9A%E7%9F%A5/");
        assert_eq!(
            header_safe("/a\r\nSet-Cookie: x"),
            "/a%0D%0ASet-Cookie:%20x"
        );
    }
}
