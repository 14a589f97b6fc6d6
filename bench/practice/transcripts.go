package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// topic is what a fictional session is about: the lines a practitioner and
// a client say, by kind. The bench's transcripts are stitched from these;
// they are written for it and describe no real person.
type topic struct {
	subject   string
	questions []string // open and closed questions
	reflects  []string // simple and complex reflections
	inputs    []string // information and advice, with and without permission
	change    []string // the client moving towards the change
	sustain   []string // the client holding on to how things are
	neutral   []string
}

var topics = []topic{
	{
		subject: "drinking",
		questions: []string{"What would you like to talk about today?", "How have the evenings been this week?",
			"What do you make of what your partner said?", "Did you have a drink on Tuesday?",
			"What would a good week look like to you?", "How does the wine fit into your day?"},
		reflects: []string{"The glass is how the day ends for you.", "You're tired of being told what to do.",
			"Part of you wants the rest it gives, and part of you wants clear mornings.", "It's been a hard week.",
			"You'd like to decide this for yourself."},
		inputs: []string{"Some people keep a drink for the weekend and find another way to close the day.",
			"You could try a walk after work on two evenings.", "Alcohol tends to make sleep lighter in the second half of the night."},
		change: []string{"I want to be sharper in the mornings.", "I could try Tuesday and Thursday without.",
			"My kids notice, and that matters to me.", "I'd like to cut down, honestly."},
		sustain: []string{"It's the only thing that switches me off.", "I don't think I drink that much.",
			"Everyone at work drinks more than me.", "I'm not giving it up, if that's what this is."},
		neutral: []string{"I had dinner with my sister on Sunday.", "Work was busy.", "I'm not sure.", "Maybe."},
	},
	{
		subject: "sleep",
		questions: []string{"How did you sleep since we last met?", "What happens after you get into bed?",
			"Is the phone in the bedroom?", "What have you tried so far?", "What would help most, do you think?"},
		reflects: []string{"The late hours are the only time that feels like yours.", "You're exhausted by the afternoon.",
			"You've tried a lot already and it hasn't held.", "Mornings are a battle."},
		inputs: []string{"Keeping the phone outside the bedroom helps some people.", "A fixed wake time matters more than a fixed bedtime.",
			"You might try writing tomorrow's list before you stop working."},
		change: []string{"I want to be asleep before midnight.", "I could leave the phone in the kitchen.",
			"I'd like to have energy for the kids in the evening."},
		sustain: []string{"The evening is my only time.", "I've always been a night person.", "I need the phone for the alarm."},
		neutral: []string{"It varies.", "We moved flats last month.", "I don't know, really."},
	},
	{
		subject: "exercise",
		questions: []string{"What got in the way this week?", "How does your knee feel now?", "Did you go to the pool?",
			"What kind of movement do you enjoy?", "Where would you like to be in three months?"},
		reflects: []string{"Gyms feel like somewhere you don't belong.", "You're worried about your heart.",
			"You want something that fits your life, not a plan from a poster.", "Walking with your friend was easier."},
		inputs: []string{"Ten minutes a day counts and builds.", "Your doctor suggested swimming because it is easy on the knee.",
			"Some people put the walk in the calendar like a meeting."},
		change:  []string{"I'd like to walk to work twice a week.", "I felt better after the swim.", "I want to keep up with my grandson."},
		sustain: []string{"I'm too tired after work.", "It's raining half the year here.", "I've never been sporty."},
		neutral: []string{"The pool opens at seven.", "My brother runs.", "Hm."},
	},
}

// transcript returns a fictional session of n utterances, "Name: text" per
// line, alternating practitioner and client, drawn from topic k with r.
func transcript(r *rand.Rand, k int, practitioner, client string, n int) string {
	tp := topics[k%len(topics)]
	pick := func(lines []string) string { return lines[r.IntN(len(lines))] }
	var b strings.Builder
	for i := range n {
		if i%2 == 0 {
			var line string
			switch x := r.IntN(10); {
			case x < 4:
				line = pick(tp.questions)
			case x < 8:
				line = pick(tp.reflects)
			default:
				line = pick(tp.inputs)
			}
			fmt.Fprintf(&b, "%s: %s\n", practitioner, line)
			continue
		}
		var line string
		switch x := r.IntN(10); {
		case x < 4:
			line = pick(tp.change)
		case x < 7:
			line = pick(tp.sustain)
		default:
			line = pick(tp.neutral)
		}
		// Two sentences now and then, as people speak.
		if r.IntN(3) == 0 {
			line += " " + pick(tp.neutral)
		}
		fmt.Fprintf(&b, "%s: %s\n", client, line)
	}
	return b.String()
}

// hourVTT returns a one-hour session of n utterances as Zoom writes it.
func hourVTT(r *rand.Rand, n int) string {
	plain := transcript(r, 0, "Robin Vale", "Noor Haddad", n)
	var b strings.Builder
	b.WriteString("WEBVTT\n\n")
	step := 3600.0 / float64(n)
	for i, line := range strings.Split(strings.TrimSpace(plain), "\n") {
		start, end := float64(i)*step, float64(i+1)*step-0.2
		fmt.Fprintf(&b, "%d\n%s --> %s\n%s\n\n", i+1, vttTime(start), vttTime(end), line)
	}
	return b.String()
}

func vttTime(s float64) string {
	ms := int(s * 1000)
	return fmt.Sprintf("%02d:%02d:%02d.%03d", ms/3600000, ms/60000%60, ms/1000%60, ms%1000)
}
