//! One request head, read within bounds and checked: the preview reads at most
//! [`MAX_HEAD`] bytes per request and never a body, waits a limited time for the head to
//! arrive whole, and answers only to the names of the address it is bound to (a page on
//! another site that rebinds its own name to 127.0.0.1 sends its own name as `Host`, so
//! it cannot read the preview or its problems).
//!
//! This module parses and checks; what to answer is `http`'s job, and the connection
//! (threads, caps, writing) is `server`'s.

use std::io::{ErrorKind, Read};
use std::net::{IpAddr, SocketAddr, TcpStream};
use std::time::{Duration, Instant};

/// The most a request head (request line and headers) may take. Browsers send a few
/// hundred bytes; a head that does not end within this is answered 431.
pub(super) const MAX_HEAD: usize = 16 * 1024;

/// The methods the preview answers; every other is [`Method::Other`] (405).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Method {
    /// `GET`.
    Get,
    /// `HEAD`: the answer's head only.
    Head,
    /// Anything else.
    Other,
}

/// A parsed request head.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Request {
    /// The method.
    pub method: Method,
    /// The request target as sent (path and query).
    pub target: String,
    /// The `Host` header, if any.
    pub host: Option<String>,
    /// The client announced a body (a `Content-Length` other than 0, or a
    /// `Transfer-Encoding`). The preview never reads one, so it closes the connection
    /// after answering.
    pub has_body: bool,
    /// The client asked to keep the connection open (HTTP/1.1 unless `Connection: close`,
    /// HTTP/1.0 only with `Connection: keep-alive`).
    pub keep_alive: bool,
}

/// Why no head could be read.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum HeadError {
    /// The client closed the connection, or stayed idle between requests: nothing to say.
    Gone,
    /// The head began but did not arrive whole in time (a slow client): 408.
    TooSlow,
    /// More than [`MAX_HEAD`] bytes without the blank line that ends a head: 431.
    TooLarge,
}

/// A byte source whose reads can be given a time limit (a socket; a script in tests).
pub(super) trait Source: Read {
    /// Makes the next reads give up after `limit`.
    fn limit_reads(&mut self, limit: Duration) -> std::io::Result<()>;
}

impl Source for TcpStream {
    fn limit_reads(&mut self, limit: Duration) -> std::io::Result<()> {
        self.set_read_timeout(Some(limit))
    }
}

/// Reads request heads from one connection, keeping bytes that arrived after a head (the
/// next pipelined request) for the next call. Holds at most [`MAX_HEAD`] bytes.
#[derive(Default)]
pub(super) struct HeadReader {
    pending: Vec<u8>,
}

impl HeadReader {
    /// The next head, without its blank line. Waits up to `idle` for its first byte and
    /// then up to `whole` for the rest.
    pub(super) fn next(
        &mut self,
        source: &mut impl Source,
        idle: Duration,
        whole: Duration,
    ) -> Result<Vec<u8>, HeadError> {
        let mut deadline = None;
        let mut scanned = 0;
        let mut chunk = [0u8; 4096];
        loop {
            if let Some((head_len, end)) = head_end(&self.pending, scanned) {
                let head = self.pending[..head_len].to_vec();
                self.pending.drain(..end);
                return Ok(head);
            }
            scanned = self.pending.len();
            if self.pending.len() >= MAX_HEAD {
                return Err(HeadError::TooLarge);
            }
            let started = !self.pending.is_empty();
            let until = *deadline
                .get_or_insert_with(|| Instant::now() + if started { whole } else { idle });
            let left = until.saturating_duration_since(Instant::now());
            let out_of_time = || match started {
                true => HeadError::TooSlow,
                false => HeadError::Gone,
            };
            if left.is_zero() || source.limit_reads(left).is_err() {
                return Err(out_of_time());
            }
            let room = (MAX_HEAD - self.pending.len()).min(chunk.len());
            match source.read(&mut chunk[..room]) {
                Ok(0) => return Err(HeadError::Gone),
                Ok(n) => {
                    self.pending.extend_from_slice(&chunk[..n]);
                    if !started {
                        // The first byte is here: from now on the whole head has its own time.
                        deadline = None;
                    }
                }
                Err(e) if e.kind() == ErrorKind::Interrupted => {}
                Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {
                    return Err(out_of_time());
                }
                Err(_) => return Err(HeadError::Gone),
            }
        }
    }
}

