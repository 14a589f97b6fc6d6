package transcript

import (
	"html"
	"strings"
)

// readVTT reads WebVTT as Zoom writes it ("Name: text" cues) and as Teams
// writes it (<v Name>text</v> voice spans, cue ids before the timings).
func readVTT(name, text string, w *warnings) ([]segment, error) {
	return readCues(name, text, true, w)
}

// voiceSpan is a run of cue text and the voice it belongs to ("" if none).
type voiceSpan struct {
	voice, text string
}

// splitVoices splits one line of cue text at its <v Name> tags, drops every
// other tag (<c>, <i>, <b>, <00:00:01.000>, SRT's {\an8}) and decodes HTML
// entities. voice is the voice in force from earlier lines of the cue; the
// voice in force at the end of the line is returned for the next one.
func splitVoices(line, voice string) ([]voiceSpan, string) {
	if !strings.ContainsAny(line, "<{&") { // most Zoom lines: plain text
		if t := strings.TrimSpace(line); t != "" {
			return []voiceSpan{{voice, t}}, voice
		}
		return nil, voice
	}
	var (
		spans []voiceSpan
		b     strings.Builder
	)
	flush := func() {
		if t := strings.TrimSpace(html.UnescapeString(b.String())); t != "" {
			spans = append(spans, voiceSpan{voice, t})
		}
		b.Reset()
	}
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case c == '<':
			k := strings.IndexByte(line[i:], '>')
			if k < 0 {
				b.WriteString(line[i:]) // a lone "<" is text
				i = len(line)
				continue
			}
			tag := line[i+1 : i+k]
			if isVoiceTag(tag) {
				flush()
				if _, n, ok := strings.Cut(strings.Replace(tag, "\t", " ", 1), " "); ok {
					if n = cleanSpace(html.UnescapeString(n)); n != "" {
						voice = n
					}
				}
			}
			i += k
		case c == '{' && i+1 < len(line) && line[i+1] == '\\':
			k := strings.IndexByte(line[i:], '}')
			if k < 0 {
				b.WriteString(line[i:])
				i = len(line)
				continue
			}
			i += k
		default:
			b.WriteByte(c)
		}
	}
	flush()
	return spans, voice
}

// isVoiceTag reports whether the text between < and > opens a voice span:
// "v Name", "v.loud Name" or a bare "v".
func isVoiceTag(tag string) bool {
	return tag == "v" || strings.HasPrefix(tag, "v ") || strings.HasPrefix(tag, "v.") || strings.HasPrefix(tag, "v\t")
}
