package noes

import "github.com/ally-mi/ally/analysis/lex"

// The phrases the client "no" detector reads (see noes.go).

// refusals are a "no" wherever they stand; a final "$" stands for the end
// of a clause, a leading "^" for its start ("No chance.", not "I had no
// chance"; "Leave me alone", not "She won't leave me alone").
var refusals = []string{
	"^ no way $", " no thanks ", " no thank you ", "^ no chance $", " not a chance", " hell no ",
	" i'll pass $", " i will pass $", " i'm passing $", " i pass $", " pass on that", " pass on this",
	" count me out", " not for me $", " i disagree $", " i disagree with you", " i disagree with that",
	" i don't agree $", " i don't agree with you", " i don't agree with that", " i refuse $", "^ forget it $",
	" not gonna happen $", " not going to happen $", "^ leave me alone", " i'm not interested $",
	" that won't work", " that wouldn't work", " that will not work", " that's not going to work",
	" that is not going to work", " that's not gonna work", " that doesn't work for me", " that does not work for me",
	" won't work for me", " wouldn't work for me", " not going to work for me", " not gonna work for me",
	" doesn't work for me", " doesn't suit me", " i'd rather you didn't", " i would rather you didn't",
	" i'd rather you did not", " i'd rather you wouldn't", " i'd prefer you didn't", " i would prefer you didn't",
	" i'd prefer you did not", " i'd prefer you wouldn't", " i can't promise", " i cannot promise", " no promises",
	" i can't make any promises", " i'm not promising", " i'm not making any promises",
}

// refusalLeads may stand before a refusal that must start its clause: "Oh,
// forget it", "Just leave me alone", "There's no chance".
var refusalLeads = lex.WordSet(`oh just so and nah no well please there's there is absolutely simply hell
	honestly seriously you`)

// refusalHedges before a refusal make it a doubt or a condition, not a
// refusal: "I'm worried that won't work for him", "if that won't work".
var refusalHedges = lex.WordSet(`if as unless whether when whenever until before maybe worried scared
	concerned wonder wondering hope hoping`)

// Refusal frames, by how much of what follows them they need to be a "no".
const (
	frameOpen   = iota // "I don't want to", "I won't": see refused
	frameStrict        // "I can't", "I don't need to": only answering a proposal
	frameObject        // "I don't want that": a short object, answering a proposal
	frameReady         // "I'm not ready": alone or "for ..."
)

// frames are refusal frames; a longer frame is listed before one it starts
// with, though frameObject skips what a longer frame decides.
var frames = []struct {
	p    string
	kind int
}{
	{" i don't want to ", frameOpen}, {" i dont want to ", frameOpen}, {" i do not want to ", frameOpen},
	{" i don't wanna ", frameOpen}, {" i dont wanna ", frameOpen}, {" i'd rather not ", frameOpen},
	{" i would rather not ", frameOpen}, {" i'd prefer not to ", frameOpen}, {" i would prefer not to ", frameOpen},
	{" i'd prefer to not ", frameOpen}, {" i'm not willing to ", frameOpen}, {" i am not willing to ", frameOpen},
	{" i refuse to ", frameOpen}, {" i'm not ready to ", frameOpen}, {" i am not ready to ", frameOpen},
	{" i'm not prepared to ", frameOpen}, {" i won't ", frameOpen}, {" i will not ", frameOpen},
	{" i'm not going to ", frameOpen}, {" i am not going to ", frameOpen}, {" i'm not gonna ", frameOpen},
	{" i am not gonna ", frameOpen}, {" i ain't gonna ", frameOpen}, {" i'm not about to ", frameOpen},
	{" no way i'm going to ", frameOpen}, {" no way i'm gonna ", frameOpen}, {" no way i'll ", frameOpen},
	{" no way i'd ", frameOpen}, {" no way i would ", frameOpen}, {" i don't think i need to ", frameOpen},
	{" i don't think i want to ", frameOpen}, {" i don't think i'm ready to ", frameOpen}, {" i don't think i'll ", frameOpen},
	{" i don't think i'm going to ", frameOpen}, {" i don't think i'm gonna ", frameOpen},
	{" i don't think i can ", frameStrict}, {" i can't ", frameStrict}, {" i cannot ", frameStrict}, {" i can not ", frameStrict},
	{" i don't need to ", frameStrict}, {" i do not need to ", frameStrict}, {" i don't have to ", frameStrict},
	{" i don't want ", frameObject}, {" i dont want ", frameObject}, {" i do not want ", frameObject},
	{" i'm not ready ", frameReady}, {" i am not ready ", frameReady}, {" i don't think i'm ready ", frameReady},
}

