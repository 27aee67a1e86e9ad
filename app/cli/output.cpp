#include "app/cli/output.h"

#include <QJsonDocument>

#include <cstdio>

namespace Sportello::Cli::Output {

void line(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    std::fputc('\n', stdout);
}

void json(const QJsonDocument &document)
{
    const QByteArray utf8 = document.toJson(QJsonDocument::Compact);
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    std::fputc('\n', stdout);
}

void error(const QString &reason)
{
    const QByteArray utf8 = QByteArrayLiteral("sportello: ") + reason.simplified().toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stderr);
    std::fputc('\n', stderr);
}

} // namespace Sportello::Cli::Output
