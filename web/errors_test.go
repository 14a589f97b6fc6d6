package web_test

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/web"
)

// TestErrorOfCancelledRequest checks that a request its visitor abandoned
// is not logged as a failure of the server, while a real failure still is.
func TestErrorOfCancelledRequest(t *testing.T) {
	var log bytes.Buffer
	srv := web.NewServer(web.Config{Logger: slog.New(slog.NewTextHandler(&log, nil))}, newServices(t))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	r := httptest.NewRequest("GET", "/", nil).WithContext(ctx)
	srv.Error(httptest.NewRecorder(), r, ally.WrapError(ally.EINTERNAL, context.Canceled, "sqlite: find clients: cancelled"))
	if strings.Contains(log.String(), "request failed") {
		t.Errorf("an abandoned request was logged as a failure: %s", log.String())
	}
	srv.Error(httptest.NewRecorder(), httptest.NewRequest("GET", "/", nil), ally.Errorf(ally.EINTERNAL, "disk full"))
	if !strings.Contains(log.String(), "request failed") {
		t.Errorf("a real failure was not logged: %q", log.String())
	}
}

// A store's error reads as a sentence on a page.
func TestErrorPageIsASentence(t *testing.T) {
	a := MustApp(t, web.Config{})
	a.MustOwner()
	clientPath, _ := a.MustClient("Ada Park", false)
	resp, body := a.get(clientPath + "/worksheets/999")
	wantStatus(t, resp, http.StatusNotFound)
	if !strings.Contains(body, "No such worksheet.") {
		t.Errorf("the page does not say it as a sentence:\n%s", body)
	}
}
