package behaviour

// The phrase lists of the righting reflex: confronting, persuading and
// directing, and the words that excuse a directive (an echo of the client,
// a hand-over, a report of someone else's words). Like those in phrases.go
// they are matched against flat text.

// confrontPhrases argue with, label, shame or disbelieve the client (MITI:
// confront). They are checked before the persuasion phrases, and the text
// they cover is not checked again, so "you have to admit" is one confrontation
// and not also a persuasion.
var confrontPhrases = []string{
	" you have to admit", " you need to admit", " you've got to admit", " admit it", " admit that",
	" in denial", " denial ", " why don't you just", " why can't you just", " why won't you just",
	" just an excuse", " making excuses", " make excuses", " that's an excuse", " that's not true",
	" and you know it", " you never actually", " you never ", " you keep saying", " you always say",
	" if you really cared", " if you really wanted", " you're an alcoholic", " you're an addict",
	" you are an alcoholic", " you are an addict", " every addict", " every alcoholic",
	" not taking this seriously", " not taking it seriously", " irresponsible", " how many times",
	" face the facts", " face facts", " face reality", " kidding yourself", " fooling yourself",
	" lying to yourself", " don't buy that", " don't buy it", " don't lie", " let's be real",
	" be honest with yourself", " seriously |", " you don't really get a say", " you don't get a say",
	" is normal |", " and you didn't |", " but you didn't |", " you should know better", " selfish",
	" what were you thinking", " stop making", " that's ridiculous", " you're wrong", " grow up", " excuses", " cop out", " clearly have a problem", " why you bother", " you're being defensive",
	" defensive", " expect me to believe", " why can't you", " blew it", " pretending", " your problem is",
	" don't want to change", " you won't try", " sounds like denial", " you can't keep pretending",
	" you just don't", " you don't seem to care", " you don't care", " you can't be serious", " come on |", " doesn't add up", " i don't believe you", " hard to believe", " blaming", " your fault", " you're not listening", " you never listen", " that's a lie", " you lied", " the truth is", " the problem is you", " you're the problem", " you're kidding", " look at the facts", " the facts are", " you were warned", " we've been over this", " we've talked about this", " you still haven't", " you didn't even", " not even trying", " you're not trying", " you aren't trying", " lazy", " pathetic", " shame on", " ashamed of yourself", " ridiculous", " nonsense", " wake up", " get real", " who are you kidding", " can't be trusted", " you're fooling", " not fooling",
	" not being honest", " you're lying to", " you're lying about", " you're lying |", " lying to me", " not telling me the truth", " not telling the truth", " that's not what you said", " that's not what you told me", " you have a drinking problem", " you do have a problem",
	" don't give me that", " don't give me excuses", " don't tell me you", " how can you say", " how can you not", " how can you possibly", " that's on you |", " stop lying", " stop kidding", " stop blaming", " stop fooling", " do you honestly", " you honestly expect", " do you seriously", " do you really expect",
	" you're smarter than this", " you're better than this", " you know better than this", " you're being unrealistic", " let's face it", " let's not kid ourselves",
	" you know full well", " you know perfectly well", " you know as well as i do", " you and i both know", " you're a drunk",
	" what's wrong with you", " what's the matter with you", " you're mistaken",
}

// comeOnWelcomes follow a "come on" that welcomes or encourages rather
// than protests ("come on in", "come on, let's look at it together").
var comeOnWelcomes = map[string]bool{
	"in": true, "over": true, "back": true, "down": true, "up": true, "through": true, "round": true, "around": true,
	"along": true, "out": true, "inside": true, "here": true, "board": true, "let's": true, "we": true, "we'll": true,
}

// unlessChoices leave the choice to the client after "unless you" ("that's
// not on the table unless you want it to be"), where "unless you stop"
// warns.
var unlessChoices = []string{
	" unless you want it ", " unless you want that ", " unless you want them ", " unless you want to talk",
	" unless you'd like", " unless you would like", " unless you'd rather", " unless you would rather",
	" unless you ask", " unless you choose", " unless you decide", " unless you're ready", " unless you feel ready",
}

// notSuggestions start a "you could" that is no suggestion of a step: the
// client's own choice, a state, a way of speaking, or an offer to talk.
var notSuggestions = []string{
	" you could choose", " you could decide", " you could either", " you could always ", " you could be ", " you could have ",
	" you could've", " you could feel", " you could say", " you could tell me", " you could talk to me", " you could talk about",
	" you could see ", " you could use ", " you could do ", " you could not ", " you could never", " you could pass",
	" you could skip", " you could stop me", " you could leave it", " you could come back", " you could still ",
	" you could probably", " you could get ", " you could lose", " you could hear", " you could envision", " you could imagine", " you could picture",
}

