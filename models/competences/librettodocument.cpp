#include "models/competences/librettodocument.h"

#include "models/common/format.h"
#include "models/competences/conceptstore.h"
#include "models/competences/libretto.h"
#include "models/registry/birthplaces.h"
#include "models/registry/citizenrepository.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Sportello::Competences {

namespace {

QString birthPlace(const QString &code)
{
    const BirthPlace *place = BirthPlaces::instance().find(code);
    return place ? place->displayName() : code;
}

QString cell(const QString &text)
{
    return u"<td>%1</td>"_s.arg(text.toHtmlEscaped().replace(u'\n', u"<br>"_s));
}

QString period(const QDate &from, const QDate &to)
{
    if (!from.isValid())
        return QString();
    return to.isValid() ? Format::date(from) + u" – "_s + Format::date(to)
                        : QCoreApplication::translate("Sportello::LibrettoDocument", "from %1")
                              .arg(Format::date(from));
}

} // namespace

QString librettoHtml(const QString &dbPath, const QString &citizenId)
{
    const auto citizen = CitizenRepository(dbPath).find(citizenId);
    if (!citizen)
        return QString();
    const LibrettoRepository libretto(dbPath);
    QString html = u"<h1>%1</h1><p>%2</p>"_s.arg(
        QCoreApplication::translate("Sportello::LibrettoDocument",
                                    "Libretto formativo del cittadino")
            .toHtmlEscaped(),
        QCoreApplication::translate("Sportello::LibrettoDocument",
                                    "Model of the Decreto interministeriale 10 ottobre 2005")
            .toHtmlEscaped());

    html += u"<h2>%1</h2>"_s.arg(
        QCoreApplication::translate("Sportello::LibrettoDocument",
                                    "Section 1 – Personal and curricular data")
            .toHtmlEscaped());
    html += u"<h3>%1</h3><table cellpadding=3>"_s.arg(
        QCoreApplication::translate("Sportello::LibrettoDocument", "Personal data")
            .toHtmlEscaped());
    const auto row = [](const QString &label, const QString &value) {
        return u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(label.toHtmlEscaped(),
                                                               value.toHtmlEscaped());
    };
    html += row(QCoreApplication::translate("Sportello::LibrettoDocument", "Surname and name"),
                citizen->surname + u' ' + citizen->givenNames);
    html += row(QCoreApplication::translate("Sportello::LibrettoDocument", "Fiscal code"),
                citizen->fiscalCode);
    html += row(QCoreApplication::translate("Sportello::LibrettoDocument", "Born on, in"),
                Format::date(citizen->birthDate) + u", "_s + birthPlace(citizen->birthPlaceCode));
    html += row(QCoreApplication::translate("Sportello::LibrettoDocument", "Address"),
                citizen->address);
    html += row(QCoreApplication::translate("Sportello::LibrettoDocument", "Phone, e-mail"),
                QStringList {citizen->phone, citizen->email}.join(u"  "_s).trimmed());
    html += u"</table>"_s;

    const QList<Experience> experiences = libretto.experiences(citizenId);
    QHash<QString, QString> experienceTitles;
    for (const Experience::Kind kind :
         {Experience::Kind::Work, Experience::Kind::Education, Experience::Kind::Training}) {
        QString rows;
        for (const Experience &e : experiences) {
            experienceTitles.insert(e.id, e.title);
            if (e.kind != kind)
                continue;
            QString what = e.title;
            if (e.hours > 0)
                what += u" ("_s
                    + QCoreApplication::translate("Sportello::LibrettoDocument", "%n hour(s)",
                                                  nullptr, e.hours)
                    + u')';
            rows += u"<tr>"_s + cell(period(e.startsOn, e.endsOn)) + cell(what)
                + cell(QStringList {e.organisation, e.place}.join(u", "_s).trimmed())
                + cell(e.details) + u"</tr>"_s;
        }
        html += u"<h3>%1</h3>"_s.arg(experienceKindLabel(kind).toHtmlEscaped());
        html += rows.isEmpty()
            ? u"<p><i>%1</i></p>"_s.arg(
                QCoreApplication::translate("Sportello::LibrettoDocument", "None recorded.")
                    .toHtmlEscaped())
            : u"<table border=1 cellspacing=0 cellpadding=3 width=100%>"_s + rows + u"</table>"_s;
    }

    html += u"<h2>%1</h2>"_s.arg(QCoreApplication::translate("Sportello::LibrettoDocument",
                                                             "Section 2 – Competences acquired")
                                     .toHtmlEscaped());
    const QList<AcquiredCompetence> competences = libretto.competences(citizenId);
    if (competences.isEmpty()) {
        html += u"<p><i>%1</i></p>"_s.arg(
            QCoreApplication::translate("Sportello::LibrettoDocument", "None recorded.")
                .toHtmlEscaped());
    } else {
        const ConceptStore store(dbPath);
        html += u"<table border=1 cellspacing=0 cellpadding=3 width=100%><tr><th>%1</th>"
                "<th>%2</th><th>%3</th><th>%4</th></tr>"_s.arg(
                    QCoreApplication::translate("Sportello::LibrettoDocument", "Competence")
                        .toHtmlEscaped(),
                    QCoreApplication::translate("Sportello::LibrettoDocument",
                                                "Context of acquisition")
                        .toHtmlEscaped(),
                    QCoreApplication::translate("Sportello::LibrettoDocument", "Evidence")
                        .toHtmlEscaped(),
                    QCoreApplication::translate("Sportello::LibrettoDocument", "Status")
                        .toHtmlEscaped());
        for (const AcquiredCompetence &c : competences) {
            QString what = c.description;
            if (const auto linked = store.find(c.conceptId))
                what += u"\n"_s + typeLabel(linked->type)
                    + (linked->code.isEmpty() ? QString() : u' ' + linked->code);
            QString context = contextLabel(c.context);
            if (experienceTitles.contains(c.experienceId))
                context += u": "_s + experienceTitles.value(c.experienceId);
            const QString status = c.certified
                ? QCoreApplication::translate("Sportello::LibrettoDocument",
                                              "Certified by %1 on %2")
                      .arg(c.certifiedBy, Format::date(c.certifiedOn))
                : QCoreApplication::translate("Sportello::LibrettoDocument", "Declared");
            html += u"<tr>"_s + cell(what) + cell(context) + cell(c.evidence) + cell(status)
                + u"</tr>"_s;
        }
        html += u"</table>"_s;
    }
    html += u"<p><small>%1</small></p>"_s.arg(
        QCoreApplication::translate("Sportello::LibrettoDocument", "Printed on %1 by Sportello.")
            .arg(Format::date(QDate::currentDate()))
            .toHtmlEscaped());
    return html;
}

bool writeLibrettoPdf(const QString &dbPath, const QString &citizenId, const QString &path,
                      QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *error = QCoreApplication::translate(
            "Sportello::LibrettoDocument",
            "Writing a PDF needs the graphical libraries (QGuiApplication).");
        return false;
    }
    const QString html = librettoHtml(dbPath, citizenId);
    if (html.isEmpty()) {
        *error = QCoreApplication::translate("Sportello::LibrettoDocument", "No such citizen.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("Sportello::LibrettoDocument", "Cannot write %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(QCoreApplication::translate("Sportello::LibrettoDocument",
                                                 "Libretto formativo del cittadino"));
        pdf.setCreator(u"Sportello"_s);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        QTextDocument document;
        QFont font(u"DejaVu Sans"_s);
        font.setPointSizeF(9.5);
        document.setDefaultFont(font);
        document.setHtml(html);
        document.print(&pdf);
    }
    if (!file.commit()) {
        *error = QCoreApplication::translate("Sportello::LibrettoDocument", "Cannot write %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Sportello::Competences
