package pyscape

import (
	"fmt"
	"os"
	"os/signal"
	"reflect"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
)

// UserFile is the user's file as the compiler and the runtime name it (a //line directive
// of the prepared file, see harness/go/goprep).
const UserFile = "solution.go"

// The capture of the user's output in function mode: fds 1 and 2 go to these files, emptied
// at each test's start.
const (
	captureStdout = ".capture.stdout"
	captureStderr = ".capture.stderr"
	crashReport   = ".crash"
)

var (
	answerLimit = 1 << 20
	captures    [2]*os.File
	// The running test's number (0 between tests), and the lock that lets one record only
	// answer it: its own, or the output limit's.
	running atomic.Int64
	answering sync.Mutex
)

// prepareFunctionMode runs before the user's code loads: its output goes to capture files,
// its stdin is empty, and a crash of the runtime is written to the sandbox's stderr too.
func prepareFunctionMode(j job) {
	answerLimit = int(j.StdoutLimit)
	// The runtime's report of a crash it cannot recover from (a panic in another goroutine,
	// a fatal error): to a file as well as to fd 2 (the capture), which the start script
	// sums up on the sandbox's stderr once the program has died.
	crash, err := os.OpenFile(crashReport, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		failProtocol("cannot open " + crashReport)
	}
	debug.SetCrashOutput(crash, debug.CrashOptions{})
	crash.Close()
	null, err := syscall.Open("/dev/null", syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	if err != nil {
		failProtocol("cannot open /dev/null")
	}
	syscall.Dup3(null, 0, 0)
	syscall.Close(null)
	for i, path := range []string{captureStdout, captureStderr} {
		fd, err := syscall.Open(path, syscall.O_RDWR|syscall.O_CREAT|syscall.O_TRUNC|
			syscall.O_APPEND|syscall.O_CLOEXEC, 0o600)
		if err != nil {
			failProtocol("cannot open " + path)
		}
		syscall.Dup3(fd, i+1, 0)
		captures[i] = os.NewFile(uintptr(fd), path)
	}
	limitFileSize(j.StdoutLimit)
	go outputLimit()
}

// outputLimit answers the running test `output_limit` when it prints past the limit (the
// capture file's RLIMIT_FSIZE raises SIGXFSZ, which Go would ignore, so that a program
// printing in a loop would go on until its time limit), then ends the program.
func outputLimit() {
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, syscall.SIGXFSZ)
	<-signals
	answering.Lock()
	if number := running.Load(); number > 0 {
		sendRecord(testRecord(number, "output_limit", nil, nil, nil, 0, 0))
	}
	os.Exit(1)
}

// Input is one test's input, as the driver reads it.
type Input struct{ value any }

// Args is the list of a call's arguments, read in order.
type Args struct {
	items []any
	next  int
}

// Args reads the test's input as the arguments of one call.
func (in *Input) Args() *Args { return newArgs(in.value) }

func newArgs(v any) *Args {
	items, ok := v.([]any)
	if !ok {
		inputError("the input is not a list of arguments")
	}
	return &Args{items: items}
}

// Next decodes the next argument into target (a pointer to the parameter's type).
func (a *Args) Next(name string, target any) {
	if a.next >= len(a.items) {
		inputError("the input has no value for `%s`", name)
	}
	decodeInto(a.items[a.next], target, name)
	a.next++
}

// Finish checks that no argument is left over.
func (a *Args) Finish() {
	if a.next != len(a.items) {
		inputError("the input has more values than parameters")
	}
}

// Operations is a design test's input, `[[names...], [[arguments]...]]`, one at a time.
type Operations struct {
	names []any
	args  []any
	index int
	out   []byte
}

// Operations reads the test's input as a design test.
func (in *Input) Operations() *Operations {
	outer, ok := in.value.([]any)
	if !ok || len(outer) != 2 {
		inputError("a design test needs [operations, arguments]")
	}
	names, ok1 := outer[0].([]any)
	args, ok2 := outer[1].([]any)
	if !ok1 || !ok2 || len(names) != len(args) {
		inputError("a design test needs as many argument lists as operations")
	}
	return &Operations{names: names, args: args, index: -1, out: []byte{'['}}
}

// Next moves to the next operation; false after the last one.
func (o *Operations) Next() bool {
	o.index++
	return o.index < len(o.names)
}

// Index is the current operation's position (0: the constructor).
func (o *Operations) Index() int { return o.index }

// Is says whether the current operation is called name.
func (o *Operations) Is(name string) bool { return o.names[o.index] == name }

// Args are the current operation's arguments.
func (o *Operations) Args() *Args { return newArgs(o.args[o.index]) }

