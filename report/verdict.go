package report

import (
	"fmt"
	"math"
	"path"
	"strings"

	"github.com/ally-mi/ally"
)

// baseName is a session's name without the folders of its file: a report
// may be shown to someone who should not see where it was kept.
func baseName(name string) string {
	if name == "" {
		return name
	}
	return path.Base(strings.ReplaceAll(name, `\`, "/"))
}

// tenderSpotsNote tells how guideline 1 comes to apply.
const tenderSpotsNote = "Not measured yet. Name your tender spots — subjects where your own history may pull you, " +
	"such as drinking, a parent’s illness or money — and ally will show how you answered when the client touched one."

// bandStatus is the overall score's verdict: its calibrated band when the
// analysis has one, else the guidelines' bands.
func bandStatus(a *ally.Analysis) string {
	switch a.ScoreBand {
	case ally.BandGood:
		return ally.StatusGood
	case ally.BandFair:
		return ally.StatusFair
	case ally.BandNeedsWork:
		return ally.StatusNeedsWork
	}
	return scoreStatus(a.Score)
}

// rangeText says how sure the score is, in words: its range, and whether
// that range spans two verdicts.
func rangeText(a *ally.Analysis) string {
	if a.Score == nil || len(a.ScoreRange) != 2 {
		return ""
	}
	lo, hi := a.ScoreRange[0], a.ScoreRange[1]
	s := fmt.Sprintf("Likely between %.0f and %.0f", math.Floor(lo), math.Ceil(hi))
	if bl, bh := ally.Band(lo), ally.Band(hi); bl != bh {
		return s + fmt.Sprintf(": it could be %s or %s, so read it with the moments and indicators.",
			bandWords(bl), bandWords(bh))
	}
	return s + "."
}

// bandWords names a band for people.
func bandWords(band string) string {
	if band == ally.BandNeedsWork {
		return "needs work"
	}
	return band
}

// clientBadge is a group client's status: from their own indicators.
func clientBadge(c ally.ClientSection) string {
	if c.Status != "" {
		return c.Status
	}
	return scoreStatus(c.Score)
}

// weighedNote says why the indicator's ratio may differ from the plain
// count shown beside it.
func weighedNote(a *ally.Analysis) string {
	ind, ok := findIndicator(a, "reflection_to_question")
	if !ok || ind.Value == nil || a.MITI.ReflectionToQuestion == nil {
		return ""
	}
	if v := indicatorValue(ind); v != fmt.Sprintf("%.2f", *a.MITI.ReflectionToQuestion) {
		return fmt.Sprintf("; %s in guideline 4, which counts each utterance by how sure the coder is of it", v)
	}
	return ""
}

// noKind says how a "no" was said, in everyday words.
func noKind(kind string) string {
	switch kind {
	case "overt":
		return "said openly"
	case "covert":
		return "said quietly"
	}
	return kind
}

// fewCasesShare formats part of whole as "2 of 3" when whole is under
// fewCases, never as a percentage that looks as precise as any other, and
// as a percentage otherwise; "-" when whole is 0.
func fewCasesShare(part, whole int) string {
	switch {
	case whole == 0:
		return "-"
	case whole < fewCases:
		return fmt.Sprintf("%d of %d", part, whole)
	}
	return fmt.Sprintf("%.0f%%", 100*float64(part)/float64(whole))
}

// asSaid returns cue as the client wrote it in text: the cues of "no"s
// are found on lower-cased words, but a quote keeps its original case.
func asSaid(text, cue string) string {
	if k := strings.Index(strings.ToLower(text), cue); k >= 0 && len(strings.ToLower(text)) == len(text) {
		return text[k : k+len(cue)]
	}
	return cue
}

// uncertainNote heads a moment whose client words may not be resistance.
const uncertainNote = "Not sure: the coder was unsure these words speak for keeping things as they are; read them in the transcript."
