#pragma once

#include <QDialog>

class QLineEdit;
class QTableView;
class QTimer;

namespace Sportello {

class CitizenListModel;

// Ctrl+K: a small search box over the whole registry; Enter opens the citizen chosen.
class QuickSearch final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickSearch)

public:
    explicit QuickSearch(const QString &dbPath, QWidget *parent = nullptr);
    QString citizenId() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void acceptWhenReady();

    CitizenListModel *m_model;
    QLineEdit *m_edit;
    QTableView *m_results;
    QTimer *m_debounce;
    bool m_acceptPending = false;
};

} // namespace Sportello
