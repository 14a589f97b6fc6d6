package main

import (
	"context"
	"fmt"
	"io"
	"strings"
)

// progressWidth is the number of cells in the progress bar.
const progressWidth = 20

// progress draws "[#####---------------] 5/20 sessions" on one terminal line,
// redrawn in place. A disabled progress does nothing, so callers need not
// check whether there is a terminal to draw on.
type progress struct {
	w           io.Writer
	total, done int
	on          bool
	drawn       int // length of the last line drawn, to clear it
}

// newProgress returns a progress of total steps, drawn at once when on.
func newProgress(w io.Writer, total int, on bool) *progress {
	p := &progress{w: w, total: total, on: on}
	p.draw()
	return p
}

// step records one finished step and redraws the bar.
func (p *progress) step() {
	p.done++
	p.draw()
}

func (p *progress) draw() {
	if !p.on || p.total == 0 {
		return
	}
	full := p.done * progressWidth / p.total
	line := fmt.Sprintf("[%s%s] %d/%d sessions", strings.Repeat("#", full), strings.Repeat("-", progressWidth-full), p.done, p.total)
	fmt.Fprint(p.w, "\r"+line)
	p.drawn = len(line)
}

// clear erases the bar, leaving the line free for what comes next.
func (p *progress) clear() {
	if p.drawn > 0 {
		fmt.Fprint(p.w, "\r"+strings.Repeat(" ", p.drawn)+"\r")
		p.drawn = 0
	}
}

// interruptible runs work and returns its error, or ctx's as soon as ctx is
// done: Ctrl-C stops a command at once, however long the step under way
// (reading a pipe, coding a long session) would take to notice. The
// abandoned work ends with the process; its results are never used, so
// nothing is written after an interrupt.
func interruptible(ctx context.Context, work func() error) error {
	done := make(chan error, 1)
	go func() { done <- work() }()
	select {
	case err := <-done:
		if err == nil {
			err = ctx.Err()
		}
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}
