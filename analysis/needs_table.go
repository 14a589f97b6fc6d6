package analysis

// Need is one entry of ally's needs taxonomy: something a client's current
// behaviour may be protecting.
type Need struct {
	// ID is the stable name used in JSON.
	ID string
	// Name is how ally shows the need.
	Name string
	// Gives completes "it gives you ..." in a suggested reflection.
	Gives string
	// Phrases are what a client says when the behaviour serves the need
	// ("it helps me relax", "the only break I get"), matched stem by stem
	// (see stem), case-insensitively, as consecutive words. They name the
	// client's stake, not a topic: "my wife" or "my job" says who or what a
	// sentence is about, not what the resistance protects. A single word is
	// a phrase only when it is a stake wherever a client says it ("relax",
	// "unwind", "enjoy"); a word that may be someone else's ("my son has
	// social anxiety"), a request ("can we take a break?"), a complaint
	// ("she won't leave me alone") or a cost ("the money") is written as
	// the client's own stake instead ("helps with my anxiety", "the only
	// break I get", "takes the stress off"). A phrase right after a
	// negation ("not really relaxing") does not count; a phrase that holds
	// its own negation ("can't relax") does. Intensifiers and hedges may
	// stand between a phrase's words ("I'm so stressed", "gives me a bit
	// of energy").
	Phrases []string
	// States are single words for a state the need answers ("lonely",
	// "stressed", "comfort", "freedom"), matched stem by stem like
	// Phrases but counted only when the client says them of themselves:
	// in a clause whose nearest person before the word is the client
	// ("it stops me feeling lonely", "I'm super stressed"), or with no
	// person before it and the client named after it ("the only comfort I
	// have") or an impersonal subject and no one else ("things have been
	// stressful at home"). "My son has social anxiety", "he says it's
	// stress", "my wife is lonely" are someone else's; a negated state
	// ("I'm not lonely") and one inside a Not context do not count. A
	// state word's stem must not be shared with an everyday word of
	// another meaning ("bored" stems like "boring", so it is not one).
	States []string
	// Barriers are what a client says when the change would cost them
	// something practical, money or time ("I can't afford it", "I'm too
	// busy"): an obstacle in the way of the change, not something the
	// current behaviour gives. They are written down to keep them out of
	// Phrases (a test checks the two do not meet and that no barrier is
	// reported as the need); nothing looks for them, so they are never
	// reported as a need the resistance protects.
	Barriers []string
	// Names are the words a professional uses to name the need back ("so
	// it's your break"), besides the Phrases turned to the second person.
	Names []string
	// Not are everyday phrases that hold a phrase or name without meaning
	// the need ("blood pressure", "give me a break", "can we take a
	// break"): a match inside one of them does not count.
	Not []string
}

