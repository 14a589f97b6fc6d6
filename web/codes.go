package web

import "github.com/ally-mi/ally"

// codeChoice is one code a correction can set: a label with its subcode.
type codeChoice struct {
	Role  ally.Role
	Value string // "label/subcode"
	Text  string
}

// codeChoices lists the codes a professional can choose, by role.
func codeChoices() []codeChoice {
	c := func(role ally.Role, label, sub, text string) codeChoice {
		v := label
		if sub != "" {
			v += "/" + sub
		}
		return codeChoice{Role: role, Value: v, Text: text}
	}
	cl, pr := ally.RoleClient, ally.RolePractitioner
	return []codeChoice{
		c(cl, ally.CodeChange, "", "change talk"),
		c(cl, ally.CodeSustain, "", "sustain talk"),
		c(cl, ally.CodeNeutral, "", "neutral"),
		c(pr, ally.CodeReflection, ally.SubSimple, "simple reflection"),
		c(pr, ally.CodeReflection, ally.SubComplex, "complex reflection"),
		c(pr, ally.CodeQuestion, ally.SubOpen, "open question"),
		c(pr, ally.CodeQuestion, ally.SubClosed, "closed question"),
		c(pr, ally.CodeInput, ally.SubInformation, "information"),
		c(pr, ally.CodeInput, ally.SubAdvice, "advice"),
		c(pr, ally.CodeInput, ally.SubOptions, "options"),
		c(pr, ally.CodeInput, ally.SubNegotiation, "negotiation"),
		c(pr, ally.CodeOther, "", "other"),
	}
}

// codeFits reports whether label and sub are a code for an utterance of role.
func codeFits(role ally.Role, label, sub string) bool {
	want := label
	if sub != "" {
		want += "/" + sub
	}
	for _, c := range codeChoices() {
		if c.Role == role && c.Value == want {
			return true
		}
	}
	return false
}
