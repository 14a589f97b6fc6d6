package transcript_test

import (
	"testing"

	"github.com/ally-mi/ally/transcript"
)

func TestParseTXT(t *testing.T) {
	tests := []struct {
		name, in string
		want     []want
	}{
		{"names", "Coach: How did you sleep?\nTom: Badly.\n",
			[]want{{"Coach", "How did you sleep?", -1, -1, 1}, {"Tom", "Badly.", -1, -1, 2}}},
		{"stamps of every kind", "[00:00:03] Coach: Hi?\n00:00:10 Tom: Hi.\n(00:00:15) Coach: So?\n[01:20] Tom: So.\nCoach [00:01:30]: Right?\nTom: (00:01:40) Right.\nCoach: 1:50 Yes?\n",
			[]want{{"Coach", "Hi?", 3, -1, 1}, {"Tom", "Hi.", 10, -1, 2}, {"Coach", "So?", 15, -1, 3}, {"Tom", "So.", 80, -1, 4},
				{"Coach", "Right?", 90, -1, 5}, {"Tom", "Right.", 100, -1, 6}, {"Coach", "Yes?", 110, -1, 7}}},
		{"continuation lines, blank lines and a title", "Session 2\n\nCoach: What else?\n\nTom: Quiet.\nIt's the only time I'm not on call.\n\nCoach: Quiet matters.\n",
			[]want{{"Coach", "What else?", -1, -1, 3}, {"Tom", "Quiet. It's the only time I'm not on call.", -1, -1, 5}, {"Coach", "Quiet matters.", -1, -1, 8}}},
		{"name on its own line", "Coach:\nWhat else?\nTom:\nQuiet.\n",
			[]want{{"Coach", "What else?", -1, -1, 1}, {"Tom", "Quiet.", -1, -1, 3}}},
		{"colon mid-sentence is text", "Coach: What matters?\nTom: Two things: sleep and the kids.\nThe bottom line: I'm tired.\nCoach: Tired?\nTom: Yes.\nI told him: no way.\n",
			[]want{{"Coach", "What matters?", -1, -1, 1}, {"Tom", "Two things: sleep and the kids. The bottom line: I'm tired.", -1, -1, 2},
				{"Coach", "Tired?", -1, -1, 4}, {"Tom", "Yes. I told him: no way.", -1, -1, 5}}},
		{"URL and clock time are text", "Coach: See https://example.org for more?\nTom: At 5:30 I wake.\n5:30 is early: too early.\n",
			[]want{{"Coach", "See https://example.org for more?", -1, -1, 1}, {"Tom", "At 5:30 I wake. 5:30 is early: too early.", -1, -1, 2}}},
		{"a member who speaks once in a group", "Rosa: Anyone?\nMike: No.\nRosa: Tanya?\nTanya: Pass.\nRosa: Dev?\nDev Shah: Listen.\nRosa: Fine.\nMike: Okay.\n",
			[]want{{"Rosa", "Anyone?", -1, -1, 1}, {"Mike", "No.", -1, -1, 2}, {"Rosa", "Tanya?", -1, -1, 3}, {"Tanya", "Pass.", -1, -1, 4},
				{"Rosa", "Dev?", -1, -1, 5}, {"Dev Shah", "Listen.", -1, -1, 6}, {"Rosa", "Fine.", -1, -1, 7}, {"Mike", "Okay.", -1, -1, 8}}},
		{"names in scripts without capitals", "معالج: ما الذي يقلقك؟\nعميل: النوم.\n",
			[]want{{"معالج", "ما الذي يقلقك؟", -1, -1, 1}, {"عميل", "النوم.", -1, -1, 2}}},
		{"otter blocks", "Speaker 1  0:13\nHow are you eating?\nAnd sleeping?\n\nSpeaker 2  0:21\nNot great.\n\nSpeaker 1\t1:02:03\nWhat helps?\n",
			[]want{{"Speaker 1", "How are you eating? And sleeping?", 13, -1, 1}, {"Speaker 2", "Not great.", 21, -1, 5}, {"Speaker 1", "What helps?", 3723, -1, 8}}},
		{"otter with single spaces and a title", "Diet session\n\nDana Reyes 0:01\nWhat brings you?\n\nUnknown Speaker 0:05\nMy doctor.\n\nDana Reyes 0:09\nYour doctor?\n",
			[]want{{"Dana Reyes", "What brings you?", 1, -1, 3}, {"Unknown Speaker", "My doctor.", 5, -1, 6}, {"Dana Reyes", "Your doctor?", 9, -1, 9}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := MustParse(t, "s.txt", tt.in, transcript.Options{})
			if tr.Format != "txt" {
				t.Errorf("format: got %q, want txt", tr.Format)
			}
			checkUtterances(t, tr, tt.want)
			checkInvariants(t, tr)
		})
	}
}