// Needs returns ally's needs taxonomy, written from the answers clients give
// to "what do you get out of it?" in resistance work (rest, a break,
// connection, confidence, energy, sleep...). The phrases are deliberately
// concrete and say what the behaviour does for the client; a need that is
// only implied is left to the professional, since a false need sends the
// professional after nothing.
func Needs() []Need {
	return []Need{
		{ID: "rest", Name: "rest and relaxation", Gives: "a way to unwind",
			Phrases: []string{"relax", "unwind", "wind down", "chill out", "take it easy", "put my feet up",
				"get some rest", "need a rest", "need rest", "have a rest", "too tired", "i'm exhausted", "so exhausted",
				"i'm worn out", "so worn out", "i'm wrecked", "i'm knackered", "don't have the energy",
				"don't have any energy", "haven't got the energy", "no energy left", "after a long day",
				"after a hard day", "end of a long day", "after a long shift"},
			Names: []string{"relax", "rest", "unwind", "wind down", "recharge", "take it easy", "exhausted"},
			Not:   []string{"tired of"}},
		{ID: "break", Name: "a break", Gives: "a break from everything",
			Phrases: []string{"need a break", "take a break", "have a break", "get a break", "never get a break",
				"don't get a break", "never have a break", "for a break", "no break", "a little break", "my break", "keep the break", "lose the break", "without the break", "only break",
				"break i get", "cigarette break", "smoke break", "coffee break", "break from", "breather", "time out",
				"an escape", "my escape", "to escape", "escape from", "escapism", "get away from", "never get away",
				"away from it all", "away from everything", "switch off", "turn my brain off", "tune out", "zone out",
				"take my mind off", "forget about everything", "forget my problems", "helps me forget",
				"leaves me alone", "nobody bothers me", "no one bothers me", "nobody asks me anything",
				"nobody needs anything from me", "breathing space"},
			Names: []string{"break", "breather", "escape", "time out", "get away", "switch off", "let go", "quiet",
				"left alone", "breathing space"},
			// A break asked for in the session, and people who will not
			// leave the client alone, are not the client's break.
			Not: []string{"give me a break", "break the habit", "break up", "broke up", "break down", "break the law",
				"break from drinking", "break from smoking", "break from the drink", "can we take a break",
				"could we take a break", "can we have a break", "could we have a break", "can i take a break",
				"can i have a break", "can we get a break", "let's take a break", "shall we take a break",
				"should we take a break", "we stop for a break", "we go for a break", "take a break from this", "won't leave me alone", "wouldn't leave me alone",
				"can't leave me alone", "to leave me alone", "leave me alone about"}},
		{ID: "free_time", Name: "free time of one's own", Gives: "time that is yours",
			Phrases: []string{"free time", "me time", "it's my time", "finally my time", "still my time", "my own time",
				"time for myself", "time to myself", "time for me", "time of my own", "spare time", "just for me",
				"no time for myself", "no time to myself", "quiet time", "peace and quiet", "have no life"},
			Names: []string{"your time", "your own time", "time for yourself", "time to yourself", "free time",
				"me time", "quiet time", "just yours", "all yours", "your life back"},
			Not: []string{"my time is up", "thank you for your time"}},
		{ID: "connection", Name: "connection and belonging", Gives: "a way to feel close to people",
			Phrases: []string{"with my friends", "with friends", "with my mates", "with my buddies", "with my pals",
				"with the guys", "with the girls", "with the lads", "being with", "time with my", "hang out", "hang with",
				"see my friends", "where i see them", "social life", "social thing", "to be social", "social drinking",
				"drink socially", "social setting", "social gathering", "socialise", "socialize",
				"drink together", "smoke together", "have a smoke together", "lose my friends", "drop my friends",
				"give up my friends", "without my friends", "all my friends", "they're my friends", "they're my mates",
				"still my friends", "still my mates", "i'm lonely", "i get lonely", "i'd get lonely",
				"i feel lonely", "i'd be lonely", "i'll be lonely", "it gets lonely", "it's lonely", "lonely without",
				"the loneliness", "my loneliness", "feel alone", "less lonely", "so alone", "all alone", "too quiet",
				"sense of belonging", "belonging thing", "where i belong", "feel like i belong", "bond with", "we bond",
				"our bond", "feel close", "close to people", "closer to people", "connect with", "show love",
				"hurt her feelings", "hurt his feelings", "it's disrespectful", "be disrespectful", "seem disrespectful",
				"rude to say no", "rude to refuse", "part of the family"},
			States: []string{"lonely", "loneliness", "lonesome", "isolated"},
			Names: []string{"together", "close to", "closeness", "connection", "connected", "belong", "being with",
				"time with", "lonely", "loneliness", "alone", "love"},
			Not: []string{"leave me alone", "leave you alone", "left alone", "bail bond", "isolated incident", "isolated case"}},
		{ID: "confidence", Name: "confidence", Gives: "a bit of confidence",
			Phrases: []string{"gives me confidence", "give me confidence", "feel good about myself", "feel better about myself",
				"for confidence", "confidence boost", "confident around", "confident talking", "dutch courage",
				"liquid courage", "my self esteem", "self esteem boost", "i'm shy", "always been shy",
				"shy person", "i'm self conscious", "so self conscious", "very self conscious",
				"really self conscious", "feel self conscious", "get self conscious", "reserved person", "loosen up",
				"loosen me up", "loosened up", "come out of my shell", "more outgoing", "i'm outgoing",
				"can talk to people", "actually talk to people", "able to talk to people", "talk to girls",
				"talk to guys", "easier to talk", "engage with other people", "socially awkward", "my social anxiety",
				"i have social anxiety", "i've got social anxiety", "i get social anxiety", "socially anxious",
				"nervous around", "less awkward"},
			Names: []string{"confidence", "confident", "courage", "shy", "self conscious", "at ease", "loosen up",
				"easier to talk", "outgoing"}},
		{ID: "energy", Name: "energy", Gives: "the energy to keep going",
			Phrases: []string{"gives me energy", "give me energy", "gives me the energy", "for energy", "for the energy",
				"energy boost", "boost of energy", "burst of energy", "my energy up", "no energy without",
				"gives me a boost", "gives me the boost", "need a boost", "need the boost", "a pick me up",
				"a pick-me-up", "it picks me up", "keep me going", "get me going", "to wake me up", "it wakes me up", "that wakes me up", "wake me up in the morning", "helps wake me up",
				"helps me wake up", "help me wake up", "can't wake up without", "keep me awake", "to stay awake", "help me stay awake", "helps me stay awake",
				"keep me alert", "stay alert", "helps me focus", "help me focus", "helps me concentrate",
				"help me concentrate", "makes me more productive", "me more productive", "get through the day",
				"get through the afternoon"},
			Names: []string{"energy", "boost", "awake", "alert", "focus", "concentrate", "get through"},
			Not:   []string{"energy drink", "awake at night", "awake all night", "awake until", "awake till"}},
		{ID: "sleep", Name: "sleep", Gives: "a way to get to sleep",
			Phrases: []string{"helps me sleep", "help me sleep", "get to sleep", "fall asleep", "can't sleep",
				"couldn't sleep", "sleep without", "able to sleep", "the only way i can sleep", "it's sleep",
				"knock me out", "put me to sleep", "drift off", "nod off", "my insomnia", "i have insomnia",
				"i've got insomnia", "i get insomnia", "for insomnia", "with insomnia", "mind won't shut off",
				"mind won't switch off", "mind racing", "need my sleep", "a nap", "rest at night"},
			Names: []string{"sleep", "asleep", "rest", "nod off", "drift off"},
			Not:   []string{"sleep apnea", "sleep apnoea"}},
		{ID: "pleasure", Name: "pleasure and enjoyment", Gives: "some real enjoyment",
			Phrases: []string{"enjoy", "for enjoyment", "my enjoyment", "the enjoyment", "i like it", "i love it", "love the taste", "like the taste", "the way it tastes", "tastes good", "taste good",
				"like the flavor", "like the flavour", "like the way it", "like the feeling", "it's fun", "have fun",
				"bit of fun", "for fun", "so much fun", "more fun", "a laugh", "have a good time", "had a good time",
				"good times", "makes me feel good", "make me feel good", "feels good", "feel really good",
				"feel good when", "makes me happy", "in a good mood", "a treat", "treat myself", "reward myself",
				"my reward", "for pleasure", "my pleasure", "one pleasure", "only pleasure", "little pleasures",
				"simple pleasures", "guilty pleasure", "pleasure i get", "let loose", "get high", "the buzz", "a buzz",
				"get buzzed", "nice buzz", "good buzz", "it's delicious", "so delicious", "tastes delicious",
				"the one thing i look forward to", "something to look forward to", "what i look forward to"},
			Names: []string{"enjoy", "enjoyment", "fun", "pleasure", "treat", "reward", "good time", "feel good",
				"taste", "look forward", "buzz"},
			Not: []string{"it's my pleasure", "pleasure to meet", "pleasure meeting", "make fun of"}},
		// Autonomy is the client protecting their own say: "it's my
		// choice", "I don't like being told what to do". A complaint about
		// others ("she nags me", "get off my back") says what they do, not
		// what the client protects, and is left out.
		{ID: "autonomy", Name: "autonomy and control", Gives: "a say over your own life",
			Phrases: []string{"my choice", "my decision", "my own decision", "my own choice", "make my own decisions",
				"make my own choices", "it's my life", "my own life", "live my life", "run my life", "it's my business",
				"my own business", "know my business", "none of your business", "nobody's business", "it's my call", "up to me",
				"nobody tells me", "no one tells me", "nobody can tell me", "no one can tell me",
				"don't tell me what to do", "heard the lecture", "don't need to be told", "being told what to do", "be told what to do", "don't like being told",
				"hate being told", "don't need anyone telling me", "don't like people telling me",
				"hate people telling me", "can't make me", "can't force me", "don't push me", "don't like being pushed",
				"hate being pushed", "don't lecture me", "don't need a lecture", "don't need another lecture",
				"don't preach", "in control", "control over my", "my freedom", "the freedom", "people telling me what to do", "always telling me what to do", "keep telling me what to do", "keeps telling me what to do", "being lectured", "get lectured", "my independence", "independent person",
				"my own boss", "on my own terms", "do what i want", "do whatever i want", "decide for myself",
				"do things for myself", "only here because", "stay in my own house", "stay in my own home",
				"want to stay home"},
			States: []string{"freedom"},
			Names: []string{"your choice", "your decision", "your call", "up to you", "yours to", "your life",
				"your own", "control", "independence", "independent", "freedom", "say over", "a say", "decide", "choose", "chose", "chosen",
				"going to make you"},
			Not: []string{"birth control", "out of control", "under control", "control group"}},
		{ID: "safety", Name: "safety and security", Gives: "a sense of being safe",
			Phrases: []string{"feel safe", "don't feel safe", "feel safer", "feels safe", "keeps me safe", "keep me safe",
				"it's safer", "safer for me", "safer that way", "safer to", "feel secure", "feel more secure",
				"sense of security", "my safety", "my own safety", "protect myself", "scared to", "afraid to",
				"frightened to", "scared i'll", "afraid i'll", "what if i fall", "a fall", "fall again", "falling over",
				"hurt myself", "made me dizzy", "get dizzy", "side effect", "withdrawal", "get the shakes",
				"sick without"},
			Names: []string{"safe", "safety", "secure", "security", "protect", "scared", "afraid", "fear", "frightening",
				"risk", "fall", "dizzy", "side effect", "withdrawal"},
			Not: []string{"safe to say", "social security", "safe sex", "scared to death", "afraid to say",
				"afraid to admit"}},
		// Coping is the client's own stress or hard feelings, and the
		// behaviour easing them: "when I'm stressed", "takes the stress
		// off", "helps with my anxiety". Stress, anxiety or depression as a
		// topic, or someone else's, is not the client's need.
		{ID: "coping", Name: "coping with feelings and stress", Gives: "a way to handle stress and hard feelings",
			Phrases: []string{"i'm stressed", "i get stressed", "i feel stressed", "feeling stressed", "being stressed", "i've been stressed",
				"i was stressed", "my stress", "under stress", "a lot of stress", "so much stress", "so stressful",
				"really stressful", "very stressful", "it's stressful", "stress relief", "stress reliever",
				"relieve stress", "relieves stress", "relieve my stress", "relieves the stress", "the stress off",
				"the stress away", "takes away the stress", "helps with stress", "helps with the stress",
				"helps with my stress", "deal with stress", "deal with the stress", "handle the stress", "handle stress",
				"through some stress", "de stress", "destress", "under pressure", "pressure at work",
				"so much pressure", "a lot of pressure", "cope with", "to cope", "can't cope", "help me cope",
				"way of coping", "coping with", "deal with my feelings", "dealing with the loss", "deal with the loss", "deal with my emotions",
				"dealing with my feelings", "dealing with my emotions", "deal with things", "get me through",
				"my anxiety", "i have anxiety", "i've got anxiety", "i get anxiety", "helps with anxiety",
				"helps with my anxiety", "for anxiety", "for my anxiety", "anxiety goes away", "i'm anxious",
				"i get anxious", "i feel anxious", "feeling anxious", "anxious person",
				"less anxious", "my nerves", "settle my nerves", "calm me", "calm my", "keeps me calm", "stay calm",
				"calming effect", "stops me worrying", "stop me worrying", "stop me from worrying", "forget my worries",
				"my worries away", "take the edge off", "edge off", "makes me feel better", "helps me feel better",
				"feel numb", "makes me numb", "numbs me", "numbs everything", "numb myself", "i'm depressed",
				"i get depressed", "i feel depressed",
				"my depression", "helps with depression", "when i'm sad", "when i feel sad", "when i'm down",
				"when i'm upset", "when i'm angry", "when i get angry", "helps with my anger", "feel down",
				"feeling down", "i'm overwhelmed", "i feel overwhelmed", "i get overwhelmed", "feeling overwhelmed",
				"climbing the walls", "my grief", "i'm grieving", "still grieving",
				"been grieving", "the grief", "miss her", "miss him", "since the divorce", "since she died",
				"since he died", "since i lost"},
			States: []string{"stressed", "stressful", "anxious", "depressed", "overwhelmed"},
			Names: []string{"stress", "cope", "coping", "worry", "anxiety", "anxious", "calm", "nerves", "feelings",
				"edge off", "relief", "handle", "overwhelmed", "pressure", "grief", "loss", "sad", "numb"},
			Not: []string{"blood pressure", "peer pressure", "stress test", "stress on your", "stress on the",
				"stress on my heart", "stress on my body", "pressure on your", "the cops", "a cop"}},
		{ID: "identity", Name: "identity", Gives: "a way to stay who you are",
			Phrases: []string{"who i am", "it's part of me", "it's a part of me", "part of who i am", "part of my life",
				"kind of person", "the person i am", "that's just me", "i've always been a", "i have always been a",
				"always been a smoker", "always been a drinker", "my identity", "the way i am", "i'm a smoker",
				"i'm a drinker", "i'm not a bad person", "not an alcoholic", "not an addict", "my personality",
				"be myself", "feel like myself", "not myself", "new person", "be that person", "be the person",
				"be the dad", "be the mom", "be the mum", "be the one who", "who i want to be", "role model"},
			Names: []string{"who you are", "part of you", "kind of person", "identity", "that person", "personality",
				"yourself", "who you want to be"}},
		{ID: "routine", Name: "routine and comfort", Gives: "something familiar and comfortable",
			Phrases: []string{"my routine", "part of my routine", "it's a habit", "just a habit", "force of habit",
				"out of habit", "used to it", "so used to", "i'm used to", "got used to", "for comfort", "a comfort",
				"my comfort", "my one comfort", "only comfort", "comforts me", "it's comforting", "so comforting", "comfort zone", "comfort food", "it's familiar",
				"feels familiar", "something familiar", "my ritual", "the ritual", "a ritual", "whole ritual",
				"little ritual", "morning ritual", "it's automatic", "just automatic", "on automatic", "on autopilot",
				"second nature", "without thinking", "it's cosy", "it's cozy", "nice and cosy", "nice and cozy",
				"part of my day", "with my coffee", "coffee with a cigarette", "after a meal", "smoke for so long",
				"drink for so long", "done it for so long", "been doing it for so long"},
			States: []string{"comfort", "comforts", "comforted"},
			Names: []string{"routine", "habit", "used to", "comfort", "familiar", "ritual", "automatic",
				"second nature", "part of your day"},
		},
		// Money and practical life: the behaviour keeping the client's job,
		// income or transport going is a stake ("I've got to do my job",
		// "I need the car"); what the change would cost in money or time is
		// a barrier ("I can't afford it", "I'm too busy"), not something
		// the behaviour gives.
		{ID: "practical", Name: "money and practical life", Gives: "a way to manage money, time and everyday demands",
			Phrases: []string{"do my job", "keep my job", "lose my job", "need my job", "in my job", "for my job",
				"affect my job", "worried about my job", "need my car", "need the car",
				"need the money", "pay the bills"},
			Barriers: []string{"can't afford it", "can't afford to", "can't afford that", "couldn't afford",
				"afford the", "too expensive", "so expensive", "very expensive", "the cost", "costs too much",
				"costs a lot", "pay for", "don't have the money", "not have the money", "haven't got the money", "not enough money",
				"no money", "no time", "don't have time", "don't have the time", "haven't got time",
				"haven't got the time", "not enough time", "find the time", "too busy", "so busy", "really busy",
				"fit it in", "my schedule", "busy schedule", "time off work", "take time off", "childcare",
				"babysitter", "watch the kids"},
			Names: []string{"money", "afford", "cost", "expensive", "budget", "busy", "your job", "your work",
				"schedule", "practical", "juggle", "demands", "time off"},
			Not: []string{"no time for myself", "no time to myself", "in no time", "pay attention", "waste of money"}},
		{ID: "acceptance", Name: "social acceptance", Gives: "a way to fit in",
			Phrases: []string{"fit in", "everyone else", "everybody else", "everybody does", "everyone does",
				"everyone's doing", "everybody's doing", "everybody i know", "everyone i know", "peer pressure",
				"pressured to", "be judged", "feel judged", "i'm judged", "get judged", "being judged", "judge me",
				"judging me", "people judge", "what people think", "what they think of me", "they're gonna think",
				"they'll think", "i'd be embarrassed", "i'd feel embarrassed", "would be embarrassing",
				"be embarrassed if", "embarrass myself", "left out", "odd one out", "look cool", "look weak",
				"look stupid", "be ostracized", "be ostracised", "i'm ostracized", "i'm ostracised", "ostracize me",
				"ostracise me", "be ridiculed", "get ridiculed", "laugh at me", "make fun of me",
				"never let me hear the end of it", "never let me live it down", "the only one not", "think i'm boring",
				"the boring one", "seen as boring"},
			Names: []string{"fit in", "accepted", "acceptance", "judge", "judged", "what people think", "left out",
				"odd one out", "everyone else"},
			Not: []string{"the judge", "a judge", "judge says", "judge said", "judge ordered"}},
		{ID: "pain_relief", Name: "relief from pain", Gives: "relief from the pain",
			Phrases: []string{"my pain", "pain relief", "relieve the pain", "for the pain", "with the pain",
				"the pain away", "numbs the pain", "dulls the pain", "eases the pain", "kills the pain", "i'm in pain",
				"in a lot of pain", "chronic pain", "back pain", "bad back", "my back hurts", "my back aches",
				"aches and pains", "my arthritis", "my migraines", "my migraine", "my headaches", "hurts less"},
			Names: []string{"pain", "hurt", "ache", "sore", "relief", "painkiller"},
			Not:   []string{"pain in the", "it's a pain", "such a pain", "what a pain", "sore throat"}},
		{ID: "appearance", Name: "appearance and weight", Gives: "a way to feel good about how you look",
			Phrases: []string{"gain weight", "put on weight", "weight gain", "keep my weight down", "keeps my weight down",
				"keep the weight off", "stay thin", "stay slim", "stay skinny", "keeps me skinny", "my figure",
				"my looks", "how i look", "the way i look", "my appearance", "get fat", "look fat", "feel fat",
				"my appetite", "curb my appetite", "less hungry", "instead of eating", "stops me eating",
				"stop me snacking", "control my weight", "instead of a snack"},
			Names: []string{"weight", "appearance", "figure", "body", "appetite", "slim"}},
		{ID: "stimulation", Name: "something to do", Gives: "something to fill the time",
			Phrases: []string{"i get bored", "just get bored", "i'm bored", "i was bored", "i'd be bored", "i'd get bored", "i'll be bored",
				"when i'm bored", "so bored", "less bored", "feel bored", "feeling bored", "been bored", "bored out of my mind", "out of boredom", "the boredom",
				"from boredom", "my boredom", "kinda boring", "kind of boring", "life is boring", "boring without",
				"nothing to do", "nothing else to do", "nothing better to do", "something to do", "keeps me busy",
				"keep myself busy", "pass the time", "kill time", "fill the time", "something to do with my hands"},
			States: []string{"boredom"},
			Names: []string{"bored", "boredom", "something to do", "busy", "fill the time", "pass the time",
				"occupied"},
			Not: []string{"to do with", "think i'm boring", "the boring one", "seen as boring"}},
	}
}
