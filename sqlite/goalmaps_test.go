package sqlite_test

import (
	"reflect"
	"testing"

	"github.com/ally-mi/ally"
)

func TestGoalMapService(t *testing.T) {
	t.Parallel()
	s := MustOpenStores(t)
	ctx, _ := MustSignIn(t, s, "a@example.org")
	c := MustCreateClient(t, ctx, s, "Sam", nil)
	goal := &ally.Goal{ClientID: c.ID, Title: "Drink less"}
	wantCode(t, s.Goals.CreateGoal(ctx, goal), "")

	// A goal never mapped has an empty map of its own.
	empty, err := s.GoalMaps.FindGoalMap(ctx, goal.ID)
	if err != nil {
		t.Fatal(err)
	}
	if empty.GoalID != goal.ID || empty.ClientID != c.ID || !empty.UpdatedAt.IsZero() ||
		len(empty.Motivation.Needs)+len(empty.Resistance.Needs)+len(empty.Dismissed) != 0 {
		t.Errorf("empty map: got %+v", empty)
	}

	heard := ally.MapNeed{Need: "rest", Text: "rest and relaxation", Quote: "a glass is how I switch off", SessionID: 4, Utterance: 3}
	m := &ally.GoalMap{GoalID: goal.ID,
		Motivation: ally.MapSide{Wants: " clear mornings ", Words: "I want to be sharper",
			Needs: []ally.MapNeed{{Need: "energy", Text: "energy"}, {Text: "being a present mum"}}},
		Resistance: ally.MapSide{Wants: "an end to the working day", Needs: []ally.MapNeed{heard}},
		Dismissed:  []string{"sleep@4:5"},
	}
	wantCode(t, s.GoalMaps.SaveGoalMap(ctx, m), "")
	if m.ClientID != c.ID || !m.UpdatedAt.Equal(now) {
		t.Errorf("saved: got client %d at %v", m.ClientID, m.UpdatedAt)
	}
	got, err := s.GoalMaps.FindGoalMap(ctx, goal.ID)
	if err != nil {
		t.Fatal(err)
	}
	m.Motivation.Wants = "clear mornings" // trimmed
	if !reflect.DeepEqual(got, m) {
		t.Errorf("got  %+v\nwant %+v", got, m)
	}
	if !got.Settled(heard.Key()) || !got.Settled("sleep@4:5") || got.Settled("sleep@4:7") {
		t.Errorf("settled: the heard need and the dismissed one, and nothing else")
	}

	// Saving again replaces the map.
	wantCode(t, s.GoalMaps.SaveGoalMap(ctx, &ally.GoalMap{GoalID: goal.ID, Resistance: ally.MapSide{Words: "not yet"}}), "")
	if got, _ := s.GoalMaps.FindGoalMap(ctx, goal.ID); got.Resistance.Words != "not yet" || len(got.Resistance.Needs) != 0 ||
		got.Motivation.Wants != "" || len(got.Dismissed) != 0 {
		t.Errorf("replaced: got %+v", got)
	}

	tests := []struct {
		name string
		m    ally.GoalMap
		want string
	}{
		{"a need without a name", ally.GoalMap{GoalID: goal.ID, Motivation: ally.MapSide{Needs: []ally.MapNeed{{Text: " "}}}}, ally.EINVALID},
		{"no such goal", ally.GoalMap{GoalID: goal.ID + 1}, ally.ENOTFOUND},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantCode(t, s.GoalMaps.SaveGoalMap(ctx, &tt.m), tt.want)
		})
	}
	_, err = s.GoalMaps.FindGoalMap(ctx, goal.ID+1)
	wantCode(t, err, ally.ENOTFOUND)

	// A deleted goal takes its map with it.
	wantCode(t, s.Goals.DeleteGoal(ctx, goal.ID), "")
	_, err = s.GoalMaps.FindGoalMap(ctx, goal.ID)
	wantCode(t, err, ally.ENOTFOUND)
}
