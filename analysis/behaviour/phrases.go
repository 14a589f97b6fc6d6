package behaviour

// The phrase lists of the behaviour detector. Every entry is matched against
// flat text (lower case, single spaces, sentence breaks as "|"), so entries
// start and end with a space where a word boundary matters. They were written
// from the MITI 4.2.1 behaviour definitions and the usual wording of
// counselling sessions, then checked against the tuning part of
// testdata/behaviours.csv; docs/analysis.md reports their precision and recall
// on the held-out part.

// affirmPhrases recognise the client's strengths, efforts or values (MITI:
// affirm).
var affirmPhrases = []string{
	" worked hard", " worked really hard", " worked so hard", " done so well", " doing so well", " done really well", " work hard", " working hard", " courage", " courageous", " brave", " good for you ",
	" well done", " nice work", " good work", " great work", " good job", " great job", " proud of you",
	" i appreciate", " appreciate you", " achievement", " says a lot about you", " you're someone who",
	" you're really someone", " you clearly know", " know yourself", " great idea", " good idea",
	" which is not easy", " that's not easy", " that isn't easy", " isn't easy to", " not easy to talk",
	" really well", " thanks for sharing", " thank you for sharing", " thanks for being", " determined",
	" strength", " strong person", " impressed", " resourceful", " big step", " you did it ",
	" took guts", " it took a lot", " that took", " you care a lot", " you really care", " persistent",
	" committed", " dedicated", " you've already ", " you managed", " credit", " that's great ",
	" that's fantastic", " that's wonderful", " excellent", " your honesty", " you're honest",
	" know what works for you", " you should be proud", " take pride", " a lot of effort", " put in the effort", " real progress", " that's progress", " that's huge", " that's a skill",
	" that was smart", " that was wise", " that was brave", " thoughtful", " good listener", " you didn't give up",
	" kept going", " hung in there", " stuck with it", " keep their word", " keep your word", " insight",
	" open with me", " how much your", " means to you", " you've thought hard", " thought hard about",
	" thought a lot about", " that matters", " and that matters", " skilled", " you're good at",
	" you've done", " you did a great", " you did really", " you did great", " you did well", " that's impressive", " really impressive", " you've come a long way", " come a long way", " i admire", " i'm glad you", " glad you came", " glad you're here", " you handled", " not everyone would", " a lot of people wouldn't", " you've really thought", " you obviously care", " clearly care", " you care about", " you're a good", " doing the best you can", " your commitment", " your determination", " your effort", " that shows", " says something about you", " speaks to your", " you've learned", " you've figured out", " terrific", " wonderful", " amazing", " really good at", " hard work", " you got through", " you survived", " resilient", " you made it", " you've kept", " you stuck", " you've stuck", " you held", " you've held", " you've stayed", " you stayed",
	" you're somebody who", " you're someone that", " you're the kind of person who", " you're the type of person who",
	" keeps their word", " keep your promises", " good on you", " congratulat", " kudos", " way to go", " proud of yourself", " be proud", " be really proud", " be so proud", " feel proud", " i'm proud",
	" good plan", " great plan", " this a lot of thought", " it a lot of thought", " a lot of thought into", " given this some thought", " that's a good first step", " that's a great first step", " that's an important step", " really important step", " very important step", " a huge step", " step in the right direction",
	" making progress", " made progress", " made some progress", " made a lot of progress", " it's great that you", " it's good that you", " really good that you", " great that you've", " good that you've",
	" your willingness", " you being willing", " you were willing", " you've been willing", " you're taking this seriously", " you take this seriously",
	" that's a good point", " good point |", " that was a good", " that's a smart", " that's smart", " pretty smart", " really smart", " smart move", " that's a good decision", " really good decision", " that's a great decision", " wise decision", " that's a good choice", " that's a great choice", " really good choice",
	" you're really trying", " you've really tried", " trying really hard", " trying so hard", " tried really hard", " tried so hard", " real effort", " made an effort", " making an effort",
	" i believe in you", " faith in you", " confidence in you", " you have what it takes", " you've got what it takes",
	" you've done it before", " you did it before", " you've succeeded", " you succeeded", " you were successful", " you've been successful",
	" you're doing great", " you're doing well", " you've been doing great", " you've been doing well", " doing a great job", " doing a good job", " doing really well", " doing great |",
	" you're a caring", " really caring", " such a caring", " you're a loving", " you're a great", " you are a good", " you are a great", " a lot going for you",
	" taking responsibility for", " took responsibility", " proactive", " initiative", " you're strong", " you're a strong", " strong-willed", " a fighter",
}

