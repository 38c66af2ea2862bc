// Package pyscape is the judge's runtime for Go submissions (docs/harness-protocol.md).
//
// The image compiles it once (sandbox_images/go/setup.sh); a generated driver.go, in package
// main with the user's file, imports it. Its init runs before any of the user's code (the
// user's package-level variables and init functions come after every import's init): it reads
// the job frame, then either serves every stdio test from a child process of its own (and
// never returns) or prepares function mode and returns, so that the user's package loads and
// the driver's main calls RunFunctionTests.
package pyscape

import (
	"encoding/json"
	"io"
	"os"
	"runtime/debug"
	"strconv"
	"syscall"
)

// The channel: private copies of the original stdin (frames), stdout (records) and stderr.
var (
	frames  io.Reader
	records *os.File
	errs    *os.File
	nonce   string
)

// dupPrivate copies fd to a new descriptor (10 or above) closed on exec.
func dupPrivate(fd int) *os.File {
	r, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_DUPFD_CLOEXEC, 10)
	if e != 0 {
		failProtocol("cannot copy descriptor " + strconv.Itoa(fd) + ": " + e.Error())
	}
	return os.NewFile(r, "pyscape channel")
}

func openChannel() {
	frames = dupPrivate(0)
	records = dupPrivate(1)
	errs = dupPrivate(2)
}

// failProtocol says why the harness cannot go on (a broken frame: the host's fault), exits.
func failProtocol(what string) {
	w := errs
	if w == nil {
		w = os.Stderr
	}
	w.WriteString("pyscape harness: " + what + "\n")
	os.Exit(2)
}

// readFrame reads the next frame, `<decimal length>\n<bytes>`.
func readFrame() []byte {
	length, digits := 0, 0
	var c [1]byte
	for {
		n, _ := frames.Read(c[:])
		if n != 1 {
			failProtocol("stdin ended before the next frame")
		}
		if c[0] == '\n' {
			break
		}
		if c[0] < '0' || c[0] > '9' || digits >= 15 {
			failProtocol("bad frame header")
		}
		digits++
		length = length*10 + int(c[0]-'0')
	}
	if digits == 0 {
		failProtocol("bad frame header")
	}
	frame := make([]byte, length)
	if _, err := io.ReadFull(frames, frame); err != nil {
		failProtocol("a frame ended early")
	}
	return frame
}

type job struct {
	Nonce       string `json:"nonce"`
	Mode        string `json:"mode"`
	StdoutLimit int64  `json:"stdout_limit"`
}

type testFrame struct {
	Test   int64           `json:"test"`
	Input  json.RawMessage `json:"input"`
	WallMs int64           `json:"wall_ms"`
	End    bool            `json:"end"`
}

func readJob() job {
	j := job{StdoutLimit: 1 << 20}
	if err := json.Unmarshal(readFrame(), &j); err != nil {
		failProtocol("bad job: " + err.Error())
	}
	nonce = j.Nonce
	return j
}

func nextTest() testFrame {
	var t testFrame
	if err := json.Unmarshal(readFrame(), &t); err != nil {
		failProtocol("bad test frame: " + err.Error())
	}
	return t
}

// sendRecord writes `\n<nonce> <json>\n` to the record channel in one write.
func sendRecord(body []byte) {
	line := make([]byte, 0, len(body)+len(nonce)+3)
	line = append(line, '\n')
	line = append(line, nonce...)
	line = append(line, ' ')
	line = append(line, body...)
	line = append(line, '\n')
	records.Write(line)
}

func sendEvent(event string) {
	sendRecord([]byte(`{"event":"` + event + `"}`))
}

// errorInfo is an error in the user's code as a record carries it.
type errorInfo struct {
	Type    string
	Message string
	Line    int // in solution.go; 0: unknown
}

func (e *errorInfo) json(b []byte) []byte {
	if e == nil {
		return append(b, "null"...)
	}
	b = append(b, `{"type":`...)
	b = appendString(b, e.Type, 256)
	b = append(b, `,"message":`...)
	b = appendString(b, e.Message, 4096)
	b = append(b, `,"line":`...)
	if e.Line > 0 {
		b = strconv.AppendInt(b, int64(e.Line), 10)
	} else {
		b = append(b, "null"...)
	}
	return append(b, '}')
}

// testRecord is the record of one test.
func testRecord(number int64, status string, output []byte, stdout []byte, e *errorInfo,
	cpuNs int64, memoryKb int64) []byte {
	b := []byte(`{"event":"test","test":`)
	b = strconv.AppendInt(b, number, 10)
	b = append(b, `,"status":"`...)
	b = append(b, status...)
	b = append(b, `","output":`...)
	if status == "ok" {
		b = append(b, output...)
	} else {
		b = append(b, "null"...)
	}
	b = append(b, `,"stdout":`...)
	if len(stdout) == 0 {
		b = append(b, "null"...)
	} else {
		b = appendString(b, string(stdout), shownOutputBytes)
	}
	b = append(b, `,"error":`...)
	b = e.json(b)
	b = append(b, `,"time_ms":`...)
	b = strconv.AppendFloat(b, float64(cpuNs)/1e6, 'f', 3, 64)
	b = append(b, `,"memory_kb":`...)
	b = strconv.AppendInt(b, memoryKb, 10)
	return append(b, '}')
}

// shownOutputBytes is how much of what a test printed a record carries (the host shows 64 KiB).
const shownOutputBytes = 64 * 1024

// usage is this process's CPU time (ns) and peak resident memory (KiB): hints only.
func usage(who int) (int64, int64) {
	var ru syscall.Rusage
	syscall.Getrusage(who, &ru)
	return ru.Utime.Nano() + ru.Stime.Nano(), ru.Maxrss
}

// limitFileSize sets RLIMIT_FSIZE to one byte past `limit`: a test printing more gets EFBIG
// (Go ignores SIGXFSZ), and the harness sees the file past the limit.
func limitFileSize(limit int64) {
	l := syscall.Rlimit{Cur: uint64(limit) + 1, Max: uint64(limit) + 1}
	syscall.Setrlimit(syscall.RLIMIT_FSIZE, &l)
}

// setMaxStack applies the stack limit the start script exports (PYSCAPE_STACK_BYTES).
func setMaxStack() {
	if n, err := strconv.Atoi(os.Getenv("PYSCAPE_STACK_BYTES")); err == nil && n > 0 {
		debug.SetMaxStack(n)
	}
	os.Unsetenv("PYSCAPE_STACK_BYTES")
}

func init() {
	if os.Getenv(childVariable) != "" {
		prepareChild()
		return
	}
	setMaxStack()
	openChannel()
	j := readJob()
	if j.Mode == "stdio" {
		serveStdio(j)
	}
	prepareFunctionMode(j)
}