// ExpectConstructor checks that the first operation constructs class.
func (o *Operations) ExpectConstructor(class string) {
	if !o.Is(class) {
		inputError("the first operation is %s, not the constructor %s",
			fmt.Sprint(o.names[o.index]), class)
	}
}

// Unknown fails on an operation the class does not have.
func (o *Operations) Unknown() {
	inputError("unknown operation `%s`", fmt.Sprint(o.names[o.index]))
}

// Add records the current operation's result (encoded at once: later changes to it by the
// user's code do not change it).
func (o *Operations) Add(v any) {
	if o.index > 0 {
		o.out = append(o.out, ',')
	}
	o.out = append(o.out, encode(v, answerLimit)...)
	if len(o.out) > answerLimit {
		panic(tooLarge{})
	}
}

// AddNull records null (the constructor, a void method).
func (o *Operations) AddNull() { o.Add(nil) }

// Results are every result, as the test's answer.
func (o *Operations) Results() any { return rawJSON(append(o.out, ']')) }

// RunFunctionTests is called by the driver's main once the user's package has loaded: says
// ready, answers one test frame at a time until the end frame, says done and exits.
func RunFunctionTests(call func(*Input) any) {
	sendEvent("ready")
	for t := nextTest(); !t.End; t = nextTest() {
		runTest(t, call)
	}
	sendEvent("done")
	os.Exit(0)
}

func runTest(t testFrame, call func(*Input) any) {
	for _, c := range captures {
		c.Truncate(0)
	}
	running.Store(t.Test)
	started, _ := usage(syscall.RUSAGE_SELF)
	status, result, e := callUser(call, t.Input)
	cpu, memory := usage(syscall.RUSAGE_SELF)
	printed := capturedOutput()
	if status == "ok" && len(printed) > 0 {
		for _, c := range captures {
			if info, err := c.Stat(); err == nil && info.Size() > int64(answerLimit) {
				status, e = "output_limit", nil
			}
		}
	}
	answering.Lock()
	running.Store(0)
	sendRecord(testRecord(t.Test, status, result, printed, e, cpu-started, memory))
	answering.Unlock()
}

// callUser runs one test: its status, its answer, or its error.
func callUser(call func(*Input) any, input []byte) (status string, answer []byte, e *errorInfo) {
	defer func() {
		if r := recover(); r != nil {
			status, answer, e = describePanic(r)
		}
	}()
	in := &Input{parseJSON(input)}
	return "ok", encode(call(in), answerLimit), nil
}

// describePanic names a panic as Go does (`panic: runtime error: index out of range [5] with
// length 3`) with the line of the user's file where it happened. Called in the deferred
// function, where the panicking frames are still on the stack.
func describePanic(r any) (string, []byte, *errorInfo) {
	switch v := r.(type) {
	case tooLarge:
		return "output_limit", nil, nil
	case InputError:
		return "error", nil, &errorInfo{Type: "pyscape.InputError", Message: v.Message}
	}
	return "error", nil, &errorInfo{Type: "panic", Message: panicMessage(r), Line: userLine()}
}

// panicMessage is what Go prints after `panic: `: an error's or a Stringer's text, a string,
// a plain number (`42`), a value of a named basic type with its type (`main.code(7)`), any
// other value with its type in parentheses (`(main.badInput) {4}`, where Go prints an
// address). A String or Error method that panics itself gives the type instead.
func panicMessage(r any) (message string) {
	defer func() {
		if recover() != nil {
			message = fmt.Sprintf("(%T)", r)
		}
	}()
	switch v := r.(type) {
	case error:
		return v.Error()
	case fmt.Stringer:
		return v.String()
	case string:
		return v
	}
	t := reflect.TypeOf(r)
	basic := t.Kind() <= reflect.Complex128 || t.Kind() == reflect.String
	switch {
	case basic && t.PkgPath() == "":
		return fmt.Sprint(r)
	case basic:
		return fmt.Sprintf("%v(%v)", t, r)
	}
	return fmt.Sprintf("(%v) %v", t, r)
}

// userLine is the innermost line of the user's file on the current stack (0 if none).
func userLine() int {
	pcs := make([]uintptr, 256)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(2, pcs)])
	for {
		f, more := frames.Next()
		if f.File == UserFile || strings.HasSuffix(f.File, "/"+UserFile) {
			return f.Line
		}
		if !more {
			return 0
		}
	}
}

// capturedOutput is what the test printed, stdout then stderr, each cut at 64 KiB.
func capturedOutput() []byte {
	var out []byte
	for _, c := range captures {
		buf := make([]byte, shownOutputBytes)
		n, _ := c.ReadAt(buf, 0)
		out = append(out, buf[:n]...)
	}
	return out
}
