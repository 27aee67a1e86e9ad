#include "widgets/shell/helpdialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Sportello {

HelpDialog::HelpDialog(const QString &panel, QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(u"helpDialog"_s);
    setWindowTitle(tr("Sportello help"));
    m_browser->setObjectName(u"helpBrowser"_s);
    // The help text of the interface's language: the translation names its file.
    //: The language of the help file, "it" in Italian.
    const QString language = tr("en");
    m_browser->setSource(QUrl(u"qrc:/help/%1.html#%2"_s.arg(language, panel)));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(760, 640);
}

HelpDialog::~HelpDialog() = default;

} // namespace Sportello
