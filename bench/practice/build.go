package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/engine"
	"github.com/ally-mi/ally/mi"
	"github.com/ally-mi/ally/sqlite"
	"github.com/ally-mi/ally/vault"
)

// The professional whose practice the bench reads.
const (
	benchEmail    = "bench@ally.example"
	benchPassword = "bench practice of ally"
)

// built is what the bench knows of the practice it built: the ids of the
// pages to request and a name to search for.
type built struct {
	clients  []int64
	sessions []int64
	search   []string
}

var (
	firstNames = []string{"Ada", "Ben", "Carla", "Dev", "Elif", "Femi", "Greta", "Hugo", "Ines", "Jonas"}
	lastNames  = []string{"Park", "Cho", "Moreau", "Nair"}
)

// buildPractice writes, in the data directory dir, a practice of nClients
// clients with perClient analysed sessions each, of 60 to 120 utterances,
// every session with a SOAP note and a private note. Sessions are analysed
// by the embedded model through the engine, as serve would.
func buildPractice(ctx context.Context, dir string, nClients, perClient int) (*built, error) {
	keys, err := vault.LoadOrCreateKey(dir, "")
	if err != nil {
		return nil, err
	}
	db, err := sqlite.Open(ctx, filepath.Join(dir, "ally.db"), keys)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	coder, err := mi.Default()
	if err != nil {
		return nil, err
	}
	eng := engine.New(coder)
	pros, clients := sqlite.NewProfessionalService(db), sqlite.NewClientService(db)
	goals, sessions, notes := sqlite.NewGoalService(db), sqlite.NewSessionService(db), sqlite.NewNoteService(db)

	pro := &ally.Professional{Email: benchEmail, Name: "Robin Vale"}
	if err := pros.CreateProfessional(ctx, pro, benchPassword); err != nil {
		return nil, err
	}
	pro.TenderSpots = []string{"drinking", "my father"}
	ctx = ally.NewContextWithProfessional(ctx, pro)
	if err := pros.UpdateTenderSpots(ctx, pro.ID, pro.TenderSpots); err != nil {
		return nil, err
	}

	b := &built{}
	day := time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC)
	for i := range nClients {
		name := fmt.Sprintf("%s %s %d", firstNames[i%len(firstNames)], lastNames[i/len(firstNames)%len(lastNames)], i+1)
		c := &ally.Client{Name: name, Contact: strings.ToLower(strings.ReplaceAll(name, " ", ".")) + "@example.org"}
		if err := clients.CreateClient(ctx, c); err != nil {
			return nil, err
		}
		if err := clients.GiveConsent(ctx, c.ID, ally.Consent{GivenAt: day, Note: "signed form at intake"}); err != nil {
			return nil, err
		}
		if err := goals.CreateGoal(ctx, &ally.Goal{ClientID: c.ID, Title: "A goal of their own", Description: "In their words."}); err != nil {
			return nil, err
		}
		b.clients = append(b.clients, c.ID)
		if i%len(firstNames) == 0 {
			b.search = append(b.search, strings.ToLower(firstNames[i%len(firstNames)]))
		}

		// The sessions of one client are analysed in parallel, stored in order.
		texts := make([]string, perClient)
		for j := range texts {
			r := rand.New(rand.NewPCG(uint64(i), uint64(j)))
			texts[j] = transcript(r, i+j, "Robin", strings.Fields(name)[0], 60+r.IntN(61))
		}
		results, err := analyzeAll(ctx, eng, texts, pro.TenderSpots)
		if err != nil {
			return nil, err
		}
		for j, res := range results {
			s := &ally.Session{ClientID: c.ID, Date: day.AddDate(0, 0, 7*j), Status: ally.SessionAttended}
			if err := sessions.CreateSession(ctx, s); err != nil {
				return nil, err
			}
			if err := sessions.SaveAnalysis(ctx, s.ID, res.Transcript, res.Analysis, eng.ModelVersion()); err != nil {
				return nil, err
			}
			soap := []string{"Talked about " + topics[(i+j)%len(topics)].subject + ".", "Engaged.", "Ambivalent.", "Review next week."}
			if err := notes.SaveNote(ctx, &ally.Note{SessionID: s.ID, Format: ally.NoteSOAP, Sections: soap}); err != nil {
				return nil, err
			}
			if err := notes.SaveNote(ctx, &ally.Note{SessionID: s.ID, Format: ally.NotePrivate, Sections: []string{"Slow down next time."}}); err != nil {
				return nil, err
			}
			b.sessions = append(b.sessions, s.ID)
		}
	}
	return b, nil
}

// analyzeAll analyses the transcripts on every core.
func analyzeAll(ctx context.Context, eng *engine.Engine, texts []string, spots []string) ([]*ally.Result, error) {
	out := make([]*ally.Result, len(texts))
	errs := make([]error, len(texts))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for j, text := range texts {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			out[j], errs[j] = eng.Analyze(ctx, strings.NewReader(text), "session.txt", ally.AnalyzeOptions{Format: "txt", TenderSpots: spots})
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}
