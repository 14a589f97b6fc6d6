package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/internal/allytest"
)

// TestExampleReports renders every example session as text, JSON and HTML
// and compares each with its golden file. The sessions are coded by
// ruleCoder, not the embedded model, so the files change when the reports
// or the analysis change, never when the model is retrained.
func TestExampleReports(t *testing.T) {
	testdata, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(filepath.Join("..", ".."))
	examples, err := filepath.Glob(filepath.Join("examples", "*"))
	if err != nil || len(examples) == 0 {
		t.Fatalf("no examples (%v)", err)
	}
	for _, path := range examples {
		for _, format := range []string{"text", "json", "html"} {
			name := filepath.Base(path) + "." + format + ".golden"
			t.Run(name, func(t *testing.T) {
				r := runMain(t, context.Background(), &Main{Coder: ruleCoder{}},
					"analyze", "--format", format, "--tender-spots", "drinking, my father,", path)
				if r.code != 0 {
					t.Fatalf("exit %d; stderr: %s", r.code, r.stderr)
				}
				allytest.Golden(t, filepath.Join(testdata, name), []byte(r.stdout))
				switch format {
				case "text":
					checkWidth(t, r.stdout)
				case "html":
					checkHTML(t, r.stdout)
				}
			})
		}
	}
}

// ruleCoder codes utterances by a few surface rules, the way a first-year
// student might: questions by their mark, reflections by how they open,
// advice by "should", and client talk by words of wanting or of holding on.
// It is deterministic and stateless, so golden files stay put and workers
// can share it.
type ruleCoder struct{}

func (ruleCoder) CodeTranscript(t *ally.Transcript) {
	for i := range t.Utterances {
		u := &t.Utterances[i]
		s := " " + strings.ToLower(u.Text) + " "
		has := func(words ...string) bool {
			for _, w := range words {
				if strings.Contains(s, w) {
					return true
				}
			}
			return false
		}
		if u.Role == ally.RoleClient {
			switch {
			case has(" want to ", " i'd like", " i will ", " i could ", " going to ", " i should "):
				u.Code = ally.Code{Label: ally.CodeChange, Confidence: 0.8}
			case has(" not ", "n't ", " no ", " but ", " never "):
				u.Code = ally.Code{Label: ally.CodeSustain, Confidence: 0.7}
			default:
				u.Code = ally.Code{Label: ally.CodeNeutral, Confidence: 0.6}
			}
			continue
		}
		switch {
		case strings.HasSuffix(strings.TrimSpace(s), "?"):
			sub := ally.SubClosed
			if has(" what ", " how ", " why ", " tell me ") {
				sub = ally.SubOpen
			}
			u.Code = ally.Code{Label: ally.CodeQuestion, Subcode: sub, Confidence: 0.9, SubConfidence: 0.7}
		case has(" you should ", " you need to ", " you have to ", " try "):
			u.Code = ally.Code{Label: ally.CodeInput, Subcode: ally.SubAdvice, Confidence: 0.7, SubConfidence: 0.6}
		case has(" you ", " so ", " sounds "):
			sub := ally.SubSimple
			if len(strings.Fields(s)) > 12 {
				sub = ally.SubComplex
			}
			u.Code = ally.Code{Label: ally.CodeReflection, Subcode: sub, Confidence: 0.75, SubConfidence: 0.6}
		default:
			u.Code = ally.Code{Label: ally.CodeOther, Confidence: 0.5}
		}
	}
}

func TestSplitList(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"drinking", "drinking"},
		{" drinking , my father,, ", "drinking|my father"},
		{",,", ""},
	}
	for _, tt := range tests {
		if got := strings.Join(splitList(tt.in), "|"); got != tt.want {
			t.Errorf("splitList(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
