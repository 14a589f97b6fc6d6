package ally

import (
	"context"
	"time"
)

// WorksheetBy says who filled in a worksheet.
type WorksheetBy string

// Who fills in a worksheet: the professional during a session, or the
// client through a check-in link.
const (
	ByProfessional WorksheetBy = "professional"
	ByClient       WorksheetBy = "client"
)

// Worksheet is the "what does it give you?" worksheet (guideline 2) for a
// client's current behaviour. Its answers feed the resistance side of the
// two-clients map. Every text field is client content.
type Worksheet struct {
	ID       int64
	ClientID int64
	// Behaviour is the current behaviour the worksheet is about.
	Behaviour string
	// Gives are the taxonomy ids (analysis/needs) of what the behaviour
	// gives the client.
	Gives []string
	// GivesWords is what it gives, in the client's own words.
	GivesWords string
	// Costs is what it costs the client.
	Costs string
	// WouldHaveToBeTrue is what would have to be true for the client to
	// give it up.
	WouldHaveToBeTrue string
	By                WorksheetBy
	// CheckInID is the check-in the client answered it through, 0 when
	// the professional filled it in.
	CheckInID int64
	CreatedAt time.Time
	UpdatedAt time.Time
}

// WorksheetService keeps worksheets, scoped like ClientService.
type WorksheetService interface {
	// FindWorksheets returns a client's worksheets, newest first.
	FindWorksheets(ctx context.Context, clientID int64) ([]*Worksheet, error)
	// FindWorksheetByID returns ENOTFOUND when there is no such worksheet.
	FindWorksheetByID(ctx context.Context, id int64) (*Worksheet, error)
	// CreateWorksheet adds a worksheet to w.ClientID; one with no answer
	// at all is EINVALID.
	CreateWorksheet(ctx context.Context, w *Worksheet) error
	// UpdateWorksheet changes a worksheet's answers.
	UpdateWorksheet(ctx context.Context, w *Worksheet) error
	// DeleteWorksheet removes a worksheet.
	DeleteWorksheet(ctx context.Context, id int64) error
}
