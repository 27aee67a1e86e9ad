#include "widgets/registry/birthplaceedit.h"

#include "models/common/format.h"
#include "models/common/textlimits.h"
#include "models/registry/birthplaces.h"

#include <QCompleter>
#include <QRegularExpression>
#include <QStringListModel>

using namespace Qt::StringLiterals;

namespace Sportello {

namespace {

QString labelOf(const BirthPlace &place)
{
    QString label = place.displayName() + u" – "_s + place.code;
    if (place.isSuppressed())
        label += u" ("_s + BirthPlaceEdit::tr("until %1").arg(Format::date(place.validTo)) + u')';
    return label;
}

} // namespace

BirthPlaceEdit::BirthPlaceEdit(QWidget *parent)
    : QLineEdit(parent)
    , m_completer(new QCompleter(this))
    , m_suggestions(new QStringListModel(this))
{
    m_completer->setModel(m_suggestions);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    setCompleter(m_completer);
    setPlaceholderText(tr("Municipality or foreign state, or its code"));
    setMaxLength(TextLimits::kLine);
    connect(this, &QLineEdit::textEdited, this, &BirthPlaceEdit::updateSuggestions);
    connect(this, &QLineEdit::textChanged, this, [this] {
        const QString current = code();
        if (current != m_lastCode) {
            m_lastCode = current;
            emit codeChanged(current);
        }
    });
}

void BirthPlaceEdit::updateSuggestions(const QString &text)
{
    QStringList labels;
    for (const BirthPlace *place : BirthPlaces::instance().matching(text, 12))
        labels << labelOf(*place);
    m_suggestions->setStringList(labels);
    if (!labels.isEmpty())
        m_completer->complete();
}

QString BirthPlaceEdit::code() const
{
    static const QRegularExpression codeAtEnd(u"\\b([A-Z]\\d{3})\\b"_s);
    const QString t = text().trimmed();
    const auto match = codeAtEnd.match(t.toUpper());
    if (match.hasMatch() && BirthPlaces::instance().find(match.captured(1)))
        return match.captured(1);
    // A name typed in full that names exactly one place in force.
    const auto places = BirthPlaces::instance().matching(t, 2);
    if (!places.isEmpty() && places.first()->name.compare(t, Qt::CaseInsensitive) == 0)
        return places.first()->code;
    return QString();
}

void BirthPlaceEdit::setCode(const QString &code)
{
    const BirthPlace *place = BirthPlaces::instance().find(code);
    setText(place ? labelOf(*place) : code);
}

} // namespace Sportello
