package engine_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/engine"
)

// questionCoder codes every practitioner turn a question and every client
// turn sustain talk, and counts its calls.
type questionCoder struct{ calls *int }

func (c questionCoder) CodeTranscript(t *ally.Transcript) {
	*c.calls++
	for i := range t.Utterances {
		u := &t.Utterances[i]
		if u.Role == ally.RoleClient {
			u.Code = ally.Code{Label: ally.CodeSustain, Confidence: 1}
		} else {
			u.Code = ally.Code{Label: ally.CodeQuestion, Subcode: ally.SubOpen, Confidence: 1}
		}
	}
}

const session = "Therapist: What brings you in?\nClient: My wife says I drink too much.\nTherapist: What do you make of that?\nClient: I don't see a problem.\n"

func TestAnalyze(t *testing.T) {
	tests := []struct {
		name     string
		input    string
		opt      ally.AnalyzeOptions
		code     string // error code, "" for success
		contains string // in the error message
	}{
		{"reads, codes and analyses", session, ally.AnalyzeOptions{}, "", ""},
		{"tender spots", session, ally.AnalyzeOptions{TenderSpots: []string{"drinking"}}, "", ""},
		{"over the size limit", session, ally.AnalyzeOptions{MaxSize: 10}, ally.ETOOLARGE, "s.txt"},
		{"unreadable", "\x00\x01\x02", ally.AnalyzeOptions{}, ally.EINVALID, "s.txt"},
		{"a tender spot that matches everything", session, ally.AnalyzeOptions{TenderSpots: []string{"I"}}, ally.EINVALID, "I"},
		{"practitioner override", session, ally.AnalyzeOptions{Practitioner: "Client"}, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			calls := 0
			e := engine.New(questionCoder{&calls})
			res, err := e.Analyze(context.Background(), strings.NewReader(tt.input), "s.txt", tt.opt)
			if got := ally.ErrorCode(err); got != tt.code {
				t.Fatalf("error code %q (%v), want %q", got, err, tt.code)
			}
			if err != nil {
				if !strings.Contains(ally.ErrorMessage(err), tt.contains) {
					t.Errorf("message %q does not name %q", ally.ErrorMessage(err), tt.contains)
				}
				if calls != 0 {
					t.Errorf("coder called %d times for a refused input", calls)
				}
				return
			}
			if calls != 1 {
				t.Errorf("coder called %d times, want 1", calls)
			}
			if res.Analysis == nil || res.Analysis.Score == nil {
				t.Fatalf("no analysis score: %+v", res.Analysis)
			}
			if got := res.Summary().Counts.Sustain; got != 2 && tt.opt.Practitioner == "" {
				t.Errorf("summary counts %d sustain, want 2", got)
			}
		})
	}
}

// TestKeepCodes checks that corrected codes are analysed as they are.
func TestKeepCodes(t *testing.T) {
	calls := 0
	e := engine.New(questionCoder{&calls})
	res, err := e.Analyze(context.Background(), strings.NewReader(session), "s.txt", ally.AnalyzeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t1 := res.Transcript
	t1.Utterances[1].Code = ally.Code{Label: ally.CodeChange, Confidence: 1}
	again, err := e.AnalyzeTranscript(context.Background(), t1, ally.AnalyzeOptions{KeepCodes: true})
	if err != nil {
		t.Fatal(err)
	}
	if calls != 1 {
		t.Errorf("coder called %d times, want 1: KeepCodes must not recode", calls)
	}
	if got := again.Summary().Counts.Change; got != 1 {
		t.Errorf("change talk %d after the correction, want 1", got)
	}
}

func TestCancelled(t *testing.T) {
	calls := 0
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := engine.New(questionCoder{&calls}).Analyze(ctx, strings.NewReader(session), "s.txt", ally.AnalyzeOptions{})
	if !errors.Is(err, context.Canceled) || calls != 0 {
		t.Errorf("err %v after %d coder calls, want context.Canceled before coding", err, calls)
	}
}

func TestNoCoder(t *testing.T) {
	_, err := engine.New(nil).Analyze(context.Background(), strings.NewReader(session), "s.txt", ally.AnalyzeOptions{})
	if got := ally.ErrorCode(err); got != ally.EINTERNAL {
		t.Errorf("code %q, want %q", got, ally.EINTERNAL)
	}
}

// TestCorrectionsOnTop checks that corrections outlive a new coding: the
// coder codes every client turn sustain talk, the correction makes one
// change talk, and the analysis counts it so.
func TestCorrectionsOnTop(t *testing.T) {
	calls := 0
	e := engine.New(questionCoder{&calls})
	opt := ally.AnalyzeOptions{Corrections: []ally.Correction{{Utterance: 1, Code: ally.CodeChange}}}
	res, err := e.Analyze(context.Background(), strings.NewReader(session), "s.txt", opt)
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Transcript.Utterances[1].Code; got.Label != ally.CodeChange || got.Confidence != 1 {
		t.Errorf("corrected utterance: got %+v, want change talk, confidence 1", got)
	}
	if got := res.Transcript.Utterances[3].Code.Label; got != ally.CodeSustain {
		t.Errorf("uncorrected utterance: got %q, want the coder's sustain", got)
	}
	opt.Corrections[0].Utterance = 9
	if _, err := e.Analyze(context.Background(), strings.NewReader(session), "s.txt", opt); ally.ErrorCode(err) != ally.EINVALID {
		t.Errorf("a correction past the end: got %v, want EINVALID", err)
	}
}

// versioned is a coder that names its model.
type versioned struct{ questionCoder }

func (versioned) Version() string { return "sha256:0123456789ab" }

func TestModelVersion(t *testing.T) {
	calls := 0
	if got := engine.New(questionCoder{&calls}).ModelVersion(); got != ally.UnversionedModel {
		t.Errorf("a coder without a version: got %q, want %q", got, ally.UnversionedModel)
	}
	if got := engine.New(versioned{questionCoder{&calls}}).ModelVersion(); got != "sha256:0123456789ab" {
		t.Errorf("a versioned coder: got %q, want its version", got)
	}
}
