#include "widgets/registry/citizenspanel.h"

#include "models/common/format.h"
#include "models/registry/citizencommands.h"
#include "models/registry/citizenlistmodel.h"
#include "models/registry/citizenrepository.h"
#include "widgets/casework/socialsection.h"
#include "widgets/common/dialogs.h"
#include "widgets/common/tableexport.h"
#include "widgets/common/textfit.h"
#include "widgets/competences/librettosection.h"
#include "widgets/registry/citizenform.h"
#include "widgets/registry/citizentable.h"
#include "widgets/registry/householdsection.h"
#include "widgets/registry/iseesection.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sportello {

CitizensPanel::CitizensPanel(const QString &dbPath, const Session &session, QUndoStack *undoStack,
                             QWidget *parent)
    : QWidget(parent)
    , m_dbPath(dbPath)
    , m_session(session)
    , m_undoStack(undoStack)
    , m_repository(std::make_unique<CitizenRepository>(dbPath))
    , m_search(new QLineEdit(this))
    , m_debounce(new QTimer(this))
    , m_count(new QLabel(this))
    , m_model(new CitizenListModel(dbPath, this))
    , m_table(new CitizenTable(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_title(new QLabel(this))
    , m_form(new CitizenForm(this))
    , m_isee(new IseeSection(dbPath, session, this))
    , m_household(new HouseholdSection(dbPath, session, this))
    , m_social(new SocialSection(dbPath, session, this))
    , m_libretto(new LibrettoSection(dbPath, session, this))
    , m_newButton(new QPushButton(tr("New citizen"), this))
    , m_saveButton(new QPushButton(tr("Save"), this))
    , m_revertButton(new QPushButton(tr("Discard changes"), this))
    , m_deleteButton(new QPushButton(tr("Delete"), this))
{
    setObjectName(u"citizensPanel"_s);
    m_search->setObjectName(u"citizenSearchEdit"_s);
    m_search->setPlaceholderText(tr("Surname, name or fiscal code (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search citizens"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(200);
    m_search->installEventFilter(this);
    m_count->setObjectName(u"resultCountLabel"_s);
    m_table->setObjectName(u"citizenTable"_s);
    m_table->setModel(m_model);
    m_title->setObjectName(u"recordTitle"_s);
    fitToWidth(m_title);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_newButton->setObjectName(u"newCitizenButton"_s);
    m_saveButton->setObjectName(u"saveCitizenButton"_s);
    m_revertButton->setObjectName(u"revertCitizenButton"_s);
    m_deleteButton->setObjectName(u"deleteCitizenButton"_s);
    m_saveButton->setDefault(true);
    m_deleteButton->setVisible(session.can(Permission::DeleteCitizens));
    m_newButton->setVisible(session.can(Permission::EditCitizens));
    m_form->setEditable(session.can(Permission::EditCitizens));

    // The list holds a window of the rows: the export reads the whole search itself.
    TableExport::Source everyRow;
    everyRow.rows = [this](const QList<int> &columns) {
        return m_model->allRows(columns, TableExport::kMaxPrintedRows + 1);
    };
    everyRow.stream = [this](const QList<int> &columns) {
        return m_model->rowStream(columns);
    };
    everyRow.subtitle = [this] {
        return m_model->queryText().trimmed().isEmpty()
            ? tr("The whole registry")
            : tr("Search: %1").arg(m_model->queryText().trimmed());
    };
    auto *exportButton = TableExport::button(
        m_table, tr("Citizens"),
        TableExport::audited(dbPath, session, u"citizen"_s,
                             [this] {
                                 return QVariantMap {{u"list"_s, u"citizens"_s},
                                                     {u"filter"_s, m_model->queryText().trimmed()}};
                             }),
        everyRow);
    exportButton->setObjectName(u"citizensExport"_s);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_count);
    searchRow->addWidget(exportButton);
    searchRow->addWidget(m_newButton);

    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(searchRow);
    listLayout->addWidget(m_table, 1);

    auto *record = new QWidget(this);
    auto *recordLayout = new QVBoxLayout(record);
    recordLayout->addWidget(m_title);
    recordLayout->addWidget(m_form);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_revertButton);
    buttons->addStretch();
    buttons->addWidget(m_deleteButton);
    recordLayout->addLayout(buttons);
    recordLayout->addWidget(m_isee);
    recordLayout->addWidget(m_household);
    recordLayout->addWidget(m_social);
    recordLayout->addWidget(m_libretto);
    m_social->setVisible(session.can(Permission::RecordRequests)
                         || session.can(Permission::ManageCases));
    recordLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(record);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(420);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes straight to the fields, which scroll into view

    m_splitter->addWidget(listSide);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({700, 500});
    const std::pair<int, int> widths[] = {{CitizenListModel::FiscalCodeColumn, 150},
                                          {CitizenListModel::SurnameColumn, 130},
                                          {CitizenListModel::GivenNamesColumn, 130},
                                          {CitizenListModel::BirthDateColumn, 90},
                                          {CitizenListModel::BirthPlaceColumn, 170}};
    for (const auto &[column, width] : widths)
        m_table->setColumnWidth(column, width);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this,
            [this] { m_model->setQueryText(m_search->text()); });
    connect(m_model, &CitizenListModel::searchFinished, this, &CitizensPanel::onSearchFinished);
    // A refresh after a save keeps the list where it was; a new search starts at the top.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->queryText() != m_shownQuery)
            m_table->scrollToTop();
        m_shownQuery = m_model->queryText();
    });
    connect(m_model, &CitizenListModel::pageLoaded, this, [this] {
        selectCurrentInList(); // the open record, once its row has arrived
        onCurrentRowChanged(); // or the row the person picked before it arrived
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CitizensPanel::onCurrentRowChanged);
    connect(m_table, &QTableView::activated, this, [this] { m_form->focusFirstField(); });
    connect(m_form, &CitizenForm::modifiedChanged, this, &CitizensPanel::updateButtons);
    connect(m_newButton, &QPushButton::clicked, this, &CitizensPanel::newCitizen);
    connect(m_saveButton, &QPushButton::clicked, this, &CitizensPanel::save);
    connect(m_revertButton, &QPushButton::clicked, this, &CitizensPanel::revert);
    connect(m_deleteButton, &QPushButton::clicked, this, &CitizensPanel::deleteCurrent);
    connect(m_household, &HouseholdSection::openCitizen, this, &CitizensPanel::openCitizen);
    connect(m_household, &HouseholdSection::changed, this, &CitizensPanel::dataChanged);
    connect(m_isee, &IseeSection::changed, this, &CitizensPanel::dataChanged);
    connect(m_social, &SocialSection::changed, this, &CitizensPanel::dataChanged);
    connect(m_libretto, &LibrettoSection::changed, this, &CitizensPanel::dataChanged);
    connect(m_social, &SocialSection::openCase, this, &CitizensPanel::openCase);

    auto *saveShortcut = new QAction(this);
    saveShortcut->setShortcut(QKeySequence::Save);
    saveShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QAction::triggered, this, &CitizensPanel::save);
    addAction(saveShortcut);
    auto *findShortcut = new QAction(this);
    findShortcut->setShortcut(QKeySequence::Find);
    findShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findShortcut, &QAction::triggered, this, &CitizensPanel::focusSearch);
    addAction(findShortcut);

    load(QString());
}

