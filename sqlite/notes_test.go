package sqlite_test

import (
	"slices"
	"testing"

	"github.com/ally-mi/ally"
)

func TestNoteService(t *testing.T) {
	t.Parallel()
	s := MustOpenStores(t)
	ctx, _ := MustSignIn(t, s, "a@example.org")
	c := MustCreateClient(t, ctx, s, "Sam", nil)
	ss := MustCreateSession(t, ctx, s, c.ID, now)

	private := &ally.Note{SessionID: ss.ID, Format: ally.NotePrivate, Sections: []string{"I felt impatient"}}
	soap := &ally.Note{SessionID: ss.ID, Format: ally.NoteSOAP, Sections: []string{"Says weekends are hard", "Calm"}}
	wantCode(t, s.Notes.SaveNote(ctx, private), "")
	wantCode(t, s.Notes.SaveNote(ctx, soap), "")
	if soap.ID == 0 || !soap.UpdatedAt.Equal(now) {
		t.Errorf("saved: got %+v", soap)
	}

	// Saving a format again replaces its note.
	again := &ally.Note{SessionID: ss.ID, Format: ally.NoteSOAP, Sections: []string{"S", "O", "A", "P"}}
	wantCode(t, s.Notes.SaveNote(ctx, again), "")
	if again.ID != soap.ID {
		t.Errorf("replaced note: got id %d, want %d", again.ID, soap.ID)
	}

	notes, err := s.Notes.FindNotes(ctx, ss.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(notes) != 2 {
		t.Fatalf("got %d notes, want 2", len(notes))
	}
	if notes[0].Format != ally.NoteSOAP || !slices.Equal(notes[0].Sections, []string{"S", "O", "A", "P"}) {
		t.Errorf("first: got %+v, want the SOAP note", notes[0])
	}
	if notes[1].Format != ally.NotePrivate || !slices.Equal(notes[1].Sections, []string{"I felt impatient"}) {
		t.Errorf("last: got %+v, want the private note", notes[1])
	}

	tests := []struct {
		name string
		note ally.Note
		want string
	}{
		{"short note padded", ally.Note{SessionID: ss.ID, Format: ally.NoteDAP, Sections: []string{"D"}}, ""},
		{"unknown format", ally.Note{SessionID: ss.ID, Format: "essay", Sections: []string{"x"}}, ally.EINVALID},
		{"too many sections", ally.Note{SessionID: ss.ID, Format: ally.NotePrivate, Sections: []string{"a", "b"}}, ally.EINVALID},
		{"no such session", ally.Note{SessionID: ss.ID + 1, Format: ally.NotePrivate}, ally.ENOTFOUND},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantCode(t, s.Notes.SaveNote(ctx, &tt.note), tt.want)
		})
	}
	if notes, _ := s.Notes.FindNotes(ctx, ss.ID); len(notes) != 3 || len(notes[1].Sections) != 3 {
		t.Errorf("the DAP note: got %d notes", len(notes))
	}
	_, err = s.Notes.FindNotes(ctx, ss.ID+1)
	wantCode(t, err, ally.ENOTFOUND)
}