/// Where the head in `bytes` ends: (length without the blank line, length with it). Looks
/// from `from` on (less the three bytes an end could straddle). A bare LF ends a line too.
fn head_end(bytes: &[u8], from: usize) -> Option<(usize, usize)> {
    let start = from.saturating_sub(3);
    (start..bytes.len()).find_map(|i| {
        if bytes[i] != b'\n' {
            return None;
        }
        match bytes.get(i + 1..) {
            Some([b'\n', ..]) => Some((i + 1, i + 2)),
            Some([b'\r', b'\n', ..]) => Some((i + 1, i + 3)),
            _ => None,
        }
    })
}

/// Parses a head; `None` when it is not a well-formed HTTP/1.x request (400).
pub(super) fn parse(head: &[u8]) -> Option<Request> {
    let text = head.strip_prefix(b"\r\n").unwrap_or(head);
    let mut lines = text
        .split(|&b| b == b'\n')
        .map(|l| l.strip_suffix(b"\r").unwrap_or(l));
    let request_line = std::str::from_utf8(lines.next()?).ok()?;
    let mut parts = request_line.split(' ');
    let (method, target, version) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some()
        || !is_token(method)
        || target.is_empty()
        || target.bytes().any(|b| b <= b' ' || b == 0x7f)
    {
        return None;
    }
    let http10 = match version {
        "HTTP/1.1" => false,
        "HTTP/1.0" => true,
        _ => return None,
    };
    let mut request = Request {
        method: match method {
            "GET" => Method::Get,
            "HEAD" => Method::Head,
            _ => Method::Other,
        },
        target: target.to_string(),
        host: None,
        has_body: false,
        keep_alive: false,
    };
    let (mut close, mut keep) = (false, false);
    for line in lines.filter(|l| !l.is_empty()) {
        let colon = line.iter().position(|&b| b == b':')?;
        let name = std::str::from_utf8(&line[..colon]).ok()?;
        if !is_token(name) {
            // Also refuses a folded line (starts with a space) and a space before the colon.
            return None;
        }
        let value = String::from_utf8_lossy(&line[colon + 1..]);
        let value = value.trim_matches([' ', '\t']);
        match name.to_ascii_lowercase().as_str() {
            "host" if request.host.is_some() => return None,
            "host" => request.host = Some(value.to_string()),
            "content-length" => request.has_body |= value != "0",
            "transfer-encoding" => request.has_body = true,
            "connection" => {
                for option in value.split(',').map(|o| o.trim().to_ascii_lowercase()) {
                    close |= option == "close";
                    keep |= option == "keep-alive";
                }
            }
            _ => {}
        }
    }
    request.keep_alive = !close && (keep || !http10);
    Some(request)
}

