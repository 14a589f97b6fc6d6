package noes_test

import (
	"testing"

	"github.com/ally-mi/ally/analysis/noes"
)

// TestFind reads one client utterance against the prompt it answers, as
// the session judges it. The cases through the whole analysis, with the
// prompts judged by the coder's codes and the behaviour rules, are in the
// analysis package's TestNoOf.
func TestFind(t *testing.T) {
	openQ := &noes.Prompt{Text: "Hi Jo, how has the week been with the drinking?", Question: true}
	permission := &noes.Prompt{Text: "Would it be all right if I shared something?", Question: true, AsksPermission: true}
	push := &noes.Prompt{Text: "You should try the patch.", Pushes: true, Pressed: true, Advice: true, Input: true, Reactive: true}
	info := &noes.Prompt{Text: "Alcohol raises blood pressure.", Input: true, Reactive: true}
	reflection := &noes.Prompt{Text: "You sound really mad about it."}
	tests := []struct {
		name      string
		p         *noes.Prompt
		text      string
		change    bool
		kind, cue string // kind "" for no "no"
	}{
		{"not quitting", openQ, "Fine. I'm not quitting, just so you know.", false, noes.Overt, "i'm not quitting"},
		{"not quitting, nothing before", nil, "I'm not quitting.", false, noes.Overt, "i'm not quitting"},
		{"okay but no patches", openQ, "Okay, but no patches.", false, noes.Overt, "no patches"},
		{"sure to permission", permission, "Sure, go ahead.", false, "", ""},
		{"okay to information", info, "Okay.", false, "", ""},
		{"okay to pushing advice", push, "Okay.", false, noes.Covert, "okay"},
		{"whatever, alone", push, "Whatever. Did you see the game?", false, noes.Covert, "whatever"},
		{"yes but towards change", reflection, "Yeah, but talking about it makes me think I need to do something.", true, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := noes.Find(tt.text, tt.change, tt.p)
			if tt.kind == "" {
				if ok {
					t.Errorf("Find(%q) = %+v, want no \"no\"", tt.text, got)
				}
				return
			}
			if !ok || got.Kind != tt.kind || got.Cue != tt.cue {
				t.Errorf("Find(%q) = %+v, %v; want %s %q", tt.text, got, ok, tt.kind, tt.cue)
			}
		})
	}
}

func TestCueStyles(t *testing.T) {
	if !noes.QuickYes("okay") || noes.QuickYes("anyway") {
		t.Error(`QuickYes: want "okay" and not "anyway"`)
	}
	if !noes.SubjectChange("anyway") || noes.SubjectChange("okay") {
		t.Error(`SubjectChange: want "anyway" and not "okay"`)
	}
}
