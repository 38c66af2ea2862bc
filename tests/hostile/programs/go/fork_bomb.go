// Fork bomb: every process forks forever (a raw fork: Go has no fork of its own); the pids
// limit stops the growth, the time limit the run.
import "syscall"

func add(a int, b int) int {
	for {
		syscall.RawSyscall(syscall.SYS_FORK, 0, 0, 0)
	}
}
