#include "models/registry/searchkey.h"

#include <QStringList>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Sportello::SearchKey {

namespace {

// Non-ASCII letters and their folded replacement; anything not listed is kept as is,
// both here and in SQL, so the two folds always agree.
constexpr std::array<std::pair<char16_t, const char16_t *>, 58> kLetters {{
    {u'à', u"a"}, {u'á', u"a"},  {u'â', u"a"}, {u'ã', u"a"}, {u'ä', u"a"}, {u'å', u"a"},
    {u'À', u"a"}, {u'Á', u"a"},  {u'Â', u"a"}, {u'Ã', u"a"}, {u'Ä', u"a"}, {u'Å', u"a"},
    {u'è', u"e"}, {u'é', u"e"},  {u'ê', u"e"}, {u'ë', u"e"}, {u'È', u"e"}, {u'É', u"e"},
    {u'Ê', u"e"}, {u'Ë', u"e"},  {u'ì', u"i"}, {u'í', u"i"}, {u'î', u"i"}, {u'ï', u"i"},
    {u'Ì', u"i"}, {u'Í', u"i"},  {u'Î', u"i"}, {u'Ï', u"i"}, {u'ò', u"o"}, {u'ó', u"o"},
    {u'ô', u"o"}, {u'õ', u"o"},  {u'ö', u"o"}, {u'ø', u"o"}, {u'Ò', u"o"}, {u'Ó', u"o"},
    {u'Ô', u"o"}, {u'Õ', u"o"},  {u'Ö', u"o"}, {u'Ø', u"o"}, {u'ù', u"u"}, {u'ú', u"u"},
    {u'û', u"u"}, {u'ü', u"u"},  {u'Ù', u"u"}, {u'Ú', u"u"}, {u'Û', u"u"}, {u'Ü', u"u"},
    {u'ç', u"c"}, {u'Ç', u"c"},  {u'č', u"c"}, {u'ñ', u"n"}, {u'Ñ', u"n"}, {u'š', u"s"},
    {u'ž', u"z"}, {u'ß', u"ss"}, {u'ý', u"y"}, {u'ł', u"l"},
}};

// Characters dropped from keys: word separators and apostrophes in their usual forms.
constexpr std::array<char16_t, 8> kDropped {u' ', u'\'',     u'\u2019', u'\u2018',
                                            u'`', u'\u00b4', u'-',      u'.'};

const char16_t *replacementFor(char16_t c)
{
    for (const auto &[letter, replacement] : kLetters) {
        if (letter == c)
            return replacement;
    }
    return nullptr;
}

bool isDropped(char16_t c)
{
    for (char16_t d : kDropped) {
        if (d == c)
            return true;
    }
    return false;
}

QString sqlLiteral(const QString &text)
{
    return u'\'' + QString(text).replace(u'\'', u"''"_s) + u'\'';
}

} // namespace

QString fold(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar qc : text) {
        const char16_t c = qc.unicode();
        if (c < 128) {
            if (!isDropped(c))
                out.append(QChar(c >= u'A' && c <= u'Z' ? c + 32 : c));
        } else if (const char16_t *replacement = replacementFor(c)) {
            out.append(QString::fromUtf16(replacement));
        } else if (!isDropped(c)) {
            out.append(qc);
        }
    }
    return out;
}

QString sqlAsciiFold(const QString &column)
{
    QString expression = u"lower(%1)"_s.arg(column);
    for (char16_t d : kDropped) {
        if (d < 128)
            expression = u"replace(%1, %2, '')"_s.arg(expression, sqlLiteral(QString(QChar(d))));
    }
    return expression;
}

QStringList sqlNonAsciiUpdates(const QString &table, const QString &keyColumn, const QString &where)
{
    QStringList replacements;
    for (char16_t d : kDropped) {
        if (d >= 128)
            replacements << sqlLiteral(QString(QChar(d))) + u", ''"_s;
    }
    for (const auto &[letter, replacement] : kLetters)
        replacements << u"'%1', '%2'"_s.arg(QChar(letter), QString::fromUtf16(replacement));

    constexpr int kPerStatement = 16; // well within the parser's nesting limit
    QStringList statements;
    for (qsizetype first = 0; first < replacements.size(); first += kPerStatement) {
        QString expression = keyColumn;
        for (const QString &pair : replacements.mid(first, kPerStatement))
            expression = u"replace(%1, %2)"_s.arg(expression, pair);
        statements << u"UPDATE %1 SET %2 = %3 WHERE (%4) AND %2 GLOB '*[^ -~]*'"_s.arg(
            table, keyColumn, expression, where);
    }
    return statements;
}

QString nameKey(const QString &surname, const QString &givenNames)
{
    return fold(surname) + u' ' + fold(givenNames);
}

} // namespace Sportello::SearchKey
