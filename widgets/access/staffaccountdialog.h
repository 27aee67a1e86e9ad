#pragma once

#include "models/access/staffrepository.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Sportello {

// Creates a staff account, or edits one (name, role, municipality, active, and optionally a
// new password). The first-run setup uses it for the administrator, with the role fixed.
class StaffAccountDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffAccountDialog)

public:
    enum class Mode { Create, CreateAdministrator, Edit };

    StaffAccountDialog(const QString &dbPath, Mode mode, const StaffAccount &account = {},
                       QWidget *parent = nullptr);

    StaffAccount account() const;

private:
    void save();

    QString m_dbPath;
    Mode m_mode;
    QLineEdit *m_username;
    QLineEdit *m_displayName;
    QComboBox *m_role;
    QComboBox *m_municipality;
    QCheckBox *m_active;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_message;
};

} // namespace Sportello
