package web

import (
	"slices"
	"testing"
)

func TestStyleAttrs(t *testing.T) {
	tests := []struct {
		name, page string
		want       []string
	}{
		{"none", `<p class="a">no style here</p>`, nil},
		{"two", `<span style="width:40%"></span><i style="width:60%">x</i>`, []string{"width:40%", "width:60%"}},
		{"after spaces", `<span style="width:40%"></span>` + "\n" + `<i` + "\t" + `style="width:&#34;60%&#34;">x</i>`, []string{"width:40%", "width:&#34;60%&#34;"}},
		{"part of another name", `<b data-style="x"></b><b style="y"></b>`, []string{"y"}},
		{"empty", `<b style=""></b>`, []string{""}},
		{"unclosed", `<b style="width:1`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, a := range styleAttrs([]byte(tt.page)) {
				got = append(got, string(a))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("styleAttrs(%q) = %q, want %q", tt.page, got, tt.want)
			}
		})
	}
}
