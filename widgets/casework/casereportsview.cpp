#include "widgets/casework/casereportsview.h"

#include "models/casework/casereports.h"
#include "models/common/format.h"
#include "models/common/textlimits.h"
#include "widgets/common/background.h"
#include "widgets/common/barcharts.h"
#include "widgets/common/buddylabel.h"
#include "widgets/common/dateedits.h"
#include "widgets/common/dialogs.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Sportello::Casework;

namespace Sportello {

namespace {

bool writeFile(QWidget *parent, const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
        return true;
    Dialogs::warn(parent, CaseReportsView::tr("Save"),
                  CaseReportsView::tr("%1 could not be written: %2").arg(path, file.errorString()));
    return false;
}

QString csvFilter()
{
    return CaseReportsView::tr("CSV files (*.csv)");
}

} // namespace

CaseReportsView::CaseReportsView(const QString &dbPath, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_dbPath(dbPath)
    , m_session(session)
    , m_from(new DateEdit(this))
    , m_to(dateEdit(this))
    , m_timeToPlan(new QLabel(this))
    , m_status(BarCharts::view(u"caseStatusChart"_s, 240, this))
    , m_area(BarCharts::view(u"caseAreaChart"_s, 240, this))
    , m_monthly(BarCharts::view(u"caseMonthlyChart"_s, 240, this))
    , m_caseload(new QPushButton(tr("Export my &caseload (CSV)…"), this))
    , m_extract(new QPushButton(tr("&Statistical extract…"), this))
{
    setObjectName(u"caseReportsView"_s);
    const QDate today = QDate::currentDate();
    m_from->setDate(QDate(today.year(), today.month(), 1).addMonths(-11)); // twelve months
    m_from->setObjectName(u"reportsFrom"_s);
    m_to->setObjectName(u"reportsTo"_s);
    m_timeToPlan->setObjectName(u"reportsTimeToPlan"_s);
    m_caseload->setObjectName(u"reportsCaseload"_s);
    m_caseload->setVisible(m_session.can(Permission::ManageCases));
    m_extract->setObjectName(u"reportsExtract"_s);

    auto *top = new QHBoxLayout;
    top->addWidget(buddyLabel(tr("Fr&om:"), m_from, this));
    top->addWidget(m_from);
    top->addWidget(buddyLabel(tr("&To:"), m_to, this));
    top->addWidget(m_to);
    top->addStretch();
    top->addWidget(m_caseload);
    top->addWidget(m_extract);
    auto *charts = new QGridLayout;
    charts->addWidget(m_status, 0, 0);
    charts->addWidget(m_area, 0, 1);
    charts->addWidget(m_monthly, 1, 0, 1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_timeToPlan);
    layout->addLayout(charts, 1);

    connect(m_from, &DateEdit::dateChanged, this, &CaseReportsView::refresh);
    connect(m_to, &DateEdit::dateChanged, this, &CaseReportsView::refresh);
    connect(m_caseload, &QPushButton::clicked, this, &CaseReportsView::exportCaseload);
    connect(m_extract, &QPushButton::clicked, this, &CaseReportsView::openExtractDialog);
    refresh();
}

CaseReportsView::~CaseReportsView() = default;

void CaseReportsView::refresh()
{
    const QString path = m_dbPath;
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    if (!from.isValid() || !to.isValid())
        return; // a date being typed: the figures of the last whole one stay
    const int generation = ++m_generation;
    readInBackground<CaseStatistics>(
        this, path, [path, from, to] { return caseStatistics(path, from, to); },
        [this, generation](const CaseStatistics &s) {
            if (generation == m_generation)
                draw(s);
        });
}

void CaseReportsView::draw(const CaseStatistics &s)
{
    const QLocale here = locale();
    if (s.averageDaysToPlan < 0) {
        m_timeToPlan->setText(tr("Average time from request to plan: no plan in the period"));
    } else {
        m_timeToPlan->setText(tr("Average time from request to plan: %1 days (%n case files)",
                                 nullptr, s.casesWithPlan)
                                  .arg(here.toString(s.averageDaysToPlan, 'f', 1)));
    }

    // Horizontal bars are drawn bottom up: the first status and area go last.
    auto *cases = new QBarSet(tr("Cases"));
    QStringList statuses;
    const QList<CaseStatus> allStatuses = caseStatuses();
    for (auto it = allStatuses.crbegin(); it != allStatuses.crend(); ++it) {
        *cases << s.byStatus.value(*it);
        statuses << caseStatusLabel(*it);
    }
    auto *byStatus = new QHorizontalBarSeries;
    byStatus->append(cases);
    byStatus->setLabelsVisible(true);
    BarCharts::show(m_status, tr("Cases by status"), byStatus, statuses);

    auto *inArea = new QBarSet(tr("Cases"));
    QStringList areas;
    const QList<NeedArea> allAreas = needAreas();
    for (auto it = allAreas.crbegin(); it != allAreas.crend(); ++it) {
        *inArea << s.byArea.value(*it);
        areas << needAreaLabel(*it);
    }
    auto *byArea = new QHorizontalBarSeries;
    byArea->append(inArea);
    byArea->setLabelsVisible(true);
    BarCharts::show(m_area, tr("Cases by need area"), byArea, areas);

    auto *opened = new QBarSet(tr("New"));
    auto *closed = new QBarSet(tr("Closed"));
    QStringList months;
    for (const auto &[month, counts] : s.perMonth) {
        *opened << counts.first;
        *closed << counts.second;
        months << here.toString(QDate::fromString(month + u"-01"_s, Qt::ISODate), u"MMM yy"_s);
    }
    auto *perMonth = new QBarSeries;
    perMonth->append(opened);
    perMonth->append(closed);
    BarCharts::show(m_monthly, tr("New and closed cases by month"), perMonth, months);
    emit loaded();
}

void CaseReportsView::exportCaseload()
{
    const QString name = u"caseload-%1-%2.csv"_s.arg(m_session.username,
                                                     QDate::currentDate().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export my caseload"),
                                                      QDir::home().filePath(name), csvFilter());
    if (path.isEmpty())
        return;
    // Names and fiscal codes: the export is audited by caseloadCsv itself.
    writeFile(this, path, caseloadCsv(m_dbPath, m_session, m_session.username));
}

void CaseReportsView::openExtractDialog()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"extractDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Statistical extract"));
    if (!DateEdit::confirmAll(this)) {
        delete dialog;
        return;
    }
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    auto *explanation = new QLabel(
        tr("The extract counts the cases opened from %1 to %2 and the persons they concern, by "
           "need area, status, sex and age band, without names or fiscal codes; counts under 5 "
           "are written as \"<5\".\n\nPersons are told apart by a code computed with a secret "
           "key. Keep the key file apart from the database, for instance on a USB stick, and "
           "use the same key for every extract.")
            .arg(Format::date(from), Format::date(to)),
        dialog);
    explanation->setWordWrap(true);
    auto *keyFile = new QLineEdit(dialog);
    keyFile->setObjectName(u"extractKeyFile"_s);
    keyFile->setMaxLength(TextLimits::kPath);
    auto *chooseKey = new QPushButton(tr("&Choose…"), dialog);
    chooseKey->setObjectName(u"extractChooseKey"_s);
    auto *output = new QLineEdit(dialog);
    output->setObjectName(u"extractOutput"_s);
    output->setMaxLength(TextLimits::kPath);
    auto *chooseOutput = new QPushButton(tr("Ch&oose…"), dialog);
    chooseOutput->setObjectName(u"extractChooseOutput"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    auto *run = buttons->addButton(tr("Create &extract"), QDialogButtonBox::AcceptRole);
    run->setObjectName(u"extractRun"_s);
    run->setEnabled(false);

    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(keyFile, 1);
    keyRow->addWidget(chooseKey);
    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(output, 1);
    outputRow->addWidget(chooseOutput);
    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Key file:"), keyFile, dialog), keyRow);
    form->addRow(buddyLabel(tr("&Save as:"), output, dialog), outputRow);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);

    const auto ready = [keyFile, output, run] {
        run->setEnabled(!keyFile->text().isEmpty() && !output->text().isEmpty());
    };
    connect(keyFile, &QLineEdit::textChanged, dialog, ready);
    connect(output, &QLineEdit::textChanged, dialog, ready);
    connect(chooseKey, &QPushButton::clicked, dialog, [dialog, keyFile] {
        const QString path
            = QFileDialog::getOpenFileName(dialog, tr("Pseudonymisation key"), keyFile->text());
        if (!path.isEmpty())
            keyFile->setText(path);
    });
    connect(chooseOutput, &QPushButton::clicked, dialog, [dialog, output, to] {
        const QString name = u"estratto-statistico-%1.csv"_s.arg(to.toString(Qt::ISODate));
        const QString path = QFileDialog::getSaveFileName(
            dialog, tr("Save the statistical extract"),
            output->text().isEmpty() ? QDir::home().filePath(name) : output->text(), csvFilter());
        if (!path.isEmpty())
            output->setText(path);
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog,
            [this, dialog, keyFile, output, from, to] {
                QFile file(keyFile->text());
                if (!file.open(QIODevice::ReadOnly)) {
                    Dialogs::warn(dialog, tr("Statistical extract"),
                                  tr("The key file cannot be read: %1").arg(file.errorString()));
                    return;
                }
                // A trailing newline depends on the editor that wrote the key, not on the key.
                const QByteArray key = file.readAll();
                QByteArray csv;
                QString error;
                if (!statisticalExtract(m_dbPath, m_session, key, from, to, &csv, &error)) {
                    Dialogs::warn(dialog, tr("Statistical extract"), error);
                    return;
                }
                if (writeFile(dialog, output->text(), csv))
                    dialog->accept();
            });
    dialog->open();
}

} // namespace Sportello
