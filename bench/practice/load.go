package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"mime/multipart"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// page is one kind of page the bench requests, and how to pick an instance.
type page struct {
	name string
	path func(i int) string
}

// pages lists every page type a professional reads in a day.
func pages(b *built) []page {
	id := func(ids []int64, i int) string { return strconv.FormatInt(ids[i%len(ids)], 10) }
	return []page{
		{"client list", func(int) string { return "/" }},
		{"search", func(i int) string { return "/?q=" + url.QueryEscape(b.search[i%len(b.search)]) }},
		{"client page", func(i int) string { return "/clients/" + id(b.clients, i*7) }},
		{"session + report", func(i int) string { return "/sessions/" + id(b.sessions, i*13) }},
		{"notes (DAP form)", func(i int) string { return "/sessions/" + id(b.sessions, i*17) + "?note=dap" }},
		{"settings", func(int) string { return "/settings" }},
		{"before the session", func(i int) string { return "/clients/" + id(b.clients, i*11) + "/before" }},
		{"client trends", func(i int) string { return "/clients/" + id(b.clients, i*5) + "/trends" }},
		{"journal", func(int) string { return "/journal" }},
		{"practice trends", func(int) string { return "/trends" }},
	}
}

// signIn returns an http.Client signed in as the bench's professional.
func signIn(base string, tr http.RoundTripper) (*http.Client, error) {
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar, Transport: tr, Timeout: 30 * time.Second}
	resp, err := c.PostForm(base+"/signin", url.Values{"email": {benchEmail}, "password": {benchPassword}})
	if err != nil {
		return nil, err
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || resp.Request.URL.Path != "/" {
		return nil, fmt.Errorf("sign-in ended with %d on %s", resp.StatusCode, resp.Request.URL.Path)
	}
	return c, nil
}

// signInAll signs in n browser sessions, a few at a time: each sign-in
// hashes the password, which is slow by design.
func signInAll(base string, tr http.RoundTripper, n int) ([]*http.Client, error) {
	clients := make([]*http.Client, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4)
	for i := range clients {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			clients[i], errs[i] = signIn(base, tr)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("sign in %d: %w", i+1, err)
		}
	}
	return clients, nil
}

// stats are the latencies and errors of one page type.
type stats struct {
	mu     sync.Mutex
	times  []time.Duration
	errors int
	first  string
}

func (s *stats) add(d time.Duration, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err != nil {
		s.errors++
		if s.first == "" {
			s.first = err.Error()
		}
		return
	}
	s.times = append(s.times, d)
}

// quantile returns the q-quantile of the recorded times.
func (s *stats) quantile(q float64) time.Duration {
	if len(s.times) == 0 {
		return 0
	}
	slices.Sort(s.times)
	return s.times[min(len(s.times)-1, int(q*float64(len(s.times))))]
}

// drive has each client request the pages in turn until ctx ends, one
// request at a time per client, as a person clicks, pausing between
// requests for an exponentially distributed time of mean think.
func drive(ctx context.Context, base string, clients []*http.Client, ps []page, think time.Duration) []*stats {
	st := make([]*stats, len(ps))
	for i := range st {
		st[i] = &stats{}
	}
	var wg sync.WaitGroup
	for w, c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(uint64(w), 2))
			for i := w; ctx.Err() == nil; i++ {
				if think > 0 {
					select {
					case <-ctx.Done():
						return
					case <-time.After(time.Duration(r.ExpFloat64() * float64(think))):
					}
				}
				k := i % len(ps)
				start := time.Now()
				err := get(ctx, c, base+ps[k].path(i))
				if ctx.Err() != nil {
					return // cut off by the end of the run, not a failure
				}
				st[k].add(time.Since(start), err)
			}
		}()
	}
	wg.Wait()
	return st
}

// get requests a page and reads it whole; anything but a 200 page is an error.
func get(ctx context.Context, c *http.Client, u string) error {
	req, _ := http.NewRequestWithContext(ctx, "GET", u, nil)
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	n, err := io.Copy(io.Discard, resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK || resp.Request.URL.Path == "/signin" || n == 0 {
		return fmt.Errorf("%s: %d on %s", u, resp.StatusCode, resp.Request.URL.Path)
	}
	return nil
}

// uploadSession creates a session for client id and uploads content as its
// transcript, returning the time from the upload's first byte to the
// analysed session's redirect.
func uploadSession(c *http.Client, base string, clientID int64, name string, content []byte) (time.Duration, string, error) {
	resp, err := c.PostForm(base+"/clients/"+strconv.FormatInt(clientID, 10)+"/sessions",
		url.Values{"date": {"2026-03-14"}, "status": {"attended"}})
	if err != nil {
		return 0, "", err
	}
	resp.Body.Close()
	sessionPath := resp.Request.URL.Path
	if !strings.HasPrefix(sessionPath, "/sessions/") {
		return 0, "", fmt.Errorf("new session ended on %s", sessionPath)
	}
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	fw, _ := mw.CreateFormFile("transcript", name)
	fw.Write(content)
	mw.Close()
	noFollow := *c
	noFollow.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	req, _ := http.NewRequest("POST", base+sessionPath+"/transcript", &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	start := time.Now()
	resp, err = noFollow.Do(req)
	if err != nil {
		return 0, "", err
	}
	d := time.Since(start)
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusSeeOther {
		return 0, "", fmt.Errorf("upload answered %d", resp.StatusCode)
	}
	return d, sessionPath, nil
}
