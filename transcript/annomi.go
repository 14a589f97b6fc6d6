package transcript

import (
	"github.com/ally-mi/ally"
)

// ParseAnnoMISessions reads a CSV holding several sessions, such as
// AnnoMI's, split by its transcript_id column and ordered by utterance_id.
// Each transcript is named name+"#"+transcript_id. A CSV without a
// transcript_id column gives one transcript named name. opt.Practitioner
// applies to every session.
func ParseAnnoMISessions(name string, data []byte, opt Options) ([]*ally.Transcript, error) {
	text, err := decode(name, data)
	if err != nil {
		return nil, err
	}
	sessions, err := csvSessions(name, text)
	if err != nil {
		return nil, err
	}
	ts := make([]*ally.Transcript, 0, len(sessions))
	for _, s := range sessions {
		n := name
		if s.id != "" {
			n = name + "#" + s.id
		}
		t, err := build(n, "csv", s.segs, opt.Practitioner)
		if err != nil {
			return nil, err
		}
		ts = append(ts, t)
	}
	return ts, nil
}