// progressives open "I'm not quitting": the verb after them is judged as
// a frame's would be.
var progressives = []string{" i'm not ", " i am not ", " i ain't ", " no way i'm "}

// conditionals before a frame make it no refusal: "as long as I'm not
// changing anything", "I'm not saying that I'm not willing to try", "it
// feels like I'm not ready for this".
var conditionals = lex.WordSet(`if as unless whether that when whenever until before saying maybe like`)

// changeActs are verbs (as stems) of changing or of talking: refusing them
// refuses the change or the conversation. Verbs that need a particular
// object to be one ("give up", "go to") are judged in refused; the acts of
// a particular plan ("sign up", "wear it") only when it was proposed.
var changeActs = lex.StemSet(`quit stop cut change try limit reduce lower talk discuss share answer
	explain hear listen`)

// harmVerbs are verbs (as stems) of being, becoming or suffering, and the
// problem behaviours themselves: refusing them is change talk ("I don't
// want to end up like him", "I won't drink tonight") or beside the point
// ("I'm not gonna lie").
var harmVerbs = lex.StemSet(`be become end turn lose die miss hurt feel let spend waste screw mess ruin
	disappoint put drink smoke overdose relapse fail look sound wake worry hang sacrifice rely depend
	live repeat risk cause harm damage upset scare embarrass kill crash pass owe pay need fall slip
	wind grow lie pretend sugarcoat kid bore blame judge drive gamble sit make see keep deal get use
	wallow`)

// problemObjects after "have" or "do" make it the problem or a harm ("have
// another drink", "have a heart attack", "doing well"), not the treatment
// ("having one of those machines", "doing four shots a day").
var problemObjects = lex.StemSet(`drink drinks beer wine booze alcohol cigarette cigarettes smoke joint drugs
	attack stroke seizure accident problem problems relapse hangover fight argument trouble crash another
	worse well good great fine okay ok alright bad badly better much so too very time harm damage
	something stupid`)

// Whom seeing or talking to is an act of changing ("I won't see a
// counsellor", "I'm not talking to anyone"), and where going back to is
// ("I'm not going back to that group"); "I'm not seeing anyone" (dating)
// or "talk to my kids" (behaviour) refuse only a proposal.
var (
	professionals = lex.StemSet(professionalWords)
	listeners     = lex.StemSet(`you anyone someone anybody somebody sponsor group`)
	treatments    = lex.StemSet(professionalWords + ` group meeting meetings class program programme session clinic`)
)

// professionalWords name the professionals one sees or goes back to.
const professionalWords = `doctor doc gp counselor counsellor therapist specialist psychiatrist psychologist
	nurse dietitian pharmacist`

// remedies are the treatment or help itself: refusing to take, use, do or
// go to one ("I won't take the tablets anymore", "I'm not going to those AA
// meetings") is a "no" wherever it stands; refusing the problem ("I won't
// drink anymore") is change talk. "Shots" may be drinks, so it is left out.
var remedies = lex.StemSet(`tablets tablet pills pill medication medications meds medicine medicines insulin
	injections injection statins statin patches patch pump inhaler puffer gum nicotine methadone
	antidepressants prescription meetings meeting aa group counselling counseling therapy treatment
	appointments appointment programme program rehab detox diet gym exercises physio cpap classes class
	sessions session clinic`)

// stopVerbs stop or miss what follows them: refusing to stop or miss the
// treatment is change talk ("I won't stop taking my meds").
var stopVerbs = lex.StemSet(`stop quit skip forget drop miss`)

// remedyVerbs take, use, do or keep to a remedy: "take the tablets", "use
// the inhaler", "stick to the diet", "keep going to the gym".
var remedyVerbs = lex.StemSet(`take use do have try wear inject attend join start stay stick keep continue
	bother follow fill go come sit`)

// oldThings mark what a frame refuses as the old thing: "I won't do that
// again", "I'm not drinking anymore". That is change talk when the old
// thing is the problem or a harm, not when it is the treatment.
var oldThings = lex.WordSet(`again anymore longer`)

