package pyscape

import (
	"bytes"
	"encoding/json"
	"math"
	"reflect"
	"strconv"
	"strings"
)

// InputError is a test input that does not fit the signature (the host checks inputs first,
// so it is a judge's bug, reported as the test's error).
type InputError struct{ Message string }

func (e InputError) Error() string { return e.Message }

func inputError(format string, args ...string) {
	for _, a := range args {
		format = strings.Replace(format, "%s", a, 1)
	}
	panic(InputError{format})
}

// parseJSON decodes JSON text, numbers kept as json.Number.
func parseJSON(text []byte) any {
	d := json.NewDecoder(bytes.NewReader(text))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		inputError("bad input: %s", err.Error())
	}
	return v
}

// nodeKind says whether t is LeetCode's *ListNode ("list"), *TreeNode ("tree") or neither:
// a pointer to a struct with the fields Val and Next, or Val, Left and Right.
func nodeKind(t reflect.Type) string {
	if t.Kind() != reflect.Pointer || t.Elem().Kind() != reflect.Struct {
		return ""
	}
	s := t.Elem()
	if _, ok := s.FieldByName("Val"); !ok {
		return ""
	}
	if f, ok := s.FieldByName("Next"); ok && f.Type == t {
		return "list"
	}
	l, okl := s.FieldByName("Left")
	r, okr := s.FieldByName("Right")
	if okl && okr && l.Type == t && r.Type == t {
		return "tree"
	}
	return ""
}

// decodeInto converts the decoded JSON `v` into `target` (a pointer to a value of the
// parameter's Go type); `name` names the parameter in errors.
func decodeInto(v any, target any, name string) {
	rv := reflect.ValueOf(target).Elem()
	rv.Set(convert(v, rv.Type(), name))
}

func convert(v any, t reflect.Type, name string) reflect.Value {
	switch kind := nodeKind(t); kind {
	case "list":
		return makeList(v, t, name)
	case "tree":
		return makeTree(v, t, name)
	}
	out := reflect.New(t).Elem()
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		out.SetInt(integer(v, name))
	case reflect.Uint8:
		s, ok := v.(string)
		if !ok || len(s) != 1 {
			inputError("argument `%s`: expected a one-byte character", name)
		}
		out.SetUint(uint64(s[0]))
	case reflect.Float32, reflect.Float64:
		n, ok := v.(json.Number)
		if !ok {
			inputError("argument `%s`: expected a number", name)
		}
		f, err := strconv.ParseFloat(string(n), 64)
		if err != nil {
			inputError("argument `%s`: %s", name, err.Error())
		}
		out.SetFloat(f)
	case reflect.Bool:
		b, ok := v.(bool)
		if !ok {
			inputError("argument `%s`: expected a boolean", name)
		}
		out.SetBool(b)
	case reflect.String:
		s, ok := v.(string)
		if !ok {
			inputError("argument `%s`: expected a string", name)
		}
		out.SetString(s)
	case reflect.Slice:
		items, ok := v.([]any)
		if !ok {
			inputError("argument `%s`: expected a list", name)
		}
		out.Set(reflect.MakeSlice(t, len(items), len(items)))
		for i, item := range items {
			out.Index(i).Set(convert(item, t.Elem(), name))
		}
	default:
		inputError("argument `%s`: the harness cannot decode type %s", name, t.String())
	}
	return out
}

func integer(v any, name string) int64 {
	n, ok := v.(json.Number)
	if !ok {
		inputError("argument `%s`: expected an integer", name)
	}
	i, err := strconv.ParseInt(string(n), 10, 64)
	if err != nil {
		inputError("argument `%s`: expected an integer, got %s", name, string(n))
	}
	return i
}

func newNode(t reflect.Type, v any, name string) reflect.Value {
	node := reflect.New(t.Elem())
	val := node.Elem().FieldByName("Val")
	val.Set(convert(v, val.Type(), name))
	return node
}

func makeList(v any, t reflect.Type, name string) reflect.Value {
	items, ok := v.([]any)
	if !ok {
		inputError("argument `%s`: expected a list (ListNode)", name)
	}
	head := reflect.Zero(t)
	for i := len(items) - 1; i >= 0; i-- {
		node := newNode(t, items[i], name)
		node.Elem().FieldByName("Next").Set(head)
		head = node
	}
	return head
}

