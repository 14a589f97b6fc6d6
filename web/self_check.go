package web

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/ally-mi/ally"
)

// selfCheckForm is the two-minute check before a session, as the template
// "selfCheck" shows it. Any page can embed it: the journal, and a page
// that prepares one client's session, which sets ClientID and Return.
type selfCheckForm struct {
	Alive   string
	Touches string
	// ClientID is the client chosen, 0 for none; Clients are the choices.
	ClientID int64
	Clients  []*ally.Client
	// Return is the local path the form goes back to once saved.
	Return string
	Error  string
}

// handleSelfCheck saves a self-check and goes back to the page the form
// was on, or to the journal. It takes the fields alive, touches, client
// and return.
func (s *Server) handleSelfCheck(w http.ResponseWriter, r *http.Request) {
	back, ok := localPath(r.PostFormValue("return"))
	if !ok {
		back = journalURL + "?saved=self-check#self-check"
	}
	clientID, err := formClientID(r)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	e := &ally.JournalEntry{Kind: ally.JournalSelfCheck, ClientID: clientID,
		Alive: r.PostFormValue("alive"), Touches: r.PostFormValue("touches")}
	err = s.svc.Journal.CreateJournalEntry(r.Context(), e)
	if ally.ErrorCode(err) == ally.EINVALID {
		// Shown on the journal, which always has the form; it goes back
		// to where it came from once saved.
		s.showJournal(w, r, http.StatusBadRequest, func(p *journalPage) {
			p.SelfCheck.Alive, p.SelfCheck.Touches, p.SelfCheck.ClientID = e.Alive, e.Touches, clientID
			p.SelfCheck.Error = ally.ErrorMessage(err)
			if ok {
				p.SelfCheck.Return = back
			}
		})
		return
	} else if err != nil {
		s.Error(w, r, err)
		return
	}
	if back == journalURL {
		back = journalURL + "?saved=self-check#self-check"
	}
	redirect(w, r, back)
}

// localPath returns v when it is a path on this site ("/clients/3#x"), so
// that a form's return address can never send the professional elsewhere:
// no scheme, no host, no "//" or "\" that a browser would read as one.
func localPath(v string) (string, bool) {
	if !strings.HasPrefix(v, "/") || strings.HasPrefix(v, "//") || strings.ContainsAny(v, "\\\x00\t\r\n") {
		return "", false
	}
	u, err := url.Parse(v)
	if err != nil || u.Scheme != "" || u.Host != "" || u.User != nil || !strings.HasPrefix(u.Path, "/") ||
		strings.HasPrefix(u.Path, "//") {
		return "", false
	}
	return v, true
}
