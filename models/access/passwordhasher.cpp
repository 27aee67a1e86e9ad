#include "models/access/passwordhasher.h"

#include <QByteArray>

#include <sodium.h>

namespace Sportello::PasswordHasher {

namespace {

bool ready()
{
    static const bool initialised = sodium_init() >= 0;
    return initialised;
}

} // namespace

QString hash(const QString &password)
{
    if (!ready())
        return QString();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return QString();
    }
    return QString::fromLatin1(out);
}

bool verify(const QString &hash, const QString &password)
{
    if (!ready() || hash.isEmpty())
        return false;
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size()))
        == 0;
}

} // namespace Sportello::PasswordHasher
