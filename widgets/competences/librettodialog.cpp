#include "widgets/competences/librettodialog.h"

#include "models/common/format.h"
#include "models/common/textlimits.h"
#include "models/competences/competenceindex.h"
#include "models/competences/conceptstore.h"
#include "models/competences/gap.h"
#include "models/competences/librettodocument.h"
#include "models/registry/citizenrepository.h"
#include "widgets/common/background.h"
#include "widgets/common/buddylabel.h"
#include "widgets/common/dateedits.h"
#include "widgets/common/dialogs.h"
#include "widgets/common/emphasis.h"
#include "widgets/common/tables.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sportello {

using namespace Competences;

namespace {

QLabel *problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    Emphasis::markAsProblem(label);
    label->setWordWrap(true);
    return label;
}

void fill(QTableWidget *table, const QList<QStringList> &rows)
{
    table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < rows.at(row).size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(rows.at(row).at(column)));
    }
}

QString period(const QDate &from, const QDate &to)
{
    if (!from.isValid())
        return QString();
    return Format::date(from) + u" – "_s + (to.isValid() ? Format::date(to) : QString());
}

} // namespace

LibrettoDialog::LibrettoDialog(const QString &dbPath, const Session &session,
                               const QString &citizenId, QWidget *parent)
    : QDialog(parent)
    , m_dbPath(dbPath)
    , m_session(session)
    , m_citizenId(citizenId)
    , m_libretto(dbPath)
{
    setObjectName(u"librettoDialog"_s);
    const auto citizen = CitizenRepository(dbPath).find(citizenId);
    setWindowTitle(tr("Libretto formativo – %1")
                       .arg(citizen ? citizen->surname + u' ' + citizen->givenNames : QString()));
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"librettoTabs"_s);
    tabs->addTab(experiencesPage(), tr("Section &1 – Experiences"));
    tabs->addTab(competencesPage(), tr("Section &2 – Competences"));
    tabs->addTab(coursesPage(), tr("E-learning &courses"));
    tabs->addTab(orientationPage(), tr("&Orientation"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    auto *pdfButton = buttons->addButton(tr("E&xport PDF…"), QDialogButtonBox::ActionRole);
    connect(printButton, &QPushButton::clicked, this, &LibrettoDialog::print);
    connect(pdfButton, &QPushButton::clicked, this, &LibrettoDialog::exportPdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(980, 700);
    reload();
    const QString path = dbPath;
    readInBackground<std::shared_ptr<const CompetenceIndex>>(
        this, path, [path] { return CompetenceIndex::load(path); },
        [this](std::shared_ptr<const CompetenceIndex> index) {
            m_index = std::move(index);
            lookUp();
            findTargets();
        });
}

LibrettoDialog::~LibrettoDialog() = default;

QWidget *LibrettoDialog::experiencesPage()
{
    auto *page = new QWidget(this);
    m_experienceList = new QTableWidget(0, 5, page);
    m_experienceList->setObjectName(u"librettoExperiences"_s);
    setUpTable(m_experienceList);
    m_experienceList->setHorizontalHeaderLabels(
        {tr("Kind"), tr("Period"), tr("Role, title or course"), tr("Where"), tr("Hours")});
    m_experienceList->setColumnWidth(0, 150);
    m_experienceList->setColumnWidth(1, 170);
    m_experienceList->setColumnWidth(2, 300);
    m_experienceList->setColumnWidth(3, 220);
    m_kind = new QComboBox(page);
    for (Experience::Kind k :
         {Experience::Kind::Work, Experience::Kind::Education, Experience::Kind::Training})
        m_kind->addItem(experienceKindLabel(k), int(k));
    m_title = new QLineEdit(page);
    m_title->setObjectName(u"experienceTitle"_s);
    m_title->setMaxLength(TextLimits::kLine);
    m_organisation = new QLineEdit(page);
    m_place = new QLineEdit(page);
    m_organisation->setMaxLength(TextLimits::kLine);
    m_place->setMaxLength(TextLimits::kLine);
    m_startsOn = optionalDateEdit(page);
    m_startsOn->setObjectName(u"experienceStartsOn"_s);
    m_endsOn = optionalDateEdit(page);
    m_hours = new QSpinBox(page);
    m_hours->setRange(0, 20000);
    m_hours->setSpecialValueText(u"—"_s);
    m_details = new QPlainTextEdit(page);
    m_details->setMaximumHeight(60);
    m_details->setTabChangesFocus(true);
    m_experienceProblem = problemLabel(page);

    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Kind"), m_kind), m_kind);
    form->addRow(buddyLabel(tr("&Role, title or course"), m_title), m_title);
    auto *where = new QHBoxLayout;
    where->addWidget(m_organisation, 2);
    where->addWidget(buddyLabel(tr("P&lace"), m_place, page));
    where->addWidget(m_place, 1);
    form->addRow(buddyLabel(tr("&Employer or body"), m_organisation), where);
    auto *when = new QHBoxLayout;
    when->addWidget(m_startsOn);
    when->addWidget(buddyLabel(tr("to"), m_endsOn, page));
    when->addWidget(m_endsOn);
    when->addWidget(buddyLabel(tr("&Hours"), m_hours, page));
    when->addWidget(m_hours);
    when->addStretch();
    form->addRow(buddyLabel(tr("From"), m_startsOn), when);
    form->addRow(buddyLabel(tr("&Details"), m_details), m_details);
    auto *newButton = new QPushButton(tr("&New"), page);
    auto *saveButton = new QPushButton(tr("&Save experience"), page);
    saveButton->setObjectName(u"experienceSave"_s);
    auto *withdrawButton = new QPushButton(tr("Wi&thdraw"), page);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_experienceProblem, 1);
    buttons->addWidget(newButton);
    buttons->addWidget(withdrawButton);
    buttons->addWidget(saveButton);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_experienceList, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    connect(m_experienceList, &QTableWidget::itemSelectionChanged, this, [this] {
        editExperience(
            m_experienceList->selectedItems().isEmpty() ? -1 : m_experienceList->currentRow());
    });
    connect(newButton, &QPushButton::clicked, this, [this] {
        m_experienceList->clearSelection();
        editExperience(-1);
        m_title->setFocus();
    });
    connect(saveButton, &QPushButton::clicked, this, &LibrettoDialog::saveExperience);
    connect(withdrawButton, &QPushButton::clicked, this, [this] { withdraw(true); });
    return page;
}

QWidget *LibrettoDialog::competencesPage()
{
    auto *page = new QWidget(this);
    m_competenceList = new QTableWidget(0, 4, page);
    m_competenceList->setObjectName(u"librettoCompetences"_s);
    setUpTable(m_competenceList);
    m_competenceList->setHorizontalHeaderLabels(
        {tr("Competence"), tr("Context"), tr("Evidence"), tr("Status")});
    m_competenceList->setColumnWidth(0, 330);
    m_competenceList->setColumnWidth(1, 200);
    m_competenceList->setColumnWidth(2, 220);
    m_lookUp = new QLineEdit(page);
    m_lookUp->setObjectName(u"competenceLookUp"_s);
    m_lookUp->setMaxLength(TextLimits::kLine);
    m_lookUp->setPlaceholderText(tr("Look it up in the repertories and ESCO"));
    m_found = new QListWidget(page);
    m_found->setObjectName(u"competenceFound"_s);
    m_found->setMaximumHeight(90);
    m_linked = new QLabel(page);
    m_description = new QLineEdit(page);
    m_description->setObjectName(u"competenceDescription"_s);
    m_description->setMaxLength(TextLimits::kText);
    m_context = new QComboBox(page);
    m_context->setObjectName(u"competenceContext"_s);
    for (AcquiredCompetence::Context c :
         {AcquiredCompetence::Context::Formal, AcquiredCompetence::Context::NonFormal,
          AcquiredCompetence::Context::Informal})
        m_context->addItem(contextLabel(c), int(c));
    m_acquiredIn = new QComboBox(page);
    m_evidence = new QLineEdit(page);
    m_evidence->setObjectName(u"competenceEvidence"_s);
    m_evidence->setMaxLength(TextLimits::kLine);
    m_evidence->setPlaceholderText(tr("Certificate, contract, employer's statement, portfolio…"));
    m_certified = new QCheckBox(tr("C&ertified"), page);
    m_certified->setObjectName(u"competenceCertified"_s);
    m_certifiedBy = new QLineEdit(page);
    m_certifiedBy->setObjectName(u"competenceCertifiedBy"_s);
    m_certifiedBy->setMaxLength(TextLimits::kLine);
    m_certifiedBy->setPlaceholderText(tr("Certifying body"));
    m_certifiedOn = optionalDateEdit(page);
    m_certifiedOn->setObjectName(u"competenceCertifiedOn"_s);
    m_competenceProblem = problemLabel(page);

    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("Look &up"), m_lookUp), m_lookUp);
    form->addRow(QString(), m_found);
    form->addRow(QString(), m_linked);
    form->addRow(buddyLabel(tr("Co&mpetence"), m_description), m_description);
    auto *context = new QHBoxLayout;
    context->addWidget(m_context);
    context->addWidget(buddyLabel(tr("acquired &in"), m_acquiredIn, page));
    context->addWidget(m_acquiredIn, 1);
    form->addRow(buddyLabel(tr("Context"), m_context), context);
    form->addRow(buddyLabel(tr("E&vidence"), m_evidence), m_evidence);
    auto *certification = new QHBoxLayout;
    certification->addWidget(m_certified);
    certification->addWidget(m_certifiedBy, 1);
    certification->addWidget(m_certifiedOn);
    form->addRow(QString(), certification);
    auto *newButton = new QPushButton(tr("&New"), page);
    auto *saveButton = new QPushButton(tr("&Save competence"), page);
    saveButton->setObjectName(u"competenceSave"_s);
    auto *withdrawButton = new QPushButton(tr("Wi&thdraw"), page);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_competenceProblem, 1);
    buttons->addWidget(newButton);
    buttons->addWidget(withdrawButton);
    buttons->addWidget(saveButton);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_competenceList, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(m_lookUp, &QLineEdit::textChanged, this, &LibrettoDialog::lookUp);
    connect(m_lookUp, &QLineEdit::returnPressed, this, [this] { // Enter: to the matches
        if (m_found->count() == 0)
            return;
        m_found->setFocus();
        m_found->setCurrentRow(0);
    });
    connect(m_found, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_competence.conceptId = item->data(Qt::UserRole).toString();
        m_description->setText(item->data(Qt::UserRole + 1).toString());
        m_linked->setText(tr("Linked to: %1").arg(item->text()));
    });
    connect(m_certified, &QCheckBox::toggled, this, [this](bool on) {
        m_certifiedBy->setEnabled(on);
        m_certifiedOn->setEnabled(on);
    });
    connect(m_competenceList, &QTableWidget::itemSelectionChanged, this, [this] {
        editCompetence(
            m_competenceList->selectedItems().isEmpty() ? -1 : m_competenceList->currentRow());
    });
    connect(newButton, &QPushButton::clicked, this, [this] {
        m_competenceList->clearSelection();
        editCompetence(-1);
        m_lookUp->setFocus();
    });
    connect(saveButton, &QPushButton::clicked, this, &LibrettoDialog::saveCompetence);
    connect(withdrawButton, &QPushButton::clicked, this, [this] { withdraw(false); });
    return page;
}

