package transcript_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/transcript"
)

// MustParse parses data or fails the test.
func MustParse(tb testing.TB, name, data string, opt transcript.Options) *ally.Transcript {
	tb.Helper()
	t, err := transcript.Parse(name, []byte(data), opt)
	if err != nil {
		tb.Fatalf("Parse(%s): %v", name, err)
	}
	return t
}

// want is an expected utterance; start and end are -1 when absent.
type want struct {
	speaker, text string
	start, end    float64
	line          int
}

// sec returns *p, or -1 for nil, so tables can spell absent times.
func sec(p *float64) float64 {
	if p == nil {
		return -1
	}
	return *p
}

// checkUtterances compares a transcript's utterances with the table's.
func checkUtterances(t *testing.T, tr *ally.Transcript, wants []want) {
	t.Helper()
	if len(tr.Utterances) != len(wants) {
		t.Fatalf("got %d utterances, want %d:\n%s", len(tr.Utterances), len(wants), dump(tr))
	}
	for i, w := range wants {
		u := tr.Utterances[i]
		got := want{u.Speaker, u.Text, sec(u.Start), sec(u.End), u.Line}
		if got != w || u.Index != i {
			t.Errorf("utterance %d: got %+v (index %d), want %+v", i, got, u.Index, w)
		}
	}
}

// dump renders a transcript compactly, for golden files and failures.
func dump(tr *ally.Transcript) string {
	var b strings.Builder
	fmt.Fprintf(&b, "format %s\n", tr.Format)
	for _, s := range tr.Speakers {
		fmt.Fprintf(&b, "speaker %q %s %.2f (%s)\n", s.Name, s.Role, s.Confidence, s.Reason)
	}
	for _, u := range tr.Utterances {
		fmt.Fprintf(&b, "%d L%d %s-%s %s %q: %s\n", u.Index, u.Line, clock(u.Start), clock(u.End), u.Role, u.Speaker, u.Text)
	}
	for _, w := range tr.Warnings {
		fmt.Fprintf(&b, "warning %s\n", w)
	}
	return b.String()
}

func clock(p *float64) string {
	if p == nil {
		return "-"
	}
	return fmt.Sprintf("%.3f", *p)
}

// checkInvariants asserts what every successful parse guarantees.
func checkInvariants(t *testing.T, tr *ally.Transcript) {
	t.Helper()
	used := map[string]bool{}
	roles := map[ally.Role]int{}
	for _, s := range tr.Speakers {
		roles[s.Role]++
		if s.Confidence < 0 || s.Confidence > 1 || s.Reason == "" {
			t.Errorf("speaker %q: confidence %v, reason %q", s.Name, s.Confidence, s.Reason)
		}
	}
	if roles[ally.RolePractitioner] < 1 || roles[ally.RoleClient] < 1 {
		t.Errorf("roles %v: want a practitioner and a client", roles)
	}
	for i, u := range tr.Utterances {
		if u.Index != i {
			t.Errorf("utterance %d has index %d", i, u.Index)
		}
		if strings.TrimSpace(u.Speaker) == "" || strings.TrimSpace(u.Text) == "" {
			t.Errorf("utterance %d: empty speaker %q or text %q", i, u.Speaker, u.Text)
		}
		s, ok := tr.SpeakerByName(u.Speaker)
		if !ok || u.Role != s.Role || (u.Role != ally.RolePractitioner && u.Role != ally.RoleClient) {
			t.Errorf("utterance %d: speaker %q (listed %v) role %q", i, u.Speaker, ok, u.Role)
		}
		used[u.Speaker] = true
	}
	for _, s := range tr.Speakers {
		if !used[s.Name] {
			t.Errorf("speaker %q never speaks", s.Name)
		}
	}
}

// contains reports whether s holds every one of subs.
func contains(s string, subs ...string) bool {
	for _, sub := range subs {
		if !strings.Contains(s, sub) {
			return false
		}
	}
	return true
}
