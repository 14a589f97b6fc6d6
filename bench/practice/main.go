// Command practice measures the practice app under load: it builds a
// practice of fictional clients and analysed sessions in a temporary data
// directory, starts the real `ally serve` on a loopback port, signs in
// many browser sessions and has them read every kind of page for a while,
// then prints the median and 99th-percentile time per page, the errors,
// and the server's peak memory. With -hour it also times the upload and
// analysis of a one-hour session.
//
// Run it from the repository:
//
//	go run ./bench/practice
//	go run ./bench/practice -duration 10s -hour
//
// By default each browser session asks for its next page as soon as the
// last one arrived, which saturates the server; -think 3s has each pause a
// random time around that first, as a person reading the page would.
//
// The 50 signed-in browser sessions all belong to one professional and read
// one practice of 40 clients and 400 sessions. A page's cost is the cost of
// the signed-in professional's own practice, which every query is scoped
// to, so one practice of that size read by 50 sessions at once loads the
// server as 50 professionals with practices of that size would, without
// building 20,000 sessions first.
package main

import (
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"net/http"
	"os"
	"os/signal"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
)

func main() {
	duration := flag.Duration("duration", 60*time.Second, "how long to drive the pages")
	nClients := flag.Int("clients", 40, "clients in the practice")
	perClient := flag.Int("sessions", 10, "analysed sessions per client")
	signedIn := flag.Int("signed-in", 50, "browser sessions signed in and requesting pages at once")
	hour := flag.Bool("hour", false, "also time the upload and analysis of a one-hour session")
	utterances := flag.Int("utterances", 900, "utterances in the one-hour session")
	keep := flag.Bool("keep", false, "keep the data directory and print where it is")
	think := flag.Duration("think", 0, "mean pause between one browser session's requests, as a person reads a page (0: none, the server saturated)")
	flag.Parse()
	if *duration <= 0 || *duration > time.Hour || *signedIn < 1 || *nClients < 1 || *perClient < 1 || *think < 0 {
		fmt.Fprintln(os.Stderr, "practice: -duration must be within an hour, the counts at least 1, -think not negative")
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, *duration, *think, *nClients, *perClient, *signedIn, *hour, *utterances, *keep); err != nil {
		fmt.Fprintln(os.Stderr, "practice:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, duration, think time.Duration, nClients, perClient, signedIn int, hour bool, utterances int, keep bool) error {
	dir, err := os.MkdirTemp("", "ally-bench-")
	if err != nil {
		return err
	}
	if keep {
		fmt.Printf("data directory: %s\n", dir)
	} else {
		defer os.RemoveAll(dir)
	}
	bin, err := buildAlly(ctx, dir)
	if err != nil {
		return err
	}
	start := time.Now()
	b, err := buildPractice(ctx, dir, nClients, perClient)
	if err != nil {
		return fmt.Errorf("build the practice: %w", err)
	}
	fmt.Printf("practice: %d clients, %d analysed sessions, built in %s\n", len(b.clients), len(b.sessions), time.Since(start).Round(time.Second))

	srv, err := startServer(bin, dir)
	if err != nil {
		return err
	}
	defer srv.stop()
	tr := &http.Transport{MaxIdleConnsPerHost: signedIn + 8}
	start = time.Now()
	clients, err := signInAll(srv.base, tr, signedIn)
	if err != nil {
		return err
	}
	// Each sign-in hashes a password in 64 MiB: the peak so far is theirs.
	fmt.Printf("signed in %d browser sessions in %s; server peak memory so far: %s\n",
		signedIn, time.Since(start).Round(time.Millisecond), srv.peakMemory())

	fmt.Printf("driving every page type for %s on %s, mean pause between a session's requests %s; load average before: %s\n",
		duration, srv.base, think, loadAverage())
	runCtx, cancel := context.WithTimeout(ctx, duration)
	ps := pages(b)
	st := drive(runCtx, srv.base, clients, ps, think)
	cancel()
	if err := ctx.Err(); err != nil {
		return err
	}
	report(ps, st, duration)
	fmt.Printf("load average after: %s\n", loadAverage())
	fmt.Printf("server peak memory (VmHWM): %s\n", srv.peakMemory())

	if hour {
		r := rand.New(rand.NewPCG(1, 1))
		vtt := []byte(hourVTT(r, utterances))
		fmt.Printf("\none-hour session: %d utterances, %d KB of WebVTT\n", utterances, len(vtt)>>10)
		for i := range 3 {
			d, path, err := uploadSession(clients[0], srv.base, b.clients[i], "hour.vtt", vtt)
			if err != nil {
				return fmt.Errorf("upload the one-hour session: %w", err)
			}
			t0 := time.Now()
			if err := get(ctx, clients[0], srv.base+path); err != nil {
				return err
			}
			fmt.Printf("  upload + analysis %d: %s; its session page then: %s\n", i+1, d.Round(time.Millisecond), time.Since(t0).Round(time.Millisecond))
		}
		fmt.Printf("server peak memory (VmHWM): %s\n", srv.peakMemory())
	}
	return nil
}

// report prints the figures of each page type.
func report(ps []page, st []*stats, duration time.Duration) {
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "page\trequests\tp50\tp99\tmax\terrors\t")
	total, errs := 0, 0
	var firsts []string
	for i, p := range ps {
		s := st[i]
		n := len(s.times)
		p50, p99 := s.quantile(0.50), s.quantile(0.99)
		max := time.Duration(0)
		if n > 0 {
			max = s.times[n-1]
		}
		fmt.Fprintf(w, "%s\t%d\t%s\t%s\t%s\t%d\t\n", p.name, n, ms(p50), ms(p99), ms(max), s.errors)
		total += n
		errs += s.errors
		if s.first != "" {
			firsts = append(firsts, p.name+": "+s.first)
		}
	}
	w.Flush()
	fmt.Printf("%d requests in %s (%.0f/s), %d errors\n", total, duration, float64(total)/duration.Seconds(), errs)
	sort.Strings(firsts)
	for _, f := range firsts {
		fmt.Println("  first error of", f)
	}
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1fms", float64(d.Microseconds())/1000) }

// loadAverage returns the machine's load averages, which say how far the
// figures were measured on a machine busy with other work.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ") + " on " + strconv.Itoa(runtime.NumCPU()) + " cores"
}
