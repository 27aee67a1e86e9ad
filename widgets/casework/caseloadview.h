#pragma once

#include "models/access/session.h"
#include "models/casework/agenda.h"
#include "models/casework/caselistmodel.h"

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLineEdit;
class QListWidget;
class QTableView;

namespace Sportello {

// "My caseload": the social worker's cases, counted by state (the counts are the state
// filter), filtered by need area and by name or number, with the reminders of what needs
// attention (overdue reviews and actions, plans without actions, idle cases).
class CaseloadView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseloadView)

public:
    CaseloadView(const QString &dbPath, const Session &session, QWidget *parent = nullptr);
    ~CaseloadView() override;

    void refresh(); // reads in the background, then emits loaded()
    Casework::CaseListModel *model() const { return m_model; }

signals:
    void openCase(const QString &caseId);
    void loaded();

private:
    void showLoaded(QList<Casework::CaseListModel::Row> rows,
                    const QList<Casework::Reminder> &attention);
    void applyFilters();

    QString m_dbPath;
    Session m_session;
    int m_generation = 0;
    QList<Casework::CaseListModel::Row> m_rows;

    QHBoxLayout *m_countsLayout;
    QButtonGroup *m_counts;
    QComboBox *m_area;
    QLineEdit *m_search;
    QCheckBox *m_closed;
    Casework::CaseListModel *m_model;
    QTableView *m_table;
    QListWidget *m_reminders;
};

} // namespace Sportello
