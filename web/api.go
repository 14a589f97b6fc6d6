package web

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"strings"

	"github.com/ally-mi/ally"
)

// The JSON API lives under /api/ beside the pages, on the same services and
// the same scoping: a program holding a professional's token sees exactly
// what that professional sees in the browser.

// apiPrefix is where the JSON API is served.
const apiPrefix = "/api/"

// isAPI reports whether path is part of the JSON API, which answers in JSON
// even when it refuses.
func isAPI(path string) bool { return strings.HasPrefix(path, apiPrefix) }

// apiSignedIn returns the professional an API request acts for: the
// bearer token's when it carries one, else the signed-in browser's. A
// request with a token never falls back to the cookie, so a wrong token
// is refused even from a signed-in browser.
func (s *Server) apiSignedIn(w http.ResponseWriter, r *http.Request) (*ally.Professional, error) {
	h := r.Header.Get("Authorization")
	if h == "" {
		return s.signedIn(w, r)
	}
	scheme, token, ok := strings.Cut(h, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return nil, ally.Errorf(ally.EUNAUTHORIZED, "Send your API token as the header Authorization: Bearer TOKEN.")
	}
	return s.svc.Professionals.FindProfessionalByAPIToken(r.Context(), strings.TrimSpace(token))
}

// apiErrorBody is the JSON of every refusal: {"error": {"code", "message"}}.
type apiErrorBody struct {
	Error apiErrorDetail `json:"error"`
}

type apiErrorDetail struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// apiError answers an API request that failed with err: the status from
// the one error table, the code and the user-safe message. Internal errors
// are logged in full and read "internal error".
func (s *Server) apiError(w http.ResponseWriter, r *http.Request, err error) {
	code := ally.ErrorCode(err)
	_, status := ally.Status(code)
	if code == ally.EINTERNAL {
		s.cfg.Logger.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	if status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="ally"`)
	}
	writeJSON(w, status, apiErrorBody{Error: apiErrorDetail{Code: code, Message: ally.ErrorMessage(err)}})
}

// writeJSON answers with v as JSON. Responses hold client content, so no
// cache keeps them.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.Encode(v)
}

// created answers a POST that made the record at url.
func created(w http.ResponseWriter, url string, v any) {
	w.Header().Set("Location", url)
	writeJSON(w, http.StatusCreated, v)
}

// decodeJSON reads the request body as JSON into v. Fields v does not know
// are ignored, so a client can send a record back as it read it.
func (s *Server) decodeJSON(r *http.Request, v any) error {
	err := json.NewDecoder(r.Body).Decode(v)
	var mb *http.MaxBytesError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &mb):
		return s.tooLarge(err)
	case errors.Is(err, io.EOF):
		return ally.Errorf(ally.EINVALID, "Send a JSON object as the request body.")
	}
	return ally.WrapError(ally.EINVALID, err, "The request body is not the JSON this endpoint takes: %v.", err)
}

// recordID returns the path value name as a record id; anything else is
// ENOTFOUND, as a missing record would be.
func recordID(r *http.Request, name string) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue(name), 10, 64)
	if err != nil || id <= 0 {
		return 0, ally.Errorf(ally.ENOTFOUND, "There is no such record.")
	}
	return id, nil
}
