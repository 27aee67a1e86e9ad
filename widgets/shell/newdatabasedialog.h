#pragma once

#include <QDialog>

class QRadioButton;

namespace Sportello {

// The first start on a desk with no database: start with an empty registry, or try the
// program on demo data (invented people, clearly marked as demo).
class NewDatabaseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewDatabaseDialog)

public:
    explicit NewDatabaseDialog(const QString &dbPath, QWidget *parent = nullptr);
    bool wantsDemo() const;

    static constexpr int kDemoCitizens = 5000;

private:
    QRadioButton *m_empty;
    QRadioButton *m_demo;
};

} // namespace Sportello
