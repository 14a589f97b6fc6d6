package ally

import (
	"context"
	"strconv"
	"time"
)

// MapSideName names one side of a goal's two-clients map.
type MapSideName string

// The two sides of a map: the part of the client that wants the change and
// the part that keeps things as they are, given equal weight.
const (
	SideMotivation MapSideName = "motivation"
	SideResistance MapSideName = "resistance"
)

// GoalMap is the two-clients map of one goal (guideline 3): the motivation
// and the resistance side by side, each with the same fields.
type GoalMap struct {
	GoalID     int64
	ClientID   int64
	Motivation MapSide
	Resistance MapSide
	// Dismissed are the keys (MapNeed.Key) of needs the analysis heard and
	// the professional chose not to add: they are not offered again.
	Dismissed []string
	// UpdatedAt is zero for a map never saved.
	UpdatedAt time.Time
}

// Side returns the side named n, nil for an unknown name.
func (m *GoalMap) Side(n MapSideName) *MapSide {
	switch n {
	case SideMotivation:
		return &m.Motivation
	case SideResistance:
		return &m.Resistance
	}
	return nil
}

// MapSide is one side of a two-clients map. Every field is client content.
type MapSide struct {
	// Wants is what this side of the client wants.
	Wants string
	// Needs are the needs this side serves.
	Needs []MapNeed
	// Words are the client's own words for this side.
	Words string
}

// MapNeed is one need on a side of a map: an entry of the needs taxonomy
// or the professional's own words, and, when the analysis heard it, where.
type MapNeed struct {
	// Need is the taxonomy id (analysis/needs), empty for a need in the
	// professional's own words.
	Need string
	// Text is the need's name, or the professional's own words for it.
	Text string
	// Quote is the client's words the need was heard in, empty when it was
	// added by hand.
	Quote string
	// SessionID and Utterance locate the quote; zero SessionID when added
	// by hand.
	SessionID int64
	Utterance int
}

// Key identifies a need heard in a session, so that a dismissed one is not
// offered again: need id, session and utterance.
func (n MapNeed) Key() string {
	return n.Need + "@" + strconv.FormatInt(n.SessionID, 10) + ":" + strconv.Itoa(n.Utterance)
}

// Heard reports whether the analysis heard n in a session, rather than the
// professional adding it by hand.
func (n MapNeed) Heard() bool { return n.SessionID != 0 }

// Settled reports whether the heard need of key is on either side of the
// map or was dismissed: either way the professional has answered it, and it
// is not offered again.
func (m *GoalMap) Settled(key string) bool {
	for _, side := range []*MapSide{&m.Motivation, &m.Resistance} {
		for _, n := range side.Needs {
			if n.Heard() && n.Key() == key {
				return true
			}
		}
	}
	for _, k := range m.Dismissed {
		if k == key {
			return true
		}
	}
	return false
}

// GoalMapService keeps the two-clients maps, scoped like ClientService: a
// goal of another professional's client is ENOTFOUND.
type GoalMapService interface {
	// FindGoalMap returns the map of a goal; a goal without one gets an
	// empty map (zero UpdatedAt).
	FindGoalMap(ctx context.Context, goalID int64) (*GoalMap, error)
	// SaveGoalMap creates or replaces the map of m.GoalID.
	SaveGoalMap(ctx context.Context, m *GoalMap) error
}
