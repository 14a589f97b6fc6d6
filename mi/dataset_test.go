package mi_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/mi"
)

const simpleHeader = "transcript_id,mi_quality,video_title,video_url,topic,utterance_id,interlocutor,timestamp,utterance_text,main_therapist_behaviour,client_talk_type\n"

const fullHeader = "mi_quality,transcript_id,video_title,video_url,topic,utterance_id,interlocutor,timestamp,utterance_text,annotator_id,therapist_input_exists,therapist_input_subtype,reflection_exists,reflection_subtype,question_exists,question_subtype,main_therapist_behaviour,client_talk_type\n"

func TestReadAnnoMISimple(t *testing.T) {
	csv := simpleHeader +
		"1,high,T,v1,smoking,1,client,00:00:05,I want to stop.,n/a,change\n" +
		"1,high,T,v1,smoking,0,therapist,00:00:01,How are you?,question,n/a\n" +
		"2,low,U,v1,smoking,0,therapist,01:02:03,Tell me.,therapist_input,n/a\n"
	ds, err := mi.ReadAnnoMI(strings.NewReader(csv), "simple.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Sessions) != 2 {
		t.Fatalf("%d sessions, want 2", len(ds.Sessions))
	}
	s := ds.Sessions[0]
	if s.ID != "1" || s.Group != "v1" || s.Quality != "high" || len(s.Utterances) != 2 {
		t.Fatalf("session = %q %q %q with %d utterances; want 1 v1 high with 2", s.ID, s.Group, s.Quality, len(s.Utterances))
	}
	// Utterances come in utterance_id order, whatever the file order.
	first, second := s.Utterances[0], s.Utterances[1]
	if first.Role != ally.RolePractitioner || first.Label != ally.CodeQuestion || first.Text != "How are you?" {
		t.Errorf("first = %+v, want the practitioner's question", first)
	}
	if second.Role != ally.RoleClient || second.Label != ally.CodeChange || *second.Start != 5 {
		t.Errorf("second = %+v, want change talk at 5 s", second)
	}
	if got := ds.Sessions[1].Utterances[0]; got.Label != ally.CodeInput || *got.Start != 3723 {
		t.Errorf("therapist_input read as %q at %v, want input at 3723", got.Label, *got.Start)
	}
}

func TestReadAnnoMIFullMajority(t *testing.T) {
	row := func(annotator, behaviour, refl, talk string, utt int, role string) string {
		return "high,7,T,v7,diet," + string(rune('0'+utt)) + "," + role + ",00:00:01,Text " + string(rune('0'+utt)) + "," + annotator +
			",False,n/a,False," + refl + ",False,n/a," + behaviour + "," + talk + "\n"
	}
	csv := fullHeader +
		row("3", "reflection", "simple", "n/a", 0, "therapist") +
		row("1", "reflection", "complex", "n/a", 0, "therapist") +
		row("2", "question", "n/a", "n/a", 0, "therapist") +
		row("4", "reflection", "complex", "n/a", 0, "therapist") +
		// A tie: annotator 1 (the lowest id) decides.
		row("2", "n/a", "n/a", "sustain", 1, "client") +
		row("1", "n/a", "n/a", "change", 1, "client")
	ds, err := mi.ReadAnnoMI(strings.NewReader(csv), "full.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Sessions) != 1 || len(ds.Sessions[0].Utterances) != 2 {
		t.Fatalf("got %d sessions, want 1 with 2 utterances", len(ds.Sessions))
	}
	u := ds.Sessions[0].Utterances
	if u[0].Label != ally.CodeReflection || u[0].Subcode != ally.SubComplex {
		t.Errorf("majority = %s/%s, want reflection/complex", u[0].Label, u[0].Subcode)
	}
	if u[1].Label != ally.CodeChange {
		t.Errorf("tie = %s, want change (lowest annotator id)", u[1].Label)
	}
}

func TestReadDatasetGeneric(t *testing.T) {
	csv := "\ufeffSpeaker,Text,Role,Code,Subcode,Session\n" +
		"Ann,What brings you here?,counsellor,question,open,a\n" +
		"Bob,\"I guess I drink too much, really.\",client,change,,a\n" +
		"Ann,You're worried.,practitioner,reflection,simple,b\n" +
		"Ann,Here is a leaflet.,therapist,therapist_input,information,a\n"
	ds, err := mi.ReadDataset(strings.NewReader(csv), "mine.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Sessions) != 2 || ds.Sessions[0].ID != "mine.csv#a" || len(ds.Sessions[0].Utterances) != 3 {
		t.Fatalf("sessions = %+v, want mine.csv#a with 3 utterances and mine.csv#b", ds.Sessions)
	}
	u := ds.Sessions[0].Utterances
	if u[0].Role != ally.RolePractitioner || u[0].Subcode != ally.SubOpen || u[1].Text != "I guess I drink too much, really." || u[2].Label != ally.CodeInput {
		t.Errorf("utterances = %+v", u)
	}
	merged := mi.Merge(ds, ds)
	if len(merged.Sessions) != 4 {
		t.Errorf("Merge: %d sessions, want 4", len(merged.Sessions))
	}
}

