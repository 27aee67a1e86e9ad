#include "widgets/competences/competencespanel.h"

#include "models/common/textlimits.h"
#include "models/competences/competenceindex.h"
#include "models/competences/conceptdetail.h"
#include "models/competences/conceptstore.h"
#include "models/competences/courses.h"
#include "models/competences/hierarchymodel.h"
#include "models/competences/searchresultmodel.h"
#include "widgets/common/background.h"
#include "widgets/common/buddylabel.h"
#include "widgets/common/dialogs.h"
#include "widgets/common/tableexport.h"
#include "widgets/common/tables.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sportello {

using namespace Competences;

CompetencesPanel::CompetencesPanel(const QString &dbPath, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_dbPath(dbPath)
    , m_session(session)
    , m_query(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_framework(new QComboBox(this))
    , m_sector(new QComboBox(this))
    , m_eqf(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_debounce(new QTimer(this))
    , m_tabs(new QTabWidget(this))
    , m_results(new SearchResultModel(this))
    , m_resultView(new QTableView(this))
    , m_hierarchy(new HierarchyModel(dbPath, this))
    , m_tree(new QTreeView(this))
    , m_detail(new QTextBrowser(this))
{
    setObjectName(u"competencesPanel"_s);
    m_query->setObjectName(u"competenceQuery"_s);
    m_query->setMaxLength(TextLimits::kLine);
    m_type->setObjectName(u"competenceType"_s);
    m_framework->setObjectName(u"competenceFramework"_s);
    m_sector->setObjectName(u"competenceSector"_s);
    m_eqf->setObjectName(u"competenceEqf"_s);
    m_eqf->addItem(tr("Any EQF level"), 0);
    for (int level = 1; level <= 8; ++level)
        m_eqf->addItem(tr("EQF %1").arg(level), level);
    m_resultView->setObjectName(u"competenceResults"_s);
    m_resultView->setAccessibleName(tr("Search results"));
    m_tree->setObjectName(u"competenceTree"_s);
    m_tree->setAccessibleName(tr("Classification tree"));
    m_detail->setObjectName(u"competenceDetail"_s);
    m_detail->setAccessibleName(tr("Competence detail"));
    m_query->setPlaceholderText(
        tr("Occupation, skill, professional figure, competence unit or code (Ctrl+F)"));
    m_query->setClearButtonEnabled(true);
    m_type->addItem(tr("All types"), QString());
    for (ConceptType t : conceptTypes())
        m_type->addItem(typeLabel(t), typeId(t));
    m_resultView->setModel(m_results);
    setUpTable(m_resultView);
    m_resultView->setColumnWidth(SearchResultModel::Type, 140);
    m_resultView->setColumnWidth(SearchResultModel::Code, 90);
    m_resultView->setColumnWidth(SearchResultModel::Label, 340);
    m_tree->setModel(m_hierarchy);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_detail->setOpenLinks(false);
    m_tabs->addTab(m_resultView, tr("Re&sults"));
    m_tabs->addTab(m_tree, tr("&Browse"));

    auto *top = new QHBoxLayout;
    top->addWidget(buddyLabel(tr("F&ind"), m_query, this));
    top->addWidget(m_query, 1);
    top->addWidget(buddyLabel(tr("&Type"), m_type, this));
    top->addWidget(m_type);
    auto *filters = new QHBoxLayout;
    filters->addWidget(buddyLabel(tr("Fra&mework"), m_framework, this));
    filters->addWidget(m_framework, 1);
    filters->addWidget(buddyLabel(tr("Sect&or"), m_sector, this));
    filters->addWidget(m_sector, 1);
    filters->addWidget(m_eqf);
    // Reference data, no personal data: the export is not audited.
    const auto shown = [this] {
        QStringList parts {tr("Search: %1").arg(m_query->text().trimmed())};
        for (const QComboBox *filter : {m_type, m_framework, m_sector, m_eqf}) {
            if (filter->currentIndex() > 0) // the first choice is "all"
                parts << filter->currentText();
        }
        return parts.join(u", "_s);
    };
    auto *exportButton = TableExport::button(m_resultView, tr("Competences"), {}, {shown, {}, {}});
    exportButton->setObjectName(u"competencesExport"_s);
    filters->addWidget(exportButton);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(top);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_status);
    leftLayout->addWidget(m_tabs, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *attribution
        = new QLabel(u"<small>%1</small>"_s.arg(escoAttributionIntroduced().toHtmlEscaped()), this);
    auto *completions = new QPushButton(tr("Import course &completions…"), this);
    completions->setObjectName(u"importCompletions"_s);
    completions->setToolTip(tr("The e-learning platform's export: "
                               "fiscal_code,course_code,completion_date,outcome"));
    completions->setVisible(session.can(Permission::EditCitizens));
    connect(completions, &QPushButton::clicked, this, &CompetencesPanel::importCompletions);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(attribution, 1);
    bottom->addWidget(completions);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(120);
    connect(m_query, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &CompetencesPanel::search);
    for (QComboBox *filter : {m_type, m_framework, m_sector, m_eqf})
        connect(filter, &QComboBox::currentIndexChanged, this, &CompetencesPanel::search);
    connect(m_resultView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showConcept(current.data(SearchResultModel::ConceptIdRole).toString());
            });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const QString id = current.data(HierarchyModel::ConceptIdRole).toString();
                if (!id.isEmpty())
                    showConcept(id);
            });
    connect(m_detail, &QTextBrowser::anchorClicked, this,
            [this](const QUrl &url) { showConcept(conceptFromAnchor(url.toString())); });
    // Enter or Down in the search field goes to the results, as in the registry.
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        m_tabs->setCurrentWidget(m_resultView);
        m_resultView->setFocus();
        if (m_results->rowCount() > 0)
            m_resultView->selectRow(0);
    });
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, &CompetencesPanel::focusSearch);
    addAction(find);
    m_detail->setHtml(tr("<p>Type to search ESCO and the regional repertories, or browse "
                         "their trees.</p>"));
}

