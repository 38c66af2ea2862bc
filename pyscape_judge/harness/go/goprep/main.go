// goprep prepares a Go submission for the compiler as LeetCode's Go does: the user's file
// needs no package clause and no import lines for the standard packages it uses.
//
//	goprep solution.go user.go nodes.go
//
// writes user.go: `package main` (unless the file has its own package clause), an import of
// every standard package in `packages` that the file uses (`sort.Ints(a)`) without importing
// or declaring that name itself, then a `//line solution.go:1:1` directive and the file
// unchanged, so that the compiler's messages and the runtime's stack traces carry the user's
// own lines. A file that does not parse is written the same way, without imports: the
// compiler then reports its syntax error at the user's line.
//
// nodes.go declares LeetCode's ListNode and TreeNode, but not one the file declares itself.
package main

import (
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"os"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// packages are the standard packages usable without an import line, by the name code uses.
var packages = map[string]string{
	"bufio": "bufio", "bytes": "bytes", "cmp": "cmp", "errors": "errors", "fmt": "fmt",
	"heap": "container/heap", "list": "container/list", "ring": "container/ring",
	"io": "io", "iter": "iter", "maps": "maps", "math": "math", "big": "math/big",
	"bits": "math/bits", "cmplx": "math/cmplx", "rand": "math/rand", "os": "os",
	"reflect": "reflect", "regexp": "regexp", "slices": "slices", "sort": "sort",
	"strconv": "strconv", "strings": "strings", "sync": "sync", "atomic": "sync/atomic",
	"time": "time", "unicode": "unicode", "utf8": "unicode/utf8", "utf16": "unicode/utf16",
	"hash": "hash", "fnv": "hash/fnv", "crc32": "hash/crc32", "sha256": "crypto/sha256",
	"md5": "crypto/md5", "hex": "encoding/hex", "json": "encoding/json",
	"base64": "encoding/base64", "binary": "encoding/binary", "runtime": "runtime",
	"debug": "runtime/debug", "unsafe": "unsafe", "context": "context",
	"template": "text/template", "tabwriter": "text/tabwriter", "filepath": "path/filepath",
	"path": "path", "ioutil": "io/ioutil",
}

var version = regexp.MustCompile(`^v[0-9]+$`)

func main() {
	if len(os.Args) != 4 {
		os.Stderr.WriteString("usage: goprep solution.go user.go nodes.go\n")
		os.Exit(2)
	}
	src, err := os.ReadFile(os.Args[1])
	if err != nil {
		os.Stderr.WriteString(err.Error() + "\n")
		os.Exit(2)
	}
	name := path.Base(os.Args[1])
	var out strings.Builder
	missing, declared := analyse(src)
	imports := strings.Join(missing, "; ")
	if hasPackageClause(src) {
		// The imports go on the package clause's own line: no line of the user's moves.
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, name, src, parser.PackageClauseOnly)
		out.WriteString("//line " + name + ":1:1\n")
		if err != nil || imports == "" {
			out.Write(src)
		} else {
			end := fset.Position(f.Name.End()).Offset
			out.Write(src[:end])
			out.WriteString("; import (" + imports + ")")
			out.Write(src[end:])
		}
	} else {
		out.WriteString("package main")
		if imports != "" {
			out.WriteString("; import (" + imports + ")")
		}
		out.WriteString("\n//line " + name + ":1:1\n")
		out.Write(src)
	}
	nodes := "package main\n"
	for _, node := range []string{"ListNode", "TreeNode"} {
		if !declared[node] {
			nodes += nodeTypes[node]
		}
	}
	write(os.Args[2], out.String())
	write(os.Args[3], nodes)
}

var nodeTypes = map[string]string{
	"ListNode": "\ntype ListNode struct {\n\tVal  int\n\tNext *ListNode\n}\n",
	"TreeNode": "\ntype TreeNode struct {\n\tVal   int\n\tLeft  *TreeNode\n\tRight *TreeNode\n}\n",
}

func write(path, text string) {
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		os.Stderr.WriteString(err.Error() + "\n")
		os.Exit(2)
	}
}

// hasPackageClause says whether the file's first token is `package`.
func hasPackageClause(src []byte) bool {
	var s scanner.Scanner
	fset := token.NewFileSet()
	s.Init(fset.AddFile("", -1, len(src)), src, nil, 0)
	_, tok, _ := s.Scan()
	return tok == token.PACKAGE
}

// analyse finds the quoted paths of the standard packages the file uses by name
// (`sort.Ints`) but neither imports nor declares (the parser leaves such a name unresolved),
// and the names the file declares at its top level.
func analyse(src []byte) ([]string, map[string]bool) {
	text := src
	if !hasPackageClause(src) {
		text = append([]byte("package main;"), src...)
	}
	f, err := parser.ParseFile(token.NewFileSet(), "", text, 0)
	if err != nil {
		return nil, map[string]bool{}
	}
	declared := map[string]bool{}
	for name := range f.Scope.Objects {
		declared[name] = true
	}
	imported := map[string]bool{}
	for _, spec := range f.Imports {
		p, _ := strconv.Unquote(spec.Path.Value)
		local := path.Base(p)
		if version.MatchString(local) && path.Dir(p) != "." {
			local = path.Base(path.Dir(p))
		}
		if spec.Name != nil {
			local = spec.Name.Name
		}
		imported[local] = true
	}
	unresolved := map[*ast.Ident]bool{}
	for _, id := range f.Unresolved {
		unresolved[id] = true
	}
	wanted := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok && unresolved[id] && !imported[id.Name] {
				if p, ok := packages[id.Name]; ok {
					wanted[strconv.Quote(p)] = true
				}
			}
		}
		return true
	})
	paths := make([]string, 0, len(wanted))
	for p := range wanted {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	return paths, declared
}
