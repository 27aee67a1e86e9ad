#pragma once

#include "models/access/session.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTimer;
class QTreeView;

namespace Sportello {

namespace Competences {
class CompetenceIndex;
class HierarchyModel;
class SearchResultModel;
} // namespace Competences

// Competence lookup: search over ESCO and the regional repertories as you type (the index
// is built in the background), the frameworks' trees to browse, and the detail of the
// chosen concept with its links to follow.
class CompetencesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompetencesPanel)

public:
    // The session records imports of the e-learning platform's completions, if its role may.
    CompetencesPanel(const QString &dbPath, const Session &session, QWidget *parent = nullptr);
    ~CompetencesPanel() override;

    void focusSearch();
    void reload(); // the frameworks changed (an import, a sync): rebuild the search
    void showConcept(const QString &id);
    bool isReady() const { return m_index != nullptr; }
    Competences::SearchResultModel *results() const { return m_results; }
    Competences::HierarchyModel *hierarchy() const { return m_hierarchy; }

signals:
    void ready(); // the search index is built

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadIndex();
    void importCompletions();
    void search();

    QString m_dbPath;
    Session m_session;
    std::shared_ptr<const Competences::CompetenceIndex> m_index;
    bool m_loading = false;

    QLineEdit *m_query;
    QComboBox *m_type;
    QComboBox *m_framework;
    QComboBox *m_sector;
    QComboBox *m_eqf;
    QLabel *m_status;
    QTimer *m_debounce;
    QTabWidget *m_tabs;
    Competences::SearchResultModel *m_results;
    QTableView *m_resultView;
    Competences::HierarchyModel *m_hierarchy;
    QTreeView *m_tree;
    QTextBrowser *m_detail;
};

} // namespace Sportello
