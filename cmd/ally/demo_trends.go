package main

import (
	"context"
	"strings"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/web"
)

// demoTrendClient is the demo client whose earlier sessions give the
// trends pages something to show.
const demoTrendClient = "Maya Lindqvist"

// demoEarlierSession is one of her sessions before the one in
// demoClients, weeksBefore that one.
type demoEarlierSession struct {
	weeksBefore int
	transcript  string
}

// demoEarlierSessions are fiction, written for ally: Maya's first two
// sessions, in which the professional pushes more and hears less than
// later, so the trends show the work getting better.
func demoEarlierSessions() []demoEarlierSession {
	return []demoEarlierSession{
		{4, `Robin: So, Maya, you said on the phone you're drinking more than you'd like.
Maya: Maybe. I don't really think it's a problem, to be honest.
Robin: You should know that more than a glass a night is above the guidelines.
Maya: Everyone I know drinks like that. It's how we relax.
Robin: Have you thought about just stopping during the week?
Maya: No. I don't want to stop. I need something after work.
Robin: Have you tried herbal tea instead?
Maya: That's not the same. I'm not going to do that.
Robin: It's really important for your health to cut down.
Maya: I know, I know. But work is stressful and it helps me unwind.
Robin: Work is a lot right now, and the wine is how you unwind.
Maya: Yes. Though I do wake up tired.
Robin: What would you like to do?
Maya: I don't know. Maybe nothing for now.`},
		{2, `Robin: Last time I think I pushed you about the wine. How was that for you?
Maya: A bit much, honestly. I nearly didn't come.
Robin: It felt like I was telling you what to do, and you're the one who decides.
Maya: Yes. I'm not against cutting down, I just don't like being told.
Robin: You're open to it, on your own terms.
Maya: I am. I'd like to sleep better. I wake up at three most nights.
Robin: Waking at three is wearing you down.
Maya: It is. And I think the second glass is part of it.
Robin: What does the second glass give you?
Maya: Time that's mine. The first one switches work off, the second is just for me.
Robin: So the evening glass is about rest and having something for yourself.
Maya: Exactly. I don't want to lose that.
Robin: Is there anything about what we've talked about that you'd want to say no to?
Maya: No, this felt better. I might try one glass instead of two and see how I sleep.`},
	}
}

// seedDemoTrends gives the demo trend client her earlier analysed
// sessions, once: a practice that already has them is left as it is.
func seedDemoTrends(ctx context.Context, svc web.Services, pro *ally.Professional, model string) error {
	c, err := svc.Clients.FindClientByName(ctx, demoTrendClient)
	if err != nil {
		return err
	}
	analyses, err := svc.Sessions.FindAnalyses(ctx, c.ID)
	if err != nil || len(analyses) != 1 {
		return err // none to anchor on, or done already
	}
	first := analyses[0].Date
	for _, es := range demoEarlierSessions() {
		s := &ally.Session{ClientID: c.ID, Date: first.AddDate(0, 0, -7*es.weeksBefore), Status: ally.SessionAttended}
		if err := svc.Sessions.CreateSession(ctx, s); err != nil {
			return err
		}
		res, err := svc.Analyzer.Analyze(ctx, strings.NewReader(es.transcript), "session.txt",
			ally.AnalyzeOptions{Format: "txt", TenderSpots: pro.TenderSpots})
		if err != nil {
			return err
		}
		if err := svc.Sessions.SaveAnalysis(ctx, s.ID, res.Transcript, res.Analysis, model); err != nil {
			return err
		}
	}
	// A session missed between them: a quiet "no" worth being curious about.
	return svc.Sessions.CreateSession(ctx, &ally.Session{ClientID: c.ID, Date: first.AddDate(0, 0, -7*3), Status: ally.SessionNoShow})
}