// collaborationPhrases ask for the client's ideas, share control of the
// session, or ask permission (MITI: seeking collaboration).
var collaborationPhrases = []string{
	" what do you think", " what do you make of", " how would you like", " where would you like",
	" what would you like to", " what would you want", " what you'd want", " what you would want",
	" together", " your ideas", " what ideas do you", " any ideas", " what you'd suggest",
	" what would you suggest", " how does that fit", " how does that sound", " anything you'd like to add",
	" anything you want to add", " useful for you", " helpful for you", " helpful from me",
	" how can i help", " which of these", " which one of these", " how do you see it",
	" how do you see this", " help me understand", " the expert on", " or talk about something else",
	" what would work for you", " what might work for you", " does that make sense to you",
	" we could ", " shall we ", " let's figure", " let's work out", " let's look at", " what would you like", " what do you want to", " how do you want to", " where do you want to",
	" what's your sense", " what's your take", " your thoughts", " start with yours", " hear yours", " would it help if",
	" can i ask", " could i ask", " between us", " have i missed", " i've missed", " if i've got that wrong",
	" got that wrong", " correct me", " how would you feel about", " what would be in it", " if we were to",
	" what are your thoughts", " how about we", " what if we", " where should we", " where do we go", " what should we", " would you like to talk", " would you like to start", " did i get that right", " am i getting that right", " have i got that right", " tell me if i'm wrong", " does that fit", " does that sound right", " how does that land", " work on this together", " what would you like to focus", " what feels most important", " what would be most helpful", " what would be helpful", " where would you like to start", " what should we focus", " i'd love to hear your", " curious what you think", " what you think about", " how would that be for you", " what would make sense", " what makes sense to you", " figure out together", " figure it out together", " come up with", " brainstorm", " what do you want from", " how can we",
	" what would you say is the most", " most important thing to talk about", " most important to talk about", " most important to focus on", " most important thing to focus on",
	" what's your opinion", " your opinion on", " what's your view", " what's your perspective", " what are your ideas", " what do you suggest", " any suggestions", " your suggestions",
	" is that okay with you", " okay with you |", " is that alright with you", " does that sound okay", " does that sound ok", " does that sound good", " does that sound like something",
	" sound okay |", " sound good |", " does that work for you", " would that work for you", " would that work |", " would that be okay", " would that be ok", " would that be helpful", " would that help |",
	" is that something you'd", " is that something you would", " is that something you want", " is that something we could", " is this something you'd", " is this something you would",
	" something you'd be interested in", " something you'd like to try", " something you might like to",
	" we can work on", " we can work together", " work together", " working together", " we can figure", " we can look at", " we can come up", " we can talk about", " we can think about",
	" how can i support", " how i can help", " how i can support", " what can i do to help", " what would you need from me", " what do you need from me", " anything i can do",
	" would you prefer", " do you prefer", " which would you", " which one would you", " which do you",
	" did i miss anything", " did i miss something", " anything i missed", " anything i've left out", " did i leave anything", " did i get that", " did i get it right", " have i understood", " did i understand that",
	" know what you think", " hear what you think", " tell me what you think |", " tell me what you think about", " wonder what you think", " hear your thoughts", " love your input", " your input",
	" anything else you'd like to", " anything else you want to", " anything you'd like to talk", " anything you want to talk", " anything you'd like to discuss", " anything you want to discuss",
	" how should we", " what could we", " where should we start", " where do we start", " where do you wanna", " what do you wanna", " how do you wanna", " where would you like to begin",
	" do you want to talk about", " do you want to start", " do you want to focus", " do you want to look at", " do you want to go over", " would you like to try", " would you like to look at", " would you like to go over",
}

// permissionPhrases ask before giving information or advice, or before
// raising a subject (MITI codes them as seeking collaboration; ally also
// counts them for G5).
var permissionPhrases = []string{
	" is it okay if", " is it ok if", " would it be okay", " would it be ok", " would it be alright",
	" is it alright if", " would you mind", " do you mind if", " can i share", " could i share",
	" may i share", " may i ", " can i tell you", " could i tell you", " can i offer", " could i offer",
	" can i give you", " could i give you", " can i suggest", " would you like to hear",
	" would you like some information", " would you like me to", " do you want me to",
	" okay if i", " ok if i", " mind if i", " mind if we", " would you be open to", " are you open to",
	" would you be interested in",
	" if that's okay", " if that's ok", " if that's alright", " if that's all right", " if it's okay with you", " if it's ok with you", " if it's alright with you", " if it's all right with you",
	" with your permission", " is it all right if", " would it be all right", " all right if i", " alright if i", " can i make a suggestion", " could i make a suggestion",
	" can i mention", " could i mention", " can i add", " could i add", " can i check", " could i check", " would it be helpful if i", " would it help if i", " would it be useful if i",
	" would you like to know", " would you like more", " would you like some", " do you want to hear", " would you want to hear", " interested in hearing", " want to know more about",
	" can we talk about", " could we talk about", " can we look at", " could we look at", " could we spend", " can we spend", " would you be willing to",
}

