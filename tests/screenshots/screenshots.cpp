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
#include <QLineEdit>
#include <QPalette>
#include <QTabWidget>
#include <QTableView>
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
    bool selectFirstRow = false; // of the panel's first table, to show its record
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
    const auto shot = [](const QString &file, const QString &username, const QString &panel) {
        Shot s;
        s.file = file;
        s.username = username;
        s.panel = panel;
        return s;
    };
    Shot citizens = shot(u"cittadini.png"_s, u"sportello"_s, u"citizens"_s);
    citizens.searchField = u"citizenSearchEdit"_s;
    citizens.search = u"rossi"_s;
    citizens.selectFirstRow = true;
    Shot nursery = shot(u"nidi.png"_s, u"nidi"_s, u"nursery"_s);
    nursery.tab = u"nurseryTabs"_s;
    nursery.tabIndex = 1;
    Shot competences = shot(u"competenze.png"_s, u"sportello"_s, u"competences"_s);
    competences.searchField = u"competenceQuery"_s;
    competences.search = u"assistenza"_s;
    const QList<Shot> shots {citizens,
                             nursery,
                             shot(u"servizi-sociali.png"_s, u"sociale"_s, u"casework"_s),
                             competences,
                             shot(u"cruscotto.png"_s, u"sociale"_s, u"dashboard"_s),
                             shot(u"registro-accessi.png"_s, u"admin"_s, u"audit"_s),
                             shot(u"personale.png"_s, u"admin"_s, u"staff"_s)};
    StaffRepository staff(db);
    for (const Shot &s : shots) {
        const std::optional<StaffAccount> account = staff.find(s.username);
        if (!account) {
            std::fprintf(stderr, "no demo account %s\n", qPrintable(s.username));
            return 1;
        }
        Settings settings(settingsDir.filePath(s.username + u".ini"_s));
        MainWindow window(
            db, {account->username, account->displayName, account->role, account->municipality},
            &settings);
        window.resize(1400, 880);
        window.show();
        window.showPanel(s.panel);
        if (!s.tab.isEmpty()) {
            if (auto *tabs = window.findChild<QTabWidget *>(s.tab))
                tabs->setCurrentIndex(s.tabIndex);
        }
        if (!s.searchField.isEmpty()) {
            if (auto *field = window.findChild<QLineEdit *>(s.searchField))
                QTest::keyClicks(field, s.search);
        }
        QTest::qWait(1500); // background reads, charts
        if (s.selectFirstRow) {
            if (auto *table = window.findChild<QTableView *>(u"citizenTable"_s)) {
                table->selectRow(0);
                QTest::qWait(500);
            }
        }
        if (!window.grab().save(out.filePath(s.file))) {
            std::fprintf(stderr, "%s could not be written\n", qPrintable(s.file));
            return 1;
        }
        std::printf("%s\n", qPrintable(out.filePath(s.file)));
    }
    Db::closeConnection(db);
    return 0;
}
