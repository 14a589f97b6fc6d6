package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/engine"
)

// runSession implements `ally session add`: transcripts filed as a
// client's sessions, analysed on arrival, only with the client's consent.
func (m *Main) runSession(ctx context.Context, args []string) error {
	args, err := verbArgs(args, "add", "ally session add --client NAME [--consent] FILE...")
	if err != nil {
		return err
	}
	cfg, err := m.config()
	if err != nil {
		return err
	}
	fs := m.newFlagSet("session add", "ally session add --client NAME [--consent] [--as EMAIL] [--date YYYY-MM-DD] [flags] FILE...",
		"File each transcript as an attended session of the client, analysed with the\n"+
			"professional's tender spots, in the practice in the data directory. A new\n"+
			"name adds the client. A transcript is stored only while the client's consent\n"+
			"to recording and analysis is on record: --consent records it now.")
	clientName := fs.String("client", "", "the client's `name`; a name not in the practice adds the client")
	consent := fs.Bool("consent", false, "record that the client consents, as of now, to recording and analysis")
	as := fs.String("as", "", "the `e-mail` of the professional whose practice it is; needed when there are several")
	date := fs.String("date", "", "the sessions' `date`, YYYY-MM-DD (default today)")
	cfg.dataFlag(fs)
	cfg.modelFlag(fs, "code with the model in `FILE` written by ally train")
	cfg.maxSizeFlag(fs)
	files, err := m.parseArgs(fs, args[1:])
	if err != nil {
		return err
	}
	name := strings.TrimSpace(*clientName)
	switch {
	case name == "":
		return usageErrorf("--client is required: name the client the sessions belong to")
	case len(files) == 0:
		return usageErrorf("no transcript given: name at least one FILE")
	}
	day, err := sessionDate(*date, time.Now())
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
		c = nil
	case ally.ECONFLICT:
		return ally.Errorf(ally.ECONFLICT, "several clients are named %q: give them distinct names in the app, then add the sessions", name)
	default:
		return err
	}
	// Refused before anything is read or stored, a new client included.
	if !*consent && (c == nil || !c.Consent.Active()) {
		return ally.Errorf(ally.EFORBIDDEN, "%s has no consent to recording and analysis on record, so nothing was stored. "+
			"Once they have given it, record it with --consent, or on their page in the app.", name)
	}

	coder, err := m.coder(cfg.Model)
	if err != nil {
		return err
	}
	eng := engine.New(coder)
	// Every file is read and analysed before anything is stored, so a bad
	// file leaves the practice as it was.
	results := make([]*ally.Result, len(files))
	for i, f := range files {
		res, err := eng.AnalyzeFile(ctx, f, ally.AnalyzeOptions{MaxSize: cfg.maxSize(), TenderSpots: pro.TenderSpots})
		if err != nil {
			return &fileError{path: f, err: err}
		}
		results[i] = res
	}

	if c == nil {
		c = &ally.Client{Name: name}
		if err := p.svc.Clients.CreateClient(ctx, c); err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "added the client %s\n", c.Name)
	}
	if !c.Consent.Active() {
		if err := p.svc.Clients.GiveConsent(ctx, c.ID, ally.Consent{Note: "recorded with ally session add --consent"}); err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "recorded %s's consent to recording and analysis\n", c.Name)
	}
	for i, res := range results {
		s := &ally.Session{ClientID: c.ID, Date: day, Status: ally.SessionAttended}
		if err := p.svc.Sessions.CreateSession(ctx, s); err != nil {
			return err
		}
		if err := p.svc.Sessions.SaveAnalysis(ctx, s.ID, res.Transcript, res.Analysis, eng.ModelVersion()); err != nil {
			return &fileError{path: files[i], err: err}
		}
		fmt.Fprintf(m.Stdout, "%s: session %d of %s, %s, %d utterances analysed\n",
			files[i], s.ID, c.Name, day.Format("2006-01-02"), len(res.Transcript.Utterances))
	}
	return nil
}

// sessionDate reads --date, a day in local time; blank is today.
func sessionDate(v string, now time.Time) (time.Time, error) {
	if v == "" {
		y, mo, d := now.Date()
		return time.Date(y, mo, d, 0, 0, 0, 0, now.Location()), nil
	}
	t, err := time.ParseInLocation("2006-01-02", v, now.Location())
	if err != nil {
		return time.Time{}, usageErrorf("--date %q: give the date as YYYY-MM-DD, such as 2026-03-14", v)
	}
	return t, nil
}

// findPractice returns the professional whose practice a command acts on:
// the one with the e-mail as, or the instance's only one. With several and
// no --as it names none of them: a command line shows no one's account.
func findPractice(ctx context.Context, p *practice, as string) (*ally.Professional, error) {
	if as = strings.TrimSpace(as); as != "" {
		pro, err := p.svc.Professionals.FindProfessionalByEmail(ctx, as)
		if ally.ErrorCode(err) == ally.ENOTFOUND {
			return nil, ally.Errorf(ally.ENOTFOUND, "no professional signs in as %s here", as)
		}
		return pro, err
	}
	pro, err := p.svc.Professionals.FindSoleProfessional(ctx)
	switch ally.ErrorCode(err) {
	case ally.ENOTFOUND:
		return nil, ally.Errorf(ally.ENOTFOUND, "no professional's account yet: add one with ally user add, or on the first page of ally serve")
	case ally.ECONFLICT:
		return nil, ally.Errorf(ally.ECONFLICT, "several professionals: name one with --as")
	}
	return pro, err
}

// verbArgs checks that a command's arguments start with its one verb
// ("session add", "checkin new"); asked for help instead, it turns them
// into the verb's help. want is the usage named when neither is given.
func verbArgs(args []string, verb, want string) ([]string, error) {
	switch {
	case len(args) > 0 && args[0] == verb:
		return args, nil
	case len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "-help"):
		return []string{verb, "-h"}, nil
	}
	return nil, usageErrorf("want: %s", want)
}
