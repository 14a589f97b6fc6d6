package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/web"
)

// runCheckIn implements `ally checkin new`: a private link for a client to
// answer between sessions, printed whole, this once.
func (m *Main) runCheckIn(ctx context.Context, args []string) error {
	args, err := verbArgs(args, "new", "ally checkin new --client NAME [--expires 168h] [--phq9] [--gad7] [--worksheet]")
	if err != nil {
		return err
	}
	cfg, err := m.config()
	if err != nil {
		return err
	}
	fs := m.newFlagSet("checkin new", "ally checkin new --client NAME [--as EMAIL] [--expires 168h] [--phq9] [--gad7] [--worksheet] [flags]",
		"Make a private check-in link for a client of the practice in the data directory\n"+
			"and print it. The client answers without an account: anything that did not fit\n"+
			"or that they want to say no to, the importance and confidence rulers, and what\n"+
			"the flags ask for. The link works once, until it expires; ally keeps only its\n"+
			"hash, so it is printed this once.")
	clientName := fs.String("client", "", "the client's `name`, as in the practice")
	as := fs.String("as", "", "the `e-mail` of the professional whose practice it is; needed when there are several")
	expires := 7 * 24 * time.Hour
	fs.Func("expires", "how long the link stays open, a `duration` such as 72h, at most 2160h (default 168h)", func(v string) error {
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 {
			return fmt.Errorf("give a time from now in hours, such as 168h or 72h")
		}
		expires = d
		return nil
	})
	phq9 := fs.Bool("phq9", false, "also ask PHQ-9")
	gad7 := fs.Bool("gad7", false, "also ask GAD-7")
	worksheet := fs.Bool("worksheet", false, "also ask the \"what does it give you?\" worksheet")
	cfg.dataFlag(fs)
	cfg.baseURLFlag(fs)
	fs.StringVar(&cfg.Addr, "addr", cfg.Addr, "the serve `address`, which links start with when no base URL is given (also "+envAddr+")")
	rest, err := m.parseArgs(fs, args[1:])
	if err != nil {
		return err
	}
	name := strings.TrimSpace(*clientName)
	switch {
	case len(rest) > 0:
		return usageErrorf("unexpected argument %q", rest[0])
	case name == "":
		return usageErrorf("--client is required: name the client the link is for")
	}
	base, err := cfg.baseURL()
	if err != nil {
		return err
	}

	p, err := openPractice(ctx, cfg)
	if err != nil {
		return err
	}
	defer p.Close()
	pro, err := findPractice(ctx, p, *as)
	if err != nil {
		return err
	}
	ctx = ally.NewContextWithProfessional(ctx, pro)
	c, err := p.svc.Clients.FindClientByName(ctx, name)
	switch ally.ErrorCode(err) {
	case "":
	case ally.ENOTFOUND:
		return ally.Errorf(ally.ENOTFOUND, "no client is named %q in this practice: check the name, or add the client in the app", name)
	case ally.ECONFLICT:
		return ally.Errorf(ally.ECONFLICT, "several clients are named %q: give them distinct names in the app, then make the link", name)
	default:
		return err
	}
	ci := &ally.CheckIn{ClientID: c.ID, ExpiresAt: time.Now().Add(expires), PHQ9: *phq9, GAD7: *gad7, Worksheet: *worksheet}
	token, err := p.svc.CheckIns.CreateCheckIn(ctx, ci)
	if err != nil {
		return err
	}
	fmt.Fprintln(m.Stdout, web.CheckInURL(base, token))
	fmt.Fprintf(m.Stderr, "check-in link for %s, open until %s; it is shown only now\n", c.Name, ci.ExpiresAt.Local().Format("2 Jan 2006 15:04"))
	return nil
}
