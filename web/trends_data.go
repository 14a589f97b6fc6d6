package web

import (
	"context"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/trend"
)

// clientTrends reads what a client's trends are computed from: the client
// (so another professional's client is not found), their sessions, their
// analyses and their check-ins.
func (s *Server) clientTrends(ctx context.Context, id int64) (*ally.Client, trend.Client, error) {
	c, err := s.svc.Clients.FindClientByID(ctx, id)
	if err != nil {
		return nil, trend.Client{}, err
	}
	sessions, err := s.svc.Sessions.FindSessions(ctx, id)
	if err != nil {
		return nil, trend.Client{}, err
	}
	analyses, err := s.svc.Sessions.FindAnalyses(ctx, id)
	if err != nil {
		return nil, trend.Client{}, err
	}
	checkIns, err := s.svc.CheckIns.FindCheckIns(ctx, id)
	if err != nil {
		return nil, trend.Client{}, err
	}
	return c, trend.ForClient(sessions, analyses, checkIns), nil
}

// professionalTrends reads the signed-in professional's analysed sessions,
// of every client, and computes their trends.
func (s *Server) professionalTrends(ctx context.Context) (trend.Professional, error) {
	analyses, err := s.svc.Sessions.FindAnalyses(ctx, 0)
	if err != nil {
		return trend.Professional{}, err
	}
	return trend.ForProfessional(analyses), nil
}
