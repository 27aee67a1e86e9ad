#pragma once

#include "models/registry/household.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QTableView;

namespace Sportello {

class CitizenListModel;

// Picks a registered citizen and their relation to the head of the household.
class AddMemberDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddMemberDialog)

public:
    AddMemberDialog(const QString &dbPath, const QString &excludedId, QWidget *parent = nullptr);

    QString citizenId() const;
    Relation relation() const;

private:
    void updateOk();

    QString m_excludedId;
    CitizenListModel *m_model;
    QLineEdit *m_search;
    QTableView *m_table;
    QComboBox *m_relation;
    QDialogButtonBox *m_buttons;
};

} // namespace Sportello
