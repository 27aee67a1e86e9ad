#include "widgets/casework/casedocumentsview.h"

#include "models/casework/casefile.h"
#include "models/casework/caseworkflow.h"
#include "models/common/format.h"
#include "models/common/textlimits.h"
#include "models/registry/citizenrepository.h"
#include "models/registry/householdrepository.h"
#include "widgets/common/buddylabel.h"
#include "widgets/common/dateedits.h"
#include "widgets/common/emphasis.h"
#include "widgets/common/tables.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sportello {

using namespace Casework;

namespace {

constexpr int kRelationRole = Qt::UserRole + 1;

QString relationText(const QString &id)
{
    Relation relation;
    return Relations::fromId(id, &relation) ? Relations::label(relation) : id;
}

void fill(QTableWidget *table, const QList<QStringList> &rows)
{
    table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < rows.at(row).size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(rows.at(row).at(column)));
    }
}

} // namespace

CaseDocumentsView::CaseDocumentsView(const QString &dbPath, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_dbPath(dbPath)
    , m_session(session)
    , m_documents(new QTableWidget(0, 3, this))
    , m_fileName(new QLineEdit(this))
    , m_choose(new QPushButton(tr("&Choose…"), this))
    , m_kind(new QComboBox(this))
    , m_dated(dateEdit(this))
    , m_addDocument(new QPushButton(tr("Record &document"), this))
    , m_members(new QTableWidget(0, 3, this))
    , m_household(new QComboBox(this))
    , m_link(new QPushButton(tr("Li&nk member"), this))
    , m_problem(new QLabel(this))
{
    m_documents->setObjectName(u"documentsList"_s);
    m_fileName->setObjectName(u"documentFileName"_s);
    m_fileName->setMaxLength(TextLimits::kFileName);
    m_addDocument->setObjectName(u"documentAdd"_s);
    m_members->setObjectName(u"membersList"_s);
    m_household->setObjectName(u"memberChoice"_s);
    m_link->setObjectName(u"memberLink"_s);
    setUpTable(m_documents);
    m_documents->setHorizontalHeaderLabels({tr("File"), tr("Kind"), tr("Date")});
    m_documents->setColumnWidth(0, 260);
    m_documents->setColumnWidth(1, 200);
    setUpTable(m_members);
    m_members->setHorizontalHeaderLabels({tr("Person"), tr("Fiscal code"), tr("Relation")});
    m_members->setColumnWidth(0, 220);
    m_members->setColumnWidth(1, 170);
    m_kind->setEditable(true);
    m_kind->lineEdit()->setMaxLength(TextLimits::kLine);
    m_kind->addItems({tr("ISEE declaration"), tr("Identity document"), tr("Health certificate"),
                      tr("Social report"), tr("Court order"), tr("Other")});
    m_fileName->setPlaceholderText(tr("Name of the file in the document system"));
    Emphasis::markAsProblem(m_problem);
    m_problem->setWordWrap(true);

    auto *documentsBox = new QGroupBox(tr("Documents"), this);
    auto *documentsLayout = new QVBoxLayout(documentsBox);
    documentsLayout->addWidget(m_documents, 1);
    auto *file = new QHBoxLayout;
    file->addWidget(m_fileName, 1);
    file->addWidget(m_choose);
    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("File"), m_fileName), file);
    auto *kind = new QHBoxLayout;
    kind->addWidget(m_kind, 1);
    kind->addWidget(buddyLabel(tr("Dated"), m_dated, this));
    kind->addWidget(m_dated);
    form->addRow(buddyLabel(tr("&Kind"), m_kind), kind);
    documentsLayout->addLayout(form);
    documentsLayout->addWidget(m_addDocument, 0, Qt::AlignRight);

    auto *membersBox = new QGroupBox(tr("Household members involved"), this);
    auto *membersLayout = new QVBoxLayout(membersBox);
    membersLayout->addWidget(m_members, 1);
    auto *link = new QHBoxLayout;
    link->addWidget(buddyLabel(tr("Fr&om the household"), m_household, this));
    link->addWidget(m_household, 1);
    link->addWidget(m_link);
    membersLayout->addLayout(link);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(documentsBox, 1);
    layout->addWidget(membersBox, 1);
    layout->addWidget(m_problem);

    connect(m_choose, &QPushButton::clicked, this, &CaseDocumentsView::chooseFile);
    connect(m_addDocument, &QPushButton::clicked, this, &CaseDocumentsView::addDocument);
    connect(m_link, &QPushButton::clicked, this, &CaseDocumentsView::linkMember);
}

CaseDocumentsView::~CaseDocumentsView() = default;

void CaseDocumentsView::setCase(const SocialCase &socialCase)
{
    m_case = socialCase;
    const bool writable = mayEdit(m_session, m_case);
    for (QWidget *w : std::initializer_list<QWidget *> {m_fileName, m_choose, m_kind, m_dated,
                                                        m_addDocument, m_household, m_link})
        w->setEnabled(writable);
    m_problem->clear();
    if (m_case.id.isEmpty()) {
        m_documents->setRowCount(0);
        m_members->setRowCount(0);
        m_household->clear();
        return;
    }
    const CaseFile caseFile(m_dbPath, m_case.id);
    QList<QStringList> documents;
    for (const Attachment &a : caseFile.attachments())
        documents << QStringList {a.fileName, a.kind, Format::date(a.dated)};
    fill(m_documents, documents);

    const CitizenRepository registry(m_dbPath);
    QList<QStringList> members;
    QSet<QString> linked = {m_case.citizenId};
    for (const CaseMember &m : caseFile.members()) {
        linked.insert(m.citizenId);
        const auto c = registry.find(m.citizenId);
        members << QStringList {c ? c->surname + u' ' + c->givenNames : QString(),
                                c ? c->fiscalCode : QString(), relationText(m.relation)};
    }
    fill(m_members, members);

    // The household members not linked yet, with their relation to the head of household.
    m_household->clear();
    if (const auto household = HouseholdRepository(m_dbPath).ofCitizen(m_case.citizenId)) {
        for (const HouseholdMember &m : household->members) {
            if (linked.contains(m.citizenId))
                continue;
            m_household->addItem(
                u"%1 %2 (%3)"_s.arg(m.surname, m.givenNames, Relations::label(m.relation)),
                m.citizenId);
            m_household->setItemData(m_household->count() - 1, Relations::id(m.relation),
                                     kRelationRole);
        }
    }
    m_link->setEnabled(writable && m_household->count() > 0);
}

void CaseDocumentsView::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the document"));
    if (!path.isEmpty())
        m_fileName->setText(QFileInfo(path).fileName());
}

void CaseDocumentsView::addDocument()
{
    Attachment a;
    a.fileName = m_fileName->text();
    a.kind = m_kind->currentText();
    if (const QString why = m_dated->problem(); !why.isEmpty()) {
        m_problem->setText(why);
        m_dated->setFocus();
        return;
    }
    a.dated = m_dated->date();
    QString error;
    if (!CaseFile(m_dbPath, m_case.id).addAttachment(m_session, &a, &error)) {
        m_problem->setText(error);
        return;
    }
    m_fileName->clear();
    emit changed();
}

void CaseDocumentsView::linkMember()
{
    CaseMember m;
    m.citizenId = m_household->currentData().toString();
    m.relation = m_household->currentData(kRelationRole).toString(); // as the household has it
    QString error;
    if (!CaseFile(m_dbPath, m_case.id).addMember(m_session, &m, &error)) {
        m_problem->setText(error);
        return;
    }
    emit changed();
}

} // namespace Sportello
