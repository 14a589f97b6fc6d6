package analysis_test

import (
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/analysis"
)

// TestNoOf reads one client utterance after one practitioner utterance: a
// "no" refuses what was proposed, the change or the conversation; negated
// change talk ("I don't want to end up like my father") and plain answers
// are none.
func TestNoOf(t *testing.T) {
	pq := func(text string) turn { return turn{"p", ally.CodeQuestion, ally.SubOpen, text} }
	pc := func(text string) turn { return turn{"p", ally.CodeQuestion, ally.SubClosed, text} }
	pr := func(text string) turn { return turn{"p", ally.CodeReflection, ally.SubComplex, text} }
	pa := func(text string) turn { return turn{"p", ally.CodeInput, ally.SubAdvice, text} }
	pi := func(text string) turn { return turn{"p", ally.CodeInput, ally.SubInformation, text} }
	po := func(text string) turn { return turn{"p", ally.CodeInput, ally.SubOptions, text} }
	cn := func(text string) turn { return turn{"c", ally.CodeNeutral, "", text} }
	cs := func(text string) turn { return turn{"c", ally.CodeSustain, "", text} }
	cc := func(text string) turn { return turn{"c", ally.CodeChange, "", text} }
	insulin := pa("You should take your insulin before every meal.")
	meds := pq("How's the medication going?")
	drinking := pq("How has the drinking been this week?")
	patch := pc("Would you be willing to try the patch?")
	tests := []struct {
		name      string
		prev      turn // the practitioner utterance answered
		client    turn
		kind, cue string // kind "" for no "no"; cue "" not checked
	}{
		// Overt: refusing the change, the conversation or the proposal.
		{"not quitting", pq("Hi Jo, how has the week been with the drinking?"), cn("Fine. I'm not quitting, just so you know."), "overt", "i'm not quitting"},
		{"not giving that up", pr("Friday is when you finally get to let go of the week."), cs("A few beers with the guys is the one thing I look forward to. I'm not giving that up."), "overt", "i'm not giving that up"},
		{"not stopping", pq("How's the smoking going?"), cs("I'm not stopping. Smoking is the only break I get from the kids all day."), "overt", "i'm not stopping"},
		{"prefer not to talk about him", pr("So part of you is worried about ending up like him."), cn("I'd prefer not to talk about him."), "overt", ""},
		{"not going to work for me", pq("What would you like to talk about?"), cn("That's not going to work for me, the meetings thing."), "overt", "that's not going to work"},
		{"okay but no patches", pq("How would it be if we looked at the options together, and you tell me which ones don't suit you?"), cn("Okay, but no patches."), "overt", "no patches"},
		{"don't want to talk about gum", pc("Have you tried nicotine gum?"), cn("I don't want to talk about gum."), "overt", ""},
		{"don't want to do that", pa("Switch to one glass on weeknights."), cs("I don't want to do that."), "overt", ""},
		{"don't want to, alone", pa("You could try the patch."), cs("Honestly? I don't want to."), "overt", "i don't want to"},
		{"no, I won't", pa("Switch to one glass on weeknights."), cs("No, I won't."), "overt", ""},
		{"bare no to advice", pa("Switch to one glass on weeknights."), cn("No."), "overt", "no"},
		{"no thanks", pc("Would it be okay if I shared another idea?"), cn("No thanks."), "overt", "no thanks"},
		{"one option, no", po("Some people charge the phone outside the bedroom. Others take a walk after the kids are down."), cc("The phone outside the bedroom, I could try that. The walk, no."), "overt", "the walk, no"},
		{"not the quit line", pc("Anything from today you'd rather not do?"), cc("Not the quit line. The rest I'll think about."), "overt", "not the quit line"},
		{"naming what to say no to", pc("Is there anything about this plan you'd rather say no to?"), cc("The mornings I do school drop-off. Those are out."), "overt", ""},
		{"not ready for ten", pr("Walking's out. The charger outside the bedroom is in."), cc("Maybe lights out at eleven-thirty. Not ten, I'm not ready for ten."), "overt", "i'm not ready for ten"},
		{"echoing the proposal", pr("The rice is the tricky part."), cc("It is. I'm not going to fight her on the rice. Not this month."), "overt", ""},
		{"don't think I need to quit", pq("Where does that leave you?"), cc("I don't think I need to quit, but I could cut down."), "overt", ""},
		{"said again after an aside", pr("You're noticing it's hurting what you eat."), cs("Yeah. I don't wanna- I don't wanna, I mean, I don't wanna stop altogether."), "overt", "i don't wanna stop altogether"},
		{"passing", pi("A reminder: you can pass on any question tonight."), cn("Good, because I'm passing."), "overt", "i'm passing"},
		{"no way", po("Some people alternate with water. Any of those might fit, or none."), cc("The number thing could work. The water thing, no way."), "overt", "no way"},
		{"no chance", pa("You could try the patch."), cs("No chance."), "overt", "no chance"},
		{"leave me alone", pa("You should cut down."), cs("Just leave me alone about it."), "overt", "leave me alone"},
		{"forget it", pa("You could try the patch."), cs("Oh, forget it."), "overt", "forget it"},
		{"not seeing a counsellor", pq("How are things at home?"), cs("I'm not seeing a counsellor."), "overt", ""},
		{"not seeing anyone, to a proposal", pa("You could see a counsellor."), cs("I'm not seeing anyone."), "overt", ""},
		{"not talking to my doctor", pq("What would help with the cravings?"), cs("I don't want to talk to my doctor about it."), "overt", ""},
		{"no, I know what I'm doing", pa("You should cut down."), cs("No, I know what I'm doing."), "overt", "no"},

		// Overt: refusing the treatment or the proposed act, "anymore" or not.
		{"not doing four shots anymore", insulin, cs("I'm not doing four shots a day anymore."), "overt", ""},
		{"won't take the tablets anymore", insulin, cs("I won't take the tablets anymore, they make me sick."), "overt", "i won't take the tablets"},
		{"not injecting at work again", insulin, cs("I'm not injecting at work again."), "overt", ""},
		{"not coming back to the group again", insulin, cs("I'm not coming back to that group again."), "overt", ""},
		{"rather not go back to the doctor", pr("You mentioned you might go back and update the doctor."), cs("I'd rather not go back to the doctor."), "overt", ""},
		{"not having that", insulin, cs("I'm not having that."), "overt", "i'm not having that"},
		{"not having one of those machines", po("We could try a lower dose, or you could take it at night. You could also check your pressure at home."),
			cn("At night might work. But I'm not having one of those machines. I'm no good with gadgets."), "overt", ""},
		{"not changing my mind", pa("You could try the patch."), cs("I'm not changing my mind."), "overt", "i'm not changing my mind"},
		{"won't take the tablets anymore, to a question", meds, cs("I won't take the tablets anymore, they make me sick."), "overt", "i won't take the tablets"},
		{"not taking the statins anymore", meds, cs("I'm not taking the statins anymore."), "overt", "i'm not taking the statins"},
		{"not taking the statins anymore, uncoded", meds, cn("I'm not taking the statins anymore."), "overt", "i'm not taking the statins"},
		{"don't want to use the inhaler", pq("What's been happening with your breathing?"), cs("I don't want to use the inhaler at work."), "overt", ""},
		{"not doing the diet anymore", pq("How has the week been?"), cs("I'm not doing the diet anymore."), "overt", ""},
		{"not going to those AA meetings", drinking, cs("I'm not going to those AA meetings."), "overt", "i'm not going to those aa meetings"},
		{"won't be going to the meetings anymore", drinking, cn("I won't be going to the meetings anymore."), "overt", "i won't be going to the meetings"},
		{"not going to AA", drinking, cs("I'm not going to AA again."), "overt", ""},
		{"not going to those AA meetings, to advice", pa("You should go to AA meetings every week."), cs("I'm not going to those AA meetings."), "overt", ""},
		{"not sitting in a church basement", pa("You should go to AA meetings every week."), cs("I'm not sitting in a church basement listening to that."), "overt", ""},
		{"rather you didn't, to permission", pc("Would it be okay if I shared some ideas?"), cn("Honestly, I'd rather you didn't."), "overt", "i'd rather you didn't"},
		{"can't, my knee is bad", pa("Why don't you try walking at lunch?"), cs("I can't, my knee is bad."), "overt", "i can't"},
		{"can't, my knee is bad, to a question", pq("Why don't you try walking at lunch?"), cs("I can't, my knee is bad."), "overt", "i can't"},

		// Overt: a plain "no" to a question that pushes.
		{"no to are you going to", pc("You need to stop. Are you going to do it?"), cs("No."), "overt", "no"},
		{"no to don't you think", pc("Don't you think you should quit?"), cs("No."), "overt", "no"},
		{"nah to a proposal", patch, cs("Nah."), "overt", "nah"},
		{"not really, no, to a proposal", patch, cs("Not really, no."), "overt", "not really"},
		{"no, not really, to a proposal", patch, cs("No, not really."), "overt", "no"},
		{"not really, no, to a pushing question", pc("Don't you think you should quit?"), cs("Not really, no."), "overt", "not really"},
		{"nah to a pushing question", pc("Don't you think you should quit?"), cs("Nah."), "overt", "nah"},
		{"no, daughter needs me", pc("Can't someone else do that?"), cs("No. My daughter needs me."), "overt", "no"},
		{"nope to wouldn't it be better", pc("Wouldn't it be better to just quit?"), cs("Nope."), "overt", "nope"},

		// Not a "no": negated change talk.
		{"don't want to be the hungover dad", pc("A seven or an eight. Why not a lower number, like a four?"), cc("Because I don't want to be the dad who's hungover at every game. I want to be there."), "", ""},
		{"don't want to end up like my father", turn{"p", ally.CodeInput, ally.SubAdvice, "Let's stay on topic. Drinking is bad for your heart."}, cc("I don't want to end up like my father, though. He died at fifty."), "", ""},
		{"won't drink this weekend", pq("What will you do differently?"), cc("I'm not going to drink this weekend."), "", ""},
		{"won't do that again", pq("How was the court date?"), cc("Awful. I won't do that again."), "", ""},
		{"rather not be in that situation", pq("What do you know about how that's dangerous?"), cc("It impairs your judgment, so I'd rather not be in that situation."), "", ""},
		{"don't wanna make it worse", pq("Why do you think it's not something less like a six?"), cc("I'm ready to cut back, and I don't wanna make my depression any worse."), "", ""},
		{"don't want to lose my license", pq("What was different?"), cc("I don't want to lose my license, you know."), "", ""},
		{"not going back there", pr("That place was rough."), cc("There's no way I'm going back there."), "", ""},
		{"broken off", pq("What's going on with that?"), cn("I don't wanna- I used to work out quite a bit."), "", ""},
		{"as long as", pa("Let's write the plan down."), cn("Okay, as long as I'm not changing anything yet."), "", ""},
		{"won't drink anymore", pa("You should cut down on the drinking."), cc("I'm not going to drink anymore."), "", ""},
		{"won't smoke again", pa("You could try the patch."), cc("I won't smoke again after this pack."), "", ""},
		{"don't want another heart attack", insulin, cc("I don't want to have another heart attack."), "", ""},
		{"won't hide it anymore", pa("You could tell your wife."), cc("I won't hide it from her anymore."), "", ""},
		{"not doing great", insulin, cn("I'm not doing great, honestly."), "", ""},
		{"won't have one tonight", pa("You should cut down."), cc("I'm not going to have one tonight."), "", ""},
		{"won't drink anymore, to a question", drinking, cc("I won't drink anymore."), "", ""},
		{"not drinking anymore, uncoded", drinking, cn("I'm not drinking anymore."), "", ""},
		{"won't stop taking my meds", meds, cc("I won't stop taking my meds."), "", ""},
		{"don't want to end up on insulin", meds, cc("I don't want to end up on insulin."), "", ""},
		{"won't forget the tablets again", meds, cc("I won't forget the tablets again."), "", ""},
		{"not going out with that group", drinking, cc("I'm not going out with that group again."), "", ""},
		{"not going to the party", pq("What are your plans for the weekend?"), cn("I'm not going to the party."), "", ""},
		{"don't want to sit around", pq("What's the weekend looking like?"), cs("I don't want to sit around all day."), "", ""},
		{"not changing my mind, committed", pq("How are you feeling about quitting now?"), cc("I'm not changing my mind."), "", ""},
		{"worried that won't work for him", pq("What worries you about your son's plan?"), cc("I'm worried that won't work for him."), "", ""},
		{"don't want to talk to my kids like my dad", pq("What would you like to be different at home?"), cc("I don't want to talk to my kids the way my dad talked to me."), "", ""},

		// Not a "no": answers and figures of speech.
		{"no to a negative reflection", pr("The lunchtime walks didn't happen this week."), cs("No. There's always a meeting."), "", ""},
		{"no to a negative question", pc("So you're not proud of finishing a bottle?"), cs("No, it's not like I get crazy or anything."), "", ""},
		{"no, go ahead", pc("Do you mind if we talk about your drinking?"), cn("No, by all means."), "", ""},
		{"no, it was fine", pc("Is there anything I said today that didn't sit right with you?"), cc("No, it was fine. Better than I expected."), "", ""},
		{"no to a factual question", pi("Did you know a glass of juice has as many calories as a soda?"), cn("No, I didn't know that."), "", ""},
		{"not going to lie", pa("Switch to one glass on weeknights."), cn("I'm not going to lie, it's been hard."), "", ""},
		{"not saying it's easy", pa("Switch to one glass on weeknights."), cn("I'm not saying it's easy."), "", ""},
		{"can't sleep", pr("Drinking is how you get your mind quiet."), cs("I can't sleep without a couple of drinks."), "", ""},
		{"no to a question that only asks", pc("Are you going to the party this weekend?"), cn("No."), "", ""},
		{"no to a history question", pc("Have you tried to cut down before?"), cn("No, never."), "", ""},
		{"not really, to an invitation", pc("Anything you'd rather not do?"), cn("Not really."), "", ""},
		{"don't want to be drinking", drinking, cc("I don't want to be drinking every night."), "", ""},
		{"not really, no, to a question that only asks", pc("Did you sleep well?"), cn("Not really, no."), "", ""},
		{"no to can't sleep", pc("Can't you sleep at night?"), cn("No."), "", ""},
		{"rather you didn't tell, change talk", pq("What would help?"), cc("I'd rather my wife didn't find out before I've cut down."), "", ""},
		{"no to a pushing history question", pc("Have you ever had a blackout, when you wake up and you don't remember what happened?"), cn("No, but that happened to a friend."), "", ""},
		{"no to will you be home", pc("Will you be home this weekend?"), cn("No, I'm at my brother's."), "", ""},
		{"had no chance", pq("What happened at the interview?"), cn("I had no chance."), "", ""},
		{"not seeing anyone", pq("How are things at home?"), cn("I'm not seeing anyone right now."), "", ""},
		{"wife won't leave me alone", pq("How are things at home?"), cs("My wife won't leave me alone about it."), "", ""},
		{"drink to forget it", pq("What does drinking do for you?"), cs("I drink to forget it."), "", ""},
		{"no, you're right", pa("You should cut down."), cn("No, you're right."), "", ""},
		{"no, I know, I should", pa("You should cut down."), cc("No, I know, I should."), "", ""},
		{"no, didn't know that, to information", pi("A glass of juice has as many calories as a can of soda."), cn("No, I didn't know that."), "", ""},
		{"no, great idea", pa("You could try the patch."), cc("No, that's a great idea."), "", ""},

		// Covert.
		{"quick sure under pressure, with no pushback before, is not listed", pa("You need to stop drinking. It is killing your liver."), cn("Sure."), "", ""},
		{"yeah but", pa("You should go to AA meetings every week."), cs("Yeah, but I've tried that before and it didn't help."), "covert", "yeah but"},
		{"I hear you but", pr("Your friends matter to you."), cs("I hear you, but my friends all drink."), "covert", "i hear you but"},
		{"changing the subject", pa("Cut down to two drinks a night."), cn("Anyway, did you see the game last night?"), "covert", "anyway"},
		{"everyone says that", turn{"p", ally.CodeReflection, ally.SubComplex, "You really need to quit before your surgery."}, cn("Everyone says that. I've tried before, it never sticks."), "covert", "everyone says that"},
		{"sure to permission", pc("Would it be all right if I shared something?"), cn("Sure, go ahead."), "", ""},
		{"okay to information", pi("Alcohol raises blood pressure."), cn("Okay."), "", ""},
		{"yes but towards change", pr("You sound really mad about it."), cc("Yeah, but talking about it makes me think I need to do something."), "", ""},
		{"okay to advice that hands it back", pa("You could try the patch if you want. It's totally your call."), cn("Okay."), "", ""},
		{"okay to pushing advice, with no pushback before, is not listed", pa("You should try the patch."), cn("Okay."), "", ""},
		{"tried it and it worked", pa("You could try the patch."), cc("I tried it last year and it worked really well."), "", ""},
		{"tried it and it didn't work", pa("You could try the patch."), cs("I tried it last year and it didn't work."), "covert", "i tried it"},
		{"whatever helps", pa("You could try the patch."), cc("Whatever helps. I can do that."), "", ""},
		{"anyway, give it a go", pa("You could try the patch."), cc("Anyway, I'll give it a go."), "", ""},
		{"anyway, give it a go, uncoded", pa("You could try the patch."), cn("Anyway, I'll give it a go."), "", ""},
		{"fine, whatever you say", pa("You need to stop drinking. It is killing your liver."), cn("Fine. Whatever you say."), "covert", "fine whatever you say"},
		{"whatever you say, to a question", pq("What would you like to do next?"), cn("Whatever you say."), "", ""},
		{"whatever, alone", pa("You should try the patch."), cn("Whatever. Did you see the game?"), "covert", "whatever"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := analysis.Analyze(MustTranscript(t, tt.prev, tt.client), analysis.Options{})
			if tt.kind == "" {
				if len(a.Noes) != 0 {
					t.Errorf("got %+v, want no \"no\"", a.Noes)
				}
				return
			}
			if len(a.Noes) != 1 {
				t.Fatalf("got %+v, want one %s no", a.Noes, tt.kind)
			}
			if got := a.Noes[0]; got.Kind != tt.kind || tt.cue != "" && got.Cue != tt.cue {
				t.Errorf("got %s %q, want %s %q", got.Kind, got.Cue, tt.kind, tt.cue)
			}
		})
	}
}
