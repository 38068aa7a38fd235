//! A real nginx for the publishing tests: started by the test on 127.0.0.1 with a config
//! of its own in a temporary folder, serving a published folder under `/board/` through
//! the snippet gongkai writes (`hosting: nginx`), stopped when dropped. A plain HTTP/1.0
//! client that keeps the response headers.
//!
//! nginx is Debian's package `nginx` (`.ci/run` installs it); without it these tests
//! fail, saying what to install, unless `GONGKAI_SKIP_NGINX_TESTS` is set (which also
//! skips the Apache test, `apache`).

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Set to anything but empty or `0` to skip the nginx tests on purpose (each says so on
/// stderr). `.ci/run` never sets it.
pub const SKIP_NGINX_TESTS: &str = "GONGKAI_SKIP_NGINX_TESTS";

/// nginx for the test `test`, or `None` when the developer opted out with
/// `GONGKAI_SKIP_NGINX_TESTS` (said on stderr). Panics, naming what to install, when
/// nginx is missing: a serving test that passes without its server proves nothing.
pub fn nginx_for(test: &str) -> Option<PathBuf> {
    server_for(test, "nginx", "nginx")
}

/// The web server `program` (Debian package `package`) for the test `test`, found on the
/// PATH or in the sbin folders; `None` when `GONGKAI_SKIP_NGINX_TESTS` opts out of the
/// web-server tests; a panic naming what to install when it is missing.
pub fn server_for(test: &str, program: &str, package: &str) -> Option<PathBuf> {
    if std::env::var(SKIP_NGINX_TESTS).is_ok_and(|v| !v.is_empty() && v != "0") {
        eprintln!("{test}: web-server test SKIPPED because {SKIP_NGINX_TESTS} is set");
        return None;
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    let found = std::env::split_paths(&path)
        .chain([PathBuf::from("/usr/sbin"), PathBuf::from("/usr/local/sbin")])
        .map(|dir| dir.join(program))
        .find(|candidate| candidate.is_file());
    match found {
        Some(server) => Some(server),
        None => panic!(
            "{test}: this test serves a published board with {program}, which this machine \
             lacks.\nInstall it with `apt-get install {package}` (or run .ci/run, which does), \
             or set {SKIP_NGINX_TESTS}=1 to skip the web-server tests on purpose."
        ),
    }
}

/// A running nginx; stopped (SIGKILL, then reaped) when dropped.
pub struct Nginx {
    child: Child,
    /// The port it listens on, on 127.0.0.1.
    pub port: u16,
    _dir: tempfile::TempDir,
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// True when the tests run as root: nginx then needs to be told which user its workers
/// run as (Debian has no group `nobody`, nginx's default).
pub fn running_as_root() -> bool {
    std::fs::read_to_string("/proc/self/status").is_ok_and(|s| {
        s.lines()
            .find(|l| l.starts_with("Uid:"))
            .is_some_and(|l| l.split_whitespace().nth(2) == Some("0"))
    })
}

impl Nginx {
    /// Starts `nginx` serving `served` under `/board/`, with the snippet `snippet`
    /// included in that location as the snippet's own comment shows.
    pub fn start(nginx: &Path, served: &Path, snippet: &Path) -> Nginx {
        let dir = tempfile::tempdir().unwrap();
        let port = {
            let listener = TcpListener::bind("127.0.0.1:0").unwrap();
            listener.local_addr().unwrap().port()
        };
        let d = dir.path().display();
        let user = if running_as_root() {
            "user root root;\n"
        } else {
            ""
        };
        let config = format!(
            "{user}worker_processes 1;\ndaemon off;\npid {d}/nginx.pid;\n\
             error_log {d}/error.log warn;\nevents {{ worker_connections 128; }}\n\
             http {{\n  access_log off;\n  client_body_temp_path {d}/body;\n  \
             proxy_temp_path {d}/proxy;\n  fastcgi_temp_path {d}/fastcgi;\n  \
             uwsgi_temp_path {d}/uwsgi;\n  scgi_temp_path {d}/scgi;\n  \
             server {{\n    listen 127.0.0.1:{port};\n    \
             location /board/ {{\n      alias {}/;\n      include {};\n    }}\n  }}\n}}\n",
            served.display(),
            snippet.display()
        );
        let conf = dir.path().join("nginx.conf");
        std::fs::write(&conf, config).unwrap();
        let mut child = Command::new(nginx)
            .arg("-p")
            .arg(dir.path())
            .arg("-e")
            .arg(dir.path().join("error.log"))
            .arg("-c")
            .arg(&conf)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("start {}: {e}", nginx.display()));
        let started = Instant::now();
        loop {
            if TcpStream::connect(("127.0.0.1", port)).is_ok() {
                break;
            }
            if let Ok(Some(status)) = child.try_wait() {
                let mut stderr = String::new();
                if let Some(mut s) = child.stderr.take() {
                    let _ = s.read_to_string(&mut stderr);
                }
                let log = std::fs::read_to_string(dir.path().join("error.log")).unwrap_or_default();
                panic!("nginx exited ({status}):\n{stderr}\n{log}");
            }
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "nginx did not listen on port {port}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        Nginx {
            child,
            port,
            _dir: dir,
        }
    }

    /// GET `path` (already percent-encoded, from `/`).
    pub fn get(&self, path: &str) -> Response {
        get(self.port, path)
    }
}

/// An HTTP response.
#[derive(Debug)]
pub struct Response {
    pub status: u16,
    /// Header names in lower case, with their values.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    /// The first header named `name` (lower case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// An HTTP/1.0 GET of `path` on 127.0.0.1:`port`.
pub fn get(port: u16, path: &str) -> Response {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect to nginx");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(stream, "GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n").unwrap();
    let mut response = Vec::new();
    stream.read_to_end(&mut response).unwrap();
    let split = response
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or_else(|| panic!("no header end in the response to {path}"));
    let head = String::from_utf8_lossy(&response[..split]).into_owned();
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("bad status line from {path}: {head}"));
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    Response {
        status,
        headers,
        body: response[split + 4..].to_vec(),
    }
}

/// `a/通知 1.html` -> `a/%E9%80%9A%E7%9F%A5%201.html`: each byte outside the unreserved
/// set of URLs escaped, `/` kept.
pub fn encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len() * 3);
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
