package web

import (
	"net/http"

	"github.com/ally-mi/ally"
)

// clientTrendsPage is a client's trends: talk, rulers, questionnaires and
// attendance, as charts with their numbers.
type clientTrendsPage struct {
	layout
	Client *ally.Client
	Charts []chartView
}

// trendsPage is the professional's own trends over all their analysed
// sessions.
type trendsPage struct {
	layout
	Sessions int
	Charts   []chartView
}

func (s *Server) handleClientTrends(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r, "id")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	c, t, err := s.clientTrends(r.Context(), id)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "client_trends", &clientTrendsPage{layout: layout{Title: "Trends: " + c.Name},
		Client: c, Charts: clientCharts(c.Name, t)})
}

func (s *Server) handleTrends(w http.ResponseWriter, r *http.Request) {
	t, err := s.professionalTrends(r.Context())
	if err != nil {
		s.Error(w, r, err)
		return
	}
	clients, err := s.svc.Clients.FindClients(r.Context(), ally.ClientFilter{})
	if err != nil {
		s.Error(w, r, err)
		return
	}
	names := map[int64]string{}
	for _, c := range clients {
		names[c.ID] = c.Name
	}
	s.render(w, r, http.StatusOK, "trends", &trendsPage{layout: layout{Title: "Your trends"},
		Sessions: len(t.Sessions), Charts: professionalCharts(t, names)})
}
