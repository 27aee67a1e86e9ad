#include "widgets/competences/librettosection.h"

#include "models/competences/libretto.h"
#include "widgets/competences/librettodialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Sportello {

LibrettoSection::LibrettoSection(const QString &dbPath, const Session &session, QWidget *parent)
    : QGroupBox(tr("Libretto formativo"), parent)
    , m_dbPath(dbPath)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_open(new QPushButton(tr("Open the li&bretto…"), this))
{
    setObjectName(u"librettoSection"_s);
    m_open->setObjectName(u"librettoOpen"_s);
    m_summary->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_open);
    connect(m_open, &QPushButton::clicked, this, &LibrettoSection::open);
    setCitizen(QString());
}

LibrettoSection::~LibrettoSection() = default;

void LibrettoSection::setCitizen(const QString &citizenId)
{
    m_citizenId = citizenId;
    reload();
}

void LibrettoSection::reload()
{
    m_open->setEnabled(!m_citizenId.isEmpty());
    if (m_citizenId.isEmpty()) {
        m_summary->clear();
        return;
    }
    const Competences::LibrettoRepository libretto(m_dbPath);
    const auto competences = libretto.competences(m_citizenId);
    const auto certified = std::count_if(competences.cbegin(), competences.cend(),
                                         [](const auto &c) { return c.certified; });
    m_summary->setText(
        tr("%n experience(s)", nullptr, int(libretto.experiences(m_citizenId).size())) + u", "_s
        + tr("%n competence(s)", nullptr, int(competences.size()))
        + (certified > 0 ? tr(" (%n certified)", nullptr, int(certified)) : QString()));
}

void LibrettoSection::open()
{
    if (m_citizenId.isEmpty())
        return;
    auto *dialog = new LibrettoDialog(m_dbPath, m_session, m_citizenId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LibrettoDialog::changed, this, [this] {
        reload();
        emit changed();
    });
    dialog->open();
}

} // namespace Sportello
