package main

import (
	"context"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/web"
)

// demoJournal is the demo professional's journal: a self-check before
// Maya's session and two reflections. Its tender spots, "drinking" and
// "my father", are set with the account; Maya's wine and "the kind of dad" said
// to Tomás touch them in the demo transcripts, so the journal lists both
// sessions from their own analyses.
var demoJournal = []ally.JournalEntry{
	{Kind: ally.JournalReflection, Text: "With Maya I caught myself wanting to fix her weeknights for her. " +
		"Her wine is hers to weigh. When I slowed down and reflected the rest it gives her, she found her own two evenings."},
	{Kind: ally.JournalReflection, Text: "When Tomás talked about snapping at his kids in the morning, my father was in the room for a moment. " +
		"Earlier I had reached for advice about the phone before asking. Worth taking to supervision: what was I trying to fix, and for whom?"},
	{Kind: ally.JournalSelfCheck, Alive: "Slept badly; a little raw after a long call with Dad last night.",
		Touches: "Maya's evening wine. I know this one: I grew up with drinking at home. Go slowly, let her set the pace."},
}

// demoJournalClient is the client the demo's self-check was made before.
const demoJournalClient = "Maya Lindqvist"

// seedDemoJournal writes the demo journal unless it has entries already,
// so serve --demo can run every time. ctx is signed in as the demo
// professional.
func seedDemoJournal(ctx context.Context, svc web.Services) error {
	if existing, err := svc.Journal.FindJournalEntries(ctx, ally.JournalFilter{Limit: 1}); err != nil || len(existing) > 0 {
		return err
	}
	maya, err := svc.Clients.FindClientByName(ctx, demoJournalClient)
	if err != nil {
		return err
	}
	for _, e := range demoJournal {
		if e.Kind == ally.JournalSelfCheck {
			e.ClientID = maya.ID
		}
		if err := svc.Journal.CreateJournalEntry(ctx, &e); err != nil {
			return err
		}
	}
	return nil
}
