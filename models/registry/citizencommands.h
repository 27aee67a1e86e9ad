#pragma once

#include "models/access/session.h"
#include "models/registry/citizen.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace Sportello {

class CitizenRepository;

// Called after every undo or redo with the citizen touched and an error, if any.
using CitizenChanged = std::function<void(const QString &citizenId, const QString &error)>;

// A save that already happened (the form wrote it); undo puts back the previous values,
// or deletes the citizen again if the save created it.
class SaveCitizenCommand final : public QUndoCommand
{
public:
    SaveCitizenCommand(CitizenRepository *repository, const Session &session,
                       const std::optional<Citizen> &before, const Citizen &after,
                       CitizenChanged changed);
    void undo() override;
    void redo() override;

private:
    CitizenRepository *m_repository;
    Session m_session;
    std::optional<Citizen> m_before;
    Citizen m_after;
    CitizenChanged m_changed;
    bool m_done = true;
};

// A soft delete that already happened; undo restores the citizen.
class DeleteCitizenCommand final : public QUndoCommand
{
public:
    DeleteCitizenCommand(CitizenRepository *repository, const Session &session,
                         const Citizen &citizen, CitizenChanged changed);
    void undo() override;
    void redo() override;

private:
    CitizenRepository *m_repository;
    Session m_session;
    QString m_id;
    CitizenChanged m_changed;
    bool m_done = true;
};

} // namespace Sportello
