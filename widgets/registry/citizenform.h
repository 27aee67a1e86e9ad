#pragma once

#include "models/registry/citizen.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Sportello {

class BirthPlaceEdit;
class DateEdit;

// The personal data of one citizen. The fiscal code is checked and decoded as it is typed
// and fills sex, date and place of birth when they are still empty; "Compute" derives it
// from the other fields. The form only edits values: saving is the panel's job.
class CitizenForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CitizenForm)

public:
    explicit CitizenForm(QWidget *parent = nullptr);

    void setCitizen(const Citizen &citizen); // a saved citizen, or a blank one to register
    Citizen citizen() const; // the loaded row with the fields' values
    bool isNew() const { return m_loaded.id.isEmpty(); }
    bool isModified() const;
    void setEditable(bool editable);

    // What was typed and is no value at all (a date that does not exist): told as such, not
    // as a missing field. Saving checks these before CitizenRules::errors.
    QList<FieldIssue> typingIssues() const;
    // Marks the fields with errors and lists the messages; an empty list clears them. A
    // field's message goes as soon as the person edits that field.
    void showIssues(const QList<FieldIssue> &issues);
    void focusFirstField();

signals:
    void modifiedChanged(bool modified);

private:
    void onFiscalCodeEdited();
    void computeFiscalCode();
    void emitModified();
    QWidget *fieldOf(FieldIssue::Field field) const;
    void listIssues();
    void dropIssuesOf(FieldIssue::Field field);

    Citizen m_loaded;
    bool m_lastModified = false;
    QLineEdit *m_fiscalCode;
    QLabel *m_fiscalCodeStatus;
    QPushButton *m_compute;
    QLineEdit *m_surname;
    QLineEdit *m_givenNames;
    QComboBox *m_sex;
    DateEdit *m_birthDate;
    BirthPlaceEdit *m_birthPlace;
    QLineEdit *m_address;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QLabel *m_issues;
    QList<FieldIssue> m_shownIssues;
};

} // namespace Sportello
