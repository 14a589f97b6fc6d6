package transcript_test

import (
	"strings"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/transcript"
)

// behaviourSession is a session whose labels say nothing: the first
// speaker asks and reflects, the second answers.
const behaviourSession = `Speaker 2: Hi, sorry I'm late.
Speaker 1: No problem. What would you like to talk about today?
Speaker 2: My drinking, I guess. My wife is on at me.
Speaker 1: It sounds like she's worried about you.
Speaker 2: She is. I think it's fine, though. I only drink at weekends.
Speaker 1: You don't see it as a problem yourself.
Speaker 2: Not really. Maybe the hangovers.
Speaker 1: How do the hangovers affect your week?
Speaker 2: I lose Sundays. I'm useless.
Speaker 1: So part of you would like your Sundays back.
`

// groupSession has a facilitator and three members.
const groupSession = `Rosa: Welcome, everyone. You can pass on any question tonight. What brought you here?
Mike: The judge.
Rosa: You're here because you have to be.
Tanya: Same for me. I lost my Thursday shift for this.
Rosa: It sounds like being here costs you both something real. Dev, what about you?
Dev: I'd rather just listen.
Rosa: That's fine. What does drinking give you, Tanya?
Tanya: Relaxation. I have three kids.
Rosa: So it's your one way to switch off.
Mike: For me it's my buddies.
Rosa: Time with your friends matters. How would you like things to be different?
Dev: I want my sister to talk to me again.
Rosa: You miss her.
`

func TestRoles(t *testing.T) {
	tests := []struct {
		name, in, practitioner string
		want                   map[string]ally.Role
		minConfidence          float64
		reason                 string // in the practitioner's Reason
	}{
		{"labels", "Client: I'm fine.\nTherapist: What brings you in?\nClient: My doctor.\n", "",
			map[string]ally.Role{"Therapist": ally.RolePractitioner, "Client": ally.RoleClient}, 0.95, `label "Therapist"`},
		{"client labels leave one practitioner", "Member 1: Hi.\nLee: Welcome.\nMember 2: Hello.\nMember 1: Ok.\n", "",
			map[string]ally.Role{"Lee": ally.RolePractitioner, "Member 1": ally.RoleClient, "Member 2": ally.RoleClient}, 0.95, "labelled clients"},
		{"Dr title", "Dr. Smith: How are you?\nJo: Fine.\n", "",
			map[string]ally.Role{"Dr. Smith": ally.RolePractitioner, "Jo": ally.RoleClient}, 0.95, `label "Dr"`},
		{"Speaker 1/2 by behaviour", behaviourSession, "",
			map[string]ally.Role{"Speaker 1": ally.RolePractitioner, "Speaker 2": ally.RoleClient}, 0.7, "asks 2 of 2 questions"},
		{"group with a facilitator and three members", groupSession, "",
			map[string]ally.Role{"Rosa": ally.RolePractitioner, "Mike": ally.RoleClient, "Tanya": ally.RoleClient, "Dev": ally.RoleClient}, 0.7, "turns"},
		{"override with odd case and spacing", behaviourSession, "  speaker   2 ",
			map[string]ally.Role{"Speaker 2": ally.RolePractitioner, "Speaker 1": ally.RoleClient}, 1, "set by --practitioner"},
		{"override with dots", "Dr. Smith: Hi.\nJo Lee: Hi.\n", "dr smith",
			map[string]ally.Role{"Dr. Smith": ally.RolePractitioner, "Jo Lee": ally.RoleClient}, 1, "set by --practitioner"},
		{"override beats labels", "Therapist: Hi.\nClient: Hi.\n", "CLIENT",
			map[string]ally.Role{"Client": ally.RolePractitioner, "Therapist": ally.RoleClient}, 1, "set by --practitioner"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := MustParse(t, "s.txt", tt.in, transcript.Options{Practitioner: tt.practitioner})
			checkInvariants(t, tr)
			if len(tr.Speakers) != len(tt.want) {
				t.Errorf("got %d speakers, want %d", len(tr.Speakers), len(tt.want))
			}
			for _, s := range tr.Speakers {
				if s.Role != tt.want[s.Name] {
					t.Errorf("%q: got %s (%s), want %s", s.Name, s.Role, s.Reason, tt.want[s.Name])
				}
				if s.Confidence < tt.minConfidence {
					t.Errorf("%q: confidence %.2f, want at least %.2f", s.Name, s.Confidence, tt.minConfidence)
				}
				if s.Role == ally.RolePractitioner && !strings.Contains(s.Reason, tt.reason) {
					t.Errorf("%q: reason %q, want it to mention %q", s.Name, s.Reason, tt.reason)
				}
			}
		})
	}
}

func TestRolesErrors(t *testing.T) {
	tests := []struct {
		name, in, practitioner string
		msg                    []string
	}{
		{"unknown override", "Dana: How?\nSam: So.\n", "Dr Who", []string{"s.txt", `"Dr Who"`, `"Dana", "Sam"`}},
		{"one speaker", "Dana: How?\nDana: So.\n", "", []string{"s.txt", `only one speaker ("Dana")`, "at least one client"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := transcript.Parse("s.txt", []byte(tt.in), transcript.Options{Practitioner: tt.practitioner})
			if code, msg := ally.ErrorCode(err), ally.ErrorMessage(err); code != ally.EINVALID || !contains(msg, tt.msg...) {
				t.Errorf("got %s %q, want %s with %q", code, msg, ally.EINVALID, tt.msg)
			}
		})
	}
}
