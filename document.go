package ally

// Document is the JSON form of one coded transcript. It is the contract the
// rest of ally and outside tools read, so its keys only ever grow.
type Document struct {
	// Name identifies the session, usually the file it was read from.
	Name string `json:"name"`
	// Format is the reader that produced the transcript.
	Format     string              `json:"format"`
	Speakers   []DocumentSpeaker   `json:"speakers"`
	Utterances []DocumentUtterance `json:"utterances"`
	Summary    CodeSummary         `json:"summary"`
	// Warnings are what the reader left out or read around; absent when
	// the file read cleanly.
	Warnings []Warning `json:"warnings,omitempty"`
	// Analysis adds the five-guideline analysis at the top level: score,
	// guidelines, miti, needs, noes, balance, moments and, for a group,
	// clients. Nil leaves those keys out.
	*Analysis
}

// DocumentSpeaker is one person in a Document.
type DocumentSpeaker struct {
	Name string `json:"name"`
	Role Role   `json:"role"`
	// Confidence is how sure the role decision is, in [0,1].
	Confidence float64 `json:"confidence"`
	// Reason says why the role was chosen.
	Reason string `json:"reason"`
	// Utterances is how many utterances the speaker has.
	Utterances int `json:"utterances"`
}

// DocumentUtterance is one coded turn in a Document.
type DocumentUtterance struct {
	Index   int    `json:"index"`
	Speaker string `json:"speaker"`
	Role    Role   `json:"role"`
	// Start and End are seconds from the start of the recording, null when
	// the source gives no time.
	Start *float64 `json:"start"`
	End   *float64 `json:"end"`
	Text  string   `json:"text"`
	Code  string   `json:"code"`
	// Subcode refines Code; "" when the code has none.
	Subcode string `json:"subcode"`
	// Confidence is the coder's probability for Code, in [0,1].
	Confidence float64 `json:"confidence"`
}

// CodeSummary counts the codes of a Document.
type CodeSummary struct {
	// Counts has every code, zeros included.
	Counts Counts `json:"counts"`
	// BySpeaker has the counts of each speaker, keyed by name.
	BySpeaker map[string]Counts `json:"by_speaker"`
}

// NewDocument builds the JSON document of a coded transcript and its
// analysis, which may be nil.
func NewDocument(t *Transcript, a *Analysis) Document {
	perSpeaker := t.CountsBySpeaker()
	turns := make(map[string]int, len(t.Speakers))
	d := Document{
		Name:       t.Name,
		Format:     t.Format,
		Speakers:   make([]DocumentSpeaker, 0, len(t.Speakers)),
		Utterances: make([]DocumentUtterance, 0, len(t.Utterances)),
		Summary:    CodeSummary{Counts: t.Counts(), BySpeaker: perSpeaker},
		Warnings:   t.Warnings,
		Analysis:   a,
	}
	for _, u := range t.Utterances {
		turns[u.Speaker]++
		d.Utterances = append(d.Utterances, DocumentUtterance{
			Index:      u.Index,
			Speaker:    u.Speaker,
			Role:       u.Role,
			Start:      u.Start,
			End:        u.End,
			Text:       u.Text,
			Code:       u.Code.Label,
			Subcode:    u.Code.Subcode,
			Confidence: u.Code.Confidence,
		})
	}
	for _, s := range t.Speakers {
		d.Speakers = append(d.Speakers, DocumentSpeaker{
			Name:       s.Name,
			Role:       s.Role,
			Confidence: s.Confidence,
			Reason:     s.Reason,
			Utterances: turns[s.Name],
		})
	}
	return d
}
