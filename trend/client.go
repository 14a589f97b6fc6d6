// Package trend turns a practice's records into the series its trend
// charts and API show: per client, session by session and check-in by
// check-in; per professional, over all their analysed sessions. It takes
// plain values, so it is tested without a database, and it reads every
// number the way the session report does, so the pages agree.
package trend

import (
	"cmp"
	"slices"
	"time"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/measure"
)

// Client is one client's trends.
type Client struct {
	// Talk has one entry per analysed session, oldest first.
	Talk []Talk
	// CheckIns has one entry per answered check-in, oldest first.
	CheckIns []CheckIn
	// Attendance has one entry per month from the first session that took
	// place or was missed to the last, oldest first; months without any
	// are there with zeros, so a gap shows.
	Attendance []Month
}

// Talk is the client's change and sustain talk in one analysed session.
type Talk struct {
	SessionID int64
	Date      time.Time
	// Change and Sustain count the utterances coded change and sustain
	// talk (every client's, in a group session).
	Change, Sustain int
	// ChangeShare and SustainShare are percentages of change plus sustain
	// talk, nil when the client said neither.
	ChangeShare, SustainShare *float64
}

// CheckIn is what one answered check-in measured.
type CheckIn struct {
	CheckInID int64
	Date      time.Time
	// Importance and Confidence are the rulers, 0–10; nil when left
	// unanswered.
	Importance, Confidence *int
	// PHQ9 and GAD7 are the questionnaires' totals, nil when not asked or
	// not answered in full; the bands are their severity ("" with no total).
	PHQ9, GAD7         *int
	PHQ9Band, GAD7Band string
}

// Month counts a client's sessions of one month by status.
type Month struct {
	// Month is the month's first day, in UTC.
	Month                       time.Time
	Attended, Cancelled, NoShow int
}

// ForClient computes a client's trends from their sessions (any order,
// as FindSessions returns them), their analysed sessions (FindAnalyses)
// and their check-ins (FindCheckIns; those not answered are left out).
func ForClient(sessions, analyses []*ally.Session, checkIns []*ally.CheckIn) Client {
	return Client{Talk: talk(analyses), CheckIns: answered(checkIns), Attendance: attendance(sessions)}
}

func talk(analyses []*ally.Session) []Talk {
	out := []Talk{}
	for _, s := range byDate(analyses) {
		if s.Analysis == nil {
			continue
		}
		var c ally.Counts
		for _, th := range s.Analysis.Balance {
			c.Change += th.Change
			c.Sustain += th.Sustain
		}
		t := Talk{SessionID: s.ID, Date: s.Date, Change: c.Change, Sustain: c.Sustain, ChangeShare: c.ChangeTalk()}
		if t.ChangeShare != nil {
			t.SustainShare = ptr(100 - *t.ChangeShare)
		}
		out = append(out, t)
	}
	return out
}

func answered(checkIns []*ally.CheckIn) []CheckIn {
	out := []CheckIn{}
	for _, c := range checkIns {
		if c.AnsweredAt == nil || c.Answers == nil {
			continue
		}
		a := c.Answers
		p := CheckIn{CheckInID: c.ID, Date: *c.AnsweredAt, Importance: ruler(a.Importance), Confidence: ruler(a.Confidence)}
		p.PHQ9, p.PHQ9Band = total(measure.PHQ9(), a.PHQ9)
		p.GAD7, p.GAD7Band = total(measure.GAD7(), a.GAD7)
		out = append(out, p)
	}
	slices.SortStableFunc(out, func(a, b CheckIn) int { return a.Date.Compare(b.Date) })
	return out
}

// ruler returns a ruler's value when it is one of 0–10.
func ruler(r ally.Ruler) *int {
	if r.Value == nil || *r.Value < 0 || *r.Value > 10 {
		return nil
	}
	return ptr(*r.Value)
}

// total scores a questionnaire's answers and names their band; answers
// that are not complete, or hold an item outside 0–3, have no total.
func total(q measure.Questionnaire, items []int) (*int, string) {
	sum, err := q.Score(items)
	if err != nil {
		return nil, ""
	}
	b, _ := q.Severity(sum)
	return &sum, b.Name
}

func attendance(sessions []*ally.Session) []Month {
	out := []Month{}
	counts := map[time.Time]*Month{}
	var first, last time.Time
	for _, s := range sessions {
		if s.Status == ally.SessionScheduled {
			continue
		}
		m := monthOf(s.Date)
		if counts[m] == nil {
			counts[m] = &Month{Month: m}
		}
		switch s.Status {
		case ally.SessionAttended:
			counts[m].Attended++
		case ally.SessionCancelled:
			counts[m].Cancelled++
		case ally.SessionNoShow:
			counts[m].NoShow++
		}
		if first.IsZero() || m.Before(first) {
			first = m
		}
		if m.After(last) {
			last = m
		}
	}
	if first.IsZero() {
		return out
	}
	for m := first; !m.After(last); m = m.AddDate(0, 1, 0) {
		if c := counts[m]; c != nil {
			out = append(out, *c)
		} else {
			out = append(out, Month{Month: m})
		}
	}
	return out
}

func monthOf(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC) }

// byDate returns the sessions oldest first, ties by id, without changing
// the caller's slice.
func byDate(ss []*ally.Session) []*ally.Session {
	out := slices.Clone(ss)
	slices.SortStableFunc(out, func(a, b *ally.Session) int {
		if c := a.Date.Compare(b.Date); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return out
}

func ptr[T any](v T) *T { return &v }
