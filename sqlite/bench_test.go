package sqlite_test

import (
	"fmt"
	"testing"

	"github.com/ally-mi/ally"
)

// BenchmarkFindClients opens and filters a practice of 40 clients, whose
// names are sealed and so matched in memory.
func BenchmarkFindClients(b *testing.B) {
	s := MustOpenStores(b)
	ctx, _ := MustSignIn(b, s, "a@example.org")
	for i := range 40 {
		MustCreateClient(b, ctx, s, fmt.Sprintf("Client %02d Rivera", i), &ally.Consent{})
	}
	for _, query := range []string{"", "client 1"} {
		b.Run(fmt.Sprintf("query=%q", query), func(b *testing.B) {
			for b.Loop() {
				if _, err := s.Clients.FindClients(ctx, ally.ClientFilter{Query: query}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkFindSessionByID reads a session with a 400-utterance coded
// transcript and its analysis, both sealed JSON.
func BenchmarkFindSessionByID(b *testing.B) {
	s := MustOpenStores(b)
	ctx, _ := MustSignIn(b, s, "a@example.org")
	c := MustCreateClient(b, ctx, s, "Sam", &ally.Consent{})
	ss := MustCreateSession(b, ctx, s, c.ID, now)
	t := Transcript(400, "I don't know that I want to stop, it's the one time I relax all week")
	if err := s.Sessions.SaveAnalysis(ctx, ss.ID, t, Analysis("the one time I relax"), "m1"); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Sessions.FindSessionByID(ctx, ss.ID); err != nil {
			b.Fatal(err)
		}
	}
}
