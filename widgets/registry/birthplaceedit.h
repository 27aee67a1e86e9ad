#pragma once

#include <QLineEdit>

class QCompleter;
class QStringListModel;

namespace Sportello {

// A place of birth typed by name ("vibo", accents optional) or Belfiore code, with a
// completer over municipalities (current and suppressed) and foreign states.
class BirthPlaceEdit final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BirthPlaceEdit)

public:
    explicit BirthPlaceEdit(QWidget *parent = nullptr);

    QString code() const; // the Belfiore code, or empty if the text names no place
    void setCode(const QString &code);

signals:
    void codeChanged(const QString &code);

private:
    void updateSuggestions(const QString &text);

    QCompleter *m_completer;
    QStringListModel *m_suggestions;
    QString m_lastCode;
};

} // namespace Sportello
