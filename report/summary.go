package report

// Failure is a session that could not be read or coded.
type Failure struct {
	Name string `json:"name"`
	// Message says what went wrong, safe to show the user.
	Message string `json:"error"`
}
