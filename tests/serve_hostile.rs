//! `gongkai serve` against clients that mean harm or behave badly, on the real binary:
//! none of them can stop the preview or stall it for anyone else.
//!
//! - a huge `Content-Length` (GET or POST), a chunked body, an endless header: answered
//!   or refused, never read, and the process goes on;
//! - a client that pipelines thousands of requests for a big page and never reads stalls
//!   only its own connection, which is dropped after the write time limit;
//! - connections beyond the cap are answered 503 by the accepting loop without a thread,
//!   while live-reload streams (one per open tab) have a cap of their own;
//! - a `Host` other than the preview's own address is refused (DNS rebinding);
//! - a client sending its head a byte a second is dropped after the head time limit.
//!
//! The limits are the server's (`src/serve/server.rs`): 64 connections, a 10 s head time
//! and a 10 s write time.

mod common;

use std::io::{ErrorKind, Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use common::preview::{Conn, Serve};
use common::{edit, sample_site, write};

/// Connections the preview serves at once.
const CAP: usize = 64;
/// How long a request head may take once begun.
const HEAD_TIME: Duration = Duration::from_secs(10);
/// How long one write may wait for a client to read.
const WRITE_TIME: Duration = Duration::from_secs(10);
/// How fast an unaffected client must be answered, even on a busy debug build.
const PROMPT: Duration = Duration::from_secs(1);

const NOTICE: &str = "content/notices/2026-04-physical-exam.md";

/// `GET /` answered promptly with the home page, on a connection of its own.
fn assert_home_page_promptly(preview: &Serve, when: &str) {
    let start = Instant::now();
    let reply = preview.get("/");
    let took = start.elapsed();
    assert_eq!(reply.status, 200, "{when}");
    assert!(reply.text().contains("</html>"), "{when}: the whole page");
    assert!(took < PROMPT, "{when}: the home page took {took:?}");
}

#[test]
fn oversized_content_length_does_not_kill_serve() {
    let site = sample_site();
    let mut preview = Serve::start(site.path(), &[]);
    let host = preview.addr.clone();
    let patience = Duration::from_secs(10);

    // A GET that announces a body of 100 TB: answered, the body never read, then closed.
    let mut get = preview.connect(patience);
    get.send(
        format!("GET / HTTP/1.1\r\nHost: {host}\r\nContent-Length: 99999999999999\r\n\r\n")
            .as_bytes(),
    )
    .unwrap();
    let reply = get.reply().expect("an answer");
    assert_eq!(reply.status, 200);
    assert_eq!(reply.header("connection"), "close");
    assert!(get.reply().is_none(), "the connection is closed after it");

    // A POST with such a body on its way: 405, the body never read.
    let mut post = preview.connect(patience);
    post.send(
        format!("POST / HTTP/1.1\r\nHost: {host}\r\nContent-Length: 99999999999999\r\n\r\n")
            .as_bytes(),
    )
    .unwrap();
    post.send(&vec![b'x'; 64 * 1024]).unwrap();
    assert_eq!(post.reply().expect("an answer").status, 405);

    // A chunked body announcing 4 GB.
    let mut chunked = preview.connect(patience);
    chunked
        .send(
            format!(
                "GET / HTTP/1.1\r\nHost: {host}\r\nTransfer-Encoding: chunked\r\n\r\nffffffff\r\n"
            )
            .as_bytes(),
        )
        .unwrap();
    assert_eq!(chunked.reply().expect("an answer").status, 200);

    // A header that never ends: 431 after 16 KiB, the rest never kept.
    let mut endless = preview.connect(patience);
    let mut head = format!("GET / HTTP/1.1\r\nHost: {host}\r\nX-Endless: ").into_bytes();
    head.resize(64 * 1024, b'a');
    endless.send(&head).unwrap();
    assert_eq!(endless.reply().expect("an answer").status, 431);

    assert!(preview.is_running(), "serve survived");
    assert_home_page_promptly(&preview, "after the oversized requests");
}

#[test]
fn a_client_that_never_reads_does_not_stall_others() {
    let site = sample_site();
    // A page of 2 MB: a few answers fill every buffer between the server and the client.
    let paragraph = "<p>二〇二六年第一季度经费收支情况公开，请职工监督。</p>\n";
    let body = paragraph.repeat(2 * 1024 * 1024 / paragraph.len());
    write(
        site.path(),
        "static/big.html",
        format!("<!DOCTYPE html><html><body>{body}</body></html>"),
    );
    let preview = Serve::start(site.path(), &[]);
    assert_eq!(preview.get("/big.html").status, 200);

    // Thousands of pipelined requests for the big page, sent from a thread of their own
    // (the sending blocks once the preview stops reading), and never a byte read.
    let hog = TcpStream::connect(&preview.addr).unwrap();
    hog.set_write_timeout(Some(Duration::from_secs(60)))
        .unwrap();
    let mut sender = hog.try_clone().unwrap();
    let request = format!("GET /big.html HTTP/1.1\r\nHost: {}\r\n\r\n", preview.addr);
    let sending = std::thread::spawn(move || {
        for _ in 0..5000 {
            if sender.write_all(request.as_bytes()).is_err() {
                break;
            }
        }
    });
    let started = Instant::now();
    std::thread::sleep(Duration::from_millis(500));

    // Meanwhile everyone else is answered promptly, again and again.
    while started.elapsed() < WRITE_TIME - Duration::from_secs(2) {
        assert_home_page_promptly(&preview, "while a client does not read");
        std::thread::sleep(Duration::from_millis(200));
    }

    // After the write time limit the hog's connection is dropped: what was in flight ends
    // in a close, not in gigabytes more.
    std::thread::sleep(WRITE_TIME + Duration::from_secs(3) - started.elapsed());
    hog.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let mut hog = Conn::from_stream(hog);
    assert!(
        hog.closed_by_peer(256 * 1024 * 1024),
        "the connection that never read was dropped"
    );
    sending.join().unwrap();
    assert_home_page_promptly(&preview, "after the client was dropped");
}

#[test]
fn connections_beyond_the_cap_are_refused_not_spawned() {
    let site = sample_site();
    let preview = Serve::start(site.path(), &[]);
    let host = preview.addr.clone();
    let patience = Duration::from_secs(10);
    assert_home_page_promptly(&preview, "at the start");
    let threads_at_start = preview.threads();

    // More open tabs than page connections: their event streams have a cap of their own.
    let tabs: Vec<Conn> = (0..CAP + 36)
        .map(|_| {
            let mut tab = preview.connect(patience);
            tab.send(format!("GET /__gongkai/events HTTP/1.1\r\nHost: {host}\r\n\r\n").as_bytes())
                .unwrap();
            let reply = tab.reply().expect("the event stream answers");
            assert_eq!(reply.status, 200);
            assert_eq!(
                reply.header("content-type"),
                "text/event-stream; charset=utf-8"
            );
            tab
        })
        .collect();
    assert_home_page_promptly(&preview, "with many tabs open");

    // Every page connection taken, kept alive.
    let held: Vec<Conn> = (0..CAP)
        .map(|_| {
            let mut conn = preview.connect(patience);
            conn.send(format!("GET / HTTP/1.1\r\nHost: {host}\r\n\r\n").as_bytes())
                .unwrap();
            assert_eq!(conn.reply().expect("an answer").status, 200);
            conn
        })
        .collect();
    let threads_at_cap = preview.threads();

    // One hundred more are refused at once, and no thread is made for them.
    let mut refused = 0;
    for _ in 0..100 {
        let start = Instant::now();
        let mut conn = preview.connect(patience);
        let _ = conn.send(format!("GET / HTTP/1.1\r\nHost: {host}\r\n\r\n").as_bytes());
        // No answer at all means closed before it could be read: refused too.
        if let Some(reply) = conn.reply() {
            assert_eq!(reply.status, 503);
            refused += 1;
        }
        assert!(
            start.elapsed() < PROMPT,
            "a refusal took {:?}",
            start.elapsed()
        );
    }
    assert!(refused > 0, "the refusals say 503");
    if let (Some(at_cap), Some(after)) = (threads_at_cap, preview.threads()) {
        assert!(
            after <= at_cap,
            "{at_cap} threads at the cap, {after} after 100 more"
        );
    }
    if let (Some(start), Some(at_cap)) = (threads_at_start, threads_at_cap) {
        assert!(
            at_cap <= start + 2 * CAP + 36 + 2,
            "{start} threads at the start, {at_cap} at the cap"
        );
    }

    // Closing them frees the places.
    drop(held);
    let start = Instant::now();
    while preview.get("/").status != 200 {
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "the places came back"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_home_page_promptly(&preview, "after the connections closed");

    // And every tab still hears of the next save.
    edit(
        site.path(),
        NOTICE,
        "体检当日按出勤计算。",
        "体检当日按出勤计算，已改。",
    );
    for (i, mut tab) in tabs.into_iter().enumerate() {
        assert!(
            tab.wait_for_line("event: reload"),
            "tab {i} was told to reload"
        );
    }
}

#[test]
fn a_foreign_host_header_is_refused() {
    let site = sample_site();
    let preview = Serve::start(site.path(), &[]);
    let port = preview.port;
    let ask = |host: Option<&str>, target: &str, version: &str| {
        let mut conn = preview.connect(Duration::from_secs(10));
        let host = host.map_or(String::new(), |h| format!("Host: {h}\r\n"));
        conn.send(format!("GET {target} {version}\r\n{host}Connection: close\r\n\r\n").as_bytes())
            .unwrap();
        conn.reply().expect("an answer")
    };
    for host in [
        "evil.example",
        &format!("evil.example:{port}"),
        "localhost",
        "127.0.0.1",
    ] {
        for target in ["/", "/__gongkai/problems", "/__gongkai/events", "/notices/"] {
            let reply = ask(Some(host), target, "HTTP/1.1");
            assert_eq!(reply.status, 403, "Host: {host}, GET {target}");
            assert_eq!(reply.header("content-type"), "text/html; charset=utf-8");
            assert!(reply.text().contains("DNS rebinding"), "{}", reply.text());
            assert!(!reply.text().contains("体检"), "nothing of the site");
        }
    }
    for host in [
        format!("127.0.0.1:{port}"),
        format!("localhost:{port}"),
        format!("LocalHost:{port}"),
        format!("[::1]:{port}"),
    ] {
        assert_eq!(
            ask(Some(&host), "/", "HTTP/1.1").status,
            200,
            "Host: {host}"
        );
        assert_eq!(
            ask(Some(&host), "/__gongkai/problems", "HTTP/1.1").status,
            200,
            "Host: {host}"
        );
    }
    // An HTTP/1.0 tool without a Host, on a loopback preview.
    assert_eq!(ask(None, "/", "HTTP/1.0").status, 200);

    // Bound to every interface on purpose, any name reaches the preview.
    let open = Serve::start(site.path(), &["--bind", "0.0.0.0"]);
    let mut conn = open.connect(Duration::from_secs(10));
    conn.send(b"GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
        .unwrap();
    assert_eq!(conn.reply().expect("an answer").status, 200);
}

#[test]
fn a_slowloris_client_is_dropped_after_the_head_timeout() {
    let site = sample_site();
    let preview = Serve::start(site.path(), &[]);
    let head = format!(
        "GET / HTTP/1.1\r\nHost: {}\r\nX-Slow: {}\r\n\r\n",
        preview.addr,
        "a".repeat(200)
    );
    // Each read waits a second: the pace of the byte a second.
    let mut slow = TcpStream::connect(&preview.addr).unwrap();
    slow.set_read_timeout(Some(Duration::from_secs(1))).unwrap();
    let start = Instant::now();
    let mut answer = Vec::new();
    for byte in head.bytes() {
        if slow.write_all(&[byte]).is_err() {
            break;
        }
        let mut buf = [0u8; 1024];
        match slow.read(&mut buf) {
            Ok(n) => {
                // The preview gave up: what it said (if anything), then the close.
                answer.extend_from_slice(&buf[..n]);
                break;
            }
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {}
            Err(_) => break,
        }
        assert_home_page_promptly(&preview, "while a client sends a byte a second");
        assert!(
            start.elapsed() < HEAD_TIME + Duration::from_secs(10),
            "the slow client is still connected after {:?}",
            start.elapsed()
        );
    }
    let took = start.elapsed();
    assert!(
        took >= HEAD_TIME - Duration::from_secs(1) && took < HEAD_TIME + Duration::from_secs(10),
        "dropped after {took:?}"
    );
    let answer = String::from_utf8_lossy(&answer);
    assert!(
        answer.is_empty() || answer.starts_with("HTTP/1.1 408 "),
        "{answer}"
    );
    assert_home_page_promptly(&preview, "after the slow client was dropped");
}
