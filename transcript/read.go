package transcript

import (
	"io"

	"github.com/ally-mi/ally"
)

// Read reads a transcript named name from r, up to the size limit, and
// parses it.
func Read(r io.Reader, name string, opt Options) (*ally.Transcript, error) {
	limit := opt.MaxSize
	if limit <= 0 {
		limit = MaxFileSize
	}
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, ally.Errorf(ally.EINVALID, "cannot read %s: %v", name, err)
	} else if int64(len(data)) > limit {
		return nil, ally.Errorf(ally.ETOOLARGE, "%s is over %d MB, the most ally reads", name, limit>>20)
	}
	return Parse(name, data, opt)
}
