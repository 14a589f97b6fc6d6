package ally

import "strconv"

// Role is what a speaker is in a session.
type Role string

// The roles a speaker can have.
const (
	RolePractitioner Role = "practitioner"
	RoleClient       Role = "client"
)

// Transcript is one session as read from a file: who spoke, what they said,
// and when.
type Transcript struct {
	// Name identifies the transcript, usually the file it was read from.
	Name string
	// Format is the reader that produced it: "vtt", "srt", "txt", "csv" or "json".
	Format string
	// Speakers lists everyone who spoke, in order of first appearance.
	Speakers []Speaker
	// Utterances are the turns in order. Consecutive cues of one speaker are
	// merged into one utterance.
	Utterances []Utterance
	// Warnings say what the reader left out or read around in a file it
	// still took: a malformed cue, an undecodable byte. Empty when the file
	// read cleanly.
	Warnings []Warning
}

// Warning is one problem in a transcript file that cost less than the file.
type Warning struct {
	// Line is the line of the source file it concerns (from 1), 0 when
	// the format has no lines or the warning is about the whole file.
	Line int `json:"line,omitempty"`
	// Message says what was wrong and what the reader did about it.
	Message string `json:"message"`
}

// String returns the warning as "line 12: message", or the message alone.
func (w Warning) String() string {
	if w.Line > 0 {
		return "line " + strconv.Itoa(w.Line) + ": " + w.Message
	}
	return w.Message
}

// Speaker is one person in a session and the role ally decided for them.
type Speaker struct {
	Name string
	Role Role
	// Confidence is how sure the role decision is, in [0,1].
	Confidence float64
	// Reason says in a few words why the role was chosen, for the user.
	Reason string
}

// Utterance is one turn of one speaker.
type Utterance struct {
	// Index is the utterance's position in the transcript, from 0.
	Index   int
	Speaker string
	Role    Role
	// Start and End are seconds from the start of the recording, nil when
	// the source gives no time.
	Start, End *float64
	Text       string
	// Line is the line of the source file the utterance starts on (from 1),
	// 0 when the format has no lines.
	Line int
	// Code is what the coder made of the utterance; zero until coded.
	Code Code
}

// SpeakerByName returns the speaker with the given name and whether there is one.
func (t *Transcript) SpeakerByName(name string) (Speaker, bool) {
	for _, s := range t.Speakers {
		if s.Name == name {
			return s, true
		}
	}
	return Speaker{}, false
}
