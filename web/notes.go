package web

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/ally-mi/ally"
)

// pickNotes returns the structured note to show, in format want when it is
// one of SOAP, DAP and BIRP, else the format of the note already written,
// else SOAP; and the private note. Notes not yet written come back empty.
func pickNotes(notes []*ally.Note, want ally.NoteFormat) (ally.NoteFormat, *ally.Note, *ally.Note) {
	byFormat := map[ally.NoteFormat]*ally.Note{}
	format := ally.NoteSOAP
	for _, n := range notes {
		byFormat[n.Format] = n
		if n.Format != ally.NotePrivate {
			format = n.Format
		}
	}
	if want == ally.NoteSOAP || want == ally.NoteDAP || want == ally.NoteBIRP {
		format = want
	}
	get := func(f ally.NoteFormat) *ally.Note {
		if n := byFormat[f]; n != nil {
			return n
		}
		return &ally.Note{Format: f, Sections: make([]string, len(ally.NoteSections(f)))}
	}
	return format, get(format), get(ally.NotePrivate)
}

func (s *Server) handleNoteSave(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r, "id")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	format := ally.NoteFormat(r.PostFormValue("format"))
	names := ally.NoteSections(format)
	if names == nil {
		s.Error(w, r, ally.Errorf(ally.EINVALID, "Choose a SOAP, DAP or BIRP note, or the private note."))
		return
	}
	n := &ally.Note{SessionID: id, Format: format}
	for i := range names {
		n.Sections = append(n.Sections, strings.TrimSpace(r.PostFormValue("section"+strconv.Itoa(i))))
	}
	if err := s.svc.Notes.SaveNote(r.Context(), n); err != nil {
		s.Error(w, r, err)
		return
	}
	anchor := "#note"
	if format == ally.NotePrivate {
		anchor = "#private"
	}
	redirect(w, r, sessionURL(id)+"?note="+string(format)+anchor)
}