/// An HTTP token (a method or header name): visible ASCII but no separators.
fn is_token(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// The `Host` values the preview answers to when bound to `bind:port`: the loopback names
/// and the bound address, with the port (and also without it on port 80).
pub(super) fn allowed_hosts(bind: IpAddr, port: u16) -> Vec<String> {
    let mut names = vec![
        format!("127.0.0.1:{port}"),
        format!("localhost:{port}"),
        format!("[::1]:{port}"),
    ];
    let bound = SocketAddr::new(bind, port).to_string();
    if !names.contains(&bound) {
        names.push(bound);
    }
    if port == 80 {
        let bare: Vec<String> = names
            .iter()
            .filter_map(|n| n.strip_suffix(":80").map(str::to_string))
            .collect();
        names.extend(bare);
    }
    names
}

/// Whether a request with `host` may be answered by a preview bound to `bind:port`. Bound
/// to every interface (`0.0.0.0` or `::`, asked for on purpose), any name is accepted: the
/// preview is then open to the network anyway, under whatever name others reach it by.
/// Without a `Host` (HTTP/1.0 tools) only a loopback preview answers.
pub(super) fn host_allowed(host: Option<&str>, bind: IpAddr, port: u16) -> bool {
    if bind.is_unspecified() {
        return true;
    }
    match host {
        None => bind.is_loopback(),
        Some(host) => {
            let host = host.to_ascii_lowercase();
            allowed_hosts(bind, port).contains(&host)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::VecDeque;
    use std::net::Ipv4Addr;

    /// Hands out scripted reads; `None` is a timeout.
    struct Script(VecDeque<Option<Vec<u8>>>);

    impl Read for Script {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            match self.0.pop_front() {
                None => Ok(0),
                Some(None) => Err(ErrorKind::TimedOut.into()),
                Some(Some(bytes)) => {
                    let n = bytes.len().min(buf.len());
                    buf[..n].copy_from_slice(&bytes[..n]);
                    if n < bytes.len() {
                        self.0.push_front(Some(bytes[n..].to_vec()));
                    }
                    Ok(n)
                }
            }
        }
    }

    impl Source for Script {
        fn limit_reads(&mut self, _: Duration) -> std::io::Result<()> {
            Ok(())
        }
    }

    fn script(parts: &[Option<&[u8]>]) -> Script {
        Script(parts.iter().map(|p| p.map(<[u8]>::to_vec)).collect())
    }

    const T: Duration = Duration::from_secs(5);

    #[test]
    fn pipelined_heads_come_one_at_a_time() {
        let mut s = script(&[
            Some(b"GET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.1\r\n"),
            Some(b"\r\n"),
        ]);
        let mut reader = HeadReader::default();
        assert_eq!(reader.next(&mut s, T, T).unwrap(), b"GET /a HTTP/1.1\r\n");
        assert_eq!(reader.next(&mut s, T, T).unwrap(), b"GET /b HTTP/1.1\r\n");
        assert_eq!(reader.next(&mut s, T, T), Err(HeadError::Gone));
    }

    #[test]
    fn slow_idle_and_endless_heads() {
        let mut reader = HeadReader::default();
        let mut slow = script(&[Some(b"GET / HT"), None]);
        assert_eq!(reader.next(&mut slow, T, T), Err(HeadError::TooSlow));
        let mut reader = HeadReader::default();
        let mut idle = script(&[None]);
        assert_eq!(reader.next(&mut idle, T, T), Err(HeadError::Gone));
        let endless = vec![b'a'; MAX_HEAD * 4];
        let mut reader = HeadReader::default();
        let mut big = script(&[Some(&endless)]);
        assert_eq!(reader.next(&mut big, T, T), Err(HeadError::TooLarge));
        assert!(reader.pending.len() <= MAX_HEAD);
    }

    #[test]
    fn heads_are_parsed_strictly() {
        let r = parse(b"GET /x?y HTTP/1.1\r\nHost: a:1\r\nContent-Length: 0").unwrap();
        assert_eq!(r.method, Method::Get);
        assert_eq!(r.target, "/x?y");
        assert_eq!(r.host.as_deref(), Some("a:1"));
        assert!(!r.has_body && r.keep_alive);
        let r = parse(b"POST / HTTP/1.1\ncontent-length: 99999999999999999999\n").unwrap();
        assert!(r.method == Method::Other && r.has_body);
        let r = parse(b"GET / HTTP/1.1\r\nTransfer-Encoding: chunked").unwrap();
        assert!(r.has_body);
        assert!(!parse(b"GET / HTTP/1.0").unwrap().keep_alive);
        assert!(
            parse(b"GET / HTTP/1.0\r\nConnection: Keep-Alive")
                .unwrap()
                .keep_alive
        );
        assert!(
            !parse(b"GET / HTTP/1.1\r\nConnection: close")
                .unwrap()
                .keep_alive
        );
        for bad in [
            &b"GET / HTTP/2.0"[..],
            b"GET  / HTTP/1.1",
            b"GET /a\rb HTTP/1.1",
            b"G(T / HTTP/1.1",
            b"GET / HTTP/1.1\r\nHost: a\r\nHost: b",
            b"GET / HTTP/1.1\r\n folded: x",
            b"GET / HTTP/1.1\r\nName : x",
            b"GET / HTTP/1.1\r\nno colon",
            b"\xff / HTTP/1.1",
            b"",
        ] {
            assert_eq!(parse(bad), None, "{}", String::from_utf8_lossy(bad));
        }
    }

    #[test]
    fn only_the_bound_names_are_answered() {
        let lo = IpAddr::V4(Ipv4Addr::LOCALHOST);
        for ok in [
            "127.0.0.1:1111",
            "localhost:1111",
            "LOCALHOST:1111",
            "[::1]:1111",
        ] {
            assert!(host_allowed(Some(ok), lo, 1111), "{ok}");
        }
        for bad in [
            "evil.example",
            "evil.example:1111",
            "localhost",
            "127.0.0.1:1112",
            "",
        ] {
            assert!(!host_allowed(Some(bad), lo, 1111), "{bad}");
        }
        assert!(host_allowed(None, lo, 1111));
        let lan = IpAddr::V4(Ipv4Addr::new(192, 168, 1, 5));
        assert!(host_allowed(Some("192.168.1.5:1111"), lan, 1111));
        assert!(!host_allowed(Some("pc.local:1111"), lan, 1111));
        assert!(!host_allowed(None, lan, 1111));
        assert!(host_allowed(Some("localhost"), lo, 80));
        let all = IpAddr::V4(Ipv4Addr::UNSPECIFIED);
        assert!(host_allowed(Some("pc.local:1111"), all, 1111));
        assert!(host_allowed(None, all, 1111));
    }
}
