package main

import (
	"context"
	"slices"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/web"
)

// demoMap is the two-clients map of a demo client's goal, and the
// worksheet filled in with them, if any. Fiction, written for ally.
type demoMap struct {
	client                 string
	motivation, resistance ally.MapSide
	// confirm are needs the analysis heard in the client's session that
	// the demo professional confirmed on the resistance side; the others
	// stay offered, for a visitor to confirm or dismiss (Tomás's "a break").
	confirm   []string
	worksheet *ally.Worksheet
}

// demoNeed is a taxonomy need added by hand.
func demoNeed(id, name string) ally.MapNeed { return ally.MapNeed{Need: id, Text: name} }

// demoOwn is a need in the professional's own words.
func demoOwn(text string) ally.MapNeed { return ally.MapNeed{Text: text} }

func demoMaps() []demoMap {
	return []demoMap{
		{
			client: "Maya Lindqvist",
			motivation: ally.MapSide{
				Wants: "Clear, sharp mornings and sleep that rests her; to feel she chooses the glass, not the other way round.",
				Needs: []ally.MapNeed{demoNeed("sleep", "sleep"), demoNeed("energy", "energy"), demoOwn("feeling on top of her work")},
				Words: "I sleep badly when I have more than one, and I want to be sharper in the mornings. That matters to me.",
			},
			resistance: ally.MapSide{
				Wants: "A way to end the working day: to stop the emails going round in her head and switch off.",
				Needs: []ally.MapNeed{demoNeed("coping", "coping with feelings and stress"), demoOwn("a clear line between work and evening")},
				Words: "By eight o'clock I'm wound up from work and a glass is the only thing that switches me off.",
			},
			confirm: []string{"break"},
			worksheet: &ally.Worksheet{
				Behaviour:         "A glass or two of wine most weeknights, from about eight.",
				Gives:             []string{"rest", "coping"},
				GivesWords:        "It's the only thing that switches me off. Without it I keep going over emails in my head.",
				Costs:             "Broken sleep after the second glass, foggy mornings, and a feeling it isn't quite my choice any more.",
				WouldHaveToBeTrue: "Another way to mark the end of the day that really works, on some evenings at least. A walk might, not every day.",
			},
		},
		{
			client: "Tomás Herrera",
			motivation: ally.MapSide{
				Wants: "To wake up rested, and to be the dad who isn't snapping at the kids in the morning.",
				Needs: []ally.MapNeed{demoNeed("energy", "energy"), demoNeed("connection", "connection and belonging")},
				Words: "I'm tired all day though, and I snap at the kids in the morning. I hate that.",
			},
			resistance: ally.MapSide{
				Wants: "Time that is his alone, once the house is quiet and nobody needs anything from him.",
				Needs: []ally.MapNeed{demoNeed("autonomy", "autonomy and control"), demoOwn("a say of his own: the phone idea was not his")},
				Words: "It's the only time that's mine. The kids are asleep, nobody needs anything from me.",
			},
			worksheet: &ally.Worksheet{
				Behaviour:         "Scrolling on the phone in bed until about one on work nights.",
				Gives:             []string{"free_time", "autonomy"},
				GivesWords:        "The only hours nobody takes from me.",
				Costs:             "Tired all day; short with the kids at breakfast.",
				WouldHaveToBeTrue: "I'd need my own time earlier in the evening, right after they go down, and to choose it myself.",
			},
		},
		{
			client: "Priya Nair",
			motivation: ally.MapSide{
				Wants: "To move freely again after the operation, and to have the Sunday walks with her sister back.",
				Needs: []ally.MapNeed{demoNeed("connection", "connection and belonging"), demoNeed("confidence", "confidence"),
					demoOwn("feeling proud of herself again")},
				Words: "I did. I was proud of that, actually.",
			},
			resistance: ally.MapSide{
				Wants: "To keep her knee safe and go at her own pace; three walks a week is too many for now.",
				Needs: []ally.MapNeed{demoNeed("safety", "safety and security"), demoNeed("autonomy", "autonomy and control")},
				Words: "I'm not ready for three times a week. That feels like too much.",
			},
		},
	}
}

// seedDemoMaps fills in the map of each demo client's first goal, and their
// worksheet, unless the map was saved before: a visitor's changes stay.
func seedDemoMaps(ctx context.Context, svc web.Services) error {
	for _, dm := range demoMaps() {
		c, err := svc.Clients.FindClientByName(ctx, dm.client)
		if err != nil {
			return err
		}
		goals, err := svc.Goals.FindGoals(ctx, c.ID)
		if err != nil || len(goals) == 0 {
			return err
		}
		m, err := svc.GoalMaps.FindGoalMap(ctx, goals[0].ID)
		if err != nil {
			return err
		} else if !m.UpdatedAt.IsZero() {
			continue
		}
		m.Motivation, m.Resistance = dm.motivation, dm.resistance
		heard, err := demoHeard(ctx, svc, c.ID, dm.confirm)
		if err != nil {
			return err
		}
		m.Resistance.Needs = append(heard, m.Resistance.Needs...)
		if err := svc.GoalMaps.SaveGoalMap(ctx, m); err != nil {
			return err
		}
		if dm.worksheet != nil {
			w := *dm.worksheet
			w.ClientID, w.By = c.ID, ally.ByProfessional
			if err := svc.Worksheets.CreateWorksheet(ctx, &w); err != nil {
				return err
			}
		}
	}
	return nil
}

// demoHeard returns the needs of ids as the analysis heard them in the
// client's sessions, with the client's words: what confirming them on the
// map page would add.
func demoHeard(ctx context.Context, svc web.Services, clientID int64, ids []string) ([]ally.MapNeed, error) {
	sessions, err := svc.Sessions.FindAnalyses(ctx, clientID)
	if err != nil {
		return nil, err
	}
	var out []ally.MapNeed
	for _, ss := range sessions {
		for _, nm := range ss.Analysis.Needs {
			if !slices.Contains(ids, nm.Need) || len(nm.Utterances) == 0 {
				continue
			}
			at := nm.Utterances[0]
			if len(nm.Sustain) > 0 {
				at = nm.Sustain[0]
			}
			full, err := svc.Sessions.FindSessionByID(ctx, ss.ID)
			if err != nil {
				return nil, err
			}
			n := ally.MapNeed{Need: nm.Need, Text: nm.Name, SessionID: ss.ID, Utterance: at}
			for _, u := range full.Transcript.Utterances {
				if u.Index == at {
					n.Quote = u.Text
				}
			}
			out = append(out, n)
		}
	}
	return out, nil
}