// couldOpeners are the only words that may come before a "you could" that
// suggests, in its clause ("maybe you could", "I think you could", "one
// thing you could try"); any other word makes it a condition, a reason or a
// reflection ("if you could", "so you could", "and you could").
var couldOpeners = map[string]bool{
	"maybe": true, "perhaps": true, "well": true, "okay": true, "ok": true, "alright": true, "now": true,
	"also": true, "i": true, "think": true, "guess": true, "suppose": true, "one": true, "thing": true,
	"something": true, "another": true, "mean": true, "honestly": true,
}

// persuadePhrases try to change the client's mind or behaviour by argument,
// warning or direction (MITI: persuade). Without permission they are
// MI-non-adherent.
var persuadePhrases = []string{
	" you should ", " you shouldn't", " you ought to", " you need to", " you have to", " you've got to",
	" you got to", " you must ", " you'd be better off", " you'd be much better off", " you'll be better off",
	" it's important that you", " it's important for you to", " i really think you", " i think you should",
	" i'd strongly", " i strongly", " i recommend", " i'd recommend", " i would recommend", " i'd advise",
	" i advise", " i'd want you to", " i want you to", " make sure you", " what you need to do",
	" the best thing you can do", " the only option", " the only way", " trust me", " you'll see",
	" the sooner you", " if you don't stop", " if you keep", " going to end up", " will damage",
	" will kill", " is killing you", " going to kill", " research says", " research shows", " studies show",
	" the evidence shows", " wouldn't it be better", " don't you think you should", " need you to",
	" really should", " you have got to", " just try ", " try to cut", " try cutting", " so much better if", " if you just", " it's time you", " time you quit", " time you stopped", " my advice",
	" the best option", " please just", " if i were you", " you can't keep", " catch up with you",
	" would make a big difference", " will make a big difference", " think about what this is doing",
	" promise me", " your doctor is right", " you'd better", " you really need", " you just need", " you definitely",
	" you absolutely", " putting them at risk", " putting yourself at risk",
	" you'll feel better", " you'll feel so much better", " it would be good for you", " it'd be good for you", " it's good for you", " it's bad for you", " it's not good for you", " i'd suggest", " i suggest", " i would suggest", " my suggestion", " it would be best", " it's best to", " it's best if you", " better for you", " it'll help you", " it will help you", " it would really help", " it would help you", " you're risking", " risking your", " unless you", " otherwise you", " before it's too late", " you won't regret", " you'll thank", " you just have to", " all you have to do", " all you need to do", " why not just", " why not try", " why don't you try", " how about trying", " i'd encourage you", " i encourage you", " i'd urge", " i urge", " have to stop", " need to stop", " need to cut", " got to stop", " have to quit", " need to quit", " for your own good", " for your health", " for the sake of your", " think of your kids", " think about your kids", " think about your family", " don't you want to", " wouldn't you rather", " wouldn't you like to", " you can't afford to",
	" i think you need", " i think you ought", " i think you'd be", " would be a good idea to", " would be a good idea for you", " would be a good idea if you", " it'd be a good idea to", " it's a good idea to", " a good idea for you", " be a good idea if you",
	" i'd like you to", " i would like you to", " i'd like to see you", " i would like to see you", " i'd love to see you", " i'd really like you",
	" it's essential", " it's crucial", " it's vital", " essential that you", " crucial that you", " vital that you",
	" the best thing for you", " the best thing would be", " the best thing to do", " best thing you could", " you really ought", " will hurt you", " will harm", " is harming", " harming your", " damaging your", " will ruin", " ruining your", " you're ruining", " destroying your", " you're destroying",
	" you could die", " you might die", " you'll die", " could kill you", " can kill you", " might kill you", " you're going to lose", " you'll lose your", " going to lose your", " end up in hospital", " end up in the hospital",
	" you might want to try", " you may want to try", " you could always try", " you should try", " you ought to try",
	" have you thought about trying", " have you considered trying", " if it were me", " if i was you", " what i would do", " what i'd do", " what you should do", " what you ought to do", " time for you to", " about time you", " isn't it time",
	" you'd feel better", " you would feel better", " you'd feel so much", " you'd feel a lot better", " you'll feel a lot better", " you will feel better", " you'll be healthier", " you'd be healthier", " you'll sleep better", " you'd sleep better", " you'll have more energy", " you'd have more energy",
	" do you good", " good for your health", " better for your health", " bad for your health", " really bad for you", " very bad for you", " so bad for you", " is bad for you", " are bad for you", " harmful to you", " not worth the risk", " not worth it |",
	" don't you think", " wouldn't it be", " wouldn't you agree", " don't you agree", " shouldn't you", " would be wise", " would be smart", " would be sensible",
	" you could ", " is bad for", " is really bad for", " is very bad for", " is so bad for", " are really bad for", " is terrible for", " is harmful to", " is dangerous for", " is killing ", " are killing ", " will kill",
	" i'm worried about your", " i'm concerned about your", " i'm really worried", " i'm very worried", " i'm very concerned", " i'm really concerned", " i'm quite concerned", " put you at risk", " putting you at risk", " putting your health", " your health at risk", " your life at risk",
}

