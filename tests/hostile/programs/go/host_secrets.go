// Looks for the host's secrets: /proc of other processes (the host's, the engine's) and the
// Docker socket. Returns how many it reached (must be 0).
func add(a int, b int) int {
	found := 0
	if os.Getenv("PYSCAPE_HOSTILE_CANARY") != "" {
		found++
	}
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		if e.Name()[0] < '0' || e.Name()[0] > '9' {
			continue
		}
		for _, file := range []string{"/environ", "/cmdline"} {
			seen, _ := os.ReadFile("/proc/" + e.Name() + file)
			for _, word := range []string{"PYSCAPE_HOSTILE_CANARY", "pytest", "dockerd", "containerd"} {
				if strings.Contains(string(seen), word) {
					found++
				}
			}
		}
	}
	for _, socket := range []string{"/var/run/docker.sock", "/run/containerd/containerd.sock"} {
		if _, err := os.Stat(socket); err == nil {
			found++
		}
	}
	return found
}
