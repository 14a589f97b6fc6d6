package sqlite_test

import (
	"testing"

	"github.com/ally-mi/ally"
)

func TestGoalService(t *testing.T) {
	t.Parallel()
	s := MustOpenStores(t)
	ctx, _ := MustSignIn(t, s, "a@example.org")
	c := MustCreateClient(t, ctx, s, "Sam", nil)

	first := &ally.Goal{ClientID: c.ID, Title: "Drink less", Description: "Two dry days a week"}
	second := &ally.Goal{ClientID: c.ID, Title: "Sleep by eleven"}
	wantCode(t, s.Goals.CreateGoal(ctx, first), "")
	wantCode(t, s.Goals.CreateGoal(ctx, second), "")
	if first.ID == 0 || !first.CreatedAt.Equal(now) {
		t.Errorf("created: got %+v", first)
	}
	wantCode(t, s.Goals.CreateGoal(ctx, &ally.Goal{ClientID: c.ID, Title: " "}), ally.EINVALID)
	wantCode(t, s.Goals.CreateGoal(ctx, &ally.Goal{ClientID: c.ID + 1, Title: "x"}), ally.ENOTFOUND)

	first.Title, first.Description = "Drink less on weekdays", ""
	wantCode(t, s.Goals.UpdateGoal(ctx, first), "")
	wantCode(t, s.Goals.UpdateGoal(ctx, &ally.Goal{ID: first.ID, Title: ""}), ally.EINVALID)
	wantCode(t, s.Goals.UpdateGoal(ctx, &ally.Goal{ID: second.ID + 1, Title: "x"}), ally.ENOTFOUND)

	goals, err := s.Goals.FindGoals(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(goals) != 2 || goals[0].Title != "Drink less on weekdays" || goals[0].Description != "" ||
		goals[1].Title != "Sleep by eleven" {
		t.Fatalf("got %+v %+v", goals[0], goals[1])
	}

	wantCode(t, s.Goals.DeleteGoal(ctx, first.ID), "")
	wantCode(t, s.Goals.DeleteGoal(ctx, first.ID), ally.ENOTFOUND)
	if goals, _ := s.Goals.FindGoals(ctx, c.ID); len(goals) != 1 || goals[0].ID != second.ID {
		t.Errorf("after delete: got %d goals", len(goals))
	}
	_, err = s.Goals.FindGoals(ctx, c.ID+1)
	wantCode(t, err, ally.ENOTFOUND)
}
