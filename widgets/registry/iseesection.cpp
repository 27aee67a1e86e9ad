#include "widgets/registry/iseesection.h"

#include "models/common/format.h"
#include "models/registry/citizenrepository.h"
#include "widgets/common/buddylabel.h"
#include "widgets/common/dateedits.h"
#include "widgets/common/dialogs.h"
#include "widgets/common/emphasis.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Sportello {

IseeSection::IseeSection(const QString &dbPath, const Session &session, QWidget *parent)
    : QGroupBox(tr("ISEE"), parent)
    , m_dbPath(dbPath)
    , m_session(session)
    , m_current(new QLabel(this))
    , m_value(new QLineEdit(this))
    , m_validUntil(new DateEdit(this))
    , m_record(new QPushButton(tr("Record ISEE"), this))
{
    setObjectName(u"iseeSection"_s);
    m_current->setObjectName(u"iseeCurrentLabel"_s);
    m_value->setObjectName(u"iseeValueEdit"_s);
    m_value->setPlaceholderText(tr("e.g. 12.345,67"));
    m_value->setMaxLength(20);
    m_validUntil->setObjectName(u"iseeValidUntilEdit"_s);
    m_record->setObjectName(u"recordIseeButton"_s);

    auto *layout = new QFormLayout(this);
    layout->addRow(m_current);
    layout->addRow(buddyLabel(tr("Val&ue (€)"), m_value, this), m_value);
    auto *until = new QHBoxLayout;
    until->addWidget(m_validUntil, 1);
    until->addWidget(m_record);
    layout->addRow(buddyLabel(tr("Valid un&til"), m_validUntil, this), until);
    connect(m_record, &QPushButton::clicked, this, &IseeSection::record);
    setCitizen(QString());
}

void IseeSection::setCitizen(const QString &citizenId)
{
    m_citizenId = citizenId;
    m_value->clear();
    m_validUntil->clear();
    reload();
}

void IseeSection::reload()
{
    const bool saved = !m_citizenId.isEmpty();
    const auto isee = saved ? CitizenRepository(m_dbPath).latestIsee(m_citizenId) : std::nullopt;
    if (!isee) {
        m_current->setText(tr("No ISEE recorded."));
        Emphasis::markAsNormal(m_current);
    } else if (isee->expired()) {
        m_current->setText(
            tr("%1, expired on %2: ask for a new declaration.")
                .arg(Format::euros(isee->valueCents), Format::date(isee->validUntil)));
        Emphasis::markAsProblem(m_current);
    } else {
        m_current->setText(
            tr("%1, valid until %2")
                .arg(Format::euros(isee->valueCents), Format::date(isee->validUntil)));
        Emphasis::markAsNormal(m_current);
    }
    const bool editable = saved && m_session.can(Permission::EditCitizens);
    for (QWidget *w : {static_cast<QWidget *>(m_value), static_cast<QWidget *>(m_validUntil),
                       static_cast<QWidget *>(m_record)})
        w->setEnabled(editable);
}

void IseeSection::record()
{
    const qint64 cents = Format::parseEuros(m_value->text());
    const QDate validUntil = m_validUntil->date();
    if (cents < 0) {
        Dialogs::warn(this, tr("ISEE"), tr("Write the ISEE value as an amount, e.g. 12.345,67."));
        m_value->setFocus();
        return;
    }
    if (const QString why = m_validUntil->problem(); !why.isEmpty()) {
        Dialogs::warn(this, tr("ISEE"), tr("Valid until: %1").arg(why));
        m_validUntil->setFocus();
        return;
    }
    QString error;
    if (!CitizenRepository(m_dbPath).recordIsee(m_session, m_citizenId, cents, validUntil,
                                                &error)) {
        Dialogs::warn(this, tr("ISEE"), error);
        return;
    }
    m_value->clear();
    m_validUntil->clear();
    reload();
    emit changed();
}

} // namespace Sportello
