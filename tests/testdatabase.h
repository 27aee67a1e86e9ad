#pragma once

#include "models/access/session.h"

#include <QString>
#include <QTemporaryDir>

// A fresh database file with the real migrations applied, removed with the object.
class TestDatabase final
{
public:
    TestDatabase();
    ~TestDatabase();
    Q_DISABLE_COPY_MOVE(TestDatabase)

    const QString &path() const { return m_path; }
    bool isValid() const { return m_valid; }
    QString error() const { return m_error; }

    static Sportello::Session clerk(); // a Vibo Valentia desk clerk
    // Registers Mario Rossi (RSSMRA85T10A562S) and returns his citizen id.
    QString addMarioRossi() const;

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_error;
    bool m_valid = false;
};
