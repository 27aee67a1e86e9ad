#pragma once

#include "models/access/session.h"
#include "models/nursery/snapshot.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Sportello {

// The published rankings of the round, each an immutable snapshot, and the anonymous
// lists cut from them per nursery and age group: preview, CSV, PDF, print.
class PublicationsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublicationsView)

public:
    PublicationsView(const QString &dbPath, const Session &session, QWidget *parent = nullptr);
    ~PublicationsView() override;

    void setRound(std::shared_ptr<const Nursery::EvaluatedRound> round);
    Nursery::PublishedList currentList() const;
    bool exportTo(const QString &path, bool pdf);

signals:
    void changed();

private:
    void publishNow();
    void showList();
    void exportList(bool pdf);
    void printList();

    QString m_dbPath;
    Session m_session;
    std::shared_ptr<const Nursery::EvaluatedRound> m_round;
    QList<Nursery::Snapshot> m_snapshots;
    QTableWidget *m_history;
    QComboBox *m_nursery;
    QComboBox *m_ageGroup;
    QTableWidget *m_preview;
    QLabel *m_header;
    QPushButton *m_publish;
    QPushButton *m_csv;
    QPushButton *m_pdf;
    QPushButton *m_print;
};

} // namespace Sportello
