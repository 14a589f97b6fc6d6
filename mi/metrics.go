package mi

import (
	"maps"
	"math"
	"slices"
)

// Scores are the agreement figures of one task: predicted against gold codes.
type Scores struct {
	MacroF1  float64 `json:"macro_f1"`
	Accuracy float64 `json:"accuracy"`
	Kappa    float64 `json:"kappa"`
	// ECE is the expected calibration error of the confidences: the
	// utterance-weighted mean gap between confidence and accuracy over 15
	// equal-width confidence bins.
	ECE float64 `json:"ece"`
	// PerClass holds precision, recall, F1 and support by gold class.
	PerClass map[string]ClassScores `json:"per_class"`
	// Labels orders the rows and columns of Confusion.
	Labels []string `json:"labels"`
	// Confusion[i][j] counts utterances of gold class Labels[i] coded Labels[j].
	Confusion [][]int `json:"confusion"`
	// N is the number of utterances scored.
	N int `json:"n"`
	// Sure holds, for each of ConfidenceLevels, how the codes given with
	// at least that confidence fare: what a report that shows only those
	// codes can claim.
	Sure []SureScores `json:"sure,omitempty"`
}

// ConfidenceLevels are the confidences at which Scores.Sure is measured.
var ConfidenceLevels = []float64{0.5, 0.6, 0.7, 0.8, 0.9}

// SureScores are the figures of the codes given with at least Level
// confidence. By class, Precision is the share of those codes of the class
// that agree with the gold code, Recall the share of the class's gold
// utterances that got them, and Support how many such codes were given.
type SureScores struct {
	Level    float64                `json:"level"`
	PerClass map[string]ClassScores `json:"per_class"`
}

// sureScores measures the codes given with at least each of levels'
// confidences.
func sureScores(labels, gold, pred []string, conf []float64, levels []float64) []SureScores {
	goldN := map[string]int{}
	for _, g := range gold {
		goldN[g]++
	}
	var out []SureScores
	for _, level := range levels {
		given, right := map[string]int{}, map[string]int{}
		for i := range gold {
			if conf[i] >= level {
				given[pred[i]]++
				if pred[i] == gold[i] {
					right[pred[i]]++
				}
			}
		}
		s := SureScores{Level: level, PerClass: map[string]ClassScores{}}
		for _, l := range labels {
			c := ClassScores{Support: given[l]}
			if given[l] > 0 {
				c.Precision = float64(right[l]) / float64(given[l])
			}
			if goldN[l] > 0 {
				c.Recall = float64(right[l]) / float64(goldN[l])
			}
			if c.Precision+c.Recall > 0 {
				c.F1 = 2 * c.Precision * c.Recall / (c.Precision + c.Recall)
			}
			s.PerClass[l] = c
		}
		out = append(out, s)
	}
	return out
}

// ClassScores are the figures of one class.
type ClassScores struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	Support   int     `json:"support"`
}

// indexOf maps each of labels to its position.
func indexOf(labels []string) map[string]int {
	index := make(map[string]int, len(labels))
	for i, l := range labels {
		index[l] = i
	}
	return index
}

// score compares predicted with gold labels over the given label set (any
// label outside it is added, so nothing is silently dropped).
func score(labels, gold, pred []string) Scores {
	set := map[string]bool{}
	for _, l := range labels {
		set[l] = true
	}
	for i := range gold {
		set[gold[i]], set[pred[i]] = true, true
	}
	labels = slices.Sorted(maps.Keys(set))
	index := indexOf(labels)
	k := len(labels)
	s := Scores{Labels: labels, Confusion: make([][]int, k), PerClass: map[string]ClassScores{}, N: len(gold)}
	for i := range s.Confusion {
		s.Confusion[i] = make([]int, k)
	}
	for i := range gold {
		s.Confusion[index[gold[i]]][index[pred[i]]]++
	}
	if len(gold) == 0 {
		return s
	}
	correct, rowSum, colSum := 0, make([]int, k), make([]int, k)
	for i := 0; i < k; i++ {
		for j := 0; j < k; j++ {
			rowSum[i] += s.Confusion[i][j]
			colSum[j] += s.Confusion[i][j]
		}
		correct += s.Confusion[i][i]
	}
	n := float64(len(gold))
	macro, classes := 0.0, 0
	for i, l := range labels {
		tp := float64(s.Confusion[i][i])
		c := ClassScores{Support: rowSum[i]}
		if colSum[i] > 0 {
			c.Precision = tp / float64(colSum[i])
		}
		if rowSum[i] > 0 {
			c.Recall = tp / float64(rowSum[i])
		}
		if c.Precision+c.Recall > 0 {
			c.F1 = 2 * c.Precision * c.Recall / (c.Precision + c.Recall)
		}
		s.PerClass[l] = c
		if rowSum[i] > 0 || colSum[i] > 0 {
			macro += c.F1
			classes++
		}
	}
	s.MacroF1 = macro / float64(classes)
	s.Accuracy = float64(correct) / n
	expected := 0.0
	for i := 0; i < k; i++ {
		expected += float64(rowSum[i]) * float64(colSum[i]) / (n * n)
	}
	if expected < 1 {
		s.Kappa = (s.Accuracy - expected) / (1 - expected)
	}
	return s
}

// eceBins is the number of equal-width confidence bins of calibrationError.
const eceBins = 15

// calibrationError returns the expected calibration error of predictions
// pred with confidences conf against gold: over bins of confidence, the
// gap between mean confidence and accuracy, weighted by the bin's share of
// predictions. 0 is perfect; a coder that says 0.9 and is right 60% of the
// time scores 0.3.
func calibrationError(gold, pred []string, conf []float64) float64 {
	if len(gold) == 0 {
		return 0
	}
	var sumConf, correct [eceBins]float64
	var count [eceBins]int
	for i := range gold {
		b := int(conf[i] * eceBins)
		b = max(0, min(b, eceBins-1))
		sumConf[b] += conf[i]
		count[b]++
		if gold[i] == pred[i] {
			correct[b]++
		}
	}
	ece := 0.0
	for b := range count {
		if count[b] > 0 {
			ece += math.Abs(sumConf[b]-correct[b]) / float64(len(gold))
		}
	}
	return ece
}
