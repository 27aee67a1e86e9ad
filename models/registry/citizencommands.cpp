#include "models/registry/citizencommands.h"

#include "models/registry/citizenrepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Sportello {

namespace {

QString fullName(const Citizen &c)
{
    return c.surname + u' ' + c.givenNames;
}

} // namespace

SaveCitizenCommand::SaveCitizenCommand(CitizenRepository *repository, const Session &session,
                                       const std::optional<Citizen> &before, const Citizen &after,
                                       CitizenChanged changed)
    : m_repository(repository)
    , m_session(session)
    , m_before(before)
    , m_after(after)
    , m_changed(std::move(changed))
{
    setText(before ? QCoreApplication::translate("Sportello::CitizenCommands", "changes to %1")
                         .arg(fullName(after))
                   : QCoreApplication::translate("Sportello::CitizenCommands", "new citizen %1")
                         .arg(fullName(after)));
}

void SaveCitizenCommand::redo()
{
    if (m_done)
        return; // the first redo is the save the form already made
    QString error;
    if (m_before)
        m_repository->update(m_session, m_after, &error);
    else
        m_repository->setDeleted(m_session, m_after.id, false, &error);
    m_done = true;
    m_changed(m_after.id, error);
}

void SaveCitizenCommand::undo()
{
    QString error;
    if (m_before)
        m_repository->update(m_session, *m_before, &error);
    else
        m_repository->setDeleted(m_session, m_after.id, true, &error);
    m_done = false;
    m_changed(m_after.id, error);
}

DeleteCitizenCommand::DeleteCitizenCommand(CitizenRepository *repository, const Session &session,
                                           const Citizen &citizen, CitizenChanged changed)
    : m_repository(repository)
    , m_session(session)
    , m_id(citizen.id)
    , m_changed(std::move(changed))
{
    setText(QCoreApplication::translate("Sportello::CitizenCommands", "deletion of %1")
                .arg(fullName(citizen)));
}

void DeleteCitizenCommand::redo()
{
    if (m_done)
        return;
    QString error;
    m_repository->setDeleted(m_session, m_id, true, &error);
    m_done = true;
    m_changed(m_id, error);
}

void DeleteCitizenCommand::undo()
{
    QString error;
    m_repository->setDeleted(m_session, m_id, false, &error);
    m_done = false;
    m_changed(m_id, error);
}

} // namespace Sportello