QWidget *LibrettoDialog::coursesPage()
{
    auto *page = new QWidget(this);
    m_enrolmentList = new QTableWidget(0, 4, page);
    m_enrolmentList->setObjectName(u"librettoEnrolments"_s);
    setUpTable(m_enrolmentList);
    m_enrolmentList->setHorizontalHeaderLabels(
        {tr("Course"), tr("Enrolled on"), tr("Status"), tr("Completed on")});
    m_enrolmentList->setColumnWidth(0, 420);
    m_enrolmentList->setColumnWidth(1, 120);
    m_enrolmentList->setColumnWidth(2, 140);
    m_course = new QComboBox(page);
    m_course->setObjectName(u"courseChoice"_s);
    for (const Course &c : CourseCatalogue(m_dbPath).courses())
        m_course->addItem(
            u"%1 — %2 (%3 h, %4)"_s.arg(c.code, c.title).arg(c.hours).arg(modeLabel(c.mode)),
            c.code);
    m_courseProblem = problemLabel(page);
    auto *enrolButton = new QPushButton(tr("E&nrol"), page);
    enrolButton->setObjectName(u"courseEnrol"_s);
    enrolButton->setEnabled(m_course->count() > 0);
    auto *withdrawButton = new QPushButton(tr("&Withdraw the enrolment"), page);
    auto *choice = new QHBoxLayout;
    choice->addWidget(buddyLabel(tr("Co&urse"), m_course, page));
    choice->addWidget(m_course, 1);
    choice->addWidget(enrolButton);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_courseProblem, 1);
    buttons->addWidget(withdrawButton);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_enrolmentList, 1);
    layout->addLayout(choice);
    layout->addLayout(buttons);
    connect(enrolButton, &QPushButton::clicked, this, &LibrettoDialog::enrol);
    connect(withdrawButton, &QPushButton::clicked, this, [this] {
        const int row = m_enrolmentList->currentRow();
        QString error;
        if (row < 0 || row >= m_enrolments.size()
            || !CourseCatalogue(m_dbPath).withdraw(m_session, m_enrolments.at(row).id, &error)) {
            m_courseProblem->setText(error);
            return;
        }
        reload();
        emit changed();
    });
    return page;
}

