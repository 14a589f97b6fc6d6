package main

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/web"
)

// demoClock is the practice's clock while serve --demo seeds it: the wall
// clock, set back for a moment to date a demo client's earlier check-in.
type demoClock struct {
	mu   sync.Mutex
	back time.Duration
}

// Now is the wall clock less the set-back.
func (c *demoClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return time.Now().Add(-c.back)
}

// setBack sets the clock back by d; 0 is the wall clock.
func (c *demoClock) setBack(d time.Duration) {
	c.mu.Lock()
	c.back = d
	c.mu.Unlock()
}

// demoCheckIn is one fictional client's answered check-in.
type demoCheckIn struct {
	client string
	// daysAgo is when it was answered.
	daysAgo               int
	didNotFit             string
	importance, confident int
	impWhy, impUp         string
	confWhy, confUp       string
	phq9, gad7            []int
	worksheet             *ally.Worksheet
}

// demoCheckIns are the demo clients' answers, written for ally, earlier
// ones first, so the trends have a line to draw. Tomás's latest PHQ-9
// answers "several days" to the ninth item, so the demo shows a flag.
func demoCheckIns() []demoCheckIn {
	return []demoCheckIn{
		{
			client: "Maya Lindqvist", daysAgo: 21,
			didNotFit:  "Nothing really. It felt odd to talk about wine with someone who doesn't judge it.",
			importance: 5, impWhy: "The mornings are getting harder.", impUp: "If I could see what a dry week gives me.",
			confident: 3, confWhy: "I have stopped before, for a while.", confUp: "Knowing what to do at six o'clock instead.",
			phq9: []int{1, 2, 1, 2, 1, 1, 1, 0, 0}, gad7: []int{2, 2, 1, 2, 1, 1, 1},
		},
		{
			client: "Tomás Herrera", daysAgo: 14,
			didNotFit:  "The sleep diary. I filled it in twice and then it felt like homework.",
			importance: 4, impWhy: "I fall asleep at my desk some afternoons.", impUp: "If my partner stopped mentioning it.",
			confident: 3, confWhy: "I know what I'd have to do.", confUp: "A week without late calls.",
			phq9: []int{1, 2, 2, 3, 1, 1, 1, 0, 0}, gad7: []int{2, 1, 2, 2, 1, 2, 1},
		},
		{
			client: "Priya Nair", daysAgo: 14,
			importance: 8, impWhy: "My physio says walking is the best thing for the knee.", impUp: "Less pain on the stairs.",
			confident: 4, confWhy: "I walked once, to the corner shop and back.", confUp: "Company.",
			gad7: []int{2, 1, 1, 1, 1, 0, 1},
		},
		{
			client:     "Maya Lindqvist",
			didNotFit:  "When you said I could count my drinks in an app, I nodded, but I don't want to. It would make every evening about wine.",
			importance: 7, impWhy: "Because I want to feel clear on Saturday mornings with the kids.", impUp: "If Jonas did the dry evenings with me.",
			confident: 4, confWhy: "I did manage two dry evenings last week.", confUp: "A plan for the hour after work, when it is hardest.",
			phq9: []int{1, 1, 1, 2, 0, 1, 0, 0, 0}, gad7: []int{1, 2, 1, 2, 0, 1, 0},
			worksheet: &ally.Worksheet{Behaviour: "A glass or two of wine after work", Gives: []string{"rest", "break"},
				GivesWords: "It is the moment the day is over and nobody needs anything from me.", Costs: "Sleep, and the Saturday mornings.",
				WouldHaveToBeTrue: "I would need another way to mark that the day is done."},
		},
		{
			client:     "Tomás Herrera",
			didNotFit:  "Putting the phone outside the bedroom. It's still a no for now: that late hour is the only time that's mine.",
			importance: 5, impWhy: "I'm tired of being tired at work.", impUp: "Knowing it would actually help.",
			confident: 3, confWhy: "Some nights I do get to bed on time.", confUp: "Fewer late messages from my brother.",
			phq9: []int{2, 2, 2, 3, 1, 2, 1, 0, 1}, gad7: []int{2, 2, 2, 2, 1, 2, 1},
		},
		{
			client:     "Priya Nair",
			importance: 9, impWhy: "My knee needs it and I miss walking.", impUp: "Nothing, it's high already.",
			confident: 6, confWhy: "I walked twice this week.", confUp: "A friend to walk with on Thursdays.",
			gad7: []int{1, 1, 0, 1, 0, 0, 1},
		},
	}
}

// seedDemoCheckIns gives each demo client, unless they have check-ins
// already, their answered check-ins, each on its day, and one open link.
func seedDemoCheckIns(ctx context.Context, svc web.Services, clock *demoClock) error {
	defer clock.setBack(0)
	seeded := map[string]bool{}
	for _, d := range demoCheckIns() {
		c, err := svc.Clients.FindClientByName(ctx, d.client)
		if err != nil {
			return fmt.Errorf("demo check-ins of %s: %w", d.client, err)
		}
		if list, err := svc.CheckIns.FindCheckIns(ctx, c.ID); err != nil {
			return err
		} else if len(list) > 0 && !seeded[d.client] {
			continue
		}
		seeded[d.client] = true
		clock.setBack(time.Duration(d.daysAgo) * 24 * time.Hour)
		answered := &ally.CheckIn{ClientID: c.ID, PHQ9: d.phq9 != nil, GAD7: d.gad7 != nil, Worksheet: d.worksheet != nil,
			ExpiresAt: time.Now().Add(7 * 24 * time.Hour)}
		token, err := svc.CheckIns.CreateCheckIn(ctx, answered)
		if err != nil {
			return err
		}
		imp, conf := d.importance, d.confident
		a := &ally.CheckInAnswers{DidNotFit: d.didNotFit,
			Importance: ally.Ruler{Value: &imp, WhyNotLower: d.impWhy, OneUp: d.impUp},
			Confidence: ally.Ruler{Value: &conf, WhyNotLower: d.confWhy, OneUp: d.confUp},
			PHQ9:       d.phq9, GAD7: d.gad7, PHQ9Difficulty: -1, GAD7Difficulty: -1, Worksheet: d.worksheet}
		if d.phq9 != nil {
			a.PHQ9Difficulty = 1
		}
		if d.gad7 != nil {
			a.GAD7Difficulty = 1
		}
		if err := svc.CheckIns.AnswerCheckIn(ctx, token, a); err != nil {
			return fmt.Errorf("demo check-in of %s: %w", d.client, err)
		}
		if d.daysAgo > 0 {
			continue // an earlier one; the latest comes next
		}
		clock.setBack(0)
		open := &ally.CheckIn{ClientID: c.ID, PHQ9: true, GAD7: true, ExpiresAt: time.Now().Add(5 * 24 * time.Hour)}
		if _, err := svc.CheckIns.CreateCheckIn(ctx, open); err != nil {
			return err
		}
	}
	return nil
}