// One row with an empty text cell costs that row only, with a warning that
// names the file and line.
func TestReadDatasetSkipsEmptyText(t *testing.T) {
	csv := "speaker,text,role,code\n" +
		"Ann,What brings you here?,counsellor,question\n" +
		"Bob,,client,change\n" +
		"Bob,I want to cut down.,client,change\n"
	ds, err := mi.ReadDataset(strings.NewReader(csv), "mine.csv")
	if err != nil {
		t.Fatal(err)
	}
	if n := len(ds.Sessions[0].Utterances); n != 2 {
		t.Errorf("%d utterances read, want 2", n)
	}
	want := []string{"mine.csv: line 3: empty text; the row was skipped"}
	if !slices.Equal(ds.Warnings, want) {
		t.Errorf("warnings = %q, want %q", ds.Warnings, want)
	}
	if merged := mi.Merge(ds, ds); len(merged.Warnings) != 2 {
		t.Errorf("Merge kept %d warnings, want 2", len(merged.Warnings))
	}
}

// A spreadsheet in many locales saves semicolons, and Windows tools UTF-16:
// coded sessions read as the transcript readers read them.
func TestReadDatasetAsSpreadsheetsSaveIt(t *testing.T) {
	semicolons := "speaker;text;role;code\nAnn;What brings you here, today?;practitioner;question\nBob;I want to stop;client;change\n"
	utf16 := []byte{0xFF, 0xFE}
	for _, r := range "speaker,text,role,code\nAnn,Café?,practitioner,question\nBob,Non,client,sustain\n" {
		utf16 = append(utf16, byte(r), byte(r>>8))
	}
	for name, data := range map[string]string{"semicolons": semicolons, "utf-16": string(utf16)} {
		t.Run(name, func(t *testing.T) {
			ds, err := mi.ReadDataset(strings.NewReader(data), "mine.csv")
			if err != nil {
				t.Fatal(err)
			}
			u := ds.Sessions[0].Utterances
			if len(u) != 2 || u[0].Label != ally.CodeQuestion || u[1].Role != ally.RoleClient {
				t.Errorf("utterances = %+v, want a question and a client utterance", u)
			}
		})
	}
}

func TestReadDatasetAnnoMIByHeader(t *testing.T) {
	ds, err := mi.ReadDataset(strings.NewReader(simpleHeader+"1,high,T,v1,x,0,client,,Hm.,n/a,neutral\n"), "a.csv")
	if err != nil {
		t.Fatal(err)
	}
	if got := ds.Sessions[0].Utterances[0]; got.Label != ally.CodeNeutral || got.Start != nil {
		t.Errorf("utterance = %+v, want neutral without a start time", got)
	}
}

func TestReadBadInput(t *testing.T) {
	generic := "speaker,text,role,code\n"
	tests := []struct {
		name, csv, want string
	}{
		{"empty", "", "x.csv: the file is empty"},
		{"binary", "\x00\x01\x02\x03speaker", "x.csv: not a text"},
		{"generic no code column", "speaker,text,role\nA,hi,client\n", `line 1: no "code" column`},
		{"generic bad role", generic + "A,hi,client,change\nB,hello,robot,other\n", `x.csv: line 3: role "robot"`},
		{"generic bad code", generic + "A,hi,client,question\n", `line 2: code "question" is not a client code`},
		{"generic bad subcode", "speaker,text,role,code,subcode\nA,hi,therapist,question,simple\n", `line 2: subcode "simple" does not refine question`},
		{"generic only empty text", generic + "A,,client,change\n", "x.csv: no utterances"},
		{"generic no rows", generic, "x.csv: no utterances"},
		{"generic short row", generic + "A,hi,client\n", "x.csv: line 2: the row has 3 fields where the header needs 4"},
		{"generic unclosed quote in the last column", "speaker,role,code,text\nA,client,change,\"hi\nB,client,change,hello\nC,client,neutral,ok\n", "line 2: a quote opened in this row is never closed"},
		{"generic unclosed quote", generic + "A,\"hi,client,change\nB,hello,client,change\n", "line 2: the row has 2 fields where the header needs 4: a quote opened in it is never closed"},
		{"annomi bad talk", simpleHeader + "1,high,T,v,x,0,client,,Hm.,n/a,maybe\n", `line 2: client_talk_type "maybe"`},
		{"annomi bad role", simpleHeader + "1,high,T,v,x,0,client,,Hm.,n/a,neutral\n1,high,T,v,x,1,nurse,,Hm.,n/a,neutral\n", `line 3: interlocutor "nurse"`},
		{"annomi bad id", simpleHeader + "1,high,T,v,x,zero,client,,Hm.,n/a,neutral\n", `line 2: utterance_id "zero" is not a number`},
		{"annomi bad quoting", simpleHeader + "1,high,\"T,v,x,0,client,,Hm.,n/a,neutral\n", "x.csv"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := mi.ReadDataset(strings.NewReader(tt.csv), "x.csv")
			if err == nil {
				t.Fatalf("no error, want one containing %q", tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
			if ally.ErrorCode(err) != ally.EINVALID {
				t.Errorf("code %q, want %q", ally.ErrorCode(err), ally.EINVALID)
			}
		})
	}
}

// TestReadDatasetMultilineCell checks that a quoted cell holding a line
// break with commas in it is read as one utterance, not as a quote left
// open.
func TestReadDatasetMultilineCell(t *testing.T) {
	csv := "speaker,role,code,text\nA,client,neutral,\"I don't know.\nWell, yes, maybe, I suppose I drink a bit.\"\nB,practitioner,reflection,You drink a bit.\n"
	ds, err := mi.ReadDataset(strings.NewReader(csv), "x.csv")
	if err != nil {
		t.Fatal(err)
	}
	if n := len(ds.Sessions[0].Utterances); n != 2 {
		t.Errorf("got %d utterances, want 2", n)
	}
}
