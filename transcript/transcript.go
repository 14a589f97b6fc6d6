// Package transcript reads session transcripts (WebVTT, SRT, plain text, CSV
// and JSON) into ally.Transcript values and decides which speaker is the
// practitioner and which are clients.
package transcript

import (
	"github.com/ally-mi/ally"
)

// Options control how a transcript is read.
type Options struct {
	// Format forces a reader ("vtt", "srt", "txt", "csv", "json"); "" detects
	// the format from the content, then the file name.
	Format string
	// Practitioner names the practitioner, overriding the role detection.
	// Names compare case- and space-insensitively.
	Practitioner string
}

// Parse reads one transcript from data. name is used in messages and as the
// transcript's Name. Errors are *ally.Error with code EINVALID and a message
// naming the line where that applies.
func Parse(name string, data []byte, opt Options) (*ally.Transcript, error) {
	return nil, ally.Errorf(ally.EINTERNAL, "%s: not implemented", name)
}

// ReadFile reads and parses the transcript at path.
func ReadFile(path string, opt Options) (*ally.Transcript, error) {
	return nil, ally.Errorf(ally.EINTERNAL, "%s: not implemented", path)
}
