package pyscape

import (
	"encoding/json"
	"os"
	"os/exec"
	"os/signal"
	"regexp"
	"runtime/debug"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"
)

// Stdio mode: the harness process serves every test and never runs any of the user's code.
// Each test runs the program itself again as a child process (the same binary, with
// childVariable set: its init returns at once and the user's main runs), stdin from the
// test's input, stdout and stderr to files, and a crash written to a file of its own.
const (
	childVariable = "PYSCAPE_STDIO_CHILD"
	limitVariable = "PYSCAPE_STDOUT_LIMIT"
	stdioInput    = ".test.in"
	stdioStdout   = ".test.out"
	stdioStderr   = ".test.err"
	stdioCrash    = ".test.crash"
)

// prepareChild runs first in a stdio test's process: the stack and output limits, and the
// runtime's crash report to fd 3 (the parent's crash file) as well as to stderr.
func prepareChild() {
	os.Unsetenv(childVariable)
	setMaxStack()
	if n, err := strconv.ParseInt(os.Getenv(limitVariable), 10, 64); err == nil {
		limitFileSize(n)
	}
	os.Unsetenv(limitVariable)
	crash := os.NewFile(3, "crash")
	debug.SetCrashOutput(crash, debug.CrashOptions{})
	crash.Close()
	// Printing past the limit ends the program (Go ignores SIGXFSZ: it would go on printing
	// until its time limit); the parent sees the output over the limit.
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, syscall.SIGXFSZ)
	go func() {
		<-signals
		os.Exit(1)
	}()
}

func serveStdio(j job) {
	// Not dumpable: the program (a child of the same user) cannot open this process's
	// channel through /proc/<pid>/fd.
	syscall.RawSyscall(syscall.SYS_PRCTL, syscall.PR_SET_DUMPABLE, 0, 0)
	self, err := os.Executable()
	if err != nil {
		failProtocol("cannot find the program: " + err.Error())
	}
	sendEvent("ready")
	for t := nextTest(); !t.End; t = nextTest() {
		runProgram(self, t, j.StdoutLimit)
	}
	sendEvent("done")
	os.Exit(0)
}

func create(path string) *os.File {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		failProtocol("cannot create " + path)
	}
	return f
}

// runProgram runs the program on one test and sends the test's record.
func runProgram(self string, t testFrame, limit int64) {
	var input string
	if err := json.Unmarshal(t.Input, &input); err != nil {
		sendRecord(testRecord(t.Test, "error", nil, nil,
			&errorInfo{Type: "pyscape.InputError", Message: "a stdio input is a string"}, 0, 0))
		return
	}
	if err := os.WriteFile(stdioInput, []byte(input), 0o600); err != nil {
		failProtocol("cannot write the test's input")
	}
	in, _ := os.Open(stdioInput)
	out, errf, crash := create(stdioStdout), create(stdioStderr), create(stdioCrash)
	defer func() {
		for _, f := range []*os.File{in, out, errf, crash} {
			f.Close()
		}
	}()
	cmd := exec.Command(self)
	cmd.Args = []string{"./main"}
	cmd.Env = append(os.Environ(), childVariable+"=1", limitVariable+"="+strconv.FormatInt(limit, 10))
	cmd.Stdin, cmd.Stdout, cmd.Stderr = in, out, errf
	cmd.ExtraFiles = []*os.File{crash}
	if err := cmd.Start(); err != nil {
		sendRecord(testRecord(t.Test, "error", nil, nil,
			&errorInfo{Type: "fork", Message: "PyScape could not start the program: " + err.Error()}, 0, 0))
		return
	}
	var stopped atomic.Bool
	wall := time.Duration(t.WallMs) * time.Millisecond
	if wall <= 0 {
		wall = 10 * time.Second
	}
	timer := time.AfterFunc(wall, func() {
		stopped.Store(true)
		cmd.Process.Kill()
	})
	cmd.Wait()
	timer.Stop()
	state := cmd.ProcessState
	cpu := (state.UserTime() + state.SystemTime()).Nanoseconds()
	var memory int64
	if ru, ok := state.SysUsage().(*syscall.Rusage); ok {
		memory = ru.Maxrss
	}
	status, e := judgeEnd(state, stopped.Load(), t.WallMs)
	output := readHead(stdioStdout, limit+1)
	if int64(len(output)) > limit || int64(len(readHead(stdioStderr, limit+1))) > limit {
		status, e = "output_limit", nil
	}
	if status == "ok" {
		output = appendString(nil, string(output), len(output))
	}
	sendRecord(testRecord(t.Test, status, output, readHead(stdioStderr, shownOutputBytes), e, cpu, memory))
}