QWidget *LibrettoDialog::orientationPage()
{
    auto *page = new QWidget(this);
    m_target = new QLineEdit(page);
    m_target->setObjectName(u"gapTarget"_s);
    m_target->setMaxLength(TextLimits::kLine);
    m_target->setPlaceholderText(tr("The professional figure or occupation aimed at"));
    m_targets = new QListWidget(page);
    m_targets->setObjectName(u"gapTargets"_s);
    m_targets->setMaximumHeight(110);
    m_sheet = new QTextBrowser(page);
    m_sheet->setObjectName(u"gapSheet"_s);
    m_sheet->setOpenExternalLinks(false);
    auto *printButton = new QPushButton(tr("Print &the orientation sheet…"), page);
    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("T&arget"), m_target), m_target);
    form->addRow(QString(), m_targets);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_sheet, 1);
    layout->addWidget(printButton, 0, Qt::AlignRight);
    connect(m_target, &QLineEdit::textChanged, this, &LibrettoDialog::findTargets);
    connect(m_target, &QLineEdit::returnPressed, this, [this] {
        if (m_targets->count() > 0) {
            m_targets->setFocus();
            m_targets->setCurrentRow(0);
        }
    });
    connect(m_targets, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { showGap(item->data(Qt::UserRole).toString()); });
    connect(printButton, &QPushButton::clicked, this, [this] {
        QPrinter printer;
        QPrintDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Print the orientation sheet"));
        if (dialog.exec() == QDialog::Accepted)
            m_sheet->document()->print(&printer);
    });
    return page;
}

