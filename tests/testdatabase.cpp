#include "testdatabase.h"

#include "models/db/database.h"
#include "models/registry/citizenrepository.h"

using namespace Qt::StringLiterals;

TestDatabase::TestDatabase()
    : m_path(m_dir.filePath(u"test.sqlite"_s))
{
    m_valid = m_dir.isValid() && Sportello::Db::open(m_path, &m_error);
}

TestDatabase::~TestDatabase()
{
    Sportello::Db::closeConnection(m_path);
}

Sportello::Session TestDatabase::clerk()
{
    return {u"m.rossi"_s, u"Maria Rossi"_s, Sportello::Role::Clerk, u"102047"_s};
}

QString TestDatabase::addMarioRossi() const
{
    Sportello::Citizen c;
    c.surname = u"Rossi"_s;
    c.givenNames = u"Mario"_s;
    c.sex = u'M';
    c.birthDate = QDate(1985, 12, 10);
    c.birthPlaceCode = u"A562"_s;
    c.fiscalCode = u"RSSMRA85T10A562S"_s;
    QString error;
    if (!Sportello::CitizenRepository(m_path).create(clerk(), &c, &error))
        qFatal("%s", qPrintable(error));
    return c.id;
}
