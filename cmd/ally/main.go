// Command ally codes counselling session transcripts with Motivational
// Interviewing codes and reports how the practitioner worked with the
// client's resistance.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/mi"
)

func main() {
	// The first interrupt cancels the work in progress so it can stop
	// cleanly; stop restores the default, so a second one kills at once.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ctx.Done()
		stop()
	}()
	m := &Main{
		Stdin:            os.Stdin,
		Stdout:           os.Stdout,
		Stderr:           os.Stderr,
		StderrIsTerminal: isTerminal(os.Stderr),
		Getenv:           os.Getenv,
	}
	code := m.Run(ctx, os.Args[1:])
	stop()
	os.Exit(code)
}

// Main is the program, with everything it would otherwise take from the
// process made explicit, so tests can run it in-process.
type Main struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// StderrIsTerminal turns on progress bars, which would only litter a
	// log file or a pipe.
	StderrIsTerminal bool
	// Getenv reads the environment for the ALLY_* settings; nil reads none.
	Getenv func(string) string
	// Coder codes utterances; nil means the model embedded in the binary.
	// analyze calls it from several goroutines at once, so it must be safe
	// for concurrent use.
	Coder ally.Coder
}

// Exit codes of Run.
const (
	exitOK    = 0
	exitError = 1 // bad input or a runtime failure
	exitUsage = 2 // the command line itself is wrong
	// exitInterrupted is the shell's code for a command stopped by
	// Ctrl-C (128 + SIGINT), so scripts can tell it from a failure.
	exitInterrupted = 130
)

// Run runs the command line args (without the program name) and returns the
// process exit code. Errors are reported on m.Stderr.
func (m *Main) Run(ctx context.Context, args []string) int {
	if len(args) == 0 {
		m.printHelp(m.Stderr)
		return exitUsage
	}
	name, args := args[0], args[1:]
	var err error
	switch name {
	case "analyze":
		err = m.runAnalyze(ctx, args)
	case "eval":
		err = m.runEval(ctx, args)
	case "train":
		err = m.runTrain(ctx, args)
	case "serve":
		err = m.runServe(ctx, args)
	case "user":
		err = m.runUser(ctx, args)
	case "session":
		err = m.runSession(ctx, args)
	case "checkin":
		err = m.runCheckIn(ctx, args)
	case "export-coded":
		err = m.runExportCoded(ctx, args)
	case "version":
		err = m.runVersion(ctx, args)
	case "help", "-h", "-help", "--help":
		err = m.runHelp(ctx, args)
	default:
		fmt.Fprintf(m.Stderr, "ally: unknown command %q\n\n", name)
		m.printHelp(m.Stderr)
		return exitUsage
	}
	return m.exitCode(name, err)
}

// exitCode reports err, if it has not been reported yet, and returns the
// exit code for it.
func (m *Main) exitCode(command string, err error) int {
	var usage *usageError
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.As(err, &usage):
		fmt.Fprintf(m.Stderr, "ally %s: %s\nRun 'ally help %s' for usage.\n", command, usage.msg, command)
		return exitUsage
	case errors.Is(err, errReported):
		return exitError
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(m.Stderr, "ally: interrupted")
		return exitInterrupted
	}
	m.printError(err)
	exit, _ := ally.Status(ally.ErrorCode(err))
	return exit
}

// printError writes err to stderr as one line: the user-safe message of an
// *ally.Error, or the detail of an internal error, which is a bug or an
// environment failure the user needs in full to report or fix.
func (m *Main) printError(err error) {
	fmt.Fprintf(m.Stderr, "ally: %s\n", errorLine(err))
}

// errorLine is the text of an error line, without the "ally: " prefix.
func errorLine(err error) string {
	var fe *fileError
	if errors.As(err, &fe) {
		msg := errorLine(fe.err)
		// Readers name the file in their messages; don't name it twice.
		if strings.Contains(msg, fe.path) {
			return msg
		}
		return fe.path + ": " + msg
	}
	if ally.ErrorCode(err) != ally.EINTERNAL {
		return ally.ErrorMessage(err)
	}
	// The one running the command is the one who can fix an internal
	// error, so the command line shows its detail, cause included.
	var e *ally.Error
	if errors.As(err, &e) {
		if e.Err != nil {
			return "internal error: " + e.Message + ": " + e.Err.Error()
		}
		return "internal error: " + e.Message
	}
	return "internal error: " + err.Error()
}

// fileError is an error about one input file.
type fileError struct {
	path string
	err  error
}

// Error implements the error interface.
func (e *fileError) Error() string { return e.path + ": " + e.err.Error() }

// Unwrap returns the underlying error, so its ally code is found.
func (e *fileError) Unwrap() error { return e.err }

// errReported says the errors of a command have been printed already and
// only the exit code is left to give.
var errReported = errors.New("errors reported")

// config returns the configuration the environment gives, before flags.
func (m *Main) config() (Config, error) {
	getenv := m.Getenv
	if getenv == nil {
		getenv = func(string) string { return "" }
	}
	return loadConfig(getenv)
}

// coder returns the coder to use: the one given to Main, the model in the
// file at path, or the embedded model.
func (m *Main) coder(path string) (ally.Coder, error) {
	if m.Coder != nil {
		return m.Coder, nil
	}
	if path != "" {
		model, err := loadModel(path)
		if err != nil {
			return nil, err
		}
		return model, nil
	}
	c, err := mi.Default()
	if err != nil {
		// The model ships inside the binary, so a bad one is a bug in the
		// build, never the user's input.
		var e *ally.Error
		detail := err.Error()
		if errors.As(err, &e) {
			detail = e.Message
		}
		return nil, ally.Errorf(ally.EINTERNAL, "load the embedded model: %s", detail)
	}
	return c, nil
}

// isTerminal reports whether f is a terminal rather than a file or a pipe.
func isTerminal(f *os.File) bool {
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
