package transcript

// readSRT reads SubRip subtitles: an index line, a timing line
// "00:00:01,000 --> 00:00:04,000" and text lines with "Name:" before each
// turn. Without names ally cannot tell who spoke, and says so.
func readSRT(name, text string, w *warnings) ([]segment, error) {
	return readCues(name, text, false, w)
}
