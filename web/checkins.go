package web

import (
	"context"
	"net/http"
	"strconv"
	"time"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/analysis/needs"
	"github.com/ally-mi/ally/measure"
)

// checkInLives are the choices of how long a new link stays open, in days.
var checkInLives = []int{1, 3, 7, 14, 30}

// defaultCheckInDays is the life of a link unless the professional picks
// another: a week, from one session to the next.
const defaultCheckInDays = 7

// checkInSection is the check-ins part of a client's page.
type checkInSection struct {
	Client *ally.Client
	// NewURL is a link just created, shown this once.
	NewURL   string
	Answered []checkInView
	Open     []checkInView
	// Unanswered are links that expired without an answer: a quiet "no"
	// perhaps, to be curious about.
	Unanswered []checkInView
	Flags      []checkInView
	Lives      []int
	Default    int
}

// checkInView is one check-in as the professional reads it.
type checkInView struct {
	*ally.CheckIn
	ClientName           string
	PHQ9Score, GAD7Score *scoreView
	// Item9 is the answer to PHQ-9's ninth item in its own words, "" when
	// not asked.
	Item9, Item9Text string
	PHQ9Difficulty   string
	GAD7Difficulty   string
	// Gives are the worksheet's needs by name.
	Gives []string
}

// scoreView is one questionnaire's total with its band.
type scoreView struct {
	Total, Max int
	Band       string
}

// newCheckInView prepares c for reading.
func newCheckInView(c *ally.CheckIn, clientName string) checkInView {
	v := checkInView{CheckIn: c, ClientName: clientName}
	a := c.Answers
	if a == nil {
		return v
	}
	v.PHQ9Score = newScoreView(measure.PHQ9(), a.PHQ9)
	v.GAD7Score = newScoreView(measure.GAD7(), a.GAD7)
	if len(a.PHQ9) == len(measure.PHQ9().Items) {
		v.Item9 = measure.Options[a.PHQ9[measure.Item9]]
		v.Item9Text = measure.PHQ9().Items[measure.Item9]
	}
	// The closing question asks about the problems checked off: with none,
	// its answer says nothing.
	if v.PHQ9Score != nil && v.PHQ9Score.Total > 0 {
		v.PHQ9Difficulty = difficulty(a.PHQ9Difficulty)
	}
	if v.GAD7Score != nil && v.GAD7Score.Total > 0 {
		v.GAD7Difficulty = difficulty(a.GAD7Difficulty)
	}
	if a.Worksheet != nil {
		v.Gives = needNames(a.Worksheet.Gives)
	}
	return v
}

func newScoreView(q measure.Questionnaire, answers []int) *scoreView {
	total, err := q.Score(answers)
	if err != nil {
		return nil
	}
	b, _ := q.Severity(total)
	return &scoreView{Total: total, Max: q.Max(), Band: b.Name}
}

func difficulty(a int) string {
	if a < 0 || a >= len(measure.DifficultyOptions) {
		return ""
	}
	return measure.DifficultyOptions[a]
}

// needNames returns the names of the taxonomy's needs with ids.
func needNames(ids []string) []string {
	names := map[string]string{}
	for _, n := range needs.Taxonomy() {
		names[n.ID] = n.Name
	}
	var out []string
	for _, id := range ids {
		if n, ok := names[id]; ok {
			out = append(out, n)
		}
	}
	return out
}

// checkIns returns the check-ins section of client c's page.
func (s *Server) checkIns(ctx context.Context, c *ally.Client) (*checkInSection, error) {
	list, err := s.svc.CheckIns.FindCheckIns(ctx, c.ID)
	if err != nil {
		return nil, err
	}
	sec := &checkInSection{Client: c, Lives: checkInLives, Default: defaultCheckInDays}
	now := s.cfg.Now()
	for _, ci := range list {
		v := newCheckInView(ci, c.Name)
		switch {
		case ci.AnsweredAt != nil:
			sec.Answered = append(sec.Answered, v)
			if ci.Flagged() {
				sec.Flags = append(sec.Flags, v)
			}
		case ci.ExpiresAt.After(now):
			sec.Open = append(sec.Open, v)
		default:
			sec.Unanswered = append(sec.Unanswered, v)
		}
	}
	return sec, nil
}

// checkInNotices is what the home page shows of check-ins: open flags
// first, then answers from the last fortnight.
type checkInNotices struct {
	Flags  []checkInView
	Recent []checkInView
}

// recentAnswers is how far back the home page lists new answers.
const recentAnswers = 14 * 24 * time.Hour

