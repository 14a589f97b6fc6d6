package ally_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/ally-mi/ally"
)

func TestErrorCodeAndMessage(t *testing.T) {
	tests := []struct {
		name          string
		err           error
		code, message string
	}{
		{"nil", nil, "", ""},
		{"ally error", ally.Errorf(ally.EINVALID, "line %d: bad cue", 3), ally.EINVALID, "line 3: bad cue"},
		{"wrapped", fmt.Errorf("reading: %w", ally.Errorf(ally.ENOTFOUND, "file not found")), ally.ENOTFOUND, "file not found"},
		{"other error", errors.New("disk on fire"), ally.EINTERNAL, "internal error"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ally.ErrorCode(tt.err); got != tt.code {
				t.Errorf("ErrorCode = %q, want %q", got, tt.code)
			}
			if got := ally.ErrorMessage(tt.err); got != tt.message {
				t.Errorf("ErrorMessage = %q, want %q", got, tt.message)
			}
		})
	}
}

func TestSpeakerByName(t *testing.T) {
	tr := &ally.Transcript{Speakers: []ally.Speaker{{Name: "Dana", Role: ally.RolePractitioner}, {Name: "Sam", Role: ally.RoleClient}}}
	if s, ok := tr.SpeakerByName("Sam"); !ok || s.Role != ally.RoleClient {
		t.Errorf("SpeakerByName(Sam) = %+v, %v; want the client", s, ok)
	}
	if _, ok := tr.SpeakerByName("Alex"); ok {
		t.Error("SpeakerByName(Alex) found a speaker that is not there")
	}
}
