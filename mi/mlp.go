package mi

import (
	"math"
	"math/rand/v2"
)

// mlp is a one-hidden-layer network over sparse features: each feature owns
// a row of hidden weights (an embedding bag), a ReLU layer mixes them, and a
// softmax reads the classes. Unlike the linear model it can learn that words
// mean different things together ("not" with "want" against "not" with "bad").
type mlp struct {
	Classes []string  `json:"classes"`
	Hidden  int       `json:"hidden"`
	W1      []float32 `json:"w1"` // nFeat rows of Hidden weights
	B1      []float32 `json:"b1"`
	W2      []float32 `json:"w2"` // len(Classes) rows of Hidden weights
	B2      []float32 `json:"b2"`
}

// hidden writes the hidden activations of x into h.
func (m *mlp) hidden(x sparse, h []float32) {
	copy(h, m.B1)
	H := m.Hidden
	for k, i := range x.idx {
		row := m.W1[int(i)*H : int(i)*H+H]
		v := x.val[k]
		for j := range h {
			h[j] += v * row[j]
		}
	}
	for j := range h {
		if h[j] < 0 {
			h[j] = 0
		}
	}
}

// probs writes the class probabilities of x into out.
func (m *mlp) probs(x sparse, out []float64) {
	h := make([]float32, m.Hidden)
	m.hidden(x, h)
	m.output(h, out)
}

// output turns hidden activations into class probabilities.
func (m *mlp) output(h []float32, out []float64) {
	maxZ := math.Inf(-1)
	for c := range m.Classes {
		z := float64(m.B2[c])
		row := m.W2[c*m.Hidden : (c+1)*m.Hidden]
		for j, v := range h {
			z += float64(row[j] * v)
		}
		out[c] = z
		maxZ = math.Max(maxZ, z)
	}
	softmax(out, maxZ)
}

// mlpConfig holds the network's training settings.
type mlpConfig struct {
	Hidden  int
	Epochs  int
	Batch   int
	Rate    float64
	Dropout float64
	Decay   float64
	Seed    uint64
}

// fitMLP trains a network with Adam on weighted cross-entropy, with dropout
// on the hidden layer. The seed fixes initialisation, shuffling and dropout,
// so the same data gives the same network.
func fitMLP(classes []string, nFeat int, d trainSet, cfg mlpConfig) *mlp {
	H, K := cfg.Hidden, len(classes)
	rng := rand.New(rand.NewPCG(cfg.Seed, 7))
	m := &mlp{Classes: classes, Hidden: H, W1: make([]float32, nFeat*H), B1: make([]float32, H), W2: make([]float32, K*H), B2: make([]float32, K)}
	scale1 := float32(math.Sqrt(2.0 / 50)) // ~50 active features per utterance
	for i := range m.W1 {
		m.W1[i] = float32(rng.NormFloat64()) * scale1 * 0.5
	}
	for i := range m.W2 {
		m.W2[i] = float32(rng.NormFloat64()) * float32(math.Sqrt(1.0/float64(H)))
	}
	opt := newAdam(cfg.Rate)
	a1, a2, ab1, ab2 := opt.state(len(m.W1)), opt.state(len(m.W2)), opt.state(H), opt.state(K)
	g1 := make([]float32, len(m.W1))
	g2, gb1, gb2 := make([]float32, len(m.W2)), make([]float32, H), make([]float32, K)
	touched := make([]bool, nFeat)
	var rows []int32
	order := make([]int, len(d.x))
	for i := range order {
		order[i] = i
	}
	totalW := 0.0
	for _, w := range d.weight {
		totalW += w
	}
	meanW := totalW / float64(len(d.weight))
	h, mask, p, dh := make([]float32, H), make([]float32, H), make([]float64, K), make([]float32, H)
	for epoch := 0; epoch < cfg.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for start := 0; start < len(order); start += cfg.Batch {
			end := min(start+cfg.Batch, len(order))
			rows = rows[:0]
			for _, n := range order[start:end] {
				x := d.x[n]
				m.hidden(x, h)
				for j := range h {
					mask[j] = 0
					if rng.Float64() >= cfg.Dropout {
						mask[j] = float32(1 / (1 - cfg.Dropout))
					}
					h[j] *= mask[j]
				}
				m.output(h, p)
				w := float32(d.weight[n] / meanW / float64(end-start))
				clear(dh)
				for c := 0; c < K; c++ {
					dz := float32(p[c]) * w
					if c == d.y[n] {
						dz -= w
					}
					gb2[c] += dz
					row := m.W2[c*H : (c+1)*H]
					grow := g2[c*H : (c+1)*H]
					for j := range h {
						grow[j] += dz * h[j]
						dh[j] += dz * row[j]
					}
				}
				for j := range dh {
					if h[j] <= 0 {
						dh[j] = 0
					} else {
						dh[j] *= mask[j]
					}
					gb1[j] += dh[j]
				}
				for k, i := range x.idx {
					if !touched[i] {
						touched[i] = true
						rows = append(rows, i)
					}
					grow := g1[int(i)*H : int(i)*H+H]
					v := x.val[k]
					for j := range dh {
						grow[j] += v * dh[j]
					}
				}
			}
			opt.tick()
			for _, i := range rows {
				lo, hi := int(i)*H, int(i)*H+H
				for j := lo; j < hi; j++ {
					g1[j] += float32(cfg.Decay) * m.W1[j]
				}
				opt.step(m.W1[lo:hi], g1[lo:hi], a1, lo)
				clear(g1[lo:hi])
				touched[i] = false
			}
			for j := range m.W2 {
				g2[j] += float32(cfg.Decay) * m.W2[j]
			}
			opt.step(m.W2, g2, a2, 0)
			opt.step(m.B1, gb1, ab1, 0)
			opt.step(m.B2, gb2, ab2, 0)
			clear(g2)
			clear(gb1)
			clear(gb2)
		}
	}
	return m
}

// adam is the Adam optimiser's shared step counter and settings.
type adam struct {
	rate         float64
	t            int
	corr1, corr2 float64
}

// adamState is the per-parameter moment estimates.
type adamState struct{ m, v []float32 }

func newAdam(rate float64) *adam { return &adam{rate: rate} }

func (a *adam) state(n int) *adamState {
	return &adamState{m: make([]float32, n), v: make([]float32, n)}
}

// tick starts a new step.
func (a *adam) tick() {
	a.t++
	a.corr1 = 1 - math.Pow(0.9, float64(a.t))
	a.corr2 = 1 - math.Pow(0.999, float64(a.t))
}

// step updates w from gradient g; off locates w within s.
func (a *adam) step(w, g []float32, s *adamState, off int) {
	lr := float32(a.rate * math.Sqrt(a.corr2) / a.corr1)
	for j := range w {
		k := off + j
		s.m[k] = 0.9*s.m[k] + 0.1*g[j]
		s.v[k] = 0.999*s.v[k] + 0.001*g[j]*g[j]
		w[j] -= lr * s.m[k] / (float32(math.Sqrt(float64(s.v[k]))) + 1e-8)
	}
}
