package web

import (
	"slices"
	"strings"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/analysis/needs"
)

// needChoice is one need of ally's taxonomy as a checkbox of a form.
type needChoice struct {
	ID, Name string
	Checked  bool
}

// needGrid is a field of taxonomy checkboxes: Name is the field's name.
type needGrid struct {
	Name  string
	Needs []needChoice
}

// needChoices lists the taxonomy in its order, checking the ids in checked.
func needChoices(checked []string) []needChoice {
	var out []needChoice
	for _, n := range needs.Taxonomy() {
		out = append(out, needChoice{ID: n.ID, Name: n.Name, Checked: slices.Contains(checked, n.ID)})
	}
	return out
}

// needName returns the name of taxonomy id, the id itself when it is not
// one (a need stored by a later taxonomy, say).
func needName(id string) string {
	for _, n := range needs.Taxonomy() {
		if n.ID == id {
			return n.Name
		}
	}
	return id
}

// parseNeeds checks that every id a form sent is in the taxonomy; anything
// else did not come from ally's form.
func parseNeeds(ids []string) ([]string, error) {
	var out []string
	for _, id := range ids {
		if !isNeed(id) {
			return nil, ally.Errorf(ally.EINVALID, "%q is not a need of ally's list; choose from the checkboxes.", id)
		}
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out, nil
}

func isNeed(id string) bool {
	for _, n := range needs.Taxonomy() {
		if n.ID == id {
			return true
		}
	}
	return false
}

// lines splits a text area into its non-blank lines, trimmed.
func lines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// maxAnswer is the longest answer a map or worksheet field takes: a few
// paragraphs, well past what a counsellor writes between two clients.
const maxAnswer = 4000

// tooLong returns the message for a field longer than maxAnswer, "" when
// it fits.
func tooLong(s string) string {
	if len([]rune(s)) > maxAnswer {
		return "Keep this to 4,000 characters or fewer; a session note holds the longer story."
	}
	return ""
}