// imperativeOpeners start a sentence that tells the client what to do.
var imperativeOpeners = []string{
	"try ", "just try", "stop ", "think about ", "switch ", "give it ", "cut ", "quit ", "go ", "take ", "make sure", "get ", "don't drink",
	"don't smoke", "start ", "avoid ", "keep ", "remember to",
	"please ", "consider ", "cut back", "limit ", "stick to", "put down", "throw away", "throw out", "pour ", "write down", "set a ", "set yourself", "drink less", "smoke less", "drink water", "eat ",
	"stay away", "stay off", "don't buy", "don't keep", "don't wait", "never drink", "never smoke", "reduce ", "replace ", "swap ", "join ", "sign up", "talk to your doctor", "see your doctor", "ask your doctor", "call your doctor", "be careful", "drink more",
	"do it ", "just do it ",
}

// handOverOpeners start a command that hands control of the pace to the
// client ("take your time", "go at your own pace"): not an imperative that
// directs. Each is matched as whole words, and only its own clause is
// excused; the rest of the sentence is read again ("take your time, and quit
// by Friday" directs).
var handOverOpeners = []string{
	"take a look", "take your time", "take your own time", "take as long as", "take as much time as",
	"take whatever time", "take all the time", "go at your own pace", "go at your pace", "go at whatever pace",
	"go as slow as you", "go as slowly as you", "go as fast or as slow as you",
	"go easy on yourself", "take it one day at a time", "take things one day at a time", "take it one step at a time",
	"take each day as it comes", "try not to be too hard on yourself", "try not to beat yourself up",
}

// invitationOpeners start a command to go on talking to the practitioner
// ("tell me more", "get back to me"): an invitation, not a directive about
// the client's behaviour. Only its own clause is excused ("get back to me
// when you can, but quit by Friday" directs).
var invitationOpeners = []string{
	"tell me", "say more", "talk me through", "walk me through", "fill me in", "get back to me", "come back to me",
	"let me know", "keep me posted", "keep me updated", "keep talking",
}

// pauseOpeners hand control back only when the clause ends with them ("take
// a second", "go on, I'm listening"), goes on with an invitation ("go on,
// tell me more"; "go ahead" also with a name, "go ahead, Sam") or, for the
// "take" ones, goes on with "to" and what the pause is for ("take a moment to
// breathe"): "take a second job", "go slow on the drinks", "go on a diet" and
// "keep going to the meetings" direct.
var pauseOpeners = []string{
	"take a moment", "take a minute", "take a second", "take a breath", "take a beat",
	"go on", "go ahead", "go slow", "go slowly", "keep going", "carry on", "take it easy",
}

// thoughtOpeners start a command to think, which evokes when it asks about
// the client's own wants or values (see evokingThought).
var thoughtOpeners = []string{"think about ", "have a think about ", "consider "}

// thoughtWh open the part of "think about ..." that can ask for the
// client's own wants: "what", "how", "where", "which". "Whether" and "why"
// weigh the client's way of living ("think about whether you want to keep
// living like this") rather than ask for it.
var thoughtWh = []string{"what ", "what's ", "how ", "where ", "which "}

// ownValues end a "think about what ..." that asks about the client's own
// wants and values, an evoking prompt rather than a directive.
var ownValues = []string{
	" matters to you ", " matters most to you ", " matters for you ", " matters |", " matters most |", " important to you ", " you want", " you'd want", " you'd like", " you would like", " you care about",
	" you value", " works for you ", " work for you ", " right for you ", " fits you ", " feels right", " makes sense to you ",
}

// loadedWords make a "think about ..." prompt argue for change by
// describing the client's present as something to stop ("whether you want
// to keep living like this"): it is neither evoking nor an emphasis on the
// client's choice.
var loadedWords = []string{" keep ", " keeps ", " like this ", " this way ", " carry on ", " go on like ", " continue ", " going on like "}

