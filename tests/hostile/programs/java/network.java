// Opens TCP connections, sends a UDP datagram and resolves a name; returns how many of them
// worked (must be 0).
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

class Solution {
    interface Attempt {
        void run() throws Exception;
    }

    static int works(Attempt attempt) {
        try {
            attempt.run();
            return 1;
        } catch (Exception e) {
            return 0;
        }
    }

    public int add(int a, int b) {
        return works(() -> new Socket().connect(new InetSocketAddress("1.1.1.1", 53), 200))
            + works(() -> new Socket().connect(new InetSocketAddress("172.17.0.1", 2375), 200))
            + works(() -> new DatagramSocket().send(new DatagramPacket(new byte[1], 1,
                    new InetSocketAddress("8.8.8.8", 53))))
            + works(() -> InetAddress.getByName("example.com"));
    }
}
