package sqlite_test

import (
	"slices"
	"testing"

	"github.com/ally-mi/ally"
)

func TestWorksheetService(t *testing.T) {
	t.Parallel()
	s := MustOpenStores(t)
	ctx, _ := MustSignIn(t, s, "a@example.org")
	c := MustCreateClient(t, ctx, s, "Sam", nil)

	first := &ally.Worksheet{ClientID: c.ID, Behaviour: "phone in bed until one", Gives: []string{"free_time", " ", "free_time", "rest"},
		GivesWords: "time nobody takes", Costs: "tired, snapping at the kids", WouldHaveToBeTrue: "time of my own earlier"}
	wantCode(t, s.Worksheets.CreateWorksheet(ctx, first), "")
	if first.ID == 0 || first.By != ally.ByProfessional || !first.CreatedAt.Equal(now) || !slices.Equal(first.Gives, []string{"free_time", "rest"}) {
		t.Errorf("created: got %+v", first)
	}
	byClient := &ally.Worksheet{ClientID: c.ID, Costs: "money", By: ally.ByClient, CheckInID: 9}
	wantCode(t, s.Worksheets.CreateWorksheet(ctx, byClient), "")

	tests := []struct {
		name string
		w    ally.Worksheet
		want string
	}{
		{"no answer", ally.Worksheet{ClientID: c.ID, Behaviour: "  ", Gives: []string{""}}, ally.EINVALID},
		{"unknown author", ally.Worksheet{ClientID: c.ID, Costs: "x", By: "supervisor"}, ally.EINVALID},
		{"no such client", ally.Worksheet{ClientID: c.ID + 1, Costs: "x"}, ally.ENOTFOUND},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantCode(t, s.Worksheets.CreateWorksheet(ctx, &tt.w), tt.want)
		})
	}

	got, err := s.Worksheets.FindWorksheets(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].ID != byClient.ID || got[1].ID != first.ID {
		t.Fatalf("got %d worksheets, want the client's then the first (newest first)", len(got))
	}
	if got[0].By != ally.ByClient || got[0].CheckInID != 9 || got[0].Costs != "money" || len(got[0].Gives) != 0 {
		t.Errorf("the client's: got %+v", got[0])
	}
	if w := got[1]; w.Behaviour != first.Behaviour || w.GivesWords != first.GivesWords || w.Costs != first.Costs ||
		w.WouldHaveToBeTrue != first.WouldHaveToBeTrue || !slices.Equal(w.Gives, first.Gives) || w.CheckInID != 0 {
		t.Errorf("the first: got %+v", w)
	}

	// An update changes the answers and keeps who filled it in.
	edit := &ally.Worksheet{ID: byClient.ID, By: ally.ByProfessional, Costs: "money and mornings", Gives: []string{"pleasure"}}
	wantCode(t, s.Worksheets.UpdateWorksheet(ctx, edit), "")
	w, err := s.Worksheets.FindWorksheetByID(ctx, byClient.ID)
	if err != nil {
		t.Fatal(err)
	}
	if w.By != ally.ByClient || w.CheckInID != 9 || w.Costs != "money and mornings" || !slices.Equal(w.Gives, []string{"pleasure"}) ||
		w.ClientID != c.ID {
		t.Errorf("updated: got %+v", w)
	}
	wantCode(t, s.Worksheets.UpdateWorksheet(ctx, &ally.Worksheet{ID: byClient.ID}), ally.EINVALID)
	wantCode(t, s.Worksheets.UpdateWorksheet(ctx, &ally.Worksheet{ID: byClient.ID + 10, Costs: "x"}), ally.ENOTFOUND)

	wantCode(t, s.Worksheets.DeleteWorksheet(ctx, first.ID), "")
	wantCode(t, s.Worksheets.DeleteWorksheet(ctx, first.ID), ally.ENOTFOUND)
	_, err = s.Worksheets.FindWorksheetByID(ctx, first.ID)
	wantCode(t, err, ally.ENOTFOUND)
	if got, _ := s.Worksheets.FindWorksheets(ctx, c.ID); len(got) != 1 {
		t.Errorf("after delete: got %d worksheets", len(got))
	}
	_, err = s.Worksheets.FindWorksheets(ctx, c.ID+1)
	wantCode(t, err, ally.ENOTFOUND)
}