func readHead(path string, n int64) []byte {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	buf := make([]byte, n)
	got, _ := f.ReadAt(buf, 0)
	return buf[:got]
}

var userFrame = regexp.MustCompile(`(?m)^\s+(?:\S*/)?` + regexp.QuoteMeta(UserFile) + `:(\d+)`)

// judgeEnd says how a run of the program ended: its status, and its error when not ok.
func judgeEnd(state *os.ProcessState, stopped bool, wallMs int64) (string, *errorInfo) {
	ws, _ := state.Sys().(syscall.WaitStatus)
	if stopped {
		return "error", &errorInfo{Type: "SIGKILL", Message: "the harness stopped the program " +
			"at the wall-clock backstop (" + strconv.FormatInt(wallMs, 10) + " ms)"}
	}
	if crash := readHead(stdioCrash, 64*1024); len(crash) > 0 {
		return describeCrash(string(crash))
	}
	if ws.Signaled() {
		if ws.Signal() == syscall.SIGKILL {
			return "memory", &errorInfo{Type: "SIGKILL",
				Message: "the program was killed, e.g. for want of memory"}
		}
		return "error", &errorInfo{Type: signalName(ws.Signal()), Message: ws.Signal().String()}
	}
	if code := state.ExitCode(); code != 0 {
		return "error", &errorInfo{Type: "exit",
			Message: "the program exited with code " + strconv.Itoa(code)}
	}
	return "ok", nil
}

// describeCrash reads the Go runtime's crash report: `panic: <message>` or
// `fatal error: <message>`, and the innermost frame in the user's file.
func describeCrash(crash string) (string, *errorInfo) {
	e := &errorInfo{Type: "panic", Message: strings.TrimSpace(firstLine(crash))}
	for _, line := range strings.Split(crash, "\n") {
		if rest, ok := strings.CutPrefix(line, "panic: "); ok {
			e.Type, e.Message = "panic", strings.TrimSuffix(rest, " [recovered]")
			break
		}
		if rest, ok := strings.CutPrefix(line, "fatal error: "); ok {
			e.Type, e.Message = "fatal error", rest
			break
		}
	}
	if m := userFrame.FindStringSubmatch(crash); m != nil {
		e.Line, _ = strconv.Atoi(m[1])
	}
	if e.Type == "fatal error" && strings.Contains(e.Message, "out of memory") {
		return "memory", e
	}
	return "error", e
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

func signalName(s syscall.Signal) string {
	names := map[syscall.Signal]string{
		syscall.SIGSEGV: "SIGSEGV", syscall.SIGABRT: "SIGABRT", syscall.SIGBUS: "SIGBUS",
		syscall.SIGFPE: "SIGFPE", syscall.SIGILL: "SIGILL", syscall.SIGTERM: "SIGTERM",
		syscall.SIGXFSZ: "SIGXFSZ", syscall.SIGXCPU: "SIGXCPU", syscall.SIGPIPE: "SIGPIPE",
		syscall.SIGTRAP: "SIGTRAP", syscall.SIGSYS: "SIGSYS",
	}
	if n, ok := names[s]; ok {
		return n
	}
	return "signal " + strconv.Itoa(int(s))
}
