// The README's screenshots, taken from the real main window on a demo database:
//   sportello_screenshots DEMO.sqlite OUTPUT_DIR
// Each panel is shown as the person who uses it would see it, in Italian. With
// SPORTELLO_HIGH_CONTRAST=1 the windows use a high-contrast palette (white on black, as
// the desktops' high-contrast themes), to check that every text stays readable;
// QT_SCALE_FACTOR=2 checks the 200% scaling.
#include "models/access/staffrepository.h"
#include "models/common/language.h"
#include "models/common/settings.h"
#include "models/db/database.h"
#include "widgets/shell/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QLineEdit>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Sportello;

namespace {

struct Shot
{
    QString file;
    QString username;
    QString panel;
    QString searchField; // object name of a field to type into, if any
    QString search;
    QString tab; // object name of a tab widget and the index to show
    int tabIndex = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc != 3) {
        std::fputs("usage: sportello_screenshots DEMO.sqlite OUTPUT_DIR\n", stderr);
        return 2;
    }
    Language::install(u"it"_s);
    if (qEnvironmentVariableIntValue("SPORTELLO_HIGH_CONTRAST")) {
        QApplication::setStyle(u"Fusion"_s);
        QPalette contrast;
        for (auto role : {QPalette::Window, QPalette::Base, QPalette::Button,
                          QPalette::AlternateBase, QPalette::ToolTipBase})
            contrast.setColor(role, Qt::black);
        for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                          QPalette::ToolTipText, QPalette::BrightText})
            contrast.setColor(role, Qt::white);
        contrast.setColor(QPalette::Highlight, QColor(0xff, 0xff, 0x00));
        contrast.setColor(QPalette::HighlightedText, Qt::black);
        contrast.setColor(QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
        contrast.setColor(QPalette::Link, QColor(0x00, 0xff, 0xff));
        QApplication::setPalette(contrast);
    }
    const QString db = QString::fromLocal8Bit(argv[1]);
    const QDir out(QString::fromLocal8Bit(argv[2]));
    QString error;
    if (!Db::open(db, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    QTemporaryDir settingsDir;
    const QList<Shot> shots {
        {u"cittadini.png"_s, u"sportello"_s, u"citizens"_s, u"citizenSearchEdit"_s, u"rossi"_s},
        {u"nidi.png"_s, u"nidi"_s, u"nursery"_s, {}, {}, u"nurseryTabs"_s, 1},
        {u"servizi-sociali.png"_s, u"sociale"_s, u"casework"_s, {}, {}, u"caseworkTabs"_s, 1},
        {u"competenze.png"_s, u"sportello"_s, u"competences"_s, u"competenceQuery"_s,
         u"assistenza"_s},
        {u"cruscotto.png"_s, u"sociale"_s, u"dashboard"_s},
        {u"registro-accessi.png"_s, u"admin"_s, u"audit"_s},
    };
    StaffRepository staff(db);
    for (const Shot &shot : shots) {
        const std::optional<StaffAccount> account = staff.find(shot.username);
        if (!account) {
            std::fprintf(stderr, "no demo account %s\n", qPrintable(shot.username));
            return 1;
        }
        Settings settings(settingsDir.filePath(shot.username + u".ini"_s));
        MainWindow window(db,
                          {account->username, account->displayName, account->role,
                           account->municipality},
                          &settings);
        window.resize(1400, 880);
        window.show();
        window.showPanel(shot.panel);
        if (!shot.tab.isEmpty()) {
            if (auto *tabs = window.findChild<QTabWidget *>(shot.tab))
                tabs->setCurrentIndex(shot.tabIndex);
        }
        if (!shot.searchField.isEmpty()) {
            if (auto *field = window.findChild<QLineEdit *>(shot.searchField))
                QTest::keyClicks(field, shot.search);
        }
        QTest::qWait(1500); // background reads, charts
        if (!window.grab().save(out.filePath(shot.file))) {
            std::fprintf(stderr, "%s could not be written\n", qPrintable(shot.file));
            return 1;
        }
        std::printf("%s\n", qPrintable(out.filePath(shot.file)));
    }
    Db::closeConnection(db);
    return 0;
}
