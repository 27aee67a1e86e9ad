#include "widgets/nursery/publicationsview.h"

#include "models/access/staffnames.h"
#include "models/nursery/nurseryrepository.h"
#include "widgets/common/buddylabel.h"
#include "widgets/common/dialogs.h"
#include "widgets/common/tables.h"

#include <QComboBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Sportello::Nursery;

namespace Sportello {

PublicationsView::PublicationsView(const QString &dbPath, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_dbPath(dbPath)
    , m_session(session)
    , m_history(new QTableWidget(0, 4, this))
    , m_nursery(new QComboBox(this))
    , m_ageGroup(new QComboBox(this))
    , m_preview(new QTableWidget(0, 4, this))
    , m_header(new QLabel(this))
    , m_publish(new QPushButton(tr("Pu&blish the current ranking"), this))
    , m_csv(new QPushButton(tr("E&xport CSV…"), this))
    , m_pdf(new QPushButton(tr("Exp&ort PDF…"), this))
    , m_print(new QPushButton(tr("Prin&t…"), this))
{
    setObjectName(u"publicationsView"_s);
    m_history->setObjectName(u"snapshotTable"_s);
    m_history->setAccessibleName(tr("Published lists"));
    m_history->setHorizontalHeaderLabels(
        {tr("Published on"), tr("List"), tr("Published by"), tr("Rows")});
    m_preview->setObjectName(u"publicationPreview"_s);
    m_preview->setAccessibleName(tr("Preview of the published list"));
    m_preview->setHorizontalHeaderLabels(
        {tr("Position"), tr("Protocol number"), tr("Score"), tr("Preferences expressed")});
    for (QTableWidget *table : {m_history, m_preview}) {
        setUpTable(table);
    }
    m_nursery->setObjectName(u"publicationNursery"_s);
    m_ageGroup->setObjectName(u"publicationAgeGroup"_s);
    m_publish->setObjectName(u"publishNow"_s);
    m_publish->setVisible(session.can(Permission::ManageNursery));
    m_header->setWordWrap(true);

    auto *historyBox = new QGroupBox(tr("Published rankings (they never change)"), this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_history);
    historyLayout->addWidget(m_publish, 0, Qt::AlignLeft);

    auto *listBox = new QGroupBox(tr("Anonymous list of one nursery and age group"), this);
    auto *choose = new QHBoxLayout;
    choose->addWidget(buddyLabel(tr("&Nursery:"), m_nursery, this));
    choose->addWidget(m_nursery, 1);
    choose->addWidget(buddyLabel(tr("A&ge group:"), m_ageGroup, this));
    choose->addWidget(m_ageGroup);
    auto *exports = new QHBoxLayout;
    exports->addStretch();
    exports->addWidget(m_csv);
    exports->addWidget(m_pdf);
    exports->addWidget(m_print);
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->addLayout(choose);
    listLayout->addWidget(m_header);
    listLayout->addWidget(m_preview, 1);
    listLayout->addLayout(exports);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(historyBox);
    splitter->addWidget(listBox);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);

    connect(m_history, &QTableWidget::itemSelectionChanged, this, &PublicationsView::showList);
    connect(m_nursery, &QComboBox::currentIndexChanged, this, &PublicationsView::showList);
    connect(m_ageGroup, &QComboBox::currentIndexChanged, this, &PublicationsView::showList);
    connect(m_publish, &QPushButton::clicked, this, &PublicationsView::publishNow);
    connect(m_csv, &QPushButton::clicked, this, [this] { exportList(false); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { exportList(true); });
    connect(m_print, &QPushButton::clicked, this, &PublicationsView::printList);
}

PublicationsView::~PublicationsView() = default;

void PublicationsView::setRound(std::shared_ptr<const EvaluatedRound> round)
{
    m_round = std::move(round);
    m_snapshots = m_round ? NurseryRepository(m_dbPath).snapshots(m_round->data.round.id)
                          : QList<Snapshot>();
    {
        const QSignalBlocker h(m_history);
        const QSignalBlocker n(m_nursery);
        const QSignalBlocker g(m_ageGroup);
        m_history->setRowCount(int(m_snapshots.size()));
        const StaffNames staff(m_dbPath);
        for (int row = 0; row < m_snapshots.size(); ++row) {
            const Snapshot &s = m_snapshots.at(row);
            const QStringList cells
                = {QDateTime::fromString(s.publishedAt, Qt::ISODateWithMs)
                       .toLocalTime()
                       .toString(u"dd/MM/yyyy HH:mm"_s),
                   listKindLabel(s.list), staff.of(s.publishedBy), QString::number(s.rows.size())};
            for (int column = 0; column < cells.size(); ++column)
                m_history->setItem(row, column, new QTableWidgetItem(cells.at(column)));
            m_history->item(row, 2)->setToolTip(s.publishedBy); // the login
        }
        m_history->resizeColumnsToContents();
        const QString nursery = m_nursery->currentData().toString();
        const QString group = m_ageGroup->currentData().toString();
        m_nursery->clear();
        m_ageGroup->clear();
        if (m_round) {
            for (const NurseryPlace &p : m_round->data.round.rules.nurseries)
                m_nursery->addItem(p.name, p.code);
            for (const AgeGroup &a : m_round->data.round.rules.ageGroups)
                m_ageGroup->addItem(a.label, a.code);
        }
        m_nursery->setCurrentIndex(std::max(0, m_nursery->findData(nursery)));
        m_ageGroup->setCurrentIndex(std::max(0, m_ageGroup->findData(group)));
        if (!m_snapshots.isEmpty())
            m_history->selectRow(0);
    }
    const bool open = m_round && m_round->data.round.state != RoundState::Draft
        && m_round->data.round.state != RoundState::Open;
    m_publish->setEnabled(open);
    m_publish->setToolTip(open ? QString()
                               : tr("The ranking is published when the round moves to the "
                                    "provisional ranking."));
    showList();
}

PublishedList PublicationsView::currentList() const
{
    const int row = m_history->currentRow();
    if (row < 0 || row >= m_snapshots.size() || !m_history->selectionModel()->hasSelection())
        return PublishedList();
    return publishedList(m_snapshots.at(row), m_nursery->currentData().toString(),
                         m_ageGroup->currentData().toString());
}

void PublicationsView::showList()
{
    const PublishedList list = currentList();
    const bool final = list.list == ListKind::Final;
    m_preview->setColumnHidden(3, !final);
    m_preview->setRowCount(int(list.rows.size()));
    for (int row = 0; row < list.rows.size(); ++row) {
        const PublishedRow &r = list.rows.at(row);
        const QStringList cells
            = {QString::number(r.position), r.protocol + (r.late ? u" *"_s : QString()),
               pointsText(r.score), r.preferences.join(u", "_s)};
        for (int column = 0; column < cells.size(); ++column)
            m_preview->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_preview->resizeColumnsToContents();
    const bool any = !list.nurseryCode.isEmpty();
    m_header->setText(any ? tr("%1 - %2, %3 - last updated on %4 - %n rows (* late)", nullptr,
                               int(list.rows.size()))
                                .arg(listKindLabel(list.list), list.nurseryName, list.ageGroupLabel,
                                     list.lastUpdated.toString(u"dd/MM/yyyy HH:mm"_s))
                          : tr("No ranking published yet."));
    for (QPushButton *b : {m_csv, m_pdf, m_print})
        b->setEnabled(any);
}

void PublicationsView::publishNow()
{
    if (!m_round)
        return;
    Snapshot snapshot = Snapshot::of(m_round->data, m_round->result.ranking,
                                     isFinal(m_round->data.round.state) ? ListKind::Final
                                                                        : ListKind::Provisional);
    QString error;
    if (!NurseryRepository(m_dbPath).publish(m_session, &snapshot, &error)) {
        Dialogs::warn(this, tr("Publish"), error);
        return;
    }
    emit changed();
}

bool PublicationsView::exportTo(const QString &path, bool pdf)
{
    const PublishedList list = currentList();
    QString error;
    if (pdf) {
        if (writePublicationPdf(list, path, &error))
            return true;
    } else {
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly) && file.write(publicationCsv(list)) >= 0
            && file.commit())
            return true;
        error = file.errorString();
    }
    Dialogs::warn(this, tr("Export"), error);
    return false;
}

void PublicationsView::exportList(bool pdf)
{
    const PublishedList list = currentList();
    const QString name = u"graduatoria-%1-%2-%3.%4"_s.arg(
        list.round, list.nurseryCode, list.ageGroupCode, pdf ? u"pdf"_s : u"csv"_s);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the list"), name,
                                                      pdf ? tr("PDF (*.pdf)") : tr("CSV (*.csv)"));
    if (!path.isEmpty())
        exportTo(path, pdf);
}

void PublicationsView::printList()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter(&printer);
    paintPublication(&painter, &printer, currentList());
}

} // namespace Sportello
