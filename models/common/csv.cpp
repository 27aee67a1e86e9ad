#include "models/common/csv.h"

using namespace Qt::StringLiterals;

namespace Sportello::Csv {

bool parse(const QByteArray &utf8, QList<Record> *records, int *errorLine)
{
    QString text = QString::fromUtf8(utf8);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    records->clear();
    Record record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    record.line = 1;
    const auto endField = [&] {
        record.fields << field;
        field.clear();
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        // A blank line is not a record.
        if (!(record.fields.size() == 1 && record.fields.first().isEmpty()))
            records->append(record);
        record = Record();
        record.line = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            endField();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            continue;
        } else if (c == u'\n') {
            ++line;
            endRecord();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        *errorLine = record.line;
        return false;
    }
    if (fieldStarted || !record.fields.isEmpty())
        endRecord();
    return true;
}

QByteArray line(const QStringList &fields)
{
    QStringList out;
    for (const QString &f : fields) {
        if (f.contains(u',') || f.contains(u'"') || f.contains(u'\n') || f.contains(u'\r'))
            out << u'"' + QString(f).replace(u"\""_s, u"\"\""_s) + u'"';
        else
            out << f;
    }
    return out.join(u',').toUtf8() + "\r\n";
}

} // namespace Sportello::Csv
