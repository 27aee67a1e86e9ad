#pragma once

#include "models/access/session.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace Sportello {

namespace Nursery {
struct EvaluatedRound;
}

class AllocationView;
class ApplicationsView;
class ChartsView;
class PublicationsView;
class RankingView;
class RulesEditor;
class WhatIfView;

// Nursery admissions: the rounds of the municipality, each through its stages (draft,
// applications open, provisional ranking, appeals, final ranking, allocation), with its
// rules, applications, ranking and explanations, what-if, seats and answers, published
// lists and charts. A round is loaded and evaluated off the GUI thread; every view shows
// the same evaluation.
class NurseryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NurseryPanel)

public:
    NurseryPanel(const QString &dbPath, const Session &session, QWidget *parent = nullptr);
    ~NurseryPanel() override;

    // Rows may have changed underneath (a sync, a write in a view): reload the round.
    void refresh();
    void showRound(const QString &code);
    std::shared_ptr<const Nursery::EvaluatedRound> round() const { return m_round; }
    bool isLoading() const { return m_loading > 0; }

signals:
    void dataChanged(); // something was written
    void roundLoaded();

private:
    void reloadRounds(const QString &selectId = QString());
    void loadCurrent();
    void onLoaded(int generation, std::shared_ptr<const Nursery::EvaluatedRound> round);
    void updateStage();
    void newRound();
    void importRules();
    void advanceStage();
    void written();

    QString m_dbPath;
    Session m_session;
    std::shared_ptr<const Nursery::EvaluatedRound> m_round;
    int m_generation = 0;
    int m_loading = 0;

    QComboBox *m_rounds;
    QLabel *m_stage;
    QPushButton *m_advance;
    QPushButton *m_newRound;
    QPushButton *m_importRules;
    QTabWidget *m_tabs;
    RulesEditor *m_rules;
    ApplicationsView *m_applications;
    RankingView *m_ranking;
    WhatIfView *m_whatIf;
    AllocationView *m_allocation;
    PublicationsView *m_publications;
    ChartsView *m_charts;
};

} // namespace Sportello
