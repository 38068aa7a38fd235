//! A real Apache for the hosting test: started by the test on 127.0.0.1 in the foreground
//! with a config of its own in a temporary folder, serving a published folder at `/`
//! with the `.htaccess` gongkai writes (`hosting: apache`) allowed to take effect, stopped
//! when dropped. Debian's package `apache2` (`.ci/run` installs it); the HTTP client is
//! `nginx::get`.

use std::io::Read;
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The modules the `.htaccess` needs, and the event worker.
const MODULES: &[(&str, &str)] = &[
    ("mpm_event_module", "mod_mpm_event.so"),
    ("authz_core_module", "mod_authz_core.so"),
    ("dir_module", "mod_dir.so"),
    ("mime_module", "mod_mime.so"),
    ("headers_module", "mod_headers.so"),
    ("autoindex_module", "mod_autoindex.so"),
];

/// A running Apache; stopped (SIGKILL, then reaped) when dropped.
pub struct Apache {
    child: Child,
    /// The port it listens on, on 127.0.0.1.
    pub port: u16,
    _dir: tempfile::TempDir,
}

impl Drop for Apache {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Apache {
    /// Starts `apache2` serving `served` at `/`, with `AllowOverride` as narrow as the
    /// `.htaccess` gongkai writes says it needs. The served folder and those above it
    /// must be readable by the worker user (`nobody` when run as root).
    pub fn start(apache: &Path, served: &Path) -> Apache {
        let dir = tempfile::tempdir().unwrap();
        let port = {
            let listener = TcpListener::bind("127.0.0.1:0").unwrap();
            listener.local_addr().unwrap().port()
        };
        let d = dir.path().display();
        let modules: String = MODULES
            .iter()
            .map(|(name, file)| format!("LoadModule {name} /usr/lib/apache2/modules/{file}\n"))
            .collect();
        let user = if super::nginx::running_as_root() {
            "User nobody\nGroup nogroup\n"
        } else {
            ""
        };
        let config = format!(
            "ServerRoot /etc/apache2\nServerName localhost\nListen 127.0.0.1:{port}\n\
             PidFile {d}/httpd.pid\nDefaultRuntimeDir {d}\nErrorLog {d}/error.log\n\
             {modules}TypesConfig /etc/mime.types\n{user}DocumentRoot {s}\n\
             <Directory {s}>\n  AllowOverride FileInfo Indexes AuthConfig Options=Indexes\n  \
             Require all granted\n</Directory>\n",
            s = served.display()
        );
        let conf = dir.path().join("httpd.conf");
        std::fs::write(&conf, config).unwrap();
        let mut child = Command::new(apache)
            .arg("-f")
            .arg(&conf)
            .arg("-DFOREGROUND")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("start {}: {e}", apache.display()));
        let started = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            if let Ok(Some(status)) = child.try_wait() {
                let mut stderr = String::new();
                if let Some(mut s) = child.stderr.take() {
                    let _ = s.read_to_string(&mut stderr);
                }
                let log = std::fs::read_to_string(dir.path().join("error.log")).unwrap_or_default();
                panic!("apache2 exited ({status}):\n{stderr}\n{log}");
            }
            // Generous: a loaded CI machine can take seconds to start its workers.
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "apache2 did not listen on port {port}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        Apache {
            child,
            port,
            _dir: dir,
        }
    }
}
