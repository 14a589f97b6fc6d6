module github.com/ally-mi/ally

go 1.26
