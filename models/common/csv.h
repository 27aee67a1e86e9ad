#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace Sportello::Csv {

// RFC 4180 records: comma-separated, fields optionally in double quotes (a quote doubled
// inside), CRLF or LF line ends, a UTF-8 byte order mark ignored.
struct Record
{
    int line = 0; // 1-based line where the record starts
    QStringList fields;
};

// Returns false with the line of an unterminated quoted field in *errorLine.
bool parse(const QByteArray &utf8, QList<Record> *records, int *errorLine);

// One line of output, quoting the fields that need it, ending in CRLF.
QByteArray line(const QStringList &fields);

} // namespace Sportello::Csv