void LibrettoDialog::findTargets()
{
    m_targets->clear();
    if (!m_index)
        return;
    for (const ConceptType type : {ConceptType::Qualification, ConceptType::Occupation}) {
        for (const SearchHit &hit : m_index->search(m_target->text(), 8, type)) {
            auto *item
                = new QListWidgetItem(u"%1 — %2"_s.arg(typeLabel(hit.type), hit.label), m_targets);
            item->setData(Qt::UserRole, hit.id);
        }
    }
}

void LibrettoDialog::showGap(const QString &targetId)
{
    m_targetId = targetId;
    if (!targetId.isEmpty())
        m_sheet->setHtml(orientationSheetHtml(m_dbPath, m_citizenId,
                                              competenceGap(m_dbPath, m_citizenId, targetId)));
}

void LibrettoDialog::enrol()
{
    QString error;
    if (!CourseCatalogue(m_dbPath).enrol(m_session, m_citizenId, m_course->currentData().toString(),
                                         &error)) {
        m_courseProblem->setText(error);
        return;
    }
    m_courseProblem->clear();
    reload();
    emit changed();
}

void LibrettoDialog::reload()
{
    m_experiences = m_libretto.experiences(m_citizenId);
    QList<QStringList> rows;
    m_acquiredIn->clear();
    m_acquiredIn->addItem(u"—"_s, QString());
    for (const Experience &e : std::as_const(m_experiences)) {
        rows << QStringList {experienceKindLabel(e.kind), period(e.startsOn, e.endsOn), e.title,
                             QStringList {e.organisation, e.place}.join(u", "_s),
                             e.hours > 0 ? QString::number(e.hours) : QString()};
        m_acquiredIn->addItem(e.title, e.id);
    }
    fill(m_experienceList, rows);
    m_competences = m_libretto.competences(m_citizenId);
    rows.clear();
    for (const AcquiredCompetence &c : std::as_const(m_competences)) {
        rows << QStringList {
            c.description, contextLabel(c.context), c.evidence,
            c.certified
                ? tr("Certified by %1 on %2").arg(c.certifiedBy, Format::date(c.certifiedOn))
                : tr("Declared")};
    }
    fill(m_competenceList, rows);
    const CourseCatalogue catalogue(m_dbPath);
    QHash<QString, QString> titles;
    for (const Course &c : catalogue.courses())
        titles.insert(c.code, c.title);
    m_enrolments = catalogue.enrolmentsOf(m_citizenId);
    rows.clear();
    for (const Enrolment &e : std::as_const(m_enrolments))
        rows << QStringList {e.courseCode + u" — "_s + titles.value(e.courseCode),
                             Format::date(e.enrolledOn), statusLabel(e.status),
                             Format::date(e.completedOn)};
    fill(m_enrolmentList, rows);
    showGap(m_targetId); // the libretto may have changed what is missing
    editExperience(-1);
    editCompetence(-1);
}