// clauseBreaks split a sentence of flat text, which has lost its commas,
// into the clauses that are read for commands on their own.
var clauseBreaks = map[string]bool{"and": true, "but": true, "then": true, "so": true}

// clauseStarts open a new clause after a hand-over or an echoed directive
// ("go on, I'm listening", "you should go, it's late").
var clauseStarts = map[string]bool{
	"and": true, "but": true, "then": true, "so": true, "or": true, "because": true, "though": true, "although": true,
	"if": true, "when": true, "before": true, "while": true, "there's": true, "it's": true, "that's": true,
	"i": true, "i'm": true, "i'll": true, "we": true, "we'll": true, "we're": true,
	"you": true, "you're": true, "you've": true, "you'll": true, "you'd": true, "no": true, "right": true,
}

// hedges are skipped when an echo is compared with the client's words ("I
// should probably cut down": "you should cut down").
var hedges = map[string]bool{
	"probably": true, "really": true, "just": true, "actually": true, "maybe": true, "definitely": true,
	"honestly": true, "seriously": true, "also": true, "still": true, "totally": true, "certainly": true,
}

// sharpeners, just before a directive, negate or stress it ("don't just
// try", "you do need to cut down"): it is then the practitioner's push, never
// an echo of the client.
var sharpeners = map[string]bool{"don't": true, "dont": true, "do": true, "not": true, "never": true}

// echoIntensifiers in or just before a directive push harder than the client
// did ("just try" for "I'll try"), unless the client used the same word.
var echoIntensifiers = map[string]bool{
	"just": true, "really": true, "definitely": true, "absolutely": true, "seriously": true, "totally": true, "certainly": true,
}

// subjectWords open a clause of its own after "and", "but" or "then" in an
// echo ("you should call her, and it's been hard"); any other word carries
// the directive on to something the client did not say ("and tell her").
var subjectWords = map[string]bool{
	"he": true, "he's": true, "she": true, "she's": true, "it": true, "they": true, "they're": true,
	"this": true, "these": true, "those": true, "there": true, "the": true, "a": true, "an": true,
	"your": true, "my": true, "his": true, "her": true, "their": true, "our": true, "its": true,
	"nobody": true, "nothing": true, "everyone": true, "everything": true, "people": true, "maybe": true,
	"what": true, "how": true, "why": true, "who": true, "which": true, "where": true, "now": true, "yet": true,
	"you'd": true, "i'd": true, "i've": true, "we've": true, "we'd": true, "that": true,
}

// modalWords are the subject and modal of a directive phrase, which an echo
// repeats without repeating anything of the client's.
var modalWords = map[string]bool{
	"you": true, "you've": true, "you'd": true, "have": true, "has": true, "got": true, "to": true, "need": true,
	"should": true, "shouldn't": true, "ought": true, "must": true, "better": true, "gotta": true,
}

// echoFunctionWords do not count toward the two content words an echo must
// repeat: the client's "I have to be at ..." does not make "you have to be
// at the clinic" an echo.
var echoFunctionWords = map[string]bool{
	"be": true, "to": true, "a": true, "an": true, "the": true, "at": true, "in": true, "on": true, "of": true,
	"for": true, "with": true, "by": true, "from": true, "it": true, "that": true, "this": true, "some": true,
	"just": true, "really": true, "more": true, "and": true, "or": true,
}

// objectPronouns may stand in a reflection for the object of the client's
// clause ("I ought to call my sister": "you ought to call her").
var objectPronouns = map[string]bool{"her": true, "him": true, "them": true, "it": true}

// reportingWords mark a clause as reporting what someone else said,
// thought or felt ("your wife thinks you have to quit"): a reflection of
// pressure, not pressure.
var reportingWords = []string{
	" said ", " say ", " says ", " saying ", " tell ", " tells ", " telling ", " told ", " think ",
	" thinks ", " thought ", " feel like ", " feel that ", " feels ", " believe ", " believes ",
	" mentioned ", " heard ", " hear ", " worried ", " wonder ", " sounds like ", " seems like ",
	" wants you ", " want you to believe", " expect ", " expects ", " scared ", " afraid ",
	" not sure ", " wondering ",
}

// ownOpinion marks a reporting word as the practitioner's own view ("I
// think you should"), which is persuasion after all.
var ownOpinion = []string{
	" i think ", " i really think ", " i feel ", " i believe ", " i'd say ", " i say ",
	" i'm saying ", " i'm only saying ", " i'm just saying ", " i'm telling you ", " i'm only telling you ", " i'm just telling you ",
}