// clarifying are verbs that, after "I'm not", explain rather than refuse:
// "I'm not saying it's easy", "I'm not complaining".
var clarifying = lex.StemSet(`talk say think ask tell mean complain blame kid joke argue criticize try`)

// tailWords may follow a refusal frame without naming anything.
var tailWords = lex.WordSet(`though yet now today tonight either thanks sorry okay ok man right no honestly`)

// proforms stand for the thing proposed.
var proforms = lex.WordSet(`that this it them those any anything so`)

// clauseOpeners start a new clause rather than finish a frame: "I don't want
// to, I'm tired".
var clauseOpeners = lex.WordSet(`i i'm it's that's he she we they you but and because cause so to it this that there`)

// noForm drops hesitations everywhere, and adverbs right after "I", "don't"
// or "not" ("I really don't want to", "I'm just not ready").
var (
	hesitations = lex.WordSet(`um umm uh uhh er erm ah hmm mm`)
	noAdverbs   = lex.WordSet(`really just even actually honestly definitely certainly totally absolutely
		simply also still ever necessarily personally`)

	adverbHosts = lex.WordSet(`i i'm i'd i'll don't dont won't not can't am would will do rather`)
)

// weakNo open an answer that is a "no" only to a proposal, information or
// pressure: "No." to "Have you been to hospital?" is an answer.
var weakNo = []string{"no", "nope", "nah", "not really", "not yet", "not now", "not today", "not right now",
	"absolutely not", "definitely not", "i don't think so", "i don't know about that", "not sure about that"}

// notRefusing follow a "no" that refuses nothing: "No, go ahead.", "No
// problem.", or agrees: "No, you're right.", "No, I know, I should.", "No,
// I didn't know that."
var notRefusing = []string{"one", "idea", "matter", "doubt", "kidding", "big deal", "wonder", "by all means",
	"go ahead", "not at all", "that's fine", "that's okay", "that's ok", "it's fine", "it was fine", "it's okay",
	"i don't mind", "please", "of course", "problem", "worries", "that's alright", "that's all right", "sure",
	"you're right", "you are right", "i know ,", "i know |", "i know -", "i didn't know", "i did not know",
	"i hadn't thought", "true", "that's true", "fair enough", "i agree", "good point", "fair point"}

// welcoming words say an offer is welcome.
var welcoming = []string{" that's good", " that's great", " that helps", " helpful", " gives me", " that's fine",
	" makes sense", " sounds good", " sounds great", " i like that", " i love that", " good idea", " great idea",
	" you're right", " you are right"}

// yesBut phrases agree in order to disagree.
var yesBut = []string{" yes but ", " yeah but ", " yep but ", " sure but ", " okay but ", " ok but ", " i know but ",
	" i guess but ", " right but ", " true but ", " i hear you but ", " i get that but ", " i get it but ",
	" i understand but ", " you're right but ", " that's true but ", " fair enough but ", " sounds good but ",
	" i know that but ", " that makes sense but "}

// discounts wave a proposal away without a "no": "Everyone says that."
var discounts = []string{" everyone says that", " everybody says that", " that's what everyone says",
	" that's what everybody says", " i've heard that before", " i've heard it before", " heard it all before",
	" easy for you to say", " i've tried that", " i tried that", " i've tried it", " i tried it",
	" i've tried before", " i've tried all that", " i've tried everything", " been there done that",
	" you don't understand", " you don't get it"}

// workedOut say that what was tried worked ("I tried it last year and it
// worked really well"): a "tried that" with one is no discount, unless it
// is negated ("it never worked").
var (
	workedOut    = []string{" worked", " helped", " it was good", " it was great", " i liked it", " i loved it"}
	notWorkedOut = []string{"n't work", "n't help", " never work", " never help", " not work", " not help",
		"n't really work", "n't really help"}
)

// acceptances take up a proposal: a turn opening "anyway" that holds one
// ("Anyway, I'll give it a go") changes no subject.
var acceptances = []string{" give it a go", " give it a try", " give it a shot", " i'll try", " i will try",
	" i can try", " i could try", " i can do that", " i could do that", " i'll do that", " i'll do it",
	" sounds good", " let's do it", " let's try", " that works", " works for me", " i'm in ", " i'm up for",
	" why not "}

