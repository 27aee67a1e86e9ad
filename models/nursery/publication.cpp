#include "models/common/csv.h"
#include "models/nursery/snapshot.h"
#include "models/registry/municipalities.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Sportello::Nursery {

namespace {

// Scores in files read by programs: 20020, 2.5.
QString plainScore(Points points)
{
    return QString::number(double(points) / 100.0, 'g', 15);
}

struct Column
{
    QString title;
    qreal width; // share of the table width
    Qt::Alignment align;
};

} // namespace

QByteArray publicationCsv(const PublishedList &list)
{
    const bool final = list.list == ListKind::Final;
    QStringList header = {u"round"_s,        u"school_year"_s, u"list"_s,         u"nursery"_s,
                          u"nursery_name"_s, u"age_group"_s,   u"last_updated"_s, u"position"_s,
                          u"protocol"_s,     u"score"_s,       u"late"_s};
    if (final)
        header << u"preferences"_s;
    QByteArray out = Csv::line(header);
    const QString updated = list.lastUpdated.toString(u"yyyy-MM-ddTHH:mm:ss"_s);
    for (const PublishedRow &row : list.rows) {
        QStringList fields = {list.round,
                              list.schoolYear,
                              listKindId(list.list),
                              list.nurseryCode,
                              list.nurseryName,
                              list.ageGroupCode,
                              updated,
                              QString::number(row.position),
                              row.protocol,
                              plainScore(row.score),
                              row.late ? u"1"_s : u"0"_s};
        if (final)
            fields << row.preferences.join(u';');
        out += Csv::line(fields);
    }
    return out;
}

bool writePublicationPdf(const PublishedList &list, const QString &path, QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *error = QCoreApplication::translate(
            "Sportello::Nursery", "Writing a PDF needs the graphical libraries (QGuiApplication).");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("Sportello::Nursery", "Cannot write %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    QPdfWriter pdf(&file);
    pdf.setTitle(listKindLabel(list.list) + u" - "_s + list.nurseryName);
    pdf.setCreator(u"Sportello"_s);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                  QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&pdf)) {
        *error = QCoreApplication::translate("Sportello::Nursery", "Cannot write %1.").arg(path);
        return false;
    }
    paintPublication(&painter, &pdf, list);
    painter.end();
    if (!file.commit()) {
        *error = QCoreApplication::translate("Sportello::Nursery", "Cannot write %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    return true;
}

void paintPublication(QPainter *painter, QPagedPaintDevice *device, const PublishedList &list)
{
    const qreal mm = device->logicalDpiY() / 25.4;
    const QRectF page(QPointF(0, 0), QSizeF(device->width(), device->height()));
    QFont body(u"DejaVu Sans"_s);
    body.setPointSizeF(10);
    QFont bold = body;
    bold.setBold(true);
    QFont title = bold;
    title.setPointSizeF(14);
    QFont small = body;
    small.setPointSizeF(8);

    const bool final = list.list == ListKind::Final;
    QList<Column> columns = {
        {QCoreApplication::translate("Sportello::Nursery", "Position"), 0.13, Qt::AlignRight},
        {QCoreApplication::translate("Sportello::Nursery", "Protocol number"), 0.25, Qt::AlignLeft},
        {QCoreApplication::translate("Sportello::Nursery", "Score"), 0.14, Qt::AlignRight},
        {QCoreApplication::translate("Sportello::Nursery", "Note"), 0.14, Qt::AlignLeft}};
    if (final)
        columns << Column {
            QCoreApplication::translate("Sportello::Nursery", "Preferences expressed"), 0.34,
            Qt::AlignLeft};
    else
        columns[3].width += 0.34;

    const qreal rowHeight = 6.5 * mm;
    const qreal headerHeight = 30 * mm;
    const qreal footerHeight = 10 * mm;
    const int perPage
        = std::max(1, int((page.height() - headerHeight - footerHeight - rowHeight) / rowHeight));
    const int pages = std::max<qsizetype>(1, (list.rows.size() + perPage - 1) / perPage);
    const QString municipality = Municipalities::nameOf(list.municipality);
    const QString updated = list.lastUpdated.toString(u"dd/MM/yyyy HH:mm"_s);

    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            device->newPage();
        qreal y = 0;
        painter->setFont(small);
        painter->drawText(
            QRectF(0, y, page.width(), 5 * mm), Qt::AlignLeft,
            QCoreApplication::translate("Sportello::Nursery",
                                        "Comune di %1 - Nursery admissions, school year %2")
                .arg(municipality, list.schoolYear));
        y += 6 * mm;
        painter->setFont(title);
        painter->drawText(QRectF(0, y, page.width(), 8 * mm), Qt::AlignLeft,
                          listKindLabel(list.list) + u" - "_s + list.nurseryName);
        y += 9 * mm;
        painter->setFont(body);
        painter->drawText(
            QRectF(0, y, page.width(), 6 * mm), Qt::AlignLeft,
            QCoreApplication::translate("Sportello::Nursery",
                                        "Round %1 - Nursery %2 (%3) - Age group: %4 (%5)")
                .arg(list.round, list.nurseryName, list.nurseryCode, list.ageGroupLabel,
                     list.ageGroupCode));
        y = headerHeight - rowHeight;

        // Column titles.
        painter->setFont(bold);
        qreal x = 0;
        for (const Column &c : std::as_const(columns)) {
            const qreal w = c.width * page.width();
            painter->drawText(QRectF(x + 1 * mm, y, w - 2 * mm, rowHeight),
                              c.align | Qt::AlignVCenter, c.title);
            x += w;
        }
        painter->drawLine(QPointF(0, y + rowHeight), QPointF(page.width(), y + rowHeight));
        y += rowHeight;

        painter->setFont(body);
        const qsizetype first = qsizetype(p) * perPage;
        const qsizetype last = std::min<qsizetype>(list.rows.size(), first + perPage);
        if (list.rows.isEmpty()) {
            painter->drawText(
                QRectF(0, y, page.width(), rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                QCoreApplication::translate("Sportello::Nursery", "No application in this list."));
        }
        for (qsizetype i = first; i < last; ++i) {
            const PublishedRow &row = list.rows.at(i);
            if ((i - first) % 2 == 1)
                painter->fillRect(QRectF(0, y, page.width(), rowHeight), QColor(0xf0, 0xf0, 0xf0));
            const QStringList cells
                = {QString::number(row.position), row.protocol, pointsText(row.score),
                   row.late ? QCoreApplication::translate("Sportello::Nursery", "late") : QString(),
                   row.preferences.join(u", "_s)};
            x = 0;
            for (qsizetype c = 0; c < columns.size(); ++c) {
                const qreal w = columns.at(c).width * page.width();
                painter->drawText(QRectF(x + 1 * mm, y, w - 2 * mm, rowHeight),
                                  columns.at(c).align | Qt::AlignVCenter, cells.at(c));
                x += w;
            }
            y += rowHeight;
        }

        painter->setFont(small);
        const QRectF foot(0, page.height() - 6 * mm, page.width(), 6 * mm);
        painter->drawLine(foot.topLeft(), foot.topRight());
        painter->drawText(
            foot, Qt::AlignLeft | Qt::AlignBottom,
            QCoreApplication::translate("Sportello::Nursery", "Last updated on %1").arg(updated));
        painter->drawText(foot, Qt::AlignRight | Qt::AlignBottom,
                          QCoreApplication::translate("Sportello::Nursery", "Page %1 of %2")
                              .arg(p + 1)
                              .arg(pages));
    }
}

} // namespace Sportello::Nursery
