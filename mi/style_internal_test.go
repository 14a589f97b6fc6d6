package mi

import (
	"os"
	"testing"
)

func TestStyleCore(t *testing.T) {
	tests := []struct {
		name, text, core string
	}{
		{"affirmation opens", "That's a great step. You found a way to fit some walking into a busy week.",
			"You found a way to fit some walking into a busy week."},
		{"appreciation opens", "I appreciate how honest you are about this. The cravings at work feel like the hardest part.",
			"The cravings at work feel like the hardest part."},
		{"thanks for what the client did", "Thank you for telling me that. It has been a lonely few months for you.",
			"It has been a lonely few months for you."},
		{"summary announced", "Let me see if I have this. You eat when the stress builds and feel bad afterwards.",
			"You eat when the stress builds and feel bad afterwards."},
		{"summary announced before a colon", "To sum up what we've said: you drink mostly on weekends, and the hangovers cost you Sundays.",
			"you drink mostly on weekends, and the hangovers cost you Sundays."},
		{"affirmation clause before and", "It takes real determination to keep trying, and it sounds like each time you learned something.",
			"it sounds like each time you learned something."},
		{"check closes", "Your dad drank all his life and seemed fine, so cutting down doesn't feel urgent. Is that how it is?",
			"Your dad drank all his life and seemed fine, so cutting down doesn't feel urgent."},
		{"both", "Good for you. Saying no to your boss was hard, and you did it anyway. Did I get that right?",
			"Saying no to your boss was hard, and you did it anyway."},
		{"curly apostrophe", "That’s a big step. You kept going when it would have been easy to stop.",
			"You kept going when it would have been easy to stop."},

		{"effort praised", "That shows real commitment. Writing everything down is helping you see your eating.",
			"Writing everything down is helping you see your eating."},

		{"no frame", "You care a lot about being a good example for your kids.", ""},
		{"information that sounds like praise", "It takes about six weeks for the tablets to work. You have been on them for two weeks now.", ""},
		{"a fact called a big deal", "Your blood pressure is a big deal. You have been skipping the tablets at the weekend.", ""},
		{"a check joined by a comma asks for a fact", "You started the new tablets in November, is that right?", ""},
		{"a greeting is not an affirmation", "Thanks for coming in. Tell me what's been happening since we last spoke.", ""},
		{"praise that turns on but", "That's a good start, but cutting back isn't going to do it. Quitting would undo the damage.", ""},
		{"what is left is a question", "That's great to hear. What helped you do it every day?", ""},
		{"what is left is too short", "Well done. You did it.", ""},
		{"a long check is a real question", "Is that right that your doctor wants to see you again before the surgery in March?", ""},
		{"a frame alone", "That's great. Is that right?", ""},
		{"an ellipsis does not end a sentence", "Well done... you kept at it all week and it shows.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			core, ok := styleCore(tt.text)
			if ok != (tt.core != "") || core != tt.core {
				t.Errorf("styleCore(%q) = %q, %v; want %q", tt.text, core, ok, tt.core)
			}
		})
	}
}

// TestStyleRuleSameInEvaluate checks that Evaluate and cross-validation,
// which code through chain, give every utterance the code CodeTranscript
// gives it, framed turns included.
func TestStyleRuleSameInEvaluate(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"testdata/styles.csv", "testdata/styles-heldout.csv"} {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		ds, err := ReadDataset(f, path)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		framed := 0
		for i, feats := range datasetFeatures(ds) {
			s := ds.Sessions[i]
			p := predictions{}
			m.predictRecording(s, feats, p)
			tr := s.Transcript()
			m.CodeTranscript(tr)
			next := map[string]int{}
			for j, u := range tr.Utterances {
				if _, ok := styleCore(u.Text); ok {
					framed++
				}
				task := mainTask(u.Role)
				k := next[task]
				next[task]++
				if got := p[task].pred[k]; got != u.Code.Label {
					t.Errorf("%s utterance %d: Evaluate codes %s, CodeTranscript %s", s.ID, j, got, u.Code.Label)
				}
			}
		}
		if framed == 0 {
			t.Errorf("%s: no framed turn, so nothing is compared", path)
		}
	}
}
