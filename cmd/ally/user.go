package main

import (
	"bufio"
	"context"
	"fmt"
	"strings"

	"github.com/ally-mi/ally"
)

// runUser implements `ally user add`: a professional's account, from a
// script, with the password on standard input so it shows in no process
// list or shell history.
func (m *Main) runUser(ctx context.Context, args []string) error {
	if len(args) == 0 || args[0] != "add" {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "-help") {
			args = []string{"add", "-h"}
		} else {
			return usageErrorf("want: ally user add --email E --name N --password-stdin")
		}
	}
	cfg, err := m.config()
	if err != nil {
		return err
	}
	fs := m.newFlagSet("user add", "ally user add --email E --name N --password-stdin [--data DIR]",
		"Add a professional's account to the practice in the data directory. The first\n"+
			"account is the owner's; each further one has a practice of its own.")
	email := fs.String("email", "", "the e-mail they sign in with")
	name := fs.String("name", "", "their name")
	fromStdin := fs.Bool("password-stdin", false, "read the password from the first line of standard input")
	cfg.dataFlag(fs)
	rest, err := m.parseArgs(fs, args[1:])
	if err != nil {
		return err
	} else if len(rest) > 0 {
		return usageErrorf("unexpected argument %q", rest[0])
	} else if *email == "" || *name == "" {
		return usageErrorf("--email and --name are required")
	} else if !*fromStdin {
		return usageErrorf("give the password on standard input, with --password-stdin")
	}
	// A last line without a newline is still the password.
	line, _ := bufio.NewReader(m.Stdin).ReadString('\n')
	password := strings.TrimRight(line, "\r\n")
	if password == "" {
		return ally.Errorf(ally.EINVALID, "no password on standard input")
	}

	p, err := openPractice(ctx, cfg)
	if err != nil {
		return err
	}
	defer p.Close()
	pro := &ally.Professional{Email: strings.TrimSpace(*email), Name: strings.TrimSpace(*name)}
	if err := p.svc.Professionals.CreateProfessional(ctx, pro, password); err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "added %s <%s>\n", pro.Name, pro.Email)
	return nil
}
