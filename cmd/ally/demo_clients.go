package main

import "github.com/ally-mi/ally"

// demoClients are the demo practice's three clients. They and their
// sessions are fiction, written for ally; they come from no dataset and
// describe no real person.
func demoClients() []demoClient {
	return []demoClient{
		{
			name: "Maya Lindqvist", contact: "maya.l@example.org", consentNote: "signed form at intake",
			goal: "Drink on two evenings a week at most", goalDescription: "Her idea: keep Fridays, drop the weeknight glasses.",
			quiet: ally.SessionCancelled,
			transcript: `Robin: Welcome back, Maya. What would you like to start with today?
Maya: The wine, I suppose. I said I'd cut down on weeknights and I didn't, really.
Robin: It didn't go the way you hoped.
Maya: No. By eight o'clock I'm wound up from work and a glass is the only thing that switches me off.
Robin: So the glass does something important for you: it's how the day ends and you get to rest.
Maya: Yes. That's exactly it. Without it I just keep going over emails in my head.
Robin: What else have you noticed about those evenings?
Maya: I sleep badly when I have more than one, and I want to be sharper in the mornings. That matters to me.
Robin: Part of you wants the rest the wine gives, and part of you wants the clear mornings.
Maya: Both, yes. I don't want to give up the switching off.
Robin: Would it be all right if I shared what some people try, or would you rather think it through yourself first?
Maya: You can share, but I might say no.
Robin: Please do say no if it doesn't fit. Some people find another way to mark the end of the day, like a walk or a bath, and keep the glass for the weekend.
Maya: A walk might work on some days. Not every day.
Robin: Some days is a real start, and it's your call which days.
Maya: I could try Tuesday and Thursday and see.`,
			soap: []string{
				"Reports drinking most weeknights; wine as a way to switch off after work. Wants clearer mornings.",
				"Engaged, reflective; named both sides without prompting.",
				"Ambivalent: the need for rest is served by the wine; motivation is morning clarity. Early change talk.",
				"She will try an evening walk on Tuesday and Thursday. Review next week; check for a 'no' left unsaid.",
			},
			private: "I noticed the pull to hurry her towards a plan; slowed down. My own history with drinking at home: watch it.",
		},
		{
			name: "Tomás Herrera", contact: "+34 600 000 000", consentNote: "verbally, recorded in the intake call",
			goal: "Be asleep by 23:30 on work nights", goalDescription: "His own goal. Robin offered the phone out of the bedroom; Tomás said no to it for now.",
			quiet: ally.SessionNoShow,
			transcript: `Robin: Hi Tomás. How has sleep been since we last met?
Tomás: Honestly, the same. I'm on my phone until one most nights.
Robin: The late nights are still happening.
Tomás: It's the only time that's mine. The kids are asleep, nobody needs anything from me.
Robin: Those hours are your free time, the one part of the day nobody takes.
Tomás: Right. If I go to bed at eleven I lose that.
Robin: You really should put the phone in another room. The research on screens and sleep is very clear.
Tomás: Yeah, I know, but that's not going to happen.
Robin: It sounds like that idea doesn't sit well, and that's fine to say.
Tomás: It doesn't. I'm tired all day though, and I snap at the kids in the morning. I hate that.
Robin: You want the time that's yours, and you also want to be the kind of dad who isn't snapping in the morning.
Tomás: Yes. Maybe I could have my time earlier, right after they go down, and stop at half eleven.
Robin: What would make half eleven doable for you?
Tomás: An alarm on the phone, maybe. I'd try it for a week.`,
			soap: []string{
				"Sleeps around 01:00; late phone use protects time of his own. Tired and irritable in the mornings.",
				"Initially guarded; brightened when speaking of his children.",
				"Need for free time drives the sustain talk. Advice without permission met an overt no; repaired with a reflection.",
				"He proposes an 23:30 alarm for one week. Ask how the no about the phone felt.",
			},
			private: "I gave advice without asking and he said no. Worth looking at in the report: where did I take a side?",
		},
		{
			name: "Priya Nair", contact: "priya.nair@example.org", consentNote: "signed form, renewed after her surgery",
			goal: "Walk 20 minutes three times a week", goalDescription: "Back to moving after the knee operation, at her pace.",
			quiet: ally.SessionAttended,
			transcript: `Robin: Priya, good to see you. Where are you with the walking?
Priya: I went out twice. My knee was fine, but I was scared the whole time.
Robin: You walked twice, even with the fear there.
Priya: I did. I was proud of that, actually.
Robin: What made it possible?
Priya: My sister came with me. On my own I don't think I would go.
Robin: Having company gives you the confidence to go out.
Priya: Yes. And I miss the connection, we used to walk every Sunday.
Robin: What would you like to do next, if anything?
Priya: I'm not ready for three times a week. That feels like too much.
Robin: Three is too many right now, and you're the one who knows your knee.
Priya: Maybe twice again, with my sister, and see how it feels.
Robin: That sounds like your plan. Is there anything about it you'd want to say no to?
Priya: No, that feels right.`,
			soap: []string{
				"Walked twice this week with her sister; fear of re-injury while walking alone.",
				"Calm, proud of progress; knee not painful.",
				"Confidence and connection are the needs; three times a week too soon. Her 'no' to the goal was welcomed.",
				"Twice next week with her sister. Revisit the goal's number with her rather than for her.",
			},
			private: "My father's knee never recovered and I felt that come up. Stayed with her pace, not my worry.",
		},
	}
}
