//! `gongkai serve` as a client meets it: the real binary on an ephemeral port (killed when
//! dropped, also when a test fails), and HTTP spoken by hand over raw TCP, so nothing
//! tidies what a test sends.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::TODAY;

/// How long starting the preview may take (debug build, shared machine).
const START_PATIENCE: Duration = Duration::from_secs(30);

/// A running `gongkai serve`.
pub struct Serve {
    child: Child,
    /// `127.0.0.1:PORT` (as printed).
    pub addr: String,
    /// The port.
    pub port: u16,
    stdout: Arc<Mutex<Vec<String>>>,
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Collects the lines of `stream` in a background thread.
fn collect(stream: impl Read + Send + 'static) -> Arc<Mutex<Vec<String>>> {
    let lines = Arc::new(Mutex::new(Vec::new()));
    let sink = lines.clone();
    std::thread::spawn(move || {
        for line in BufReader::new(stream).lines() {
            let Ok(line) = line else { break };
            sink.lock().unwrap().push(line);
        }
    });
    lines
}

impl Serve {
    /// Starts `gongkai serve --port 0` on `root` with `extra` arguments and waits until it
    /// says where it listens.
    pub fn start(root: &Path, extra: &[&str]) -> Serve {
        let mut child = Command::new(env!("CARGO_BIN_EXE_gongkai"))
            .arg("serve")
            .arg("--root")
            .arg(root)
            .args(["--today", TODAY, "--port", "0"])
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("gongkai starts");
        let stdout = collect(child.stdout.take().unwrap());
        let start = Instant::now();
        let addr = loop {
            let found = stdout
                .lock()
                .unwrap()
                .iter()
                .find_map(|l| l.split("http://").nth(1).map(str::to_string));
            if let Some(rest) = found {
                break rest.split('/').next().unwrap().to_string();
            }
            assert!(
                start.elapsed() < START_PATIENCE,
                "gave up waiting for the serving line"
            );
            std::thread::sleep(Duration::from_millis(20));
        };
        let port = addr.rsplit(':').next().unwrap().parse().unwrap();
        Serve {
            child,
            addr,
            port,
            stdout,
        }
    }

    /// Whether the process is still running.
    pub fn is_running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// The number of threads of the process (Linux only).
    pub fn threads(&self) -> Option<usize> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).ok()?;
        status
            .lines()
            .find_map(|l| l.strip_prefix("Threads:"))
            .and_then(|n| n.trim().parse().ok())
    }

    /// The lines the preview printed so far.
    pub fn stdout(&self) -> Vec<String> {
        self.stdout.lock().unwrap().clone()
    }

    /// A new connection, reads giving up after `patience`.
    pub fn connect(&self, patience: Duration) -> Conn {
        Conn::open(&self.addr, patience)
    }

    /// `GET target` on a new connection with the preview's own `Host`.
    pub fn get(&self, target: &str) -> Reply {
        let mut conn = self.connect(Duration::from_secs(30));
        let request = format!(
            "GET {target} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
            self.addr
        );
        conn.send(request.as_bytes()).expect("the request is sent");
        conn.reply()
            .unwrap_or_else(|| panic!("no answer to GET {target}"))
    }
}

/// One connection to the preview.
pub struct Conn {
    reader: BufReader<TcpStream>,
}

/// An HTTP answer.
#[derive(Debug)]
pub struct Reply {
    /// The status code.
    pub status: u16,
    /// The headers, as sent.
    pub headers: Vec<(String, String)>,
    /// The body (up to its `Content-Length`; empty without one).
    pub body: Vec<u8>,
}

impl Reply {
    /// The value of header `name`, or "".
    pub fn header(&self, name: &str) -> &str {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map_or("", |(_, v)| v.as_str())
    }

    /// The body as text.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

impl Conn {
    /// Connects to `addr`; reads give up after `patience`.
    pub fn open(addr: &str, patience: Duration) -> Conn {
        let stream = TcpStream::connect(addr).expect("the preview accepts connections");
        stream.set_read_timeout(Some(patience)).unwrap();
        stream.set_write_timeout(Some(patience)).unwrap();
        Conn {
            reader: BufReader::new(stream),
        }
    }

    /// A connection opened elsewhere (its time limits as they are).
    pub fn from_stream(stream: TcpStream) -> Conn {
        Conn {
            reader: BufReader::new(stream),
        }
    }

    /// Sends `bytes` as they are.
    pub fn send(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        self.reader.get_mut().write_all(bytes)
    }

    /// Reads the next answer; `None` when the connection closed (or was reset, or the read
    /// timed out) before a whole head arrived.
    pub fn reply(&mut self) -> Option<Reply> {
        let mut line = String::new();
        if self.reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let status = line.split_whitespace().nth(1)?.parse().ok()?;
        let mut headers = Vec::new();
        loop {
            let mut line = String::new();
            if self.reader.read_line(&mut line).ok()? == 0 {
                return None;
            }
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            let (name, value) = line.split_once(':')?;
            headers.push((name.trim().to_string(), value.trim().to_string()));
        }
        let mut reply = Reply {
            status,
            headers,
            body: Vec::new(),
        };
        let length: usize = reply.header("content-length").parse().unwrap_or(0);
        reply.body = vec![0; length];
        self.reader.read_exact(&mut reply.body).ok()?;
        Some(reply)
    }

    /// Reads lines (of an event stream) until one is `wanted`: false if the connection
    /// closes or a read times out first.
    pub fn wait_for_line(&mut self, wanted: &str) -> bool {
        loop {
            let mut line = String::new();
            match self.reader.read_line(&mut line) {
                Ok(0) | Err(_) => return false,
                Ok(_) if line.trim_end() == wanted => return true,
                Ok(_) => {}
            }
        }
    }

    /// Whether the preview closed (or reset) the connection: reads and drops what is still
    /// in flight, up to `most` bytes; a read that times out means it is still open.
    pub fn closed_by_peer(&mut self, most: usize) -> bool {
        let mut scratch = vec![0u8; 64 * 1024];
        let mut read = 0;
        while read <= most {
            match self.reader.read(&mut scratch) {
                Ok(0) => return true,
                Ok(n) => read += n,
                Err(e) => {
                    return !matches!(
                        e.kind(),
                        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                    );
                }
            }
        }
        false
    }
}
