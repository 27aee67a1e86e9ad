#pragma once

#include <QString>

namespace Sportello::PasswordHasher {

// Argon2id through libsodium (crypto_pwhash_str): the result carries its own salt and
// parameters. Returns an empty string if hashing failed (out of memory).
QString hash(const QString &password);
bool verify(const QString &hash, const QString &password);

} // namespace Sportello::PasswordHasher
