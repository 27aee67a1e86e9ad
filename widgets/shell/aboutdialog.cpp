#include "widgets/shell/aboutdialog.h"

#include "models/competences/concept.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Sportello::Competences::escoAttributionIntroduced;

namespace Sportello {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Sportello"));
    resize(620, 520);
    auto *title = new QLabel(
        u"<h2>Sportello %1</h2><p>%2</p>"_s.arg(
            QCoreApplication::applicationVersion(),
            tr("The front desk of the municipal social, employment, childcare and training "
               "services: the good practices of Regione Toscana and Comune di Firenze, adopted "
               "by Regione Calabria and Comune di Vibo Valentia.")),
        this);
    title->setWordWrap(true);
    auto *licences = new QTextBrowser(this);
    licences->setObjectName(u"licencesBrowser"_s);
    licences->setOpenExternalLinks(true);
    licences->setHtml(licencesHtml());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(licences, 1);
    layout->addWidget(buttons);
}

QString AboutDialog::licencesHtml()
{
    return u"<h3>%1</h3><ul>"
           "<li><b>Qt %2</b> — %3 (<a href=\"https://www.qt.io/licensing\">qt.io</a>)</li>"
           "<li><b>SQLite</b> — %4</li>"
           "<li><b>libsodium</b> — %5</li>"
           "<li><b>libxlsxwriter</b> — %9</li>"
           "</ul><h3>%6</h3><p>%7</p><ul>"
           "<li>Ministero dell'Interno, ANPR — CC BY 4.0</li>"
           "<li>Agenzia delle Entrate — CC BY 4.0</li>"
           "<li>Istituto nazionale di statistica (ISTAT) — CC BY 3.0 IT</li>"
           "<li>@marketto/belfiore-connector-embedded 1.2.1 — MIT</li></ul>"
           "<p>%8</p>"_s.arg(
               tr("Software"), QString::fromLatin1(qVersion()),
               tr("GNU Lesser General Public License v3"), tr("public domain"),
               tr("ISC license; Argon2id password hashing"), tr("Data"),
               tr("Places of birth (Belfiore codes of Italian municipalities, also suppressed "
                  "ones, and of foreign states) come from:"),
               QString(escoAttributionIntroduced() + u' '
                       + tr("ESCO is published by the European Commission for free reuse; the "
                            "desk holds the files its region imported."))
                   .toHtmlEscaped(),
               tr("BSD 2-Clause licence; the Excel exports"));
}

} // namespace Sportello