CitizensPanel::~CitizensPanel() = default;

void CitizensPanel::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

bool CitizensPanel::eventFilter(QObject *watched, QEvent *event)
{
    // From the search field, Down or Enter goes to the results.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter)
            && m_model->rowCount() > 0) {
            if (m_debounce->isActive()) { // Enter before the pause: search now
                m_debounce->stop();
                m_model->setQueryText(m_search->text());
                return true;
            }
            m_table->setFocus();
            m_table->setCurrentIndex(m_model->index(0, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CitizensPanel::onSearchFinished(qint64 total)
{
    m_count->setText(tr("%Ln citizen(s)", nullptr, int(qMin<qint64>(total, INT_MAX))));
    // The record pane shows a citizen of the results, or nobody: a record left from an
    // earlier search would pass for one of these. Unsaved changes keep it open.
    if (!m_currentId.isEmpty() && !m_form->isModified() && !m_model->lists(m_currentId))
        load(QString());
    selectCurrentInList();
}

void CitizensPanel::selectCurrentInList()
{
    const int row = m_model->rowOf(m_currentId);
    if (row >= 0 && m_table->currentIndex().row() != row) {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_table->setCurrentIndex(m_model->index(row, 0));
    }
}

void CitizensPanel::onCurrentRowChanged()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QString id = m_model->citizenId(current.row());
    if (id.isEmpty() || id == m_currentId)
        return; // not loaded yet (pageLoaded calls again), or already shown
    if (!confirmLeave()) {
        selectCurrentInList();
        return;
    }
    load(id);
}

void CitizensPanel::openCitizen(const QString &citizenId)
{
    if (citizenId == m_currentId || !confirmLeave())
        return;
    load(citizenId);
    selectCurrentInList();
}

void CitizensPanel::refresh()
{
    m_model->refresh();
    if (!m_currentId.isEmpty() && !m_form->isModified())
        load(m_currentId, false);
}

void CitizensPanel::newCitizen()
{
    if (!m_session.can(Permission::EditCitizens) || !confirmLeave())
        return;
    load(QString());
    m_title->setText(tr("New citizen"));
    m_form->setEnabled(true);
    m_table->clearSelection();
    m_form->focusFirstField();
}

void CitizensPanel::newSocialRequest()
{
    if (m_currentId.isEmpty())
        focusSearch();
    else
        m_social->newRequest();
}

void CitizensPanel::load(const QString &citizenId, bool recordOpening)
{
    const std::optional<Citizen> citizen
        = citizenId.isEmpty() ? std::nullopt : m_repository->find(citizenId);
    m_currentId = citizen ? citizen->id : QString();
    m_form->setCitizen(citizen.value_or(Citizen()));
    m_form->setEnabled(citizen.has_value()); // nothing to edit until a record is open
    m_isee->setCitizen(m_currentId);
    m_household->setCitizen(m_currentId);
    m_social->setCitizen(m_currentId);
    m_libretto->setCitizen(m_currentId);
    if (citizen) {
        m_title->setText(citizen->surname + u' ' + citizen->givenNames);
        if (recordOpening)
            m_repository->recordOpened(m_session, citizen->id);
    } else {
        m_title->setText(tr("Search for a citizen, or press Ctrl+N to register one."));
    }
    updateButtons();
}

bool CitizensPanel::confirmLeave()
{
    if (!m_form->isModified())
        return true;
    const auto answer = Dialogs::ask(
        this, tr("Unsaved changes"), tr("The record has changes that are not saved. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        save();
        return !m_form->isModified();
    }
    return answer == QMessageBox::Discard;
}

// A fiscal code identifies one person: a second record with it is refused, and the clerk is
// offered the record that has it. False when refused.
bool CitizensPanel::refuseRegisteredCode(const Citizen &citizen)
{
    const QString municipality
        = citizen.municipality.isEmpty() ? m_session.municipality : citizen.municipality;
    const std::optional<Citizen> holder
        = m_repository->holderOf(municipality, citizen.fiscalCode, citizen.id);
    if (!holder)
        return true;
    const auto answer = Dialogs::ask(this, tr("Already registered"),
                                     tr("%1\n\nOpen the record of %2 %3?")
                                         .arg(CitizenRepository::alreadyRegistered(*holder),
                                              holder->surname, holder->givenNames),
                                     QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
    if (answer == QMessageBox::Open) {
        load(holder->id); // the record typed is not saved: the person was registered already
        selectCurrentInList();
    }
    return false;
}

bool CitizensPanel::confirmWarnings(const Citizen &citizen)
{
    QStringList lines;
    for (const FieldIssue &issue : CitizenRules::warnings(citizen))
        lines << u"• "_s + issue.message;
    const QList<Citizen> duplicates = m_repository->duplicatesOf(citizen);
    for (const Citizen &d : duplicates) {
        lines << u"• "_s
                + tr("Already registered: %1 %2, %3, date of birth %4")
                      .arg(d.surname, d.givenNames, d.fiscalCode, Format::date(d.birthDate));
    }
    if (lines.isEmpty())
        return true;
    return Dialogs::ask(this, tr("Check before saving"),
                        tr("Please check:\n%1\n\nSave anyway?").arg(lines.join(u'\n')),
                        QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Save;
}

void CitizensPanel::save()
{
    if (!m_session.can(Permission::EditCitizens) || !m_form->isModified())
        return;
    const Citizen citizen = CitizenRules::normalized(m_form->citizen());
    // A date typed that does not exist is told as such, not as a date missing.
    QList<FieldIssue> errors = m_form->typingIssues();
    for (const FieldIssue &issue : CitizenRules::errors(citizen)) {
        if (std::none_of(errors.cbegin(), errors.cend(),
                         [&issue](const FieldIssue &i) { return i.field == issue.field; }))
            errors.append(issue);
    }
    m_form->showIssues(errors);
    if (!errors.isEmpty() || !refuseRegisteredCode(citizen) || !confirmWarnings(citizen))
        return;

    const std::optional<Citizen> before
        = m_form->isNew() ? std::nullopt : m_repository->find(citizen.id);
    Citizen saved = citizen;
    QString error;
    const bool ok = before ? m_repository->update(m_session, saved, &error)
                           : m_repository->create(m_session, &saved, &error);
    if (!ok) {
        Dialogs::warn(this, tr("Not saved"), error);
        return;
    }
    const auto changed = [this](const QString &id, const QString &undoError) {
        afterUndoRedo(id, undoError);
    };
    m_undoStack->push(new SaveCitizenCommand(m_repository.get(), m_session, before,
                                             *m_repository->find(saved.id), changed));
    load(saved.id, false);
    if (!before) // show the new citizen in the list (the search field has it)
        m_search->setText(saved.fiscalCode);
    m_model->refresh();
    Dialogs::notify(this,
                    before
                        ? tr("The record of %1 %2 is saved.").arg(saved.surname, saved.givenNames)
                        : tr("%1 %2 is registered.").arg(saved.surname, saved.givenNames));
    emit dataChanged();
}

void CitizensPanel::revert()
{
    load(m_currentId);
}

void CitizensPanel::deleteCurrent()
{
    const std::optional<Citizen> citizen = m_repository->find(m_currentId);
    if (!citizen || !m_session.can(Permission::DeleteCitizens))
        return;
    if (Dialogs::ask(this, tr("Delete citizen"),
                     tr("Delete %1 %2 from the registry? You can undo it with Ctrl+Z.")
                         .arg(citizen->surname, citizen->givenNames),
                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes) {
        return;
    }
    QString error;
    if (!m_repository->setDeleted(m_session, citizen->id, true, &error)) {
        Dialogs::warn(this, tr("Not deleted"), error);
        return;
    }
    m_undoStack->push(new DeleteCitizenCommand(
        m_repository.get(), m_session, *citizen,
        [this](const QString &id, const QString &undoError) { afterUndoRedo(id, undoError); }));
    load(QString());
    m_model->refresh();
    emit dataChanged();
}

void CitizensPanel::afterUndoRedo(const QString &citizenId, const QString &error)
{
    if (!error.isEmpty())
        Dialogs::warn(this, tr("Undo"), error);
    const std::optional<Citizen> citizen = m_repository->find(citizenId);
    load(citizen && !citizen->deleted ? citizenId : QString(), false);
    m_model->refresh();
    emit dataChanged();
}

void CitizensPanel::updateButtons()
{
    const bool modified = m_form->isModified();
    m_saveButton->setEnabled(modified && m_session.can(Permission::EditCitizens));
    m_revertButton->setEnabled(modified);
    m_deleteButton->setEnabled(!m_currentId.isEmpty());
}

QByteArray CitizensPanel::splitterState() const
{
    return m_splitter->saveState();
}

void CitizensPanel::restoreSplitterState(const QByteArray &state)
{
    m_splitter->restoreState(state);
}

} // namespace Sportello
