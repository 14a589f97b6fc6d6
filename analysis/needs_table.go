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
	// Phrases are the words and phrases that point to the need, matched
	// stem by stem (see stem), case-insensitively.
	Phrases []string
}

// Needs returns ally's needs taxonomy, written from the answers clients give
// to "what do you get out of it?" in resistance work (rest, a break,
// connection, confidence, energy, sleep...). The phrases are deliberately
// concrete; a need that is only implied is left to the professional.
func Needs() []Need {
	return []Need{
		{"rest", "rest and relaxation", "a way to unwind",
			[]string{"relax", "unwind", "wind down", "chill", "chill out", "calm down", "take it easy", "rest", "lie down", "put my feet up", "tired", "exhausted", "worn out", "chilled"}},
		{"break", "a break", "a break from everything",
			[]string{"break", "escape", "time out", "get away", "switch off", "breather", "forget about", "take my mind off", "zone out", "breathing space", "tune out"}},
		{"free_time", "free time of one's own", "time that is yours",
			[]string{"free time", "me time", "my time", "time for myself", "time to myself", "spare time", "own time", "hobby", "weekend", "day off", "just for me"}},
		{"connection", "connection and belonging", "a way to feel close to people",
			[]string{"friend", "mate", "buddy", "pal", "company", "together", "belong", "lonely", "alone", "hang out", "social", "bond", "party", "pub", "bar", "partner", "family", "wife", "husband", "girlfriend", "boyfriend", "people i", "with them", "the guys", "the girls"}},
		{"confidence", "confidence", "a bit of confidence",
			[]string{"confidence", "confident", "courage", "nerve", "shy", "self esteem", "self-esteem", "loosen up", "outgoing", "brave", "talk to people", "awkward", "nervous around"}},
		{"energy", "energy", "the energy to keep going",
			[]string{"energy", "energetic", "awake", "alert", "get going", "boost", "pick me up", "pick-me-up", "focus", "concentrate", "productive", "keep going", "keeps me going", "sluggish", "wired"}},
		{"sleep", "sleep", "a way to get to sleep",
			[]string{"sleep", "asleep", "insomnia", "nap", "drift off", "knock me out", "knocks me out", "bedtime", "rest at night", "stay up"}},
		{"pleasure", "pleasure and enjoyment", "some real enjoyment",
			[]string{"enjoy", "fun", "like it", "love it", "taste", "treat", "pleasure", "good time", "feel good", "buzz", "high", "reward", "nice", "delicious", "tasty"}},
		{"autonomy", "autonomy and control", "a say over your own life",
			[]string{"my choice", "my decision", "my life", "my business", "my own", "my call", "nobody tells me", "tell me what to do", "told what to do", "telling me what to do", "control", "freedom", "free", "on my terms", "decide for myself", "nag", "nagging", "pushed", "forced"}},
		{"safety", "safety and security", "a sense of being safe",
			[]string{"safe", "safety", "secure", "security", "protect", "scared", "afraid", "fear", "frighten", "risk", "danger", "withdrawal", "shake", "sick without"}},
		{"coping", "coping with feelings and stress", "a way to handle stress and hard feelings",
			[]string{"stress", "stressed", "stressful", "anxiety", "anxious", "worry", "cope", "coping", "deal with", "handle it", "calm", "numb", "sad", "depressed", "feel down", "feeling down", "angry", "anger", "upset", "feel better", "edge off", "take the edge off", "overwhelmed", "pressure", "nerves", "grief"}},
		{"identity", "identity", "a way to stay who you are",
			[]string{"who i am", "part of me", "part of who", "kind of person", "the person i am", "that's me", "always been", "my identity", "myself", "image", "the way i am", "i'm a smoker", "i'm a drinker"}},
		{"routine", "routine and comfort", "something familiar and comfortable",
			[]string{"routine", "habit", "used to it", "comfort", "comfortable", "familiar", "every day", "every night", "every morning", "always do", "ritual", "normal", "automatic", "second nature", "cosy", "cozy"}},
		{"practical", "money and practical life", "a way to manage money, time and everyday demands",
			[]string{"money", "afford", "cost", "expensive", "cheap", "pay", "bill", "job", "busy", "schedule", "no time", "don't have time", "kid", "childcare", "car", "commute", "shift"}},
		{"acceptance", "social acceptance", "a way to fit in",
			[]string{"fit in", "everyone else", "everybody else", "everybody does", "everyone does", "peer", "judge", "what people think", "embarrass", "left out", "cool", "look weak", "one of the", "the odd one out", "boring"}},
		{"pain_relief", "relief from pain", "relief from the pain",
			[]string{"pain", "hurt", "ache", "sore", "bad back", "my back", "relief", "injury", "migraine", "headache"}},
		{"appearance", "appearance and weight", "a way to feel good about how you look",
			[]string{"weight", "gain weight", "put on weight", "my looks", "how i look", "the way i look", "appearance", "fat", "skinny", "thin", "figure", "appetite"}},
	}
}
