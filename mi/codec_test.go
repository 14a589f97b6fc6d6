package mi_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/mi"
)

func TestCodecRoundTrip(t *testing.T) {
	ds := mustSynthetic(t, 6)
	m := mustTrain(t, ds)
	b := modelBytes(t, m)
	read, err := mi.Read(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if again := modelBytes(t, read); !bytes.Equal(again, b) {
		t.Error("a model read back writes different bytes")
	}
	for _, s := range ds.Sessions[:2] {
		want, got := s.Transcript(), s.Transcript()
		m.CodeTranscript(want)
		read.CodeTranscript(got)
		for i := range want.Utterances {
			if w, g := want.Utterances[i].Code, got.Utterances[i].Code; w != g {
				t.Errorf("utterance %d: read model codes %+v, trained model %+v", i, g, w)
			}
		}
	}
}

// TestVersion checks that a model's version is the hash of its file, the
// same for a trained model and the file it was written to, and different
// for a model that codes differently.
func TestVersion(t *testing.T) {
	m := mustTrain(t, mustSynthetic(t, 6))
	b := modelBytes(t, m)
	sum := sha256.Sum256(b)
	want := "sha256:" + hex.EncodeToString(sum[:])[:12]
	if got := m.Version(); got != want {
		t.Errorf("trained model: got version %q, want %q", got, want)
	}
	read, err := mi.Read(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if got := read.Version(); got != want {
		t.Errorf("model read back: got version %q, want %q", got, want)
	}
	if other := mustTrain(t, mustSynthetic(t, 7)); other.Version() == want {
		t.Errorf("a model trained on other data has the same version %q", want)
	}
	def, err := mi.Default()
	if err != nil {
		t.Fatal(err)
	}
	if v := def.Version(); !strings.HasPrefix(v, "sha256:") || len(v) != len("sha256:")+12 {
		t.Errorf("embedded model: got version %q, want sha256: and 12 hex digits", v)
	}
}

func TestReadCorrupt(t *testing.T) {
	good := string(modelBytes(t, mustTrain(t, mustSynthetic(t, 3))))
	tests := []struct {
		name, file, want string
	}{
		{"empty", "", "not a model file"},
		{"not JSON", "weights", "not a model file"},
		{"truncated", good[:len(good)/2], "not a model file"},
		{"other format", `{"format":"ally-mi/1","stages":[]}`, `format "ally-mi/1"`},
		{"no stages", strings.Replace(good, `"stages":[`, `"stages":[],"x":[`, 1), "no stages"},
		{"missing task", strings.Replace(good, `"client":`, `"clientele":`, 1), "has no client task"},
		{"extra weights", strings.Replace(good, `"w":"`, `"w":"AAAAAAAAAAAAAAAA`, 1), "weights for"},
		{"partial weight", strings.Replace(good, `"w":"`, `"w":"AAAAAAAA`, 1), "not whole float32s"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := mi.Read(strings.NewReader(tt.file))
			if err == nil {
				t.Fatalf("no error, want one containing %q", tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) || ally.ErrorCode(err) != ally.EINVALID {
				t.Errorf("error %q (%s), want EINVALID containing %q", err, ally.ErrorCode(err), tt.want)
			}
		})
	}
}

func TestDefaultCodes(t *testing.T) {
	m, err := mi.Default()
	if err != nil {
		t.Fatal(err)
	}
	tr := &ally.Transcript{Utterances: []ally.Utterance{
		{Role: ally.RolePractitioner, Text: "What would you like to talk about today?"},
		{Role: ally.RoleClient, Text: "I really want to quit smoking, I have to do it for my kids."},
		{Role: ally.RolePractitioner, Text: "You're ready to quit for your children."},
	}}
	m.CodeTranscript(tr)
	want := []string{ally.CodeQuestion, ally.CodeChange, ally.CodeReflection}
	for i, u := range tr.Utterances {
		if u.Code.Label != want[i] || u.Code.Confidence <= 0 || u.Code.Confidence > 1 {
			t.Errorf("%q coded %s (%.2f), want %s", u.Text, u.Code.Label, u.Code.Confidence, want[i])
		}
	}
}
