#pragma once

#include <QString>

namespace Sportello::SearchKey {

// The folded form of a name used for accent-, case- and punctuation-insensitive search:
// ASCII lower case, Latin accented letters to their base letter, and spaces, apostrophes,
// hyphens and dots removed ("D'Àmico" -> "damico", "De Luca" -> "deluca").
// The same fold exists as SQL (sqlExpression) for the triggers that keep the stored keys
// current whoever writes the row; both are generated from one table.
QString fold(const QString &text);

// fold() in SQL, in two steps because SQLite's parser cannot nest 70 replace() calls:
// sqlAsciiFold(column) is an expression doing the ASCII part (lower case, separators
// dropped); sqlNonAsciiUpdates() are UPDATE statements finishing the key stored in
// table.keyColumn for the rows matching `where` (they touch only keys with non-ASCII text).
QString sqlAsciiFold(const QString &column);
QStringList sqlNonAsciiUpdates(const QString &table, const QString &keyColumn,
                               const QString &where);

// The stored search key of a person: fold(surname) + ' ' + fold(givenNames).
QString nameKey(const QString &surname, const QString &givenNames);

} // namespace Sportello::SearchKey
