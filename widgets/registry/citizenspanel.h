#pragma once

#include "models/access/session.h"
#include "models/registry/citizen.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTimer;
class QUndoStack;

namespace Sportello {

class CitizenForm;
class CitizenListModel;
class CitizenRepository;
class CitizenTable;
class HouseholdSection;
class IseeSection;
class LibrettoSection;
class SocialSection;

// The citizen registry: as-you-type search over the whole registry, the result list, and
// the record of the selected citizen with their ISEE and household.
class CitizensPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CitizensPanel)

public:
    CitizensPanel(const QString &dbPath, const Session &session, QUndoStack *undoStack,
                  QWidget *parent = nullptr);
    ~CitizensPanel() override;

    void focusSearch();
    void newCitizen();
    // A social request for the open citizen (the search first, when none is open).
    void newSocialRequest();
    void openCitizen(const QString &citizenId);
    // Rows may have changed underneath (a sync): reload the list, and the open record
    // unless it is being edited.
    void refresh();
    // Asks what to do with unsaved changes; false if the person chose to stay.
    bool confirmLeave();

    QByteArray splitterState() const;
    void restoreSplitterState(const QByteArray &state);

signals:
    void dataChanged(); // something was written: the pending-changes count moved
    void openCase(const QString &caseId); // asked from the record's social services

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onCurrentRowChanged();
    void onSearchFinished(qint64 total);
    void load(const QString &citizenId, bool recordOpening = true);
    void save();
    void revert();
    void deleteCurrent();
    void updateButtons();
    void selectCurrentInList();
    void afterUndoRedo(const QString &citizenId, const QString &error);
    bool refuseRegisteredCode(const Citizen &citizen);
    bool confirmWarnings(const Citizen &citizen);

    QString m_dbPath;
    Session m_session;
    QUndoStack *m_undoStack;
    std::unique_ptr<CitizenRepository> m_repository;
    QString m_currentId;
    QString m_shownQuery; // the search whose results the list shows

    QLineEdit *m_search;
    QTimer *m_debounce;
    QLabel *m_count;
    CitizenListModel *m_model;
    CitizenTable *m_table;
    QSplitter *m_splitter;
    QLabel *m_title;
    CitizenForm *m_form;
    IseeSection *m_isee;
    HouseholdSection *m_household;
    SocialSection *m_social;
    LibrettoSection *m_libretto;
    QPushButton *m_newButton;
    QPushButton *m_saveButton;
    QPushButton *m_revertButton;
    QPushButton *m_deleteButton;
};

} // namespace Sportello
