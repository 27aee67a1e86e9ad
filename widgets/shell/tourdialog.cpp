#include "widgets/shell/tourdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sportello {

QList<TourDialog::Step> TourDialog::steps(const QStringList &panels)
{
    QList<Step> all {
        {QString(), tr("Welcome to Sportello"),
         tr("This database holds demo data: invented citizens, a nursery round, social cases "
            "and libretti, marked as demo and never sent to the region. This short tour shows "
            "each panel you can use. Everything here can be tried freely.")},
        {u"citizens"_s, tr("Citizens"),
         tr("The registry every panel shares. Type part of a surname, a name or a fiscal code "
            "in the search field (Ctrl+F), for instance \"rossi\": the list narrows as you "
            "type. Ctrl+N registers a new citizen; the fiscal code is checked as it is "
            "typed.")},
        {u"nursery"_s, tr("Nursery admissions"),
         tr("The demo round has its rules, applications and ranking. Open the ranking to see "
            "each family's points explained, and the charts to compare demand and seats.")},
        {u"casework"_s, tr("Social services"),
         tr("Requests received at the desk, the social workers' case files, the agenda and "
            "the service's reports. A social request starts from the citizen's record "
            "(Ctrl+R).")},
        {u"competences"_s, tr("Competences"),
         tr("Search the regional repertory and ESCO as you type, for instance \"cuoco\" or "
            "\"assistenza\". A citizen's Libretto formativo opens from their record.")},
        {u"dashboard"_s, tr("Dashboard"),
         tr("The figures at a glance, as your role may see them. Each chart is saved as an "
            "image or its figures as CSV.")},
        {u"staff"_s, tr("Staff accounts"),
         tr("The desk's accounts and their roles. The demo accounts all use the password "
            "demo-sportello.")},
        {u"audit"_s, tr("Audit log"),
         tr("Who opened, changed or exported what. Your own sign-in is already there.")},
        {QString(), tr("Help is one key away"),
         tr("F1 opens the help of the panel you are on, with the keyboard shortcuts. Every "
            "list has an Export button (CSV, Excel, print, PDF). This tour is in the Help "
            "menu whenever you want it again.")},
    };
    QList<Step> chosen;
    for (const Step &step : std::as_const(all)) {
        if (step.panel.isEmpty() || panels.contains(step.panel))
            chosen << step;
    }
    return chosen;
}

TourDialog::TourDialog(const QList<Step> &steps, QWidget *parent)
    : QDialog(parent)
    , m_steps(steps)
    , m_counter(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_back(new QPushButton(tr("&Back"), this))
    , m_next(new QPushButton(tr("&Next"), this))
{
    setObjectName(u"tourDialog"_s);
    setWindowTitle(tr("Guided tour"));
    setModal(false);
    setAttribute(Qt::WA_DeleteOnClose);
    m_counter->setObjectName(u"tourCounter"_s);
    m_title->setObjectName(u"tourTitle"_s);
    m_text->setObjectName(u"tourText"_s);
    m_text->setWordWrap(true);
    m_text->setMinimumWidth(360);
    m_text->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_back->setObjectName(u"tourBack"_s);
    m_next->setObjectName(u"tourNext"_s);
    m_next->setDefault(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_back, QDialogButtonBox::ActionRole);
    buttons->addButton(m_next, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_counter);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);

    connect(m_back, &QPushButton::clicked, this, [this] { go(m_current - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (m_current + 1 < m_steps.size())
            go(m_current + 1);
        else
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    go(0);
}

void TourDialog::go(int step)
{
    if (step < 0 || step >= m_steps.size())
        return;
    m_current = step;
    const Step &s = m_steps.at(step);
    m_counter->setText(tr("Step %1 of %2").arg(step + 1).arg(m_steps.size()));
    m_title->setText(u"<b>%1</b>"_s.arg(s.title.toHtmlEscaped()));
    m_text->setText(s.text);
    m_back->setEnabled(step > 0);
    m_next->setText(step + 1 < m_steps.size() ? tr("&Next") : tr("&Finish"));
    setAccessibleDescription(s.text);
    if (!s.panel.isEmpty())
        emit panelRequested(s.panel);
}

} // namespace Sportello
