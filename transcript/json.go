package transcript

import (
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/ally-mi/ally"
)

// Keys each JSON field may go by, compared in lower case.
var (
	jsonSpeaker = []string{"speaker", "name", "speaker_name", "interlocutor"}
	jsonText    = []string{"text", "utterance", "content"}
	jsonStart   = []string{"start", "start_time", "begin"}
	jsonEnd     = []string{"end", "end_time", "stop"}
)

// readJSON reads an array of {speaker, text, start?, end?} objects, or an
// object holding one under "utterances" or "segments". Unknown fields are
// ignored, so the output of most transcription services reads as is.
func readJSON(name, text string, w *warnings) ([]segment, error) {
	dec := json.NewDecoder(strings.NewReader(text))
	dec.UseNumber()
	lines := lineCounter{text: text}
	tok, err := dec.Token()
	if err != nil {
		return nil, jsonError(name, &lines, dec, err)
	}
	switch tok {
	case json.Delim('['):
		return readJSONItems(name, dec, &lines, w)
	case json.Delim('{'):
		for dec.More() {
			key, err := dec.Token()
			if err != nil {
				return nil, jsonError(name, &lines, dec, err)
			}
			if k, _ := key.(string); strings.EqualFold(k, "utterances") || strings.EqualFold(k, "segments") {
				if tok, err := dec.Token(); err != nil {
					return nil, jsonError(name, &lines, dec, err)
				} else if tok != json.Delim('[') {
					return nil, lineError(name, lines.at(dec.InputOffset()), "%q must be an array", k)
				}
				return readJSONItems(name, dec, &lines, w)
			}
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return nil, jsonError(name, &lines, dec, err)
			}
		}
		return nil, ally.Errorf(ally.EINVALID, "%s: the JSON object has no \"utterances\" or \"segments\" array", name)
	}
	return nil, ally.Errorf(ally.EINVALID, "%s: a JSON transcript is an array of {\"speaker\", \"text\"} objects or an object with an \"utterances\" array", name)
}

func readJSONItems(name string, dec *json.Decoder, lines *lineCounter, w *warnings) ([]segment, error) {
	var segs []segment
	for dec.More() {
		line := lines.at(lines.skipToValue(dec.InputOffset()))
		var raw map[string]json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			var te *json.UnmarshalTypeError
			if errors.As(err, &te) {
				return nil, lineError(name, line, "each utterance must be an object with \"speaker\" and \"text\"")
			}
			return nil, jsonError(name, lines, dec, err)
		}
		item := make(map[string]json.RawMessage, len(raw))
		for k, v := range raw {
			item[strings.ToLower(k)] = v
		}
		speaker, err := jsonString(name, line, item, jsonSpeaker, true)
		if err != nil {
			return nil, err
		}
		text, err := jsonString(name, line, item, jsonText, false)
		if err != nil {
			return nil, err
		}
		if strings.TrimSpace(text) == "" {
			continue
		}
		if strings.TrimSpace(speaker) == "" {
			return nil, lineError(name, line, "utterance has text but no \"speaker\"")
		}
		seg := segment{speaker: speaker, text: text, line: line}
		if seg.start, err = jsonTime(name, line, item, jsonStart, w); err != nil {
			return nil, err
		}
		if seg.end, err = jsonTime(name, line, item, jsonEnd, w); err != nil {
			return nil, err
		}
		seg.end = checkSpan(w, line, seg.start, seg.end)
		segs = append(segs, seg)
	}
	return segs, nil
}

// jsonString returns the first of keys present, as a string. With
// numbered, a number N reads as "Speaker N", since diarisers number speakers.
func jsonString(name string, line int, item map[string]json.RawMessage, keys []string, numbered bool) (string, error) {
	for _, k := range keys {
		v, ok := item[k]
		if !ok || string(v) == "null" {
			continue
		}
		var s string
		if err := json.Unmarshal(v, &s); err == nil {
			return s, nil
		}
		var n json.Number
		if err := json.Unmarshal(v, &n); err == nil && numbered {
			return "Speaker " + n.String(), nil
		}
		return "", lineError(name, line, "%q must be a string", k)
	}
	return "", nil
}

// jsonTime returns the first of keys present as seconds: a number, or a
// string holding seconds or "hh:mm:ss(.ttt)".
func jsonTime(name string, line int, item map[string]json.RawMessage, keys []string, w *warnings) (*float64, error) {
	for _, k := range keys {
		v, ok := item[k]
		if !ok || string(v) == "null" {
			continue
		}
		var s string
		if err := json.Unmarshal(v, &s); err != nil {
			s = string(v)
		}
		if s = strings.TrimSpace(s); s == "" {
			s = string(v)
		}
		return readTime(name, line, w, strconv.Quote(k)+" time", s)
	}
	return nil, nil
}

func jsonError(name string, lines *lineCounter, dec *json.Decoder, err error) error {
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		return lineError(name, lines.at(se.Offset), "invalid JSON: %v", se)
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		end := len(strings.TrimRight(lines.text, " \t\r\n"))
		return lineError(name, lines.at(int64(end)), "the JSON ends early; is the file cut short?")
	}
	return lineError(name, lines.at(dec.InputOffset()), "invalid JSON: %v", err)
}

// lineCounter turns byte offsets into line numbers, counting forward from
// the last offset asked for so a pass over the file stays linear.
type lineCounter struct {
	text string
	off  int
	line int
}

func (c *lineCounter) at(off int64) int {
	o := int(min(max(off, 0), int64(len(c.text))))
	if o < c.off {
		c.off, c.line = 0, 0
	}
	c.line += strings.Count(c.text[c.off:o], "\n")
	c.off = o
	return c.line + 1
}

// skipToValue moves past the white space and comma before the next value.
func (c *lineCounter) skipToValue(off int64) int64 {
	for off < int64(len(c.text)) && strings.IndexByte(" \t\n\r,", c.text[off]) >= 0 {
		off++
	}
	return off
}
