package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"
)

// usageError is a mistake in the command line: a bad flag, a bad flag value,
// a missing argument. Run prints it with a pointer to the command's help and
// exits with status 2, where a failure on good input exits with 1.
type usageError struct{ msg string }

// Error implements the error interface.
func (e *usageError) Error() string { return e.msg }

// usageErrorf returns a usage error with a formatted message. Every
// subcommand returns one for a command line it cannot run.
func usageErrorf(format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...)}
}

// newFlagSet returns the flag set of a subcommand. synopsis is its usage
// line, such as "ally analyze [flags] FILE|DIR...", and about a sentence or
// two on what it does; -h prints both with the flags' defaults.
func (m *Main) newFlagSet(name, synopsis, about string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "Usage: %s\n\n%s\n", synopsis, about)
		hasFlags := false
		fs.VisitAll(func(*flag.Flag) { hasFlags = true })
		if hasFlags {
			fmt.Fprintln(w, "\nFlags:")
			fs.PrintDefaults()
		}
	}
	return fs
}

// parseArgs parses flags that may come before, between or after the
// positional arguments, since people type "ally analyze s.vtt --format json",
// and returns the positional arguments. "--" ends the flags. -h prints the
// help on stdout and returns flag.ErrHelp; a bad flag is a usage error.
func (m *Main) parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	// The flag package would print its own message and the whole help for
	// a bad flag; Run prints one line instead.
	out := fs.Output()
	fs.SetOutput(io.Discard)
	defer fs.SetOutput(out)

	var positional []string
	for {
		err := fs.Parse(args)
		if err == flag.ErrHelp {
			fs.SetOutput(m.Stdout)
			fs.Usage()
			return nil, err
		} else if err != nil {
			return nil, usageErrorf("%s", err)
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return positional, nil
		}
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			return append(positional, rest...), nil
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}

// command is one line of the help's command list.
type command struct{ name, summary string }

// commands lists the subcommands for the help, in the order a new user
// meets them.
func commands() []command {
	return []command{
		{"serve", "serve the practice app: clients, consent, sessions, notes"},
		{"user", "add a professional's account: ally user add --email E --name N"},
		{"session", "add transcripts as a client's analysed sessions"},
		{"checkin", "make a private check-in link for a client: ally checkin new --client NAME"},
		{"analyze", "code and analyse one transcript, or summarise many"},
		{"eval", "compare the coder with hand-coded sessions"},
		{"train", "train the coder on hand-coded sessions"},
		{"export-coded", "write the practice's corrected codes for ally train"},
		{"version", "print the version of ally"},
		{"help", "show this help, or a command's: ally help analyze"},
	}
}

// printHelp writes the program's help to w.
func (m *Main) printHelp(w io.Writer) {
	var b strings.Builder
	b.WriteString("ally codes counselling session transcripts with Motivational Interviewing\n")
	b.WriteString("codes and shows how the practitioner worked with the client's resistance.\n\n")
	b.WriteString("Usage:\n  ally <command> [flags] [arguments]\n\nCommands:\n")
	for _, c := range commands() {
		fmt.Fprintf(&b, "  %-12s  %s\n", c.name, c.summary)
	}
	b.WriteString("\nExamples:\n")
	b.WriteString("  ally serve --demo\n")
	b.WriteString("  ally analyze examples/zoom-alcohol.vtt\n")
	b.WriteString("  ally analyze --format html -o session.html --tender-spots beer examples/zoom-alcohol.vtt\n")
	b.WriteString("  ally analyze --format csv -o sessions.csv transcripts/\n")
	io.WriteString(w, b.String())
}

// runHelp implements `ally help [command]`: the program's help, or a
// command's, which is what the command itself prints for -h.
func (m *Main) runHelp(ctx context.Context, args []string) error {
	if len(args) == 0 {
		m.printHelp(m.Stdout)
		return nil
	}
	switch args[0] {
	case "analyze":
		return m.runAnalyze(ctx, []string{"-h"})
	case "eval":
		return m.runEval(ctx, []string{"-h"})
	case "train":
		return m.runTrain(ctx, []string{"-h"})
	case "serve":
		return m.runServe(ctx, []string{"-h"})
	case "user":
		return m.runUser(ctx, []string{"-h"})
	case "session":
		return m.runSession(ctx, []string{"-h"})
	case "checkin":
		return m.runCheckIn(ctx, []string{"-h"})
	case "export-coded":
		return m.runExportCoded(ctx, []string{"-h"})
	case "version", "help":
		m.printHelp(m.Stdout)
		return nil
	}
	return usageErrorf("unknown command %q", args[0])
}
