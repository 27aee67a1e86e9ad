#include "widgets/casework/casenotesview.h"

#include "models/casework/caserepository.h"
#include "models/casework/caseworkflow.h"
#include "models/common/format.h"
#include "widgets/common/buddylabel.h"
#include "widgets/common/emphasis.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sportello {

using namespace Casework;

CaseNotesView::CaseNotesView(const QString &dbPath, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_dbPath(dbPath)
    , m_session(session)
    , m_staff(dbPath)
    , m_list(new QTextBrowser(this))
    , m_body(new QPlainTextEdit(this))
    , m_corrects(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_add(new QPushButton(tr("Add &note"), this))
    , m_addConfidential(new QPushButton(tr("Add as &confidential"), this))
{
    m_list->setObjectName(u"notesList"_s);
    m_body->setObjectName(u"noteBody"_s);
    m_corrects->setObjectName(u"noteCorrects"_s);
    m_add->setObjectName(u"noteAdd"_s);
    m_addConfidential->setObjectName(u"noteAddConfidential"_s);
    m_add->setToolTip(tr("An ordinary note: everyone working on the case reads it"));
    m_body->setTabChangesFocus(true);
    m_body->setMaximumHeight(90);
    m_body->setPlaceholderText(tr("A new note (notes cannot be changed afterwards)"));
    Emphasis::markAsProblem(m_problem);

    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("N&ote"), m_body), m_body);
    form->addRow(buddyLabel(tr("Correct&s"), m_corrects), m_corrects);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_add);
    buttons->addWidget(m_addConfidential);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, [this] { add(false); });
    connect(m_addConfidential, &QPushButton::clicked, this, [this] { add(true); });
}

CaseNotesView::~CaseNotesView() = default;

void CaseNotesView::setCase(const SocialCase &socialCase)
{
    m_case = socialCase;
    const bool writable = mayEdit(m_session, m_case);
    m_body->setEnabled(writable);
    m_corrects->setEnabled(writable);
    m_add->setEnabled(writable);
    const bool assigned = m_case.assignedTo == m_session.username;
    m_addConfidential->setEnabled(writable && assigned);
    m_addConfidential->setToolTip(
        assigned ? tr("A confidential note: only the assigned social worker reads it")
                 : tr("Only the social worker assigned to the case writes confidential notes"));
    m_stale = true;
    if (isVisible())
        load();
}

void CaseNotesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        load();
}

void CaseNotesView::load()
{
    m_stale = false;
    m_corrects->clear();
    m_corrects->addItem(tr("none"), QString());
    if (m_case.id.isEmpty()) {
        m_list->clear();
        return;
    }
    const QList<CaseNote> notes = CaseRepository(m_dbPath).notes(m_session, m_case.id);
    m_staff.reload();
    QHash<QString, QString> whenById;
    for (const CaseNote &n : notes)
        whenById.insert(n.id, Format::dateTime(n.writtenAt));
    QString html;
    for (auto it = notes.crbegin(); it != notes.crend(); ++it) {
        const CaseNote &n = *it;
        html += u"<p><b>%1</b> · %2"_s.arg(whenById.value(n.id),
                                           m_staff.of(n.writtenBy).toHtmlEscaped());
        if (n.confidential)
            html += u" · <span style='color:%1'>%2</span>"_s.arg(
                Emphasis::problemColor(palette()).name(), tr("confidential"));
        if (!n.corrects.isEmpty())
            html += u" · <i>%1</i>"_s.arg(
                tr("corrects the note of %1").arg(whenById.value(n.corrects)).toHtmlEscaped());
        html += u"<br>"_s + n.body.toHtmlEscaped().replace(u'\n', u"<br>"_s) + u"</p>"_s;
        m_corrects->addItem(whenById.value(n.id) + u" — "_s + n.body.simplified().left(60), n.id);
    }
    m_list->setHtml(html.isEmpty() ? tr("<p><i>No notes yet.</i></p>") : html);
}

void CaseNotesView::add(bool confidential)
{
    QString error;
    if (!CaseRepository(m_dbPath).addNote(m_session, m_case.id, m_body->toPlainText(), confidential,
                                          m_corrects->currentData().toString(), &error)) {
        m_problem->setText(error);
        return;
    }
    m_problem->clear();
    m_body->clear();
    emit changed();
}

} // namespace Sportello
