package mi

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"encoding/json"
	"io"
	"math"

	"github.com/ally-mi/ally"
)

// modelFormat names the file format; a model in another format is refused
// rather than misread.
const modelFormat = "ally-mi/3"

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
	Features []string           `json:"features"`
	Tasks    map[string]*linear `json:"tasks"`
}

// Default returns the model embedded in the binary.
func Default() (*Model, error) {
	return Read(bytes.NewReader(embedded))
}

// Read reads a model written by WriteTo.
func Read(r io.Reader) (*Model, error) {
	var f modelFile
	if err := json.NewDecoder(r).Decode(&f); err != nil {
		return nil, ally.Errorf(ally.EINVALID, "model: not a model file: %v", err)
	}
	if f.Format != modelFormat {
		return nil, ally.Errorf(ally.EINVALID, "model: format %q, want %q", f.Format, modelFormat)
	}
	if len(f.Stages) == 0 {
		return nil, ally.Errorf(ally.EINVALID, "model: no stages")
	}
	m := &Model{config: f.Config}
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

// linearFile is the JSON form of a linear model. The weights are stored as
// little-endian float32 bytes, which JSON carries as base64: exact, about
// half the size of decimal text and several times faster to read.
type linearFile struct {
	Classes     []string `json:"classes"`
	Lambda      float64  `json:"lambda,omitempty"`
	Temperature float64  `json:"temperature,omitempty"`
	W           []byte   `json:"w"`
}

// MarshalJSON writes the model in its file form.
func (m *linear) MarshalJSON() ([]byte, error) {
	f := linearFile{Classes: m.Classes, Lambda: m.Lambda, Temperature: m.Temperature, W: make([]byte, 4*len(m.W))}
	for i, w := range m.W {
		binary.LittleEndian.PutUint32(f.W[4*i:], math.Float32bits(w))
	}
	return json.Marshal(f)
}

// UnmarshalJSON reads the model's file form.
func (m *linear) UnmarshalJSON(b []byte) error {
	var f linearFile
	if err := json.Unmarshal(b, &f); err != nil {
		return err
	}
	if len(f.W)%4 != 0 {
		return ally.Errorf(ally.EINVALID, "weights of %d bytes, not whole float32s", len(f.W))
	}
	m.Classes, m.Lambda, m.Temperature = f.Classes, f.Lambda, f.Temperature
	m.W = make([]float32, len(f.W)/4)
	for i := range m.W {
		m.W[i] = math.Float32frombits(binary.LittleEndian.Uint32(f.W[4*i:]))
	}
	return nil
}
