package web

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/ally-mi/ally"
)

// clientsPage is the home page: the practice's clients, searchable.
type clientsPage struct {
	layout
	Query    string
	Clients  []*ally.Client
	CheckIns *checkInNotices
}

// clientFormPage adds a client.
type clientFormPage struct {
	layout
	Name, Contact string
	Errors        fieldErrors
}

// clientPage is one client: details, consent, goals and sessions.
type clientPage struct {
	layout
	Client   *ally.Client
	Goals    []*ally.Goal
	Sessions []*ally.Session
	// Worksheets are counted in the two-clients section.
	Worksheets []*ally.Worksheet
	// Today is the default date of a new session.
	Today string
	// Errors are the details form's errors, Name and Contact its input.
	Errors        fieldErrors
	Name, Contact string
	// Goal is the new-goal form's input, GoalErrors its errors.
	Goal       ally.Goal
	GoalErrors fieldErrors
	Statuses   []ally.SessionStatus
	// Offers is the offers log and what to be curious about.
	Offers   offersSection
	CheckIns *checkInSection
}

func (s *Server) handleClients(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	clients, err := s.svc.Clients.FindClients(r.Context(), ally.ClientFilter{Query: q})
	if err != nil {
		s.Error(w, r, err)
		return
	}
	notices, err := s.checkInNotices(r.Context(), clients)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "clients", &clientsPage{layout: layout{Title: "Clients"}, Query: q, Clients: clients, CheckIns: notices})
}

func (s *Server) handleClientNew(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, "client_new", &clientFormPage{layout: layout{Title: "New client"}})
}

func (s *Server) handleClientCreate(w http.ResponseWriter, r *http.Request) {
	c := &ally.Client{Name: strings.TrimSpace(r.PostFormValue("name")), Contact: strings.TrimSpace(r.PostFormValue("contact"))}
	if c.Name == "" {
		s.render(w, r, http.StatusBadRequest, "client_new", &clientFormPage{layout: layout{Title: "New client"},
			Name: c.Name, Contact: c.Contact, Errors: fieldErrors{"name": "Enter the client's name."}})
		return
	}
	if err := s.svc.Clients.CreateClient(r.Context(), c); err != nil {
		s.Error(w, r, err)
		return
	}
	redirect(w, r, clientURL(c.ID))
}

func (s *Server) handleClient(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r, "id")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	var shown string
	if key, ok := s.newLinkKey(r, id); ok {
		shown = s.newLinks.take(key)
	}
	s.showClient(w, r, http.StatusOK, func(p *clientPage) {
		if shown != "" && p.CheckIns != nil {
			p.CheckIns.NewURL = shown
		}
	})
}

// showClient renders a client's page; refused, when not nil, puts a
// refused form's input and errors on it in place of what is stored.
func (s *Server) showClient(w http.ResponseWriter, r *http.Request, status int, refused func(*clientPage)) {
	id, err := pathID(r, "id")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	ctx := r.Context()
	c, err := s.svc.Clients.FindClientByID(ctx, id)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	goals, err := s.svc.Goals.FindGoals(ctx, id)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	sessions, err := s.svc.Sessions.FindSessions(ctx, id)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	worksheets, err := s.svc.Worksheets.FindWorksheets(ctx, id)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	checkIns, err := s.checkIns(ctx, c)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	offers, err := s.offersOf(ctx, id, sessions)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	p := &clientPage{layout: layout{Title: c.Name}, Client: c, Goals: goals, Sessions: sessions, Worksheets: worksheets,
		Today: s.cfg.Now().Format("2006-01-02"), Name: c.Name, Contact: c.Contact, Statuses: statuses(), Offers: offers,
		CheckIns: checkIns}
	if refused != nil {
		refused(p)
	}
	s.render(w, r, status, "client", p)
}

func (s *Server) handleClientUpdate(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r, "id")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	c, err := s.svc.Clients.FindClientByID(r.Context(), id)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	c.Name, c.Contact = strings.TrimSpace(r.PostFormValue("name")), strings.TrimSpace(r.PostFormValue("contact"))
	if c.Name == "" {
		s.showClient(w, r, http.StatusBadRequest, func(p *clientPage) {
			p.Name, p.Contact, p.Errors = c.Name, c.Contact, fieldErrors{"name": "Enter the client's name."}
		})
		return
	}
	if err := s.svc.Clients.UpdateClient(r.Context(), c); err != nil {
		s.Error(w, r, err)
		return
	}
	redirect(w, r, clientURL(id))
}

func (s *Server) handleConsentGive(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r, "id")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	given, err := parseDate(r.PostFormValue("given"), s.cfg.Now())
	if err != nil {
		s.Error(w, r, err)
		return
	}
	c := ally.Consent{GivenAt: given, Note: strings.TrimSpace(r.PostFormValue("note"))}
	if err := s.svc.Clients.GiveConsent(r.Context(), id, c); err != nil {
		s.Error(w, r, err)
		return
	}
	redirect(w, r, clientURL(id)+"#consent")
}

func (s *Server) handleConsentRevoke(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r, "id")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	deleteTranscripts := r.PostFormValue("delete") == "yes"
	if err := s.svc.Clients.RevokeConsent(r.Context(), id, deleteTranscripts); err != nil {
		s.Error(w, r, err)
		return
	}
	redirect(w, r, clientURL(id)+"#consent")
}

func clientURL(id int64) string { return "/clients/" + strconv.FormatInt(id, 10) }
