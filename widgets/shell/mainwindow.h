#pragma once

#include "models/access/session.h"

#include <QMainWindow>

class QDialog;
class QListWidget;
class QStackedWidget;
class QUndoStack;

namespace Sportello {

class CaseworkPanel;
class CitizensPanel;
class CompetencesPanel;
class DashboardPanel;
class DataStatus;
class NurseryPanel;
class Settings;
class SyncIndicator;
class SyncService;

// The composer of the desk: a navigation of panels (those the role allows), menus, the
// global quick search and the data-state bar. The panels do the work.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // sync: the background sync with the region, if one is configured.
    MainWindow(const QString &dbPath, const Session &session, Settings *settings,
               SyncService *sync = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    CitizensPanel *citizensPanel() const { return m_citizens; }
    NurseryPanel *nurseryPanel() const { return m_nursery; } // null without the permission
    CaseworkPanel *caseworkPanel() const { return m_casework; } // null for other roles
    CompetencesPanel *competencesPanel() const { return m_competences; }
    DashboardPanel *dashboardPanel() const { return m_dashboard; }
    void showPanel(const QString &id);
    QString currentPanel() const;
    void openQuickSearch();
    void openConflicts();
    // The guided tour of the panels this person may use; remembered as seen once closed.
    QDialog *startTour();
    // Keeps the window's size, layout and panel for the next person at this desk.
    void rememberState();

signals:
    // File menu; the changes not saved have been saved or dropped, as the person chose.
    // The desk ends the session (their windows close) and asks who signs in.
    void switchUserRequested();
    void signOutRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPanel(const QString &id, const QString &label, const QString &icon, QWidget *panel);
    void createMenus();
    void afterSync();
    void restoreState();

    QString m_dbPath;
    Session m_session;
    Settings *m_settings;
    QUndoStack *m_undoStack;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QStringList m_panelIds;
    CitizensPanel *m_citizens;
    NurseryPanel *m_nursery = nullptr;
    CaseworkPanel *m_casework = nullptr;
    CompetencesPanel *m_competences;
    DashboardPanel *m_dashboard;
    DataStatus *m_status;
    SyncService *m_sync;
    SyncIndicator *m_syncIndicator;
};

} // namespace Sportello