// makeTree builds a tree from LeetCode's level order (nulls for missing children).
func makeTree(v any, t reflect.Type, name string) reflect.Value {
	items, ok := v.([]any)
	if !ok {
		inputError("argument `%s`: expected a level-order list (TreeNode)", name)
	}
	if len(items) == 0 || items[0] == nil {
		return reflect.Zero(t)
	}
	root := newNode(t, items[0], name)
	queue := []reflect.Value{root}
	i := 1
	for len(queue) > 0 && i < len(items) {
		node := queue[0].Elem()
		queue = queue[1:]
		for _, side := range []string{"Left", "Right"} {
			if i >= len(items) {
				break
			}
			if items[i] != nil {
				child := newNode(t, items[i], name)
				node.FieldByName(side).Set(child)
				queue = append(queue, child)
			}
			i++
		}
	}
	return root
}

// ----------------------------------------------------------------------------- encoding

// tooLarge is raised (as a panic) when an answer grows past the output limit: an endless
// list (a cycle) ends there too.
type tooLarge struct{}

// rawJSON is JSON text already encoded (a design test's results).
type rawJSON []byte

type encoder struct {
	buf   []byte
	limit int
}

func (e *encoder) check() {
	if len(e.buf) > e.limit {
		panic(tooLarge{})
	}
}

// encode returns `v` as JSON, as LeetCode shows answers: nil slices and lists are [].
func encode(v any, limit int) []byte {
	e := encoder{limit: limit}
	if r, ok := v.(rawJSON); ok {
		return r
	}
	e.value(reflect.ValueOf(v))
	e.check()
	return e.buf
}

func (e *encoder) value(v reflect.Value) {
	e.check()
	if !v.IsValid() {
		e.buf = append(e.buf, "null"...)
		return
	}
	switch nodeKind(v.Type()) {
	case "list":
		e.list(v)
		return
	case "tree":
		e.tree(v)
		return
	}
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		e.buf = strconv.AppendInt(e.buf, v.Int(), 10)
	case reflect.Uint8:
		e.buf = appendChar(e.buf, byte(v.Uint()))
	case reflect.Uint, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		e.buf = strconv.AppendUint(e.buf, v.Uint(), 10)
	case reflect.Float32, reflect.Float64:
		e.buf = appendFloat(e.buf, v.Float())
	case reflect.Bool:
		e.buf = strconv.AppendBool(e.buf, v.Bool())
	case reflect.String:
		e.buf = appendString(e.buf, v.String(), e.limit+1)
	case reflect.Slice, reflect.Array:
		e.buf = append(e.buf, '[')
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				e.buf = append(e.buf, ',')
			}
			e.value(v.Index(i))
		}
		e.buf = append(e.buf, ']')
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			e.buf = append(e.buf, "null"...)
		} else {
			e.value(v.Elem())
		}
	default:
		e.buf = append(e.buf, "null"...)
	}
}

// appendFloat writes a double as Python's repr does for the usual magnitudes (2.5, 3.0,
// 1e-07): a JSON number always.
func appendFloat(b []byte, f float64) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return append(b, "null"...)
	}
	start := len(b)
	if a := math.Abs(f); a != 0 && (a < 1e-4 || a >= 1e16) {
		b = strconv.AppendFloat(b, f, 'g', -1, 64)
	} else {
		b = strconv.AppendFloat(b, f, 'f', -1, 64)
	}
	if !bytes.ContainsAny(b[start:], ".e") {
		b = append(b, '.', '0')
	}
	return b
}

func (e *encoder) list(v reflect.Value) {
	e.buf = append(e.buf, '[')
	for n := 0; !v.IsNil(); n++ {
		if n > 0 {
			e.buf = append(e.buf, ',')
		}
		e.value(v.Elem().FieldByName("Val"))
		v = v.Elem().FieldByName("Next")
	}
	e.buf = append(e.buf, ']')
}

// tree writes LeetCode's level order, trailing nulls trimmed.
func (e *encoder) tree(root reflect.Value) {
	e.buf = append(e.buf, '[')
	queue := []reflect.Value{root}
	end := len(e.buf) // after the last non-null value
	first := true
	for len(queue) > 0 {
		node := queue[0]
		queue = queue[1:]
		if !first {
			e.buf = append(e.buf, ',')
		}
		first = false
		if node.IsNil() {
			e.buf = append(e.buf, "null"...)
			e.check()
			continue
		}
		e.value(node.Elem().FieldByName("Val"))
		end = len(e.buf)
		queue = append(queue, node.Elem().FieldByName("Left"), node.Elem().FieldByName("Right"))
	}
	e.buf = append(e.buf[:end], ']')
}