void LibrettoDialog::editExperience(int row)
{
    m_experience = row >= 0 && row < m_experiences.size() ? m_experiences.at(row) : Experience();
    m_kind->setCurrentIndex(m_kind->findData(int(m_experience.kind)));
    m_title->setText(m_experience.title);
    m_organisation->setText(m_experience.organisation);
    m_place->setText(m_experience.place);
    setOptionalDate(m_startsOn, m_experience.startsOn);
    setOptionalDate(m_endsOn, m_experience.endsOn);
    m_hours->setValue(m_experience.hours);
    m_details->setPlainText(m_experience.details);
    m_experienceProblem->clear();
}

void LibrettoDialog::saveExperience()
{
    if (const QString why = DateEdit::firstProblem({m_startsOn, m_endsOn}); !why.isEmpty()) {
        m_experienceProblem->setText(why);
        return;
    }
    Experience e = m_experience;
    e.kind = Experience::Kind(m_kind->currentData().toInt());
    e.title = m_title->text();
    e.organisation = m_organisation->text();
    e.place = m_place->text();
    e.startsOn = optionalDate(m_startsOn);
    e.endsOn = optionalDate(m_endsOn);
    e.hours = m_hours->value();
    e.details = m_details->toPlainText();
    QString error;
    if (!m_libretto.saveExperience(m_session, m_citizenId, &e, &error)) {
        m_experienceProblem->setText(error);
        return;
    }
    reload();
    emit changed();
}

