package web

import (
	"time"

	"github.com/ally-mi/ally"
)

// The API's JSON shapes, apart from the domain types so that a field added
// to the store does not reach programs unasked. Keys only ever grow.

// dateFormat is how the API writes and reads a session's or consent's day.
const dateFormat = "2006-01-02"

type apiClient struct {
	ID      int64       `json:"id"`
	Name    string      `json:"name"`
	Contact string      `json:"contact"`
	Consent *apiConsent `json:"consent"`
	// Created and updated are instants, in RFC 3339.
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

type apiConsent struct {
	// Active is true while consent is given and not revoked: the one
	// condition for storing and analysing a transcript.
	Active    bool       `json:"active"`
	GivenAt   time.Time  `json:"given_at"`
	RevokedAt *time.Time `json:"revoked_at"`
	Note      string     `json:"note"`
}

func newAPIClient(c *ally.Client) apiClient {
	out := apiClient{ID: c.ID, Name: c.Name, Contact: c.Contact, CreatedAt: c.CreatedAt, UpdatedAt: c.UpdatedAt}
	if c.Consent != nil {
		out.Consent = &apiConsent{Active: c.Consent.Active(), GivenAt: c.Consent.GivenAt,
			RevokedAt: c.Consent.RevokedAt, Note: c.Consent.Note}
	}
	return out
}

type apiGoal struct {
	ID          int64     `json:"id"`
	ClientID    int64     `json:"client_id"`
	Title       string    `json:"title"`
	Description string    `json:"description"`
	CreatedAt   time.Time `json:"created_at"`
}

func newAPIGoal(g *ally.Goal) apiGoal {
	return apiGoal{ID: g.ID, ClientID: g.ClientID, Title: g.Title, Description: g.Description, CreatedAt: g.CreatedAt}
}

// apiSession is a session as lists show it, without its transcript.
type apiSession struct {
	ID       int64              `json:"id"`
	ClientID int64              `json:"client_id"`
	Date     string             `json:"date"`
	Status   ally.SessionStatus `json:"status"`
	// CreatedAt and UpdatedAt are instants, in RFC 3339.
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

// apiSessionDetail is one session with its analysis and corrections.
type apiSessionDetail struct {
	apiSession
	// Model names the coder that coded the transcript, "" without one.
	Model       string          `json:"model"`
	Corrections []apiCorrection `json:"corrections"`
	// Analysis is the coded transcript and its analysis as the JSON
	// document of analyze --format json; null without a transcript.
	Analysis *ally.Document `json:"analysis"`
}

type apiCorrection struct {
	Utterance int       `json:"utterance"`
	Code      string    `json:"code"`
	Subcode   string    `json:"subcode"`
	By        int64     `json:"by"`
	At        time.Time `json:"at"`
}

func newAPISession(s *ally.Session) apiSession {
	return apiSession{ID: s.ID, ClientID: s.ClientID, Date: s.Date.Format(dateFormat), Status: s.Status,
		CreatedAt: s.CreatedAt, UpdatedAt: s.UpdatedAt}
}

func newAPISessionDetail(s *ally.Session) apiSessionDetail {
	out := apiSessionDetail{apiSession: newAPISession(s), Model: s.Model, Corrections: []apiCorrection{}}
	for _, c := range s.Corrections {
		out.Corrections = append(out.Corrections, apiCorrection{Utterance: c.Utterance, Code: c.Code, Subcode: c.Subcode, By: c.By, At: c.At})
	}
	if s.Transcript != nil {
		doc := ally.NewDocument(s.Transcript, s.Analysis)
		out.Analysis = &doc
	}
	return out
}

type apiNote struct {
	ID        int64           `json:"id"`
	SessionID int64           `json:"session_id"`
	Format    ally.NoteFormat `json:"format"`
	Sections  []apiSection    `json:"sections"`
	UpdatedAt time.Time       `json:"updated_at"`
}

// apiSection is one section of a note, named as ally.NoteSections names it.
type apiSection struct {
	Name string `json:"name"`
	Text string `json:"text"`
}

func newAPINote(n *ally.Note) apiNote {
	out := apiNote{ID: n.ID, SessionID: n.SessionID, Format: n.Format, Sections: []apiSection{}, UpdatedAt: n.UpdatedAt}
	for i, name := range ally.NoteSections(n.Format) {
		text := ""
		if i < len(n.Sections) {
			text = n.Sections[i]
		}
		out.Sections = append(out.Sections, apiSection{Name: name, Text: text})
	}
	return out
}

// list converts each record with f, giving [] rather than null for none.
func list[T, U any](in []T, f func(T) U) []U {
	out := make([]U, 0, len(in))
	for _, v := range in {
		out = append(out, f(v))
	}
	return out
}
