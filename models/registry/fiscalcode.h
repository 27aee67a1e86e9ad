#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace Sportello {

// The codice fiscale of a natural person (16 characters), as pure rules: validation with
// distinct errors, decoding (omocodia resolved first), computation and omocodic variants.
namespace FiscalCode {

enum class Error {
    None,
    Empty,
    WrongLength,
    InvalidCharacter, // not A-Z / 0-9
    InvalidFormat, // letters and digits not where they belong
    InvalidMonth, // month letter not in ABCDEHLMPRST
    InvalidDay, // day not in 01-31 or 41-71
    InvalidDate, // e.g. 30 February, 29 February of a non-leap year
    UnknownBirthPlace, // not in the Belfiore table
    WrongCheckCharacter,
};

struct Decoded
{
    QString code; // normalised input (upper case, no spaces)
    Error error = Error::Empty;
    QChar sex; // 'M' or 'F'; null when not decodable
    QDate birthDate; // invalid when not decodable
    QString birthPlaceCode; // omocodia resolved, e.g. F537
    QString birthPlaceName; // empty when unknown
    bool omocodic = false; // some digit positions hold letters
    bool placeOutOfDate = false; // the place code was not in force on the birth date (warning)

    bool valid() const { return error == Error::None; }
};

struct Person
{
    QString surname;
    QString givenNames;
    QChar sex;
    QDate birthDate;
    QString birthPlaceCode;
};

QString normalized(const QString &input);

// Validates and decodes. today decides the century of the two-digit year (a birth date is
// never in the future) together with the validity of the place of birth.
Decoded decode(const QString &input, const QDate &today = QDate::currentDate());

// The check character of the first 15 characters (letters or digits).
QChar checkCharacter(QStringView first15);

// The code computed from personal data; empty when the data are incomplete.
QString compute(const Person &person);

// The seven codes the Agenzia delle Entrate assigns in turn to people whose codes collide,
// substituting letters for digits from the rightmost numeric position.
QStringList omocodicVariants(const QString &code);

// Stable machine name for JSON ("wrong_check_character") and a translated sentence.
QString errorName(Error error);
QString errorMessage(Error error);

} // namespace FiscalCode
} // namespace Sportello
