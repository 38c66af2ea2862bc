// Looks for the host's secrets: the judge process's environment (a canary the test puts there),
// /proc of other processes (the host's, the engine's), and the Docker and containerd sockets,
// by path and by connecting. Returns how many it reached (must be 0).
use std::os::unix::net::UnixStream;
use std::path::Path;

impl Solution {
    pub fn add(a: i32, b: i32) -> i32 {
        let mut found = std::env::var_os("PYSCAPE_HOSTILE_CANARY").is_some() as i32;
        for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if !name.starts_with(|c: char| c.is_ascii_digit()) {
                continue;
            }
            for file in ["environ", "cmdline"] {
                let seen = std::fs::read(format!("/proc/{name}/{file}")).unwrap_or_default();
                let seen = String::from_utf8_lossy(&seen);
                for word in ["PYSCAPE_HOSTILE_CANARY", "pytest", "dockerd", "containerd", "systemd"] {
                    found += seen.contains(word) as i32;
                }
            }
        }
        for socket in ["/var/run/docker.sock", "/run/docker.sock", "/run/containerd/containerd.sock"] {
            found += Path::new(socket).exists() as i32 + UnixStream::connect(socket).is_ok() as i32;
        }
        found
    }
}
