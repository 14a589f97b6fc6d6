package trend_test

import (
	"reflect"
	"testing"
	"time"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/trend"
)

func day(m time.Month, d int) time.Time { return time.Date(2026, m, d, 0, 0, 0, 0, time.UTC) }

func f(v float64) *float64 { return &v }
func i(v int) *int         { return &v }

func val[T any](p *T) any {
	if p == nil {
		return nil
	}
	return *p
}

// analysed is a session with an analysis of the given thirds.
func analysed(id int64, date time.Time, thirds ...[2]int) *ally.Session {
	a := &ally.Analysis{}
	for k, th := range thirds {
		a.Balance = append(a.Balance, ally.Third{Part: k + 1, Change: th[0], Sustain: th[1]})
	}
	return &ally.Session{ID: id, ClientID: 1, Date: date, Status: ally.SessionAttended, Analysis: a}
}

func TestTalk(t *testing.T) {
	tests := []struct {
		name      string
		analyses  []*ally.Session
		wantShare []any // change share per session, oldest first
		wantIDs   []int64
	}{
		{"none", nil, []any{}, []int64{}},
		{"oldest first, summed over thirds", []*ally.Session{
			analysed(2, day(3, 10), [2]int{3, 1}, [2]int{2, 2}, [2]int{1, 1}), // 6 of 10
			analysed(1, day(3, 3), [2]int{1, 3}),                              // 1 of 4
		}, []any{25.0, 60.0}, []int64{1, 2}},
		{"a session with neither has no share", []*ally.Session{analysed(5, day(3, 3), [2]int{0, 0})}, []any{nil}, []int64{5}},
		{"a session without analysis is skipped", []*ally.Session{{ID: 9, Date: day(3, 1)}, analysed(3, day(3, 2), [2]int{4, 0})},
			[]any{100.0}, []int64{3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := trend.ForClient(nil, tt.analyses, nil).Talk
			shares, ids := []any{}, []int64{}
			for _, p := range got {
				shares, ids = append(shares, val(p.ChangeShare)), append(ids, p.SessionID)
				if p.ChangeShare != nil && *p.ChangeShare+*p.SustainShare != 100 {
					t.Errorf("session %d: change %v and sustain %v do not add up to 100", p.SessionID, *p.ChangeShare, *p.SustainShare)
				}
			}
			if !reflect.DeepEqual(shares, tt.wantShare) || !reflect.DeepEqual(ids, tt.wantIDs) {
				t.Errorf("got shares %v of sessions %v, want %v of %v", shares, ids, tt.wantShare, tt.wantIDs)
			}
		})
	}
}

func TestCheckIns(t *testing.T) {
	at := func(d int) *time.Time { v := day(4, d); return &v }
	phq := func(sum int) []int { // nine items adding up to sum
		items := make([]int, 9)
		for k := 0; sum > 0; k = (k + 1) % 9 {
			items[k]++
			sum--
		}
		return items
	}
	checkIns := []*ally.CheckIn{ // newest first, as FindCheckIns returns them
		{ID: 4, AnsweredAt: nil}, // not answered yet
		{ID: 3, AnsweredAt: at(20), Answers: &ally.CheckInAnswers{Importance: ally.Ruler{Value: i(8)}, Confidence: ally.Ruler{Value: i(6)},
			PHQ9: phq(4), GAD7: []int{1, 1, 1, 1, 1, 0, 0}}},
		{ID: 2, AnsweredAt: at(13), Answers: &ally.CheckInAnswers{Importance: ally.Ruler{Value: i(7)}, PHQ9: phq(10)}},
		{ID: 1, AnsweredAt: at(6), Answers: &ally.CheckInAnswers{Importance: ally.Ruler{Value: i(5)}, Confidence: ally.Ruler{Value: i(3)},
			PHQ9: phq(20), GAD7: []int{3, 3, 3, 3, 3, 3, 3}}},
		{ID: 5, AnsweredAt: at(27), Answers: &ally.CheckInAnswers{Importance: ally.Ruler{Value: i(11)}, PHQ9: []int{1, 2}, GAD7: []int{0, 0, 0, 0, 0, 0, 4}}},
	}
	got := trend.ForClient(nil, nil, checkIns).CheckIns
	type row struct {
		ID                 int64
		Imp, Conf          any
		PHQ9, GAD7         any
		PHQ9Band, GAD7Band string
	}
	var rows []row
	for _, c := range got {
		rows = append(rows, row{c.CheckInID, val(c.Importance), val(c.Confidence), val(c.PHQ9), val(c.GAD7), c.PHQ9Band, c.GAD7Band})
	}
	want := []row{
		{1, 5, 3, 20, 21, "severe", "severe"},
		{2, 7, nil, 10, nil, "moderate", ""},
		{3, 8, 6, 4, 5, "minimal", "mild"},
		{5, nil, nil, nil, nil, "", ""}, // out of range and incomplete answers have no value
	}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("got\n%+v\nwant\n%+v", rows, want)
	}
}

