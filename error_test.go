package ally_test

import (
	"errors"
	"fmt"
	"strings"
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
		{"internal ally error", ally.Errorf(ally.EINTERNAL, "open /var/lib/ally/key: denied"), ally.EINTERNAL, "internal error"},
		{"wrapped cause", ally.WrapError(ally.ECONFLICT, errors.New("UNIQUE constraint failed: users.email"), "that e-mail is taken"), ally.ECONFLICT, "that e-mail is taken"},
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

func TestErrorCause(t *testing.T) {
	cause := errors.New("UNIQUE constraint failed: users.email")
	err := ally.WrapError(ally.ECONFLICT, cause, "an account with that e-mail exists")
	if !errors.Is(err, cause) {
		t.Error("errors.Is does not find the cause")
	}
	if got := err.Error(); !strings.Contains(got, cause.Error()) {
		t.Errorf("Error() = %q, want the cause for the logs", got)
	}
	if got := ally.ErrorMessage(err); strings.Contains(got, "UNIQUE") {
		t.Errorf("ErrorMessage = %q shows the cause to the user", got)
	}
}

func TestStatus(t *testing.T) {
	tests := []struct {
		code       string
		exit, http int
	}{
		{"", 0, 200},
		{ally.EINVALID, 1, 400},
		{ally.EUNAUTHORIZED, 1, 401},
		{ally.EFORBIDDEN, 1, 403},
		{ally.ENOTFOUND, 1, 404},
		{ally.ECONFLICT, 1, 409},
		{ally.ETOOLARGE, 1, 413},
		{ally.EINTERNAL, 1, 500},
		{"no such code", 1, 500},
	}
	for _, tt := range tests {
		exit, status := ally.Status(tt.code)
		if exit != tt.exit || status != tt.http {
			t.Errorf("Status(%q) = %d, %d; want %d, %d", tt.code, exit, status, tt.exit, tt.http)
		}
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