void LibrettoDialog::editCompetence(int row)
{
    m_competence
        = row >= 0 && row < m_competences.size() ? m_competences.at(row) : AcquiredCompetence();
    const auto linked = ConceptStore(m_dbPath).find(m_competence.conceptId);
    m_linked->setText(linked ? tr("Linked to: %1").arg(linked->label)
                             : tr("Not linked to the repertories"));
    m_description->setText(m_competence.description);
    m_context->setCurrentIndex(m_context->findData(int(m_competence.context)));
    m_acquiredIn->setCurrentIndex(std::max(0, m_acquiredIn->findData(m_competence.experienceId)));
    m_evidence->setText(m_competence.evidence);
    m_certified->setChecked(m_competence.certified);
    m_certifiedBy->setText(m_competence.certifiedBy);
    setOptionalDate(m_certifiedOn, m_competence.certifiedOn);
    m_certifiedBy->setEnabled(m_competence.certified);
    m_certifiedOn->setEnabled(m_competence.certified);
    m_competenceProblem->clear();
}

void LibrettoDialog::saveCompetence()
{
    if (const QString why = DateEdit::firstProblem({m_certifiedOn}); !why.isEmpty()) {
        m_competenceProblem->setText(why);
        return;
    }
    AcquiredCompetence c = m_competence;
    c.description = m_description->text();
    c.context = AcquiredCompetence::Context(m_context->currentData().toInt());
    c.experienceId = m_acquiredIn->currentData().toString();
    c.evidence = m_evidence->text();
    c.certified = m_certified->isChecked();
    c.certifiedBy = m_certifiedBy->text();
    c.certifiedOn = optionalDate(m_certifiedOn);
    QString error;
    if (!m_libretto.saveCompetence(m_session, m_citizenId, &c, &error)) {
        m_competenceProblem->setText(error);
        return;
    }
    reload();
    emit changed();
}

void LibrettoDialog::withdraw(bool experience)
{
    const QString id = experience ? m_experience.id : m_competence.id;
    if (id.isEmpty())
        return;
    if (Dialogs::ask(this, windowTitle(), tr("Withdraw the selected entry from the libretto?"),
                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    QString error;
    const bool done = experience ? m_libretto.withdrawExperience(m_session, id, &error)
                                 : m_libretto.withdrawCompetence(m_session, id, &error);
    if (!done) {
        Dialogs::warn(this, windowTitle(), error);
        return;
    }
    reload();
    emit changed();
}

void LibrettoDialog::lookUp()
{
    m_found->clear();
    if (!m_index)
        return;
    // Units of the regional repertories and ESCO skills and knowledge are what a libretto
    // records.
    for (const ConceptType type : {ConceptType::Unit, ConceptType::Skill, ConceptType::Knowledge}) {
        for (const SearchHit &hit : m_index->search(m_lookUp->text(), 6, type)) {
            auto *item = new QListWidgetItem(
                u"%1 — %2%3"_s.arg(typeLabel(hit.type), hit.label,
                                   hit.code.isEmpty() ? QString() : u" ("_s + hit.code + u')'),
                m_found);
            item->setData(Qt::UserRole, hit.id);
            item->setData(Qt::UserRole + 1, hit.label);
        }
    }
}

void LibrettoDialog::print()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the libretto"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument document;
    document.setHtml(librettoHtml(m_dbPath, m_citizenId));
    document.print(&printer);
}

void LibrettoDialog::exportPdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the libretto"),
                                                      u"libretto.pdf"_s, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!writeLibrettoPdf(m_dbPath, m_citizenId, path, &error))
        Dialogs::warn(this, windowTitle(), error);
}

} // namespace Sportello
