package ally

// Client talk codes: does the utterance move towards the change (change), away
// from it (sustain, the voice of resistance), or neither (neutral)?
const (
	CodeChange  = "change"
	CodeSustain = "sustain"
	CodeNeutral = "neutral"
)

// Practitioner behaviour codes, as in AnnoMI's main therapist behaviour.
const (
	CodeReflection = "reflection"
	CodeQuestion   = "question"
	CodeInput      = "input" // information, advice, options or negotiation
	CodeOther      = "other"
)

// Practitioner subcodes, one family per behaviour code.
const (
	SubSimple      = "simple"  // reflection
	SubComplex     = "complex" // reflection
	SubOpen        = "open"    // question
	SubClosed      = "closed"  // question
	SubInformation = "information"
	SubAdvice      = "advice"
	SubOptions     = "options"
	SubNegotiation = "negotiation"
)

// ClientCodes returns the client talk codes in their canonical order.
func ClientCodes() []string { return []string{CodeChange, CodeNeutral, CodeSustain} }

// PractitionerCodes returns the practitioner behaviour codes in their canonical order.
func PractitionerCodes() []string {
	return []string{CodeInput, CodeOther, CodeQuestion, CodeReflection}
}

// Code is the coding of one utterance.
type Code struct {
	// Label is one of the client or practitioner codes above.
	Label string
	// Subcode refines Label for reflections, questions and input; "" otherwise.
	Subcode string
	// Confidence is the coder's probability for Label, in [0,1].
	Confidence float64
	// SubConfidence is the coder's probability for Subcode, in [0,1].
	SubConfidence float64
}

// Coder codes every utterance of a transcript in place, using each
// utterance's role and its neighbours as context.
type Coder interface {
	CodeTranscript(t *Transcript)
}

// VersionedCoder is a Coder that names the model it codes with, so a stored
// analysis can record which model made it and be redone when it changes.
type VersionedCoder interface {
	Coder
	// Version identifies the model; a model that codes differently has
	// another version.
	Version() string
}

// UnversionedModel is the version recorded for a coder that names none.
const UnversionedModel = "unversioned"

// CoderVersion returns the version of c's model, UnversionedModel when c
// does not name one.
func CoderVersion(c Coder) string {
	if v, ok := c.(VersionedCoder); ok && v.Version() != "" {
		return v.Version()
	}
	return UnversionedModel
}
