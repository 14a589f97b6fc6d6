package web

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/ally-mi/ally"
)

// apiJournalEntry is a journal entry as the API shows it.
type apiJournalEntry struct {
	ID   int64            `json:"id"`
	Kind ally.JournalKind `json:"kind"`
	// ClientID is null when the entry names no client.
	ClientID  *int64    `json:"client_id"`
	Alive     string    `json:"alive"`
	Touches   string    `json:"touches"`
	Text      string    `json:"text"`
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

func newAPIJournalEntry(e *ally.JournalEntry) apiJournalEntry {
	out := apiJournalEntry{ID: e.ID, Kind: e.Kind, Alive: e.Alive, Touches: e.Touches, Text: e.Text,
		CreatedAt: e.CreatedAt, UpdatedAt: e.UpdatedAt}
	if e.ClientID != 0 {
		id := e.ClientID
		out.ClientID = &id
	}
	return out
}

// apiJournalInput creates or changes an entry; a field left out of a change
// keeps its value, and client_id 0 names no client.
type apiJournalInput struct {
	Kind     ally.JournalKind `json:"kind"`
	ClientID *int64           `json:"client_id"`
	Alive    *string          `json:"alive"`
	Touches  *string          `json:"touches"`
	Text     *string          `json:"text"`
}

// apply sets the fields the input gives, but never the kind.
func (in apiJournalInput) apply(e *ally.JournalEntry) {
	if in.ClientID != nil {
		e.ClientID = *in.ClientID
	}
	if in.Alive != nil {
		e.Alive = *in.Alive
	}
	if in.Touches != nil {
		e.Touches = *in.Touches
	}
	if in.Text != nil {
		e.Text = *in.Text
	}
}

// handleAPIJournal lists the journal, newest first; ?client=ID, ?kind=K
// and ?limit=N narrow it.
func (s *Server) handleAPIJournal(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	var f ally.JournalFilter
	var err error
	if v := q.Get("client"); v != "" {
		if f.ClientID, err = strconv.ParseInt(v, 10, 64); err != nil || f.ClientID <= 0 {
			s.Error(w, r, ally.Errorf(ally.EINVALID, "client must be a client's id."))
			return
		}
	}
	if v := q.Get("limit"); v != "" {
		if f.Limit, err = strconv.Atoi(v); err != nil || f.Limit < 0 {
			s.Error(w, r, ally.Errorf(ally.EINVALID, "limit must be a whole number."))
			return
		}
	}
	switch k := ally.JournalKind(q.Get("kind")); k {
	case "", ally.JournalSelfCheck, ally.JournalReflection:
		f.Kind = k
	default:
		s.Error(w, r, ally.Errorf(ally.EINVALID, "kind is %q or %q.", ally.JournalSelfCheck, ally.JournalReflection))
		return
	}
	entries, err := s.svc.Journal.FindJournalEntries(r.Context(), f)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, list(entries, newAPIJournalEntry))
}

func (s *Server) handleAPIJournalEntryCreate(w http.ResponseWriter, r *http.Request) {
	var in apiJournalInput
	if err := s.decodeJSON(r, &in); err != nil {
		s.Error(w, r, err)
		return
	}
	e := &ally.JournalEntry{Kind: in.Kind}
	in.apply(e)
	if err := s.svc.Journal.CreateJournalEntry(r.Context(), e); err != nil {
		s.Error(w, r, err)
		return
	}
	created(w, "/api/journal/"+strconv.FormatInt(e.ID, 10), newAPIJournalEntry(e))
}

func (s *Server) handleAPIJournalEntry(w http.ResponseWriter, r *http.Request) {
	e, err := s.apiFindJournalEntry(r)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, newAPIJournalEntry(e))
}

func (s *Server) handleAPIJournalEntryUpdate(w http.ResponseWriter, r *http.Request) {
	e, err := s.apiFindJournalEntry(r)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	var in apiJournalInput
	if err := s.decodeJSON(r, &in); err != nil {
		s.Error(w, r, err)
		return
	}
	in.apply(e)
	if err := s.svc.Journal.UpdateJournalEntry(r.Context(), e); err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, newAPIJournalEntry(e))
}

func (s *Server) handleAPIJournalEntryDelete(w http.ResponseWriter, r *http.Request) {
	id, err := recordID(r, "id")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if err := s.svc.Journal.DeleteJournalEntry(r.Context(), id); err != nil {
		s.Error(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// apiFindJournalEntry returns the entry named by the path's id.
func (s *Server) apiFindJournalEntry(r *http.Request) (*ally.JournalEntry, error) {
	id, err := recordID(r, "id")
	if err != nil {
		return nil, err
	}
	return s.svc.Journal.FindJournalEntryByID(r.Context(), id)
}

// apiTenderSpots is the body of the tender spots, read and written whole.
type apiTenderSpots struct {
	TenderSpots []string `json:"tender_spots"`
}

func (s *Server) handleAPITenderSpots(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, newAPITenderSpots(ally.ProfessionalFromContext(r.Context()).TenderSpots))
}

// handleAPITenderSpotsSave replaces the tender spots, as the journal's
// form does: analyses from then on measure them.
func (s *Server) handleAPITenderSpotsSave(w http.ResponseWriter, r *http.Request) {
	var in apiTenderSpots
	if err := s.decodeJSON(r, &in); err != nil {
		s.Error(w, r, err)
		return
	}
	// Trimmed and split as the journal's form is, so that either can edit
	// what the other saved.
	spots := splitList(strings.Join(in.TenderSpots, ","))
	if err := s.saveTenderSpots(r.Context(), spots); err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, newAPITenderSpots(spots))
}

func newAPITenderSpots(spots []string) apiTenderSpots {
	if spots == nil {
		spots = []string{}
	}
	return apiTenderSpots{TenderSpots: spots}
}
