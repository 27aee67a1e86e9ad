#pragma once

#include "models/access/session.h"
#include "models/dashboard/figure.h"
#include "models/sync/centralconnection.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;

namespace Sportello {

class DashboardChart;

// The dashboard: the desk's figures at a glance, as the role may see them, or the region's
// across its municipalities (aggregate views, small counts suppressed) for a login of the
// sportello_region role. Figures are counted by the databases, off the GUI thread.
class DashboardPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPanel)

public:
    DashboardPanel(const QString &dbPath, const Session &session, const Central::Endpoint &endpoint,
                   QWidget *parent = nullptr);
    ~DashboardPanel() override;

    QList<DashboardChart *> charts() const { return m_charts; } // once first shown
    QComboBox *scope() const { return m_scope; }
    // Signs in to the region's view with a sportello_region login (the password is kept in
    // memory for this panel only) and shows the whole region.
    void openRegionalView(const QString &username, const QString &password);

public slots:
    void refresh();

signals:
    void loaded(); // the figures on screen are current
    void failed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Regional
    {
        bool ok = false;
        QString error;
        QStringList municipalities;
        Dashboard::Figures figures;
    };

    void createCharts();
    void askRegionalLogin();
    void showFigures(const Dashboard::Figures &figures);
    void showRegional(const Regional &result);

    QString m_dbPath;
    Session m_session;
    Central::Endpoint m_endpoint;
    QString m_regionUser;
    QString m_regionPassword;
    int m_generation = 0;
    QComboBox *m_scope;
    QPushButton *m_regional;
    QLabel *m_state;
    QScrollArea *m_scroll;
    QList<DashboardChart *> m_charts;
};

} // namespace Sportello
