// Package mi is ally's utterance coder: it reads hand-coded sessions, turns
// utterances and their context into features, trains the models, evaluates
// them, and codes new transcripts with the model embedded in the binary.
package mi
