//! Headless Chromium driven over the DevTools protocol, for the browser tests that look
//! at pages as a reader sees them: one browser per test, one tab per worker thread, each
//! tab sized like a phone or printing to PDF.
//!
//! Only what the tests use is here: open a page, run a script in it, take a screenshot,
//! print it to PDF. Every wait has a deadline, so a hung browser fails the test instead of
//! hanging it.

use std::fs;
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use super::CHROMIUM_FLAGS;

/// Longest wait for the browser to start, a page to load or a reply to come.
const PATIENCE: Duration = Duration::from_secs(60);

/// A running headless Chromium with its own profile; killed when dropped.
pub struct Chromium {
    child: Child,
    profile: tempfile::TempDir,
    /// `127.0.0.1:PORT` of its DevTools endpoint.
    addr: String,
    /// The browser's own DevTools socket (to open tabs).
    browser: Tab,
}

impl Drop for Chromium {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Chromium {
    /// Starts `binary` headless with a fresh profile.
    pub fn start(binary: &Path) -> Chromium {
        let profile = tempfile::tempdir().unwrap();
        let child = Command::new(binary)
            .args(CHROMIUM_FLAGS)
            .arg("--remote-debugging-port=0")
            .arg("--hide-scrollbars")
            .arg("--font-render-hinting=none")
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg("about:blank")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromium starts");
        // Chromium writes its port and the browser socket's path once it listens.
        let port_file = profile.path().join("DevToolsActivePort");
        let deadline = Instant::now() + PATIENCE;
        let (port, path) = loop {
            let text = fs::read_to_string(&port_file).unwrap_or_default();
            let mut lines = text.lines();
            if let (Some(port), Some(path)) = (lines.next(), lines.next()) {
                break (port.to_string(), path.to_string());
            }
            assert!(Instant::now() < deadline, "chromium did not start");
            thread::sleep(Duration::from_millis(50));
        };
        let addr = format!("127.0.0.1:{port}");
        let browser = Tab::connect(&addr, &path);
        Chromium {
            child,
            profile,
            addr,
            browser,
        }
    }

    /// A new tab showing `about:blank`, in a window of its own, so that several tabs
    /// all count as shown and draw their frames (a background tab's animations and
    /// frames wait).
    pub fn tab(&mut self) -> Tab {
        let target = self.browser.call(
            "Target.createTarget",
            json!({"url": "about:blank", "newWindow": true}),
        );
        let id = target["targetId"]
            .as_str()
            .expect("a target id")
            .to_string();
        let mut tab = Tab::connect(&self.addr, &format!("/devtools/page/{id}"));
        tab.call("Page.enable", json!({}));
        tab
    }

    /// The browser's profile folder (for files it should write beside it).
    pub fn profile(&self) -> &Path {
        self.profile.path()
    }
}

/// One DevTools connection: a tab, or the browser itself.
pub struct Tab {
    socket: tungstenite::WebSocket<TcpStream>,
    next_id: u64,
}

impl Tab {
    fn connect(addr: &str, path: &str) -> Tab {
        let stream = TcpStream::connect(addr).expect("the DevTools port answers");
        stream.set_read_timeout(Some(PATIENCE)).unwrap();
        let url = format!("ws://{addr}{path}");
        let (socket, _) = tungstenite::client(url.as_str(), stream).expect("a DevTools socket");
        Tab { socket, next_id: 0 }
    }

    /// Calls `method` and returns its result; panics on a protocol error.
    pub fn call(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        let message = json!({"id": id, "method": method, "params": params});
        self.socket
            .send(tungstenite::Message::text(message.to_string()))
            .unwrap_or_else(|e| panic!("DevTools send {method}: {e}"));
        loop {
            let reply = self
                .socket
                .read()
                .unwrap_or_else(|e| panic!("DevTools reply to {method}: {e}"));
            let Ok(text) = reply.to_text() else { continue };
            let value: Value = serde_json::from_str(text).unwrap_or_default();
            if value["id"] == id {
                assert!(value["error"].is_null(), "{method}: {}", value["error"]);
                return value["result"].clone();
            }
        }
    }

    /// Evaluates `expression` (awaiting a promise) and returns its value.
    pub fn eval(&mut self, expression: &str) -> Value {
        let result = self.call(
            "Runtime.evaluate",
            json!({"expression": expression, "returnByValue": true, "awaitPromise": true}),
        );
        assert!(
            result["exceptionDetails"].is_null(),
            "script failed: {}",
            result["exceptionDetails"]
        );
        result["result"]["value"].clone()
    }

    /// Sizes the tab as a phone `width` px wide (touch, no scaling), or as a desktop
    /// window when `mobile` is false.
    pub fn size(&mut self, width: u32, height: u32, mobile: bool) {
        self.call(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile}),
        );
    }

    /// Shows the page as printed (`print`) or on screen (`screen`).
    pub fn media(&mut self, media: &str) {
        self.call("Emulation.setEmulatedMedia", json!({"media": media}));
    }

    /// Opens `path` (a file) and waits until it and its fonts are loaded.
    pub fn open(&mut self, path: &Path) {
        let url = url::Url::from_file_path(path).expect("an absolute path");
        self.call("Page.navigate", json!({"url": url.as_str()}));
        let deadline = Instant::now() + PATIENCE;
        let loaded = format!(
            "document.readyState === 'complete' && location.href === {}",
            json!(url.as_str())
        );
        while self.eval(&loaded) != json!(true) {
            assert!(Instant::now() < deadline, "{} did not load", path.display());
            thread::sleep(Duration::from_millis(20));
        }
        // Fonts loaded, and two frames drawn (scroll-driven styles apply on a frame).
        self.eval(
            "document.fonts.ready.then(() => new Promise((done) => \
             requestAnimationFrame(() => requestAnimationFrame(() => done(true)))))",
        );
    }

    /// PNGs of the whole page at the tab's width, top to bottom, each at most `part`
    /// px tall (an image viewer shows a long page better in parts).
    pub fn screenshots(&mut self, part: u32) -> Vec<Vec<u8>> {
        let height = self
            .eval("Math.ceil(document.documentElement.scrollHeight)")
            .as_u64()
            .unwrap_or(800) as u32;
        let width = self
            .eval("document.documentElement.clientWidth")
            .as_u64()
            .unwrap_or(390);
        (0..height.div_ceil(part))
            .map(|i| {
                let top = i * part;
                let shot = self.call(
                    "Page.captureScreenshot",
                    json!({"format": "png", "captureBeyondViewport": true,
                           "clip": {"x": 0, "y": top, "width": width,
                                    "height": part.min(height - top), "scale": 1}}),
                );
                base64(shot["data"].as_str().unwrap_or_default())
            })
            .collect()
    }

    /// The page printed to PDF as the print dialog would, paper from the page's CSS, no
    /// header or footer of the browser's own.
    pub fn pdf(&mut self) -> Vec<u8> {
        let printed = self.call(
            "Page.printToPDF",
            json!({"preferCSSPageSize": true, "printBackground": true,
                   "displayHeaderFooter": false}),
        );
        base64(printed["data"].as_str().unwrap_or_default())
    }
}

/// Decodes standard base64 (what DevTools sends binary data as).
fn base64(text: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let mut out = Vec::with_capacity(text.len() / 4 * 3);
    let (mut bits, mut count) = (0u32, 0);
    for v in text.bytes().filter_map(value) {
        bits = bits << 6 | u32::from(v);
        count += 6;
        if count >= 8 {
            count -= 8;
            out.push((bits >> count) as u8);
            bits &= (1 << count) - 1;
        }
    }
    out
}
