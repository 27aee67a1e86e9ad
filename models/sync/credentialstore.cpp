#include "models/sync/credentialstore.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace Sportello::CredentialStore {

namespace {

const QString kService = u"sportello-central"_s;

// qtkeychain jobs are asynchronous; these calls wait for them (the keychain answers fast,
// or fails at once where no service runs).
template<typename Job> bool run(Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return job.error() == QKeychain::NoError;
}

} // namespace

QString password(const QString &key)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(key);
    return run(job) ? job.textData() : QString();
}

bool store(const QString &key, const QString &password)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(key);
    job.setTextData(password);
    return run(job);
}

void forget(const QString &key)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(key);
    run(job);
}

} // namespace Sportello::CredentialStore
