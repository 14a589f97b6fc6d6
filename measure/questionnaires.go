package measure

import "github.com/ally-mi/ally"

// The wording below is the questionnaires' own, unchanged, as their authors
// released it for use without permission; changing a word makes the scores
// incomparable with the bands and with every other use of them.

// Copyright is the line both questionnaires are shown with.
const Copyright = "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, " +
	"with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute."

// Options are the answers to every item, scored 0 to 3 in this order.
var Options = []string{"Not at all", "Several days", "More than half the days", "Nearly every day"}

// DifficultyOptions are the answers to the closing question, 0 to 3. The
// closing question is not scored.
var DifficultyOptions = []string{"Not difficult at all", "Somewhat difficult", "Very difficult", "Extremely difficult"}

// Questionnaire is one standard questionnaire: its stem, items, closing
// question and severity bands.
type Questionnaire struct {
	// Name is how the questionnaire is known, such as "PHQ-9".
	Name string
	// Stem is the question every item answers.
	Stem  string
	Items []string
	// Difficulty is the closing question, asked after the items.
	Difficulty string
	Bands      []Band
}

// PHQ9 returns the Patient Health Questionnaire (Kroenke, Spitzer &
// Williams, 2001). Its ninth item asks about thoughts of death or
// self-harm: any answer above "Not at all" is for the professional to
// see and follow up.
func PHQ9() Questionnaire {
	return Questionnaire{
		Name: "PHQ-9",
		Stem: "Over the last 2 weeks, how often have you been bothered by any of the following problems?",
		Items: []string{
			"Little interest or pleasure in doing things",
			"Feeling down, depressed, or hopeless",
			"Trouble falling or staying asleep, or sleeping too much",
			"Feeling tired or having little energy",
			"Poor appetite or overeating",
			"Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
			"Trouble concentrating on things, such as reading the newspaper or watching television",
			"Moving or speaking so slowly that other people could have noticed? Or the opposite — " +
				"being so fidgety or restless that you have been moving around a lot more than usual",
			"Thoughts that you would be better off dead or of hurting yourself in some way",
		},
		Difficulty: "If you checked off any problems, how difficult have these problems made it for you to do your work, " +
			"take care of things at home, or get along with other people?",
		Bands: PHQ9Bands,
	}
}

// GAD7 returns the Generalized Anxiety Disorder scale (Spitzer, Kroenke,
// Williams & Löwe, 2006).
func GAD7() Questionnaire {
	return Questionnaire{
		Name: "GAD-7",
		Stem: "Over the last 2 weeks, how often have you been bothered by the following problems?",
		Items: []string{
			"Feeling nervous, anxious, or on edge",
			"Not being able to stop or control worrying",
			"Worrying too much about different things",
			"Trouble relaxing",
			"Being so restless that it is hard to sit still",
			"Becoming easily annoyed or irritable",
			"Feeling afraid as if something awful might happen",
		},
		Difficulty: "If you checked off any problems, how difficult have these made it for you to do your work, " +
			"take care of things at home, or get along with other people?",
		Bands: GAD7Bands,
	}
}

// Item9 is the index in PHQ-9's answers of its ninth item, about thoughts
// of death or self-harm.
const Item9 = 8

// Score returns the total of answers, one per item, each 0 to 3: 0–27 for
// PHQ-9, 0–21 for GAD-7. A wrong number of answers or an answer out of
// range is EINVALID, never a partial total.
func (q Questionnaire) Score(answers []int) (int, error) {
	if len(answers) != len(q.Items) {
		return 0, ally.Errorf(ally.EINVALID, "%s has %d items; got %d answers", q.Name, len(q.Items), len(answers))
	}
	total := 0
	for i, a := range answers {
		if a < 0 || a >= len(Options) {
			return 0, ally.Errorf(ally.EINVALID, "%s item %d: answer %d is not 0 to 3", q.Name, i+1, a)
		}
		total += a
	}
	return total, nil
}

// Max is the highest total the questionnaire can give.
func (q Questionnaire) Max() int { return len(q.Items) * (len(Options) - 1) }

// Severity returns the band of total.
func (q Questionnaire) Severity(total int) (Band, bool) { return Severity(q.Bands, total) }
