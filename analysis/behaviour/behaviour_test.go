package behaviour_test

import (
	"encoding/csv"
	"os"
	"strings"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/analysis/behaviour"
)

// behaviourLabels are the labels of testdata/behaviours.csv, in report order.
var behaviourLabels = []string{"affirm", "seek_collaboration", "autonomy", "confront", "persuade"}

// detectedLabels returns the labels the detector gives text.
func detectedLabels(text string) map[string]bool {
	b := behaviour.Detect(ally.Utterance{Role: ally.RolePractitioner, Text: text}, nil)
	return map[string]bool{
		"affirm": b.Affirm, "seek_collaboration": b.SeekCollaboration, "autonomy": b.Autonomy,
		"confront": b.Confront, "persuade": b.Persuade,
	}
}

// prf holds true positives, false positives and false negatives.
type prf struct{ tp, fp, fn int }

func (c prf) precision() float64 { return ratio(c.tp, c.tp+c.fp) }
func (c prf) recall() float64    { return ratio(c.tp, c.tp+c.fn) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// TestDetect measures the detector against the hand-labelled
// utterances. The held-out part was not looked at while writing the phrase
// lists; the floors are set well under the tuning-part figures so the test
// catches a rule change that breaks the detector, not noise.
func TestDetect(t *testing.T) {
	f, err := os.Open("testdata/behaviours.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]map[string]*prf{"tune": {}, "heldout": {}, "heldout2": {}}
	for _, split := range counts {
		for _, l := range behaviourLabels {
			split[l] = &prf{}
		}
	}
	for _, row := range rows[1:] {
		split, labels, text := row[0], row[1], row[2]
		if counts[split] == nil {
			t.Fatalf("testdata/behaviours.csv: unknown split %q", split)
		}
		want := map[string]bool{}
		for _, l := range strings.Split(labels, ";") {
			want[l] = true
		}
		got := detectedLabels(text)
		for _, l := range behaviourLabels {
			c := counts[split][l]
			switch {
			case got[l] && want[l]:
				c.tp++
			case got[l]:
				c.fp++
				if testing.Verbose() && os.Getenv("ALLY_SHOW_ERRORS") != "" && split == "tune" {
					t.Logf("false %s: %s", l, text)
				}
			case want[l]:
				c.fn++
				if testing.Verbose() && os.Getenv("ALLY_SHOW_ERRORS") != "" && split == "tune" {
					t.Logf("missed %s: %s", l, text)
				}
			}
		}
	}
	// Precision matters most: a false confrontation or persuasion flag lowers a
	// professional's score unfairly, while a missed one only makes ally
	// quieter. Recall of phrase rules on unseen wording is low (see
	// docs/analysis.md), so its floor only guards against a rule change that
	// stops a behaviour from being found at all.
	const precisionFloor, recallFloor = 0.5, 0.1
	for _, split := range []string{"tune", "heldout", "heldout2"} {
		for _, l := range behaviourLabels {
			c := counts[split][l]
			t.Logf("%-8s %-19s precision %.2f recall %.2f (tp %d fp %d fn %d)", split, l, c.precision(), c.recall(), c.tp, c.fp, c.fn)
			if split != "tune" && (c.precision() < precisionFloor || c.recall() < recallFloor) {
				t.Errorf("%s %s: precision %.2f recall %.2f, want ≥ %.2f and ≥ %.2f", split, l, c.precision(), c.recall(), precisionFloor, recallFloor)
			}
		}
	}
}

// TestDetectCases pins rules the review found wrong: each case
// failed on the detector before the fix.
func TestDetectCases(t *testing.T) {
	client := func(s string) *ally.Utterance { return &ally.Utterance{Role: ally.RoleClient, Text: s} }
	tests := []struct {
		name string
		prev *ally.Utterance
		text string
		want []string // labels expected; the rest must be off
	}{
		// Imperatives that hand control to the client do not persuade.
		{"take your time", nil, "Take your time.", nil},
		{"take as long as you need", nil, "Take as long as you need.", nil},
		{"think about what matters", nil, "Think about what matters most to you.", nil},
		{"own pace, up to you", nil, "Go at your own pace; it's up to you.", []string{"autonomy"}},
		{"a real command still directs", nil, "Go to bed at the same time every night.", []string{"persuade"}},
		{"what matters to the kids still directs", nil, "Think about what matters most to your kids.", []string{"persuade"}},
		{"thinking about the kids still directs", nil, "Think about how your kids feel when you drink.", []string{"persuade"}},
		// A reflection of the client's obligation is not persuasion.
		{"mandated client", client("I'm only here because the judge says so."), "You're here because you have to be, and you'd rather be anywhere else.", nil},
		{"because you have to be careful", nil, "It matters, because you have to be careful on those roads.", []string{"persuade"}},
		// The client's own "I have to ..." echoed back.
		{"echo you have to", client("I have to be up at five for work."), "You have to be up at five, so the evening is the only time that's yours.", nil},
		{"echo you need to", client("I know I need to cut down."), "You need to cut down, and you're not sure how.", nil},
		{"echo you ought to", client("I ought to call my sister."), "You ought to call her, and it's been hard to pick up the phone.", nil},
		{"echo you should", client("I should cut down."), "You should cut down, you're thinking.", nil},
		{"no echo without the client's words", nil, "You have to be up at five.", []string{"persuade"}},
		{"echo needs more than be", client("I have to be honest, I drink a lot."), "You have to be careful with that.", []string{"persuade"}},
		// A hand-over covers only its own clause, matched as a whole phrase:
		// what follows it is still read for directives.
		{"take your time, and quit", nil, "Take your time, and quit by Friday.", []string{"persuade"}},
		{"take your time with, but take", nil, "Take your time with the insulin, but take it every night.", []string{"persuade"}},
		{"take a second job", nil, "Take a second job if money is tight.", []string{"persuade"}},
		{"take a moment to breathe", nil, "Take a moment to breathe.", nil},
		{"take a second, no rush", nil, "Take a second, there's no rush.", nil},
		{"take a minute if you need to", nil, "Take a minute if you need to.", nil},
		{"if you need to, then a directive", nil, "If you need to quit, quit now.", []string{"persuade"}},
		{"take a moment to think about quitting", nil, "Take a moment to think about quitting.", []string{"persuade"}},
		{"go slow on the drinks", nil, "Go slow on the drinks this weekend.", []string{"persuade"}},
		{"go slow", nil, "Go slow, there's no rush.", nil},
		{"go on, listening", nil, "Go on, I'm listening.", nil},
		{"go on a diet", nil, "Go on a diet before the surgery.", []string{"persuade"}},
		{"own pace, but stop", nil, "Go at your own pace, but stop drinking before bed.", []string{"autonomy", "persuade"}},
		{"think about how you want to feel, and stop", nil, "Think about how you want to feel when your daughter visits, and stop drinking before she comes.", []string{"persuade"}},
		{"think about whether to keep living like this", nil, "Think about whether you want to keep living like this.", []string{"persuade"}},
		{"think about what you want", nil, "Think about what you want.", nil},
		{"think about what would work", nil, "Think about what would work for you.", []string{"seek_collaboration"}},
		// An echo repeats the client's clause, not just the word after the modal.
		{"one shared word is no echo", client("I need to get going soon."), "You need to get help.", []string{"persuade"}},
		{"the client's verb with a new object", client("I should go."), "You should go to AA.", []string{"persuade"}},
		{"the client's whole clause", client("I should go."), "You should go.", nil},
		{"echo with the person switched", client("I have to look after my mum."), "You have to look after your mum, and that leaves no time for you.", nil},
		{"echo of the client's whole short clause", client("I have to stop."), "You have to stop.", nil},
		{"echo without the client's hedge", client("I should probably cut down a bit."), "You should cut down.", nil},
		{"echo of a warning in the client's words", client("If I keep drinking like this I'll lose my job."), "If you keep drinking like this you'll lose your job.", nil},
		{"the directive's own words are not an echo", client("It's important that I stay calm."), "It's important that you stop drinking.", []string{"persuade"}},
		{"half the client's clause is no echo", client("I have to stop drinking on weeknights."), "You have to stop.", []string{"persuade"}},
		// Invitations to say no.
		{"you can pass", nil, "A reminder before anything else: you can pass on any question tonight. Nobody has to share.", []string{"autonomy"}},
		{"anything that didn't sit right", nil, "Is there anything I said today that didn't sit right with you?", []string{"autonomy"}},
		{"a reflection of something that didn't sit right", nil, "What your boss said didn't sit right with you.", nil},
		// A negated or intensified command is never an echo, and an echo
		// excuses only the clause it repeats.
		{"don't just try, do it", client("I'll try, I suppose."), "Don't just try. Do it. I'll see you in three months and I expect results.", []string{"persuade"}},
		{"echo with a directive added after and", client("I should probably call my sister."), "You should call your sister and tell her you're drinking again.", []string{"persuade"}},
		{"echo with a new clause after and", client("I should probably call my sister."), "You should call your sister, and it's been hard to pick up the phone.", nil},
		{"do it", nil, "Do it.", []string{"persuade"}},
		// Invitations to keep talking do not direct the client's behaviour.
		{"go on, tell me more", nil, "Go on, tell me more.", nil},
		{"go ahead, a name", nil, "Go ahead, Sam.", nil},
		{"go ahead, a name, tell me more", nil, "Go ahead, Raj. Tell me more about that.", nil},
		{"have a think, and get back to me", nil, "Have a think about what you want, and get back to me.", nil},
		{"get back to me, but quit", nil, "Get back to me when you can, but quit by Friday.", []string{"persuade"}},
		{"go ahead and try", nil, "Go ahead and try the patch.", []string{"persuade"}},
		{"go ahead with the patch", nil, "Go ahead with the patch tonight.", []string{"persuade"}},
		// "Come on" opening a sentence confronts.
		{"come on, smarter than this", nil, "Come on, you're smarter than this. Your mum is worried sick.", []string{"confront"}},
		{"come on in", nil, "Come on in and take a seat.", nil},
		// "Unless you want it" leaves the choice to the client.
		{"not on the table unless you want it", nil, "That's not on the table unless you want it to be.", []string{"autonomy"}},
		{"unless you stop", nil, "Unless you stop, you'll lose your licence.", []string{"persuade"}},
		// Supportive lines are not persuasion.
		{"go easy on yourself", nil, "Go easy on yourself.", nil},
		{"one day at a time", nil, "Take it one day at a time.", nil},
		{"try not to be too hard on yourself", nil, "Try not to be too hard on yourself.", nil},
		{"keep going, listening", nil, "Keep going, I'm listening.", nil},
		{"keep going to the meetings", nil, "Keep going to the meetings.", []string{"persuade"}},
		// Warnings, unasked suggestions and "for your own good" push.
		{"bad for the baby", nil, "Smoking is really bad for the baby's growth.", []string{"persuade"}},
		{"is killing", nil, "The drinking is killing your liver.", []string{"persuade"}},
		{"a question about what is bad", nil, "Do you think smoking is bad for the baby?", nil},
		{"you could ask", nil, "You could ask Mark to smoke outside.", []string{"persuade"}},
		{"if you could", nil, "If you could change one thing, what would it be?", nil},
		{"you could, handed back", nil, "You could try the patch if you want. It's totally your call.", []string{"autonomy"}},
		{"you could, in a question", nil, "Is that something you could try this week?", nil},
		{"you could either", nil, "You could either cut down or stop altogether.", nil},
		{"you need to, handed back", nil, "That's your choice, but you need to know the risks.", []string{"autonomy", "persuade"}},
		{"maybe you could", nil, "Maybe you could ask her for help.", []string{"persuade"}},
		{"and you could picture", nil, "It was a concrete goal, and you could picture yourself crossing the line.", nil},
		{"you could choose", nil, "You could choose to wait a while.", []string{"autonomy"}},
		{"scared you could lose", nil, "You're scared you could lose your job.", nil},
		{"for your own good", nil, "I'm only saying it for your own good.", []string{"persuade"}},
		{"a reported own good", nil, "Your wife says it's for your own good.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := behaviour.Detect(ally.Utterance{Role: ally.RolePractitioner, Text: tt.text}, tt.prev)
			got := map[string]bool{
				"affirm": b.Affirm, "seek_collaboration": b.SeekCollaboration, "autonomy": b.Autonomy,
				"confront": b.Confront, "persuade": b.Persuade,
			}
			want := map[string]bool{}
			for _, l := range tt.want {
				want[l] = true
			}
			for _, l := range behaviourLabels {
				if got[l] != want[l] {
					t.Errorf("%q: %s = %v, want %v", tt.text, l, got[l], want[l])
				}
			}
		})
	}
}
