#include "models/registry/fiscalcode.h"

#include "models/registry/birthplaces.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace Sportello::FiscalCode {

namespace {

constexpr QStringView kMonths = u"ABCDEHLMPRST";
// Letters standing for digits 0-9 in an omocodic code.
constexpr QStringView kOmocodia = u"LMNPQRSTUV";
// 0-based positions that hold digits in a plain code, right to left as the substitutions go.
constexpr std::array<int, 7> kNumericPositions {14, 13, 12, 10, 9, 7, 6};
// Odd-position values of 0-9 and A-Z (the same value for a digit and its letter).
constexpr std::array<int, 26> kOddValues {1,  0,  5, 7, 9, 13, 15, 17, 19, 21, 2,  4,  18,
                                          20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};

bool isUpperLetter(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

bool isNumericPosition(int i)
{
    return std::find(kNumericPositions.begin(), kNumericPositions.end(), i)
        != kNumericPositions.end();
}

// The code with the omocodic letters turned back into digits.
QString resolveOmocodia(const QString &code)
{
    QString plain = code;
    for (int i : kNumericPositions) {
        const auto letter = kOmocodia.indexOf(plain.at(i));
        if (letter >= 0)
            plain[i] = QChar(char16_t(u'0' + letter));
    }
    return plain;
}

// Chooses the century: the most recent one that does not put the birth in the future and
// in which the place code was in force, if any.
QDate birthDateFor(int yy, int month, int day, const BirthPlace *place, const QDate &today)
{
    QDate best;
    for (int century : {2000, 1900}) {
        const QDate date(century + yy, month, day);
        if (!date.isValid() || date > today)
            continue;
        if (!best.isValid())
            best = date;
        if (!place || place->validOn(date))
            return date;
    }
    return best;
}

QString lettersOf(const QString &text)
{
    QString letters;
    for (QChar c : text.normalized(QString::NormalizationForm_D)) {
        const QChar upper = c.toUpper();
        if (isUpperLetter(upper))
            letters.append(upper);
    }
    return letters;
}

bool isVowel(QChar c)
{
    return QStringView(u"AEIOU").contains(c);
}

QString nameCode(const QString &text, bool givenName)
{
    QString consonants;
    QString vowels;
    for (QChar c : lettersOf(text))
        (isVowel(c) ? vowels : consonants).append(c);
    if (givenName && consonants.size() >= 4)
        return QString(consonants.at(0)) + consonants.at(2) + consonants.at(3);
    return QString(consonants + vowels + u"XXX"_s).left(3);
}

} // namespace

QString normalized(const QString &input)
{
    QString out;
    for (QChar c : input) {
        if (!c.isSpace())
            out.append(c.toUpper());
    }
    return out;
}

QChar checkCharacter(QStringView first15)
{
    int sum = 0;
    for (int i = 0; i < 15 && i < first15.size(); ++i) {
        const QChar c = first15.at(i);
        const int index = c.isDigit() ? c.digitValue() : c.unicode() - u'A';
        // Positions are counted from 1: odd positions are the even indexes.
        sum += (i % 2 == 0) ? kOddValues.at(index) : index;
    }
    return QChar(u'A' + sum % 26);
}

Decoded decode(const QString &input, const QDate &today)
{
    Decoded d;
    d.code = normalized(input);
    const QString &code = d.code;
    if (code.isEmpty())
        return d;
    for (QChar c : code) {
        if (!isUpperLetter(c) && !(c >= u'0' && c <= u'9')) {
            d.error = Error::InvalidCharacter;
            return d;
        }
    }
    if (code.size() != 16) {
        d.error = Error::WrongLength;
        return d;
    }
    for (int i = 0; i < 16; ++i) {
        const QChar c = code.at(i);
        const bool ok
            = isNumericPosition(i) ? (c.isDigit() || kOmocodia.contains(c)) : isUpperLetter(c);
        if (!ok) {
            d.error = Error::InvalidFormat;
            return d;
        }
    }
    const QString plain = resolveOmocodia(code);
    d.omocodic = plain != code;

    const int month = int(kMonths.indexOf(code.at(8))) + 1;
    if (month == 0) {
        d.error = Error::InvalidMonth;
        return d;
    }
    int day = plain.mid(9, 2).toInt();
    const QChar sex = day > 40 ? u'F' : u'M';
    if (day > 40)
        day -= 40;
    if (day < 1 || day > 31) {
        d.error = Error::InvalidDay;
        return d;
    }
    d.sex = sex;
    d.birthPlaceCode = plain.mid(11, 4);
    const BirthPlace *place = BirthPlaces::instance().find(d.birthPlaceCode);
    d.birthDate = birthDateFor(plain.mid(6, 2).toInt(), month, day, place, today);
    if (!d.birthDate.isValid()) {
        d.error = Error::InvalidDate;
        return d;
    }
    if (!place) {
        d.error = Error::UnknownBirthPlace;
        return d;
    }
    d.birthPlaceName = place->name;
    d.placeOutOfDate = !place->validOn(d.birthDate);
    d.error = checkCharacter(code) == code.at(15) ? Error::None : Error::WrongCheckCharacter;
    return d;
}

QString compute(const Person &person)
{
    const int month = person.birthDate.month();
    if (lettersOf(person.surname).isEmpty() || lettersOf(person.givenNames).isEmpty()
        || !person.birthDate.isValid() || (person.sex != u'M' && person.sex != u'F')
        || person.birthPlaceCode.size() != 4) {
        return QString();
    }
    const int day = person.birthDate.day() + (person.sex == u'F' ? 40 : 0);
    const QString first15 = nameCode(person.surname, false) + nameCode(person.givenNames, true)
        + u"%1"_s.arg(person.birthDate.year() % 100, 2, 10, QChar(u'0')) + kMonths.at(month - 1)
        + u"%1"_s.arg(day, 2, 10, QChar(u'0')) + person.birthPlaceCode.toUpper();
    return first15 + checkCharacter(first15);
}

QStringList omocodicVariants(const QString &input)
{
    QStringList variants;
    QString code = resolveOmocodia(normalized(input));
    if (code.size() != 16)
        return variants;
    for (int i : kNumericPositions) {
        const QChar c = code.at(i);
        if (!c.isDigit())
            return variants;
        code[i] = kOmocodia.at(c.digitValue());
        code[15] = checkCharacter(code);
        variants << code;
    }
    return variants;
}

QString errorName(Error error)
{
    switch (error) {
    case Error::None:
        return QString();
    case Error::Empty:
        return u"empty"_s;
    case Error::WrongLength:
        return u"wrong_length"_s;
    case Error::InvalidCharacter:
        return u"invalid_character"_s;
    case Error::InvalidFormat:
        return u"invalid_format"_s;
    case Error::InvalidMonth:
        return u"invalid_month"_s;
    case Error::InvalidDay:
        return u"invalid_day"_s;
    case Error::InvalidDate:
        return u"invalid_date"_s;
    case Error::UnknownBirthPlace:
        return u"unknown_birth_place"_s;
    case Error::WrongCheckCharacter:
        return u"wrong_check_character"_s;
    }
    return QString();
}

QString errorMessage(Error error)
{
    switch (error) {
    case Error::None:
        return QString();
    case Error::Empty:
        return QCoreApplication::translate("Sportello::FiscalCode", "The fiscal code is empty.");
    case Error::WrongLength:
        return QCoreApplication::translate("Sportello::FiscalCode",
                                           "A fiscal code has 16 characters.");
    case Error::InvalidCharacter:
        return QCoreApplication::translate("Sportello::FiscalCode",
                                           "A fiscal code has only letters and digits.");
    case Error::InvalidFormat:
        return QCoreApplication::translate(
            "Sportello::FiscalCode",
            "Letters and digits are not in the right positions for a fiscal code.");
    case Error::InvalidMonth:
        return QCoreApplication::translate(
            "Sportello::FiscalCode",
            "The month letter (9th character) must be one of A B C D E H L M P R S T.");
    case Error::InvalidDay:
        return QCoreApplication::translate(
            "Sportello::FiscalCode", "The day of birth must be 01-31 for men or 41-71 for women.");
    case Error::InvalidDate:
        return QCoreApplication::translate("Sportello::FiscalCode",
                                           "The date of birth does not exist.");
    case Error::UnknownBirthPlace:
        return QCoreApplication::translate(
            "Sportello::FiscalCode",
            "The place of birth code is not a known municipality or foreign state.");
    case Error::WrongCheckCharacter:
        return QCoreApplication::translate(
            "Sportello::FiscalCode",
            "The check character (last) does not match: the code has a typing error.");
    }
    return QString();
}

} // namespace Sportello::FiscalCode