CompetencesPanel::~CompetencesPanel() = default;

void CompetencesPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_index && !m_loading)
        loadIndex();
}

void CompetencesPanel::loadIndex()
{
    m_loading = true;
    m_status->setObjectName(u"competenceStatus"_s);
    m_status->setWordWrap(true);
    m_status->setText(tr("Preparing the search…"));
    const QString path = m_dbPath;
    readInBackground<std::shared_ptr<const CompetenceIndex>>(
        this, path, [path] { return CompetenceIndex::load(path); },
        [this](std::shared_ptr<const CompetenceIndex> index) {
            m_index = std::move(index);
            m_loading = false;
            // The filters offer what is there.
            const QSignalBlocker frameworks(m_framework);
            const QSignalBlocker sectors(m_sector);
            m_framework->clear();
            m_framework->addItem(tr("All frameworks"), QString());
            for (const Framework &f : ConceptStore(m_dbPath).frameworks())
                m_framework->addItem(f.name, f.id);
            m_sector->clear();
            m_sector->addItem(tr("All sectors"), QString());
            m_sector->addItems(m_index->sectors());
            m_hierarchy->reload();
            m_status->setText(m_index->size() == 0
                                  ? tr("No framework imported yet: see sportello competences "
                                       "import-esco and import-repertory.")
                                  : tr("%n concept(s) to search.", nullptr, int(m_index->size())));
            search();
            emit ready();
        });
}

void CompetencesPanel::importCompletions()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("The e-learning platform's completions"), QString(), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Dialogs::warn(this, tr("Course completions"), file.errorString());
        return;
    }
    CompletionReport report;
    QString error;
    if (!CourseCatalogue(m_dbPath).importCompletions(m_session, file.readAll(), &report, &error)) {
        Dialogs::warn(this, tr("Course completions"), error);
        return;
    }
    QString text = tr("%1 completion(s) recorded in the libretti, %2 not passed, %3 already "
                      "known.")
                       .arg(report.recorded)
                       .arg(report.failed)
                       .arg(report.alreadyKnown);
    if (!report.unmatched.isEmpty())
        text += u"\n\n"_s + tr("Not matched:") + u"\n"_s + report.unmatched.join(u'\n');
    Dialogs::inform(this, tr("Course completions"), text);
}

void CompetencesPanel::reload()
{
    if (!m_loading)
        loadIndex();
}

void CompetencesPanel::focusSearch()
{
    m_query->setFocus();
    m_query->selectAll();
}

void CompetencesPanel::search()
{
    if (!m_index)
        return;
    SearchFilter filter;
    ConceptType chosen;
    if (typeFromId(m_type->currentData().toString(), &chosen))
        filter.type = chosen;
    filter.framework = m_framework->currentData().toString();
    filter.sector = m_sector->currentIndex() > 0 ? m_sector->currentText() : QString();
    filter.eqf = m_eqf->currentData().toInt();
    const QString query = m_query->text().trimmed();
    m_results->setHits(m_index->search(query, 200, filter));
    if (query.isEmpty() && m_results->rowCount() == 0) {
        m_status->setText(tr("%n concept(s) to search.", nullptr, int(m_index->size())));
        return;
    }
    m_tabs->setCurrentWidget(m_resultView);
    if (m_results->rowCount() > 0) {
        m_status->setText(tr("%n result(s).", nullptr, m_results->rowCount()));
        return;
    }
    // Nothing found: say whether ESCO, the largest of the frameworks, is missing here.
    const QList<Framework> frameworks = ConceptStore(m_dbPath).frameworks();
    const bool esco = std::any_of(frameworks.cbegin(), frameworks.cend(),
                                  [](const Framework &f) { return f.id == u"esco"_s; });
    m_status->setText(
        esco ? tr("Nothing found for \"%1\".").arg(query)
             : tr("Nothing found for \"%1\" in the frameworks of this desk. ESCO (occupations "
                  "and skills of the European classification) is not imported yet: the "
                  "administrator imports it with sportello competences import-esco, or the "
                  "region publishes it.")
                   .arg(query));
}

void CompetencesPanel::showConcept(const QString &id)
{
    const auto found = ConceptStore(m_dbPath).find(id);
    if (found)
        m_detail->setHtml(conceptHtml(m_dbPath, *found));
}

} // namespace Sportello
