#pragma once

#include <QString>

namespace Sportello::CredentialStore {

// Passwords for the regional database in the system keychain (Secret Service, KWallet,
// Windows Credential Manager) through qtkeychain, never in a file or QSettings; the insecure
// plain-text fallback is off. Where no keychain service runs, nothing is stored and
// password() is empty: the caller asks once per session instead.
// key identifies the connection, e.g. "host=... dbname=... user=...".
QString password(const QString &key);
bool store(const QString &key, const QString &password);
void forget(const QString &key);

} // namespace Sportello::CredentialStore
