package mi

import (
	"math"
)

// linear is a multinomial logistic regression over sparse features. Its
// file form is linearFile.
type linear struct {
	Classes []string `json:"classes"`
	// Lambda is the L2 penalty the model was trained with, kept for the record.
	Lambda float64 `json:"lambda,omitempty"`
	// Temperature divides the scores before the softmax (0 means 1): fitted
	// after training so that probabilities match how often codes are right.
	// It never changes which class is most probable.
	Temperature float64 `json:"temperature,omitempty"`
	// W holds one row per class: a weight per vocabulary feature, then the bias.
	W weights `json:"w"`
	// nFeat is the vocabulary size, set when the model is loaded or trained.
	nFeat int
}

// probs writes the class probabilities of x into out (len(Classes)).
func (m *linear) probs(x sparse, out []float64) {
	stride := m.nFeat + 1
	maxZ := math.Inf(-1)
	for c := range m.Classes {
		row := m.W[c*stride : (c+1)*stride]
		z := float64(row[m.nFeat])
		for k, i := range x.idx {
			z += float64(row[i]) * float64(x.val[k])
		}
		if m.Temperature > 0 {
			z /= m.Temperature
		}
		out[c] = z
		maxZ = math.Max(maxZ, z)
	}
	softmax(out, maxZ)
}

// softmax turns scores into probabilities in place; maxZ is their maximum.
func softmax(z []float64, maxZ float64) {
	sum := 0.0
	for c := range z {
		z[c] = math.Exp(z[c] - maxZ)
		sum += z[c]
	}
	for c := range z {
		z[c] /= sum
	}
}

// argmax returns the index of the largest value.
func argmax(p []float64) int {
	best := 0
	for i := range p {
		if p[i] > p[best] {
			best = i
		}
	}
	return best
}

// trainSet is what a linear model is fitted to.
type trainSet struct {
	x      []sparse
	y      []int
	weight []float64
}

// fitLinear fits a multinomial logistic regression with L2 penalty lambda
// (on weights, not biases) by minimising the weighted mean log loss with
// L-BFGS. The result depends only on its inputs.
func fitLinear(classes []string, nFeat int, d trainSet, lambda float64, maxIter int) *linear {
	k, stride := len(classes), nFeat+1
	totalW := 0.0
	for _, w := range d.weight {
		totalW += w
	}
	p := make([]float64, k)
	objective := func(theta, grad []float64) float64 {
		clear(grad)
		loss := 0.0
		for n, x := range d.x {
			maxZ := math.Inf(-1)
			for c := 0; c < k; c++ {
				row := theta[c*stride : (c+1)*stride]
				z := row[nFeat]
				for j, i := range x.idx {
					z += row[i] * float64(x.val[j])
				}
				p[c] = z
				maxZ = math.Max(maxZ, z)
			}
			softmax(p, maxZ)
			w := d.weight[n] / totalW
			loss -= w * math.Log(math.Max(p[d.y[n]], 1e-300))
			for c := 0; c < k; c++ {
				g := p[c]
				if c == d.y[n] {
					g--
				}
				g *= w
				row := grad[c*stride : (c+1)*stride]
				row[nFeat] += g
				for j, i := range x.idx {
					row[i] += g * float64(x.val[j])
				}
			}
		}
		for c := 0; c < k; c++ {
			for i := 0; i < nFeat; i++ {
				t := theta[c*stride+i]
				loss += 0.5 * lambda * t * t
				grad[c*stride+i] += lambda * t
			}
		}
		return loss
	}
	theta := make([]float64, k*stride)
	lbfgs(theta, objective, maxIter)
	m := &linear{Classes: classes, W: make([]float32, len(theta)), nFeat: nFeat}
	for i, t := range theta {
		m.W[i] = float32(t)
	}
	return m
}