// autonomyPhrases emphasise the client's choice and control (MITI:
// emphasising autonomy), and invite a "no".
var autonomyPhrases = []string{
	" up to you", " your decision", " your choice", " your call", " you decide", " the one who decides",
	" you get to decide", " you can decide", " you might decide", " whatever you choose",
	" whatever you decide", " it's your life", " your own life", " don't have to do anything",
	" you don't have to", " if you'd rather not", " if you would rather not", " say no",
	" free to ", " feel free", " take it or leave it", " only you can", " you're in charge",
	" you are in charge", " you know best", " you know what's best", " throw out whatever",
	" ignore whatever", " or talk about something else", " or would you rather", " stop me", " won't pressure", " not going to pressure", " not here to tell you",
	" not going to tell you what", " nobody can make you", " no one can make you", " entirely yours",
	" entirely your", " it's yours to", " it's all yours", " know what works for you", " you're the expert", " that's okay |",
	" and that's okay", " and that's fine", " that's fine |", " if and when you", " when you're ready",
	" if you want to", " if you decide", " in your own time", " at your own pace", " on your terms", " not here to make you", " make you do", " force you", " no pressure", " we can leave it",
	" make your own", " your own choices", " your body", " the boss of", " take or leave", " okay to say no",
	" ok to say no", " fine to say no", " totally fine", " that's fine", " that's okay", " you can skip",
	" if you want to skip", " only you",
	" whether you want", " whether or not you", " if you choose", " should you choose", " depends on you", " in your hands", " you're in control", " in control of", " you have a choice", " you have choices", " you have options", " no right or wrong", " there's no right", " you can choose", " you could choose", " for you to choose", " you don't need my", " totally your", " completely up", " not my place", " not my decision", " i can't make you", " i can't decide for you", " whatever works for you", " what's right for you", " what feels right", " you're free", " if it's not for you", " if that's not for you", " if you're not ready", " you can always", " change your mind", " yours to decide", " yours to make", " only you know", " you know yourself best", " you know your own", " no one else can", " nobody else can", " if you'd like", " if you would like",
	" decide for yourself", " choose for yourself", " make up your own mind", " your own decision", " your own mind", " final say", " the last word", " you have the power", " in your control",
	" whatever you'd like", " whatever you think is best", " whatever feels right", " whatever's best for you", " whichever you",
	" not up to me", " not my job to", " not here to tell", " not here to judge", " not going to make you", " won't make you", " can't make you", " not going to lecture", " not here to lecture", " won't lecture",
	" not going to push", " not here to push", " won't push", " don't want to push", " not trying to push", " not trying to convince", " not here to convince", " not going to try to convince", " not trying to tell you", " not trying to make you",
	" if you wish", " if you're interested", " don't need to decide", " don't have to decide", " no need to decide", " don't have to make any", " you may decide", " you may choose", " you might choose", " you could decide",
	" no one can decide", " nobody can decide", " the only one who can", " only person who can", " nobody is going to make you", " no one is going to make you", " nobody's going to make you", " no one's going to make you",
	" disagree with me", " tell me to stop", " tell me to back off", " when you feel ready", " if you feel ready", " your own pace", " your own way", " your own terms",
	" you know yourself better", " better than anyone", " better than i do", " best judge", " expert on your", " choice is yours", " decision is yours", " choice is entirely", " decision is entirely", " choice is totally", " call is yours",
	" your right to", " you have every right", " you have the right", " respect your decision", " respect your choice", " respect whatever", " i respect that", " i trust you", " trust your judg",
	" okay if you don't", " ok if you don't", " fine if you don't", " alright if you don't", " okay not to", " fine not to",
	" you can pass on", " you can pass |", " you can pass if", " you can always pass", " you can just pass", " okay to pass", " ok to pass", " fine to pass", " free to pass",
	" unless you want it ", " unless you want that ", " unless you'd like", " unless you would like", " unless you'd rather", " unless you choose", " unless you decide", " not on the table unless",
	" nobody has to share", " no one has to share", " nobody has to talk", " no one has to talk", " nobody has to answer", " no one has to answer",
	" perfectly good answer", " perfectly fine answer", " perfectly okay answer", " perfectly good place to be", " a fair answer",
}

// ownWords and objectionPhrases together invite the client to object to the
// practitioner's words ("anything I said that didn't sit right with you?"),
// which emphasises autonomy and invites a "no" (see invitesObjection).
var ownWords = []string{" i said", " i've said", " i suggested", " i've suggested", " i asked", " i've asked", " i brought up", " i've brought up"}

var objectionPhrases = []string{
	" didn't sit right", " doesn't sit right", " hasn't sat right", " didn't sit well", " doesn't sit well",
	" didn't feel right", " doesn't feel right", " rubbed you the wrong way", " you disagree", " you didn't agree",
	" you don't agree", " missed the mark", " got wrong", " got it wrong", " felt off",
}

// optionPhrases offer a choice between ways forward.
var optionPhrases = []string{
	" some people ", " other people ", " a few options", " a couple of options", " some options",
	" one option", " another option", " options are", " you could either", " or you could",
	" a few ways", " a couple of ways", " some ideas", " a few ideas", " there are different",
}