// quickYes are the short assents that, right after advice or pressure,
// often mean "I'd rather not argue".
var quickYes = []string{"sure", "okay", "ok", "fine", "i guess", "whatever", "if you say so", "maybe", "yeah i guess",
	"alright", "all right", "i suppose", "i know", "yeah yeah", "i guess so", "okay fine", "okay okay", "sure sure",
	"yeah sure", "sure whatever", "fine whatever", "yeah whatever", "i know i know", "whatever you say",
	"fine whatever you say", "okay whatever you say", "ok whatever you say", "sure whatever you say",
	"yeah whatever you say", "you're the expert", "you're the boss", "fine if you say so", "okay if you say so"}

// subjectChanges open a turn away from what was being discussed.
var subjectChanges = []string{"anyway", "anyways", "by the way", "can we talk about something", "can i go",
	"let's talk about something", "speaking of", "moving on", "whatever", "on another note",
	"can we change the subject", "let's change the subject", "changing the subject"}

// proposalPhrases ask the client to do or consider something.
var proposalPhrases = []string{" would you be willing", " are you willing", " would you consider", " how about ",
	" what about trying", " why don't you", " why don't we", " why not ", " could you ", " can you try",
	" would you like to", " do you want to", " will you try", " will you consider", " will you give",
	" will you think about", " will you at least", " would you try", " let's ", " i'd like you to",
	" i want you to", " you could ", " you might want", " you might try", " maybe you could", " maybe you can", " have you considered",
	" have you thought about", " what if you", " what if we", " shall we", " would it help", " would you be open",
	" are you open", " can i ", " may i ", " could i ", " are you up for", " are you up to",
	" you're up to", " you're up for", " can't someone", " couldn't someone", " can't somebody",
	" couldn't somebody", " can't anyone", " couldn't anyone", " can't you just", " couldn't you just",
	" couldn't you "}

// questionWords open questions that ask rather than propose, but for
// whProposals.
var (
	questionWords = lex.WordSet(`what where when how who which why`)
	whProposals   = []string{" why don't you", " why don't we", " why not ", " how about ", " what about ", " what if "}
)

// negativeCues make what the professional said one a bare "no" agrees with:
// "Do you mind if...?", "It's not a priority for you."; proposingNegatives keep a
// negative-looking question a proposal ("Why don't you...?").
var (
	negativeCues = []string{" mind ", " objection", " not ", "n't ", " never ", " say no", " anything else",
		" any questions", " any concerns", " nothing", " none"}
	proposingNegatives = []string{" why don't you", " why don't we", " why not ", " don't you think", " wouldn't it",
		" won't you", " couldn't you", " shouldn't you", " wouldn't you", " can't someone", " couldn't someone",
		" can't somebody", " couldn't somebody", " can't anyone", " couldn't anyone", " can't you just"}
)

// invitations ask for a "no" about something ("Anything you'd rather not
// do?"): whatever the client names in answer is one ("The drawer.").
var (
	invitations = []string{" say no to", " rather not", " sit right", " sit well", " not for you", " doesn't fit",
		" didn't fit", " don't fit", " wouldn't fit", " doesn't suit", " don't suit", " don't like", " didn't like",
		" you disagree", " objection", " leave out", " rather skip", " rather drop", " don't want to do"}
	invitationObjects = []string{" anything", " any ", " something", " which ", " whatever "}
)

// nothingToRefuse open an answer to an invitation that names nothing: "No,
// it was fine."
var nothingToRefuse = []string{"no", "nope", "nah", "nothing", "none", "not really", "not at all", "not that",
	"i don't think so", "i think it's", "it was", "it's all", "all good", "i'm good", "that's fine", "it's fine",
	"yes", "yeah", "sure", "okay", "ok", "i", "well", "right", "exactly", "mm hmm", "uh huh"}

// ruledOut end a clause that rules something out: "Those are out."
var ruledOut = []string{" that's out", " those are out", " that is out", " these are out", " that one's out",
	" off the table", " that's a no", " that's a hard no"}

// noGeneric are words too general to echo a proposal.
var noGeneric = lex.StemSet(`want going gonna wanna thing things that's really think know like about because
	would could should there their right time good well maybe some something anything more much
	people said yeah okay sure little bit kind sort stuff then than from have been were your into also
	only very many lots`)

// asides are clauses that say nothing: "I don't wanna, you know, regret it".
var asides = [][]string{{"you", "know"}, {"i", "mean"}, {"like"}, {"you", "see"}}

// functionWords lead from a refused verb to what it is about.
var functionWords = lex.WordSet(`the a an my your his her their our about to up on with that it this them him any some for of in`)
