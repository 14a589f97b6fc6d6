// Command memory measures what `ally analyze` costs on long transcripts: it
// builds ally, writes Zoom-style WebVTT transcripts of the sizes asked for
// (a fictional counselling conversation written for this bench, repeated
// to length), analyses each in every report format, and prints the peak
// resident memory, how much it grew over a transcript of a few lines, that
// growth as a multiple of the transcript's size, and the time taken.
//
// Run it from the repository:
//
//	go run ./bench/memory
//	go run ./bench/memory -sizes 2,6,20 -formats html
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

func main() {
	sizes := flag.String("sizes", "1,5,20", "transcript sizes to measure, in MB, comma-separated")
	formats := flag.String("formats", "text,json,html", "report formats to measure, comma-separated")
	flag.Parse()
	var mbs []float64
	for _, s := range strings.Split(*sizes, ",") {
		mb, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
		if err != nil || mb <= 0 || mb > 20 {
			fmt.Fprintf(os.Stderr, "memory: -sizes: %q is not a size in MB between 0 and 20 (ally's default limit)\n", s)
			os.Exit(2)
		}
		mbs = append(mbs, mb)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, mbs, strings.Split(*formats, ",")); err != nil {
		fmt.Fprintln(os.Stderr, "memory:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, sizes []float64, formats []string) error {
	dir, err := os.MkdirTemp("", "ally-memory-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	bin := filepath.Join(dir, "ally")
	build := exec.CommandContext(ctx, "go", "build", "-o", bin, "github.com/ally-mi/ally/cmd/ally")
	build.Stdout, build.Stderr = os.Stdout, os.Stderr
	if err := build.Run(); err != nil {
		return fmt.Errorf("build ally: %w", err)
	}
	const row = "%10s  %-6s  %7s  %7s  %13s  %8s\n"
	fmt.Printf(row, "transcript", "format", "peak", "growth", "growth / size", "time")
	for _, f := range formats {
		f = strings.TrimSpace(f)
		small := filepath.Join(dir, "small.vtt")
		if err := writeTranscript(small, 4<<10); err != nil {
			return err
		}
		base, _, err := analyze(ctx, bin, f, small, filepath.Join(dir, "out"))
		if err != nil {
			return err
		}
		fmt.Printf(row, "4 KB", f, fmt.Sprintf("%.0f MB", mb(base)), "", "", "")
		for _, size := range sizes {
			path := filepath.Join(dir, "long.vtt")
			n := int64(size * (1 << 20))
			if err := writeTranscript(path, n); err != nil {
				return err
			}
			peak, took, err := analyze(ctx, bin, f, path, filepath.Join(dir, "out"))
			if err != nil {
				return err
			}
			growth := peak - base
			fmt.Printf(row, fmt.Sprintf("%.1f MB", size), f, fmt.Sprintf("%.0f MB", mb(peak)), fmt.Sprintf("%.0f MB", mb(growth)),
				fmt.Sprintf("%.1f×", float64(growth)/float64(n)), took.Round(100*time.Millisecond))
		}
	}
	return nil
}

// analyze runs ally analyze on path in format and returns its peak
// resident memory in bytes and how long it took.
func analyze(ctx context.Context, bin, format, path, out string) (int64, time.Duration, error) {
	cmd := exec.CommandContext(ctx, bin, "analyze", "--format", format, "-o", out, path)
	cmd.Stderr = os.Stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return 0, 0, fmt.Errorf("analyze %s as %s: %w", path, format, err)
	}
	took := time.Since(start)
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		return 0, 0, fmt.Errorf("this system does not report a process's peak memory")
	}
	return ru.Maxrss << 10, took, nil // Linux gives kilobytes
}

// mb converts bytes to megabytes.
func mb(b int64) float64 { return float64(b) / (1 << 20) }

// dialogue is the conversation the transcripts repeat: a counsellor (Dana)
// and a client (Sam) on drinking, written for this bench.
var dialogue = []string{
	"Dana Reyes: What would you like to talk about today?",
	"Sam Okafor: My wife says I drink too much, so here I am.",
	"Dana Reyes: Coming was her idea more than yours.",
	"Sam Okafor: Yeah. I don't think it's that bad, honestly.",
	"Dana Reyes: How does the wine fit into your evenings?",
	"Sam Okafor: It's the only thing that switches me off after work.",
	"Dana Reyes: It gives you a way to close the day.",
	"Sam Okafor: Exactly. But I do hate how foggy I am in the mornings.",
	"Dana Reyes: Part of you wants the rest it gives, and part of you wants clear mornings.",
	"Sam Okafor: I guess I'd like to be sharper at work, and the kids notice too.",
	"Dana Reyes: Would it be all right if I shared what some people try?",
	"Sam Okafor: Sure, go ahead.",
	"Dana Reyes: Some keep a drink for the weekend and find another way to end the day, like a walk.",
	"Sam Okafor: I'm not giving it up, if that's what this is.",
	"Dana Reyes: That's your call entirely. What, if anything, would you want to try?",
	"Sam Okafor: Maybe Tuesday and Thursday without. I could try that.",
}

// writeTranscript writes a WebVTT transcript of at most size bytes at
// path, one cue per line of dialogue, a quarter of a second apart (20 MB
// stays within a day, the longest time ally reads).
func writeTranscript(path string, size int64) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	cw := &countWriter{w: w}
	fmt.Fprint(cw, "WEBVTT\n\n")
	for i := 0; ; i++ {
		start := time.Duration(i) * 250 * time.Millisecond
		cue := fmt.Sprintf("%d\n%s --> %s\n%s\n\n", i+1, stamp(start), stamp(start+200*time.Millisecond), dialogue[i%len(dialogue)])
		if cw.n+int64(len(cue)) > size {
			break
		}
		fmt.Fprint(cw, cue)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// stamp formats d as a WebVTT timestamp.
func stamp(d time.Duration) string {
	ms := d.Milliseconds()
	return fmt.Sprintf("%02d:%02d:%02d.%03d", ms/3600000, ms/60000%60, ms/1000%60, ms%1000)
}

// countWriter counts the bytes written through it.
type countWriter struct {
	w *bufio.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
