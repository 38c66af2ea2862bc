// Looks for the host's secrets: the judge process's environment (a canary the test puts there),
// /proc of other processes and the Docker socket. Returns how many it reached (must be 0).
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

class Solution {
    static String readable(Path path) {
        try {
            return new String(Files.readAllBytes(path), java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (Exception e) {
            return "";
        }
    }

    public int add(int a, int b) {
        int found = System.getenv("PYSCAPE_HOSTILE_CANARY") != null ? 1 : 0;
        File[] processes = new File("/proc").listFiles((dir, name) -> name.matches("\\d+"));
        for (File process : processes) {
            String seen = readable(process.toPath().resolve("environ"))
                + readable(process.toPath().resolve("cmdline"));
            for (String word : new String[] {"PYSCAPE_HOSTILE_CANARY", "pytest", "dockerd", "containerd"}) {
                if (seen.contains(word)) found++;
            }
        }
        for (String sock : new String[] {"/var/run/docker.sock", "/run/docker.sock"}) {
            if (new File(sock).exists()) found++;
        }
        return found;
    }
}
