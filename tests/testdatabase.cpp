#include "testdatabase.h"

#include "models/db/database.h"

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
