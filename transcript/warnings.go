package transcript

import (
	"fmt"

	"github.com/ally-mi/ally"
)

// maxWarnings bounds the warnings kept for one file: past a few dozen, more
// of them say no more, and a hostile file must not fill memory with them.
const maxWarnings = 50

// warnings collects what a reader read around in a file it still took.
type warnings struct {
	list []ally.Warning
	more int // warnings past maxWarnings, counted only
}

// add records a warning about line (0 for the whole file).
func (w *warnings) add(line int, format string, args ...any) {
	if len(w.list) >= maxWarnings {
		w.more++
		return
	}
	w.list = append(w.list, ally.Warning{Line: line, Message: fmt.Sprintf(format, args...)})
}

// result returns the warnings, with a last one counting those left out.
func (w *warnings) result() []ally.Warning {
	if w.more > 0 {
		return append(w.list, ally.Warning{Message: fmt.Sprintf("%d more warnings like these", w.more)})
	}
	return w.list
}