// checkInNotices returns the home page's check-in notices for clients.
func (s *Server) checkInNotices(ctx context.Context, clients []*ally.Client) (*checkInNotices, error) {
	names := map[int64]string{}
	for _, c := range clients {
		names[c.ID] = c.Name
	}
	flags, err := s.svc.CheckIns.FindFlaggedCheckIns(ctx)
	if err != nil {
		return nil, err
	}
	recent, err := s.svc.CheckIns.FindAnsweredCheckIns(ctx, s.cfg.Now().Add(-recentAnswers))
	if err != nil {
		return nil, err
	}
	// The list may be a search's: a client it left out is looked up.
	name := func(id int64) (string, error) {
		if n, ok := names[id]; ok {
			return n, nil
		}
		c, err := s.svc.Clients.FindClientByID(ctx, id)
		if err != nil {
			return "", err
		}
		names[id] = c.Name
		return c.Name, nil
	}
	n := &checkInNotices{}
	for _, list := range []struct {
		from []*ally.CheckIn
		to   *[]checkInView
	}{{flags, &n.Flags}, {recent, &n.Recent}} {
		for _, c := range list.from {
			cn, err := name(c.ClientID)
			if err != nil {
				return nil, err
			}
			*list.to = append(*list.to, newCheckInView(c, cn))
		}
	}
	return n, nil
}

// handleCheckInCreate makes a new link and shows it on the client's page
// this once (see newLinks): only its hash is kept.
func (s *Server) handleCheckInCreate(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r, "id")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	days, err := strconv.Atoi(r.PostFormValue("expires"))
	if err != nil || days < 1 || days > 90 {
		s.Error(w, r, ally.Errorf(ally.EINVALID, "Choose how many days the link stays open."))
		return
	}
	c := &ally.CheckIn{ClientID: id, ExpiresAt: s.cfg.Now().Add(time.Duration(days) * 24 * time.Hour),
		PHQ9: r.PostFormValue("phq9") == "yes", GAD7: r.PostFormValue("gad7") == "yes", Worksheet: r.PostFormValue("worksheet") == "yes"}
	token, err := s.svc.CheckIns.CreateCheckIn(r.Context(), c)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	key, ok := s.newLinkKey(r, id)
	if !ok { // signed in without a cookie cannot happen on a page; show it now
		s.showClient(w, r, http.StatusOK, func(p *clientPage) { p.CheckIns.NewURL = s.checkInURL(r, token) })
		return
	}
	s.newLinks.put(key, s.checkInURL(r, token))
	redirect(w, r, clientURL(id)+"#checkins")
}

func (s *Server) handleCheckInAcknowledge(w http.ResponseWriter, r *http.Request) {
	clientID, err := pathID(r, "id")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	id, err := pathID(r, "checkin")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if err := s.acknowledge(r.Context(), clientID, id); err != nil {
		s.Error(w, r, err)
		return
	}
	redirect(w, r, clientURL(clientID)+"#checkin-"+strconv.FormatInt(id, 10))
}

// acknowledge acknowledges the flag of check-in id of client clientID; a
// check-in of another client is ENOTFOUND.
func (s *Server) acknowledge(ctx context.Context, clientID, id int64) error {
	list, err := s.svc.CheckIns.FindCheckIns(ctx, clientID)
	if err != nil {
		return err
	}
	for _, c := range list {
		if c.ID == id {
			return s.svc.CheckIns.AcknowledgeFlag(ctx, id)
		}
	}
	return ally.Errorf(ally.ENOTFOUND, "There is no such check-in.")
}

// checkInURL is the whole link of token: from Config.BaseURL, or else from
// the address the professional reached ally by.
func (s *Server) checkInURL(r *http.Request, token string) string {
	base := s.cfg.BaseURL
	if base == "" {
		scheme := "http"
		if s.cfg.TLS || r.TLS != nil {
			scheme = "https"
		}
		base = scheme + "://" + r.Host
	}
	return CheckInURL(base, token)
}

// CheckInURL returns the whole link of a check-in's token under base, the
// address ally is reached by.
func CheckInURL(base, token string) string {
	for len(base) > 0 && base[len(base)-1] == '/' {
		base = base[:len(base)-1]
	}
	return base + "/checkin/" + token
}

// rulerAnswer is one answered ruler with its name, for the template.
type rulerAnswer struct {
	Name string
	ally.Ruler
}

func newRulerAnswer(name string, r ally.Ruler) rulerAnswer { return rulerAnswer{Name: name, Ruler: r} }
