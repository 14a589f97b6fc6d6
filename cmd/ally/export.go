package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/export"
)

// runExportCoded implements `ally export-coded`: the practice's sessions
// with their corrected codes, in the coded CSV that ally train reads.
func (m *Main) runExportCoded(ctx context.Context, args []string) error {
	cfg, err := m.config()
	if err != nil {
		return err
	}
	fset := m.newFlagSet("export-coded", "ally export-coded [--as EMAIL] [--data DIR] -o FILE",
		"Write the practice's analysed sessions, with the professional's corrections of\n"+
			"their codes, in the coded CSV that ally train reads, so the practice can\n"+
			"retrain the coder on its own sessions:\n"+
			"  ally export-coded -o mine.csv\n"+
			"  ally train -o mine.json AnnoMI-full.train.csv mine.csv\n"+
			"  ally serve --model mine.json\n"+
			"Only transcript turns are written, with speakers as \"client 1\" and\n"+
			"\"practitioner 1\"; no names, contact details or notes, and no session of a\n"+
			"client whose consent is not active. The file is new, readable by its owner\n"+
			"only: an existing file is never overwritten.")
	as := fset.String("as", "", "the `e-mail` of the professional whose practice it is; needed when there are several")
	output := fset.String("o", "", "write the CSV to `FILE`, which must not exist yet")
	cfg.dataFlag(fset)
	rest, err := m.parseArgs(fset, args)
	switch {
	case err != nil:
		return err
	case len(rest) > 0:
		return usageErrorf("unexpected argument %q", rest[0])
	case *output == "":
		return usageErrorf("name the file to write with -o FILE")
	}
	// Checked before the practice is opened; O_EXCL below closes the race.
	if _, err := os.Lstat(*output); err == nil {
		return ally.Errorf(ally.ECONFLICT, "%s exists already: name a new file, ally never overwrites one with an export", *output)
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
	var b bytes.Buffer
	n, err := export.CodedCSV(ally.NewContextWithProfessional(ctx, pro), &b, p.svc.Clients, p.svc.Sessions)
	if err != nil {
		return err
	}
	if err := writeNewFile(*output, b.Bytes()); err != nil {
		return err
	}
	fmt.Fprintf(m.Stderr, "ally: wrote %d coded sessions to %s\n", n, *output)
	return nil
}

// writeNewFile writes data to a file that must not exist, readable and
// writable by its owner only: it holds clients' words. A failed write
// leaves no half file behind.
func writeNewFile(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return ally.Errorf(ally.ECONFLICT, "%s exists already: name a new file, ally never overwrites one with an export", path)
	} else if err != nil {
		return ally.Errorf(ally.EINVALID, "cannot write %s: %v", path, reason(err))
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return ally.Errorf(ally.EINVALID, "cannot write %s: %v", path, reason(err))
	}
	return nil
}