func TestAttendance(t *testing.T) {
	sessions := []*ally.Session{
		{ID: 1, Date: day(1, 5), Status: ally.SessionAttended},
		{ID: 2, Date: day(1, 19), Status: ally.SessionNoShow},
		{ID: 3, Date: day(3, 2), Status: ally.SessionCancelled},
		{ID: 4, Date: day(3, 9), Status: ally.SessionAttended},
		{ID: 5, Date: day(5, 9), Status: ally.SessionScheduled}, // not yet: not attendance
	}
	got := trend.ForClient(sessions, nil, nil).Attendance
	want := []trend.Month{
		{Month: day(1, 1), Attended: 1, NoShow: 1},
		{Month: day(2, 1)}, // a month without sessions shows as a gap
		{Month: day(3, 1), Attended: 1, Cancelled: 1},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
	if got := trend.ForClient(nil, nil, nil).Attendance; got == nil || len(got) != 0 {
		t.Errorf("no sessions: got %#v, want an empty list", got)
	}
}

func TestProfessional(t *testing.T) {
	ind := func(id string, v *float64, n int, fair, good float64, better string) ally.Indicator {
		return ally.Indicator{ID: id, Value: v, N: n, Unit: "%", Fair: fair, Good: good, Better: better}
	}
	a1 := &ally.Analysis{Score: f(62), ScoreBand: ally.BandGood,
		MITI: ally.MITI{ReflectionToQuestion: f(1.5), PercentComplexReflections: f(40)},
		Guidelines: []ally.Guideline{
			{ID: "G3", Indicators: []ally.Indicator{ind("sides_taken", f(10), 10, 15, 5, "lower")}},
			{ID: "G5", Indicators: []ally.Indicator{ind("noes_received_well", f(50), 2, 50, 75, "higher")}},
		},
		Noes: []ally.No{{Received: "well"}, {Received: "badly"}}}
	a2 := &ally.Analysis{Guidelines: []ally.Guideline{{ID: "G3", Indicators: []ally.Indicator{ind("sides_taken", nil, 0, 15, 5, "lower")}}}}
	got := trend.ForProfessional([]*ally.Session{
		{ID: 8, ClientID: 2, Date: day(3, 9), Analysis: a2},
		{ID: 7, ClientID: 1, Date: day(3, 2), Analysis: a1},
	})
	if len(got.Sessions) != 2 || got.Sessions[0].SessionID != 7 {
		t.Fatalf("got %+v, want sessions 7 then 8", got.Sessions)
	}
	s := got.Sessions[0]
	if val(s.Score) != 62.0 || s.ScoreBand != "good" || val(s.ReflectionsPerQuestion) != 1.5 || val(s.ComplexReflections) != 40.0 ||
		val(s.SidesTaken) != 10.0 || val(s.NoesReceivedWell) != 50.0 || s.Noes != 2 || s.NoesWell != 1 {
		t.Errorf("got %+v", s)
	}
	if e := got.Sessions[1]; e.Score != nil || e.ReflectionsPerQuestion != nil || e.SidesTaken != nil || e.NoesReceivedWell != nil {
		t.Errorf("a session with nothing to measure: got %+v, want no values", e)
	}
	if th := got.Thresholds["sides_taken"]; th != (trend.Threshold{Fair: 15, Good: 5, Better: "lower"}) {
		t.Errorf("got sides taken thresholds %+v", th)
	}
	if th := got.Thresholds["score"]; th.Fair != ally.BandFairFrom || th.Good != ally.BandGoodFrom {
		t.Errorf("got score thresholds %+v, want the score's bands", th)
	}
}
