package report_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/internal/allytest"
)

// golden compares got with testdata/name, or rewrites the file with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	allytest.Golden(t, filepath.Join("testdata", name), got)
}

// sec returns a pointer to a time in seconds.
func sec(v float64) *float64 { return &v }

// timedSession is a short coded session with times, one practitioner and
// one client, coded by hand.
func timedSession() *ally.Transcript {
	return &ally.Transcript{
		Name:   "alcohol-1.vtt",
		Format: "vtt",
		Speakers: []ally.Speaker{
			{Name: "Dr Rivera", Role: ally.RolePractitioner, Confidence: 0.93, Reason: "asks 2 of the 2 questions"},
			{Name: "Sam", Role: ally.RoleClient, Confidence: 0.93, Reason: "the other speaker"},
		},
		Utterances: []ally.Utterance{
			{Index: 0, Speaker: "Dr Rivera", Role: ally.RolePractitioner, Start: sec(1), End: sec(4.5),
				Text: "What brings you in today?", Code: ally.Code{Label: ally.CodeQuestion, Subcode: ally.SubOpen, Confidence: 0.91}},
			{Index: 1, Speaker: "Sam", Role: ally.RoleClient, Start: sec(5), End: sec(12.25),
				Text: "My wife thinks I drink too much. Honestly, it's the only way I relax after work.",
				Code: ally.Code{Label: ally.CodeSustain, Confidence: 0.72}},
			{Index: 2, Speaker: "Dr Rivera", Role: ally.RolePractitioner, Start: sec(13), End: sec(20),
				Text: "Drinking is how you unwind, and that matters to you.",
				Code: ally.Code{Label: ally.CodeReflection, Subcode: ally.SubComplex, Confidence: 0.8}},
			{Index: 3, Speaker: "Sam", Role: ally.RoleClient, Start: sec(21), End: sec(26),
				Text: "Yeah. But I'd like to sleep better, too.", Code: ally.Code{Label: ally.CodeChange, Confidence: 0.66}},
			{Index: 4, Speaker: "Dr Rivera", Role: ally.RolePractitioner, Start: sec(3700), End: sec(3702),
				Text: "Would it be all right if I shared something about sleep?",
				Code: ally.Code{Label: ally.CodeQuestion, Subcode: ally.SubClosed, Confidence: 0.58}},
		},
	}
}

// untimedGroup is a plain-text group session: no times, two clients, and
// one utterance left uncoded.
func untimedGroup() *ally.Transcript {
	return &ally.Transcript{
		Name:   "dui-group.txt",
		Format: "txt",
		Speakers: []ally.Speaker{
			{Name: "Facilitator", Role: ally.RolePractitioner, Confidence: 1, Reason: "named with --practitioner"},
			{Name: "Ana", Role: ally.RoleClient, Confidence: 0.8, Reason: "not the practitioner"},
			{Name: "Lee", Role: ally.RoleClient, Confidence: 0.8, Reason: "not the practitioner"},
		},
		Utterances: []ally.Utterance{
			{Index: 0, Speaker: "Facilitator", Role: ally.RolePractitioner, Text: "Let's check in.",
				Code: ally.Code{Label: ally.CodeOther, Confidence: 0.7}},
			{Index: 1, Speaker: "Ana", Role: ally.RoleClient, Text: "I'm only here because the court said so.",
				Code: ally.Code{Label: ally.CodeSustain, Confidence: 0.9}},
			{Index: 2, Speaker: "Lee", Role: ally.RoleClient, Text: "Same, \"mostly\" <3 & all.", Code: ally.Code{}},
		},
	}
}

// wideSession has long names, a long utterance and a word longer than a line.
func wideSession() *ally.Transcript {
	long := strings.TrimSpace(strings.Repeat("Counsellor-with-a-remarkably-long-hyphenated-name ", 3))
	url := "https://example.org/" + strings.Repeat("very-long-path-segment/", 8)
	return &ally.Transcript{
		Name:   strings.Repeat("deeply/nested/folder/", 6) + "session.vtt",
		Format: "vtt",
		Speakers: []ally.Speaker{
			{Name: long, Role: ally.RolePractitioner, Confidence: 0.51, Reason: strings.Repeat("a long reason why ", 10)},
			{Name: "Ünïcödé Çlïënt", Role: ally.RoleClient, Confidence: 0.51, Reason: "other"},
		},
		Utterances: []ally.Utterance{
			{Index: 0, Speaker: long, Role: ally.RolePractitioner, Start: sec(36000),
				Text: strings.Repeat("This is a long reflection that goes on and on. ", 12) + url,
				Code: ally.Code{Label: ally.CodeReflection, Subcode: ally.SubComplex, Confidence: 1}},
			{Index: 1, Speaker: "Ünïcödé Çlïënt", Role: ally.RoleClient, Start: sec(36010),
				Text: "ÄÖÜ " + strings.Repeat("ü", 200) + "\tend\x1b[31m",
				Code: ally.Code{Label: ally.CodeChange, Confidence: 0.5}},
		},
	}
}
