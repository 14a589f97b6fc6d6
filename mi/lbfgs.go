package mi

import "math"

// lbfgs minimises f from x (updated in place) with limited-memory BFGS and a
// backtracking line search. f returns the value at x and writes the gradient.
func lbfgs(x []float64, f func(x, grad []float64) float64, maxIter int) {
	const (
		memory = 10
		tol    = 1e-7
	)
	n := len(x)
	g := make([]float64, n)
	fx := f(x, g)
	var s, y [][]float64
	var rho []float64
	dir := make([]float64, n)
	xNew := make([]float64, n)
	gNew := make([]float64, n)
	alpha := make([]float64, memory)
	for iter := 0; iter < maxIter; iter++ {
		// Two-loop recursion: dir = -H·g.
		copy(dir, g)
		for i := len(s) - 1; i >= 0; i-- {
			alpha[i] = rho[i] * dot(s[i], dir)
			axpy(-alpha[i], y[i], dir)
		}
		if m := len(s); m > 0 {
			scale(dir, dot(s[m-1], y[m-1])/dot(y[m-1], y[m-1]))
		} else {
			scale(dir, 1/math.Max(norm(g), 1e-12))
		}
		for i := range s {
			b := rho[i] * dot(y[i], dir)
			axpy(alpha[i]-b, s[i], dir)
		}
		scale(dir, -1)
		slope := dot(g, dir)
		if slope >= 0 { // not a descent direction: restart from the gradient
			s, y, rho = nil, nil, nil
			copy(dir, g)
			scale(dir, -1/math.Max(norm(g), 1e-12))
			slope = dot(g, dir)
		}
		step, fNew := 1.0, 0.0
		for tries := 0; ; tries++ {
			for i := range x {
				xNew[i] = x[i] + step*dir[i]
			}
			fNew = f(xNew, gNew)
			if fNew <= fx+1e-4*step*slope || tries == 40 {
				break
			}
			step *= 0.5
		}
		if fNew > fx {
			return
		}
		si, yi := make([]float64, n), make([]float64, n)
		for i := range x {
			si[i] = xNew[i] - x[i]
			yi[i] = gNew[i] - g[i]
		}
		if sy := dot(si, yi); sy > 1e-12 {
			if len(s) == memory {
				s, y, rho = s[1:], y[1:], rho[1:]
			}
			s, y, rho = append(s, si), append(y, yi), append(rho, 1/sy)
		}
		done := (fx-fNew)/math.Max(math.Abs(fx), 1) < tol
		copy(x, xNew)
		copy(g, gNew)
		fx = fNew
		if done {
			return
		}
	}
}

func dot(a, b []float64) float64 {
	sum := 0.0
	for i := range a {
		sum += a[i] * b[i]
	}
	return sum
}

func axpy(a float64, x, y []float64) {
	for i := range x {
		y[i] += a * x[i]
	}
}

func scale(x []float64, a float64) {
	for i := range x {
		x[i] *= a
	}
}

func norm(x []float64) float64 { return math.Sqrt(dot(x, x)) }
