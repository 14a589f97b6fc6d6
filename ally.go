// Package ally holds the domain types of ally, a tool for professionals who
// work with their clients' resistance instead of against it: transcripts and
// their utterances, the speakers' roles, the codes an utterance receives, and
// the one error type every package returns.
//
// The package imports the standard library only; the packages below it
// (transcript, mi, report, cmd/ally) depend on it and never the other way.
package ally
