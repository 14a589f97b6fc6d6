package web

import (
	"context"
	"net/http"
	"strconv"
	"strings"

	"github.com/ally-mi/ally"
)

// journalPage is the professional's own reflective space (guideline 1):
// their tender spots, the pre-session self-check, the sessions that
// touched a spot, and their reflections.
type journalPage struct {
	layout
	// TenderSpots is the spots' form value; SpotsError its refusal.
	TenderSpots string
	SpotsError  string
	SelfCheck   selfCheckForm
	// Reflection and ReflectionError keep a refused new reflection.
	Reflection      string
	ReflectionError string
	Entries         []journalEntryView
	Clients         []*ally.Client
	Touched         []touchedSession
	// Saved says what was just saved: "spots", "self-check",
	// "reflection", "entry" or "deleted".
	Saved string
}

// journalEntryView is an entry with the name of its client.
type journalEntryView struct {
	*ally.JournalEntry
	ClientName string
}

// SelfCheck reports whether the entry is a pre-session self-check.
func (v journalEntryView) SelfCheck() bool { return v.Kind == ally.JournalSelfCheck }

// Edited reports whether the entry was changed after it was written.
func (v journalEntryView) Edited() bool { return !v.UpdatedAt.Equal(v.CreatedAt) }

// journalURL is the journal page.
const journalURL = "/journal"

func (s *Server) handleJournal(w http.ResponseWriter, r *http.Request) {
	me := ally.ProfessionalFromContext(r.Context())
	clientID, _ := strconv.ParseInt(r.URL.Query().Get("client"), 10, 64)
	s.showJournal(w, r, http.StatusOK, func(p *journalPage) {
		p.TenderSpots = strings.Join(me.TenderSpots, ", ")
		p.SelfCheck.ClientID = clientID
		p.Saved = r.URL.Query().Get("saved")
	})
}

// showJournal renders the journal page after edit has set what the
// request brings: a saved notice or a refused form.
func (s *Server) showJournal(w http.ResponseWriter, r *http.Request, status int, edit func(*journalPage)) {
	ctx := r.Context()
	p := &journalPage{layout: layout{Title: "Your journal"}}
	var err error
	if p.Clients, err = s.svc.Clients.FindClients(ctx, ally.ClientFilter{}); err != nil {
		s.Error(w, r, err)
		return
	}
	if p.Entries, err = s.journalEntries(ctx, p.Clients); err != nil {
		s.Error(w, r, err)
		return
	}
	if p.Touched, err = s.touchedSessions(ctx, 0, maxTouchedSessions); err != nil {
		s.Error(w, r, err)
		return
	}
	p.SelfCheck = selfCheckForm{Clients: p.Clients, Return: journalURL}
	edit(p)
	s.render(w, r, status, "journal", p)
}

// journalEntries returns every entry of the journal, newest first, with
// its client's name.
func (s *Server) journalEntries(ctx context.Context, clients []*ally.Client) ([]journalEntryView, error) {
	entries, err := s.svc.Journal.FindJournalEntries(ctx, ally.JournalFilter{})
	if err != nil {
		return nil, err
	}
	names := map[int64]string{}
	for _, c := range clients {
		names[c.ID] = c.Name
	}
	out := make([]journalEntryView, 0, len(entries))
	for _, e := range entries {
		out = append(out, journalEntryView{JournalEntry: e, ClientName: names[e.ClientID]})
	}
	return out, nil
}

// handleTenderSpotsSave replaces the professional's tender spots. Every
// analysis from then on measures them; a session already analysed is read
// with them again when a code is corrected or the model changes.
func (s *Server) handleTenderSpotsSave(w http.ResponseWriter, r *http.Request) {
	input := r.PostFormValue("tender_spots")
	err := s.saveTenderSpots(r.Context(), splitList(input))
	if ally.ErrorCode(err) == ally.EINVALID {
		s.showJournal(w, r, http.StatusBadRequest, func(p *journalPage) {
			p.TenderSpots, p.SpotsError = input, ally.ErrorMessage(err)
		})
		return
	} else if err != nil {
		s.Error(w, r, err)
		return
	}
	redirect(w, r, journalURL+"?saved=spots#tender-spots")
}

// saveTenderSpots stores the signed-in professional's tender spots once
// the engine has said it can measure them.
func (s *Server) saveTenderSpots(ctx context.Context, spots []string) error {
	me := ally.ProfessionalFromContext(ctx)
	_, err := s.svc.Analyzer.AnalyzeTranscript(ctx, &ally.Transcript{}, ally.AnalyzeOptions{KeepCodes: true, TenderSpots: spots})
	if err != nil {
		return err
	}
	return s.svc.Professionals.UpdateTenderSpots(ctx, me.ID, spots)
}

func (s *Server) handleReflectionCreate(w http.ResponseWriter, r *http.Request) {
	e := &ally.JournalEntry{Kind: ally.JournalReflection, Text: r.PostFormValue("text")}
	err := s.svc.Journal.CreateJournalEntry(r.Context(), e)
	if ally.ErrorCode(err) == ally.EINVALID {
		s.showJournal(w, r, http.StatusBadRequest, func(p *journalPage) {
			p.Reflection, p.ReflectionError = e.Text, ally.ErrorMessage(err)
		})
		return
	} else if err != nil {
		s.Error(w, r, err)
		return
	}
	redirect(w, r, journalURL+"?saved=reflection#entries")
}

func (s *Server) handleJournalEntryUpdate(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r, "id")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	e, err := s.svc.Journal.FindJournalEntryByID(r.Context(), id)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if e.Kind == ally.JournalSelfCheck {
		e.Alive, e.Touches = r.PostFormValue("alive"), r.PostFormValue("touches")
		if e.ClientID, err = formClientID(r); err != nil {
			s.Error(w, r, err)
			return
		}
	} else {
		e.Text = r.PostFormValue("text")
	}
	if err := s.svc.Journal.UpdateJournalEntry(r.Context(), e); err != nil {
		s.Error(w, r, err)
		return
	}
	redirect(w, r, journalURL+"?saved=entry#entry-"+strconv.FormatInt(id, 10))
}

func (s *Server) handleJournalEntryDelete(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r, "id")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if err := s.svc.Journal.DeleteJournalEntry(r.Context(), id); err != nil {
		s.Error(w, r, err)
		return
	}
	redirect(w, r, journalURL+"?saved=deleted#entries")
}

// formClientID reads the form's client: blank is none, anything else not
// a number is EINVALID.
func formClientID(r *http.Request) (int64, error) {
	v := strings.TrimSpace(r.PostFormValue("client"))
	if v == "" {
		return 0, nil
	}
	id, err := strconv.ParseInt(v, 10, 64)
	if err != nil || id < 0 {
		return 0, ally.Errorf(ally.EINVALID, "Choose a client from the list, or none.")
	}
	return id, nil
}
