// Opens TCP connections, sends a UDP datagram and resolves a name (std's ToSocketAddrs, the C
// library's getaddrinfo); returns how many of them worked (must be 0).
use std::net::{SocketAddr, TcpStream, ToSocketAddrs, UdpSocket};
use std::time::Duration;

fn connects(address: &str) -> i32 {
    let address: SocketAddr = address.parse().unwrap();
    TcpStream::connect_timeout(&address, Duration::from_millis(200)).is_ok() as i32
}

impl Solution {
    pub fn add(a: i32, b: i32) -> i32 {
        let sent = UdpSocket::bind("0.0.0.0:0")
            .and_then(|socket| socket.send_to(b"x", "8.8.8.8:53"))
            .is_ok();
        let resolved = ("example.com", 80).to_socket_addrs().is_ok();
        connects("1.1.1.1:53") + connects("172.17.0.1:2375") + sent as i32 + resolved as i32
    }
}
