package mi

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"hash"
	"io"
	"math"
	"strings"

	"github.com/ally-mi/ally"
)

// modelFormat names the file format; a model in another format is refused
// rather than misread.
const modelFormat = "ally-mi/6"

//go:embed model.json
var embedded []byte

// modelFile is the JSON form of a Model.
type modelFile struct {
	Format string      `json:"format"`
	Config Config      `json:"config"`
	Stages []stageFile `json:"stages"`
}

// stageFile is the JSON form of a stage.
type stageFile struct {
	Features featureList        `json:"features"`
	Tasks    map[string]*linear `json:"tasks"`
}

// featureList is a vocabulary written as one newline-separated string:
// decoding one long string is several times faster than decoding a hundred
// thousand short ones, and loading the model is on every run's path.
type featureList []string

// MarshalJSON writes the names as one string.
func (l featureList) MarshalJSON() ([]byte, error) {
	for _, n := range l {
		if strings.Contains(n, "\n") || n == "" {
			return nil, ally.Errorf(ally.EINTERNAL, "model: feature name %q cannot be written", n)
		}
	}
	return json.Marshal(strings.Join(l, "\n"))
}

// UnmarshalJSON reads the names from one string.
func (l *featureList) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*l = nil
	if s != "" {
		*l = strings.Split(s, "\n")
	}
	return nil
}

// Default returns the model embedded in the binary.
func Default() (*Model, error) {
	return Read(bytes.NewReader(embedded))
}

// Read reads a model written by WriteTo. Its version is the hash of every
// byte r gives.
func Read(r io.Reader) (*Model, error) {
	h := sha256.New()
	tee := io.TeeReader(r, h)
	var f modelFile
	if err := json.NewDecoder(tee).Decode(&f); err != nil {
		return nil, ally.Errorf(ally.EINVALID, "model: not a model file: %v", err)
	}
	// The decoder stops after the value; the version covers the whole file.
	if _, err := io.Copy(io.Discard, tee); err != nil {
		return nil, ally.Errorf(ally.EINVALID, "model: %v", err)
	}
	if f.Format != modelFormat {
		return nil, ally.Errorf(ally.EINVALID, "model: format %q, want %q", f.Format, modelFormat)
	}
	if len(f.Stages) == 0 {
		return nil, ally.Errorf(ally.EINVALID, "model: no stages")
	}
	m := &Model{config: f.Config, version: versionOf(h)}
	for _, sf := range f.Stages {
		m.stages = append(m.stages, &stage{vocab: newVocab(sf.Features), tasks: sf.Tasks})
	}
	// Every stage must hold the tasks the model reads from it: the codes of
	// each role, and the probabilities the next stage reads.
	for k, st := range m.stages {
		for _, role := range []ally.Role{ally.RoleClient, ally.RolePractitioner} {
			if (k < len(m.stages)-1 || m.stageFor(role) == k) && st.tasks[mainTask(role)] == nil {
				return nil, ally.Errorf(ally.EINVALID, "model: stage %d has no %s task", k+1, mainTask(role))
			}
		}
	}
	for k, sf := range f.Stages {
		for name, l := range sf.Tasks {
			l.nFeat = len(sf.Features)
			if len(l.Classes) == 0 || len(l.W) != len(l.Classes)*(l.nFeat+1) {
				return nil, ally.Errorf(ally.EINVALID, "model: stage %d task %s has %d weights for %d classes and %d features", k+1, name, len(l.W), len(l.Classes), l.nFeat)
			}
		}
	}
	return m, nil
}

// WriteTo writes the model as JSON. The same model always gives the same
// bytes, so a retrained model can be compared with the embedded one.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	f := modelFile{Format: modelFormat, Config: m.config}
	for _, st := range m.stages {
		f.Stages = append(f.Stages, stageFile{Features: st.vocab.names, Tasks: st.tasks})
	}
	b, err := json.Marshal(f)
	if err != nil {
		return 0, err
	}
	n, err := w.Write(append(b, '\n'))
	return int64(n), err
}

// setVersion sets the version of a model made in memory to that of the file
// WriteTo would write, so a trained model and the file it is saved to agree.
func (m *Model) setVersion() error {
	h := sha256.New()
	if _, err := m.WriteTo(h); err != nil {
		return err
	}
	m.version = versionOf(h)
	return nil
}

// versionOf formats a model file's hash as its version.
func versionOf(h hash.Hash) string {
	return "sha256:" + hex.EncodeToString(h.Sum(nil))[:12]
}

// weights are stored as little-endian float32 bytes in one base64 string:
// exact, about half the size of decimal text, and read straight from the
// file's bytes without a second pass through the JSON scanner.
type weights []float32

// MarshalJSON writes the weights as a base64 string.
func (w weights) MarshalJSON() ([]byte, error) {
	raw := make([]byte, 4*len(w))
	for i, x := range w {
		binary.LittleEndian.PutUint32(raw[4*i:], math.Float32bits(x))
	}
	return json.Marshal(raw)
}

// UnmarshalJSON reads the weights from a base64 string, which needs no
// unescaping: base64 has no character JSON escapes.
func (w *weights) UnmarshalJSON(b []byte) error {
	if len(b) < 2 || b[0] != '"' || b[len(b)-1] != '"' {
		return ally.Errorf(ally.EINVALID, "weights are not a base64 string")
	}
	raw := make([]byte, base64.StdEncoding.DecodedLen(len(b)-2))
	n, err := base64.StdEncoding.Decode(raw, b[1:len(b)-1])
	if err != nil {
		return ally.Errorf(ally.EINVALID, "weights are not valid base64: %v", err)
	}
	if n%4 != 0 {
		return ally.Errorf(ally.EINVALID, "weights of %d bytes, not whole float32s", n)
	}
	*w = make(weights, n/4)
	for i := range *w {
		(*w)[i] = math.Float32frombits(binary.LittleEndian.Uint32(raw[4*i:]))
	}
	return nil
}
