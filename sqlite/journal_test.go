package sqlite_test

import (
	"strings"
	"testing"

	"github.com/ally-mi/ally"
)

func TestJournalService(t *testing.T) {
	t.Parallel()
	s := MustOpenStores(t)
	ctx, me := MustSignIn(t, s, "a@example.org")
	sam := MustCreateClient(t, ctx, s, "Sam", nil)

	check := &ally.JournalEntry{Kind: ally.JournalSelfCheck, ClientID: sam.ID,
		Alive: " Tired after the drive. ", Touches: "His father drank, as mine did."}
	reflection := &ally.JournalEntry{Kind: ally.JournalReflection, Text: "I hurried Sam towards a plan."}
	wantCode(t, s.Journal.CreateJournalEntry(ctx, check), "")
	wantCode(t, s.Journal.CreateJournalEntry(ctx, reflection), "")
	if check.ID == 0 || check.ProfessionalID != me.ID || !check.CreatedAt.Equal(now) || check.Alive != "Tired after the drive." {
		t.Errorf("created: got %+v", check)
	}

	for _, tt := range []struct {
		name  string
		entry ally.JournalEntry
		code  string
	}{
		{"empty reflection", ally.JournalEntry{Kind: ally.JournalReflection, Text: "  "}, ally.EINVALID},
		{"empty self-check", ally.JournalEntry{Kind: ally.JournalSelfCheck, Text: "not an answer"}, ally.EINVALID},
		{"unknown kind", ally.JournalEntry{Kind: "diary", Text: "x"}, ally.EINVALID},
		{"no kind", ally.JournalEntry{Text: "x"}, ally.EINVALID},
		{"too long", ally.JournalEntry{Kind: ally.JournalReflection, Text: strings.Repeat("a", ally.MaxJournalText+1)}, ally.EINVALID},
		{"unknown client", ally.JournalEntry{Kind: ally.JournalSelfCheck, ClientID: sam.ID + 100, Alive: "x"}, ally.ENOTFOUND},
		{"one answer is enough", ally.JournalEntry{Kind: ally.JournalSelfCheck, Touches: "Nothing today."}, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			wantCode(t, s.Journal.CreateJournalEntry(ctx, &tt.entry), tt.code)
		})
	}

	// Newest first; the filter picks by client and kind, and caps.
	all, err := s.Journal.FindJournalEntries(ctx, ally.JournalFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 3 || all[0].Touches != "Nothing today." || all[1].ID != reflection.ID || all[2].ID != check.ID {
		t.Fatalf("all: got %d entries, want the three saved, newest first", len(all))
	}
	for _, tt := range []struct {
		name   string
		filter ally.JournalFilter
		want   []int64
	}{
		{"by client", ally.JournalFilter{ClientID: sam.ID}, []int64{check.ID}},
		{"by kind", ally.JournalFilter{Kind: ally.JournalReflection}, []int64{reflection.ID}},
		{"capped", ally.JournalFilter{Limit: 1}, []int64{all[0].ID}},
	} {
		got, err := s.Journal.FindJournalEntries(ctx, tt.filter)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(tt.want) || got[0].ID != tt.want[0] {
			t.Errorf("%s: got %d entries, want %v", tt.name, len(got), tt.want)
		}
	}

	// An edit changes the text and the client, never the kind.
	edit := &ally.JournalEntry{ID: check.ID, Kind: ally.JournalReflection, Alive: "Rested.", Touches: ""}
	wantCode(t, s.Journal.UpdateJournalEntry(ctx, edit), "")
	got, err := s.Journal.FindJournalEntryByID(ctx, check.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Kind != ally.JournalSelfCheck || got.ClientID != 0 || got.Alive != "Rested." || got.Touches != "" || !got.CreatedAt.Equal(now) {
		t.Errorf("after edit: got %+v", got)
	}
	wantCode(t, s.Journal.UpdateJournalEntry(ctx, &ally.JournalEntry{ID: reflection.ID, Text: ""}), ally.EINVALID)
	wantCode(t, s.Journal.UpdateJournalEntry(ctx, &ally.JournalEntry{ID: reflection.ID, Text: "x", ClientID: sam.ID + 100}), ally.ENOTFOUND)
	wantCode(t, s.Journal.UpdateJournalEntry(ctx, &ally.JournalEntry{ID: all[0].ID + 100, Text: "x"}), ally.ENOTFOUND)

	wantCode(t, s.Journal.DeleteJournalEntry(ctx, reflection.ID), "")
	wantCode(t, s.Journal.DeleteJournalEntry(ctx, reflection.ID), ally.ENOTFOUND)
	_, err = s.Journal.FindJournalEntryByID(ctx, reflection.ID)
	wantCode(t, err, ally.ENOTFOUND)
	_, err = s.Journal.FindJournalEntries(ctx, ally.JournalFilter{ClientID: sam.ID + 100})
	wantCode(t, err, ally.ENOTFOUND)
}
