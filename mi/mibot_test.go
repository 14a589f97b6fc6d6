package mi_test

import (
	"strings"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/mi"
)

func TestReadMIBot(t *testing.T) {
	csv := "session,volley,utterance,speaker,text,automisc_label\n" +
		"a,1,1,counsellor,You want to breathe better.,R\n" +
		"a,1,2,counsellor,What else?,Q\n" +
		"a,2,3,client,I cough a lot.,C\n" +
		"a,2,4,client,But it calms me.,S\n" +
		"a,2,5,client,Anyway.,N\n" +
		"a,3,6,counsellor,Thanks.,MICO\n" +
		"b,9,7,client,Fine.,N\n" +
		"b,10,8,counsellor,You should quit now.,MIIN\n"
	ds, err := mi.ReadDataset(strings.NewReader(csv), "mibot.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Sessions) != 2 {
		t.Fatalf("%d sessions, want 2", len(ds.Sessions))
	}
	type ex struct {
		role        ally.Role
		text, label string
	}
	var got []ex
	for _, s := range ds.Sessions {
		if !s.TrainOnly {
			t.Errorf("session %s is not TrainOnly", s.ID)
		}
		for _, u := range s.Utterances {
			got = append(got, ex{u.Role, u.Text, u.Label})
		}
	}
	want := []ex{
		{ally.RolePractitioner, "You want to breathe better.", ally.CodeReflection},
		{ally.RolePractitioner, "What else?", ally.CodeQuestion},
		// One client turn: change then sustain, the later wins.
		{ally.RoleClient, "I cough a lot. But it calms me. Anyway.", ally.CodeSustain},
		{ally.RolePractitioner, "Thanks.", ally.CodeOther},
		{ally.RoleClient, "Fine.", ally.CodeNeutral},
		{ally.RolePractitioner, "You should quit now.", ally.CodeInput},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d utterances %+v, want %d", len(got), got, len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("utterance %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestReadMIBotErrors(t *testing.T) {
	for _, tt := range []struct{ row, inErr string }{
		{"a,1,1,bot,Hi.,Q", "neither client nor counsellor"},
		{"a,1,1,client,Hi.,Q", `"Q" is not a MIBot client code`},
		{"a,1,1,counsellor,Hi.,C", `"C" is not a MIBot counsellor code`},
	} {
		_, err := mi.ReadDataset(strings.NewReader("session,volley,utterance,speaker,text,automisc_label\n"+tt.row+"\n"), "m.csv")
		if err == nil || !strings.Contains(err.Error(), tt.inErr) {
			t.Errorf("%s: err = %v, want one containing %q", tt.row, err, tt.inErr)
		}
	}
}
