#include "widgets/shell/lockscreen.h"

#include "models/access/staffrepository.h"
#include "widgets/common/buddylabel.h"
#include "widgets/common/emphasis.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sportello {

LockScreen::LockScreen(const QString &dbPath, const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_dbPath(dbPath)
    , m_session(session)
    , m_password(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_unlock(new QPushButton(tr("&Unlock"), this))
{
    setObjectName(u"lockScreen"_s);
    setWindowTitle(tr("Sportello — locked"));
    setWindowIcon(QIcon(u":/icons/sportello.svg"_s));
    setWindowModality(Qt::ApplicationModal);

    auto *heading
        = new QLabel(u"<h2>%1</h2>"_s.arg(tr("This desk is locked").toHtmlEscaped()), this);
    auto *user = new QLabel(tr("In use by %1 (%2). Type your password to go back to your work.")
                                .arg(session.displayName, Roles::label(session.role)),
                            this);
    user->setObjectName(u"lockUser"_s);
    user->setTextFormat(Qt::PlainText); // a name is never markup
    user->setWordWrap(true);
    m_password->setObjectName(u"lockPasswordEdit"_s);
    m_password->setMaxLength(StaffRepository::kMaxPasswordLength);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(256);
    m_message->setObjectName(u"lockMessage"_s);
    m_message->setWordWrap(true);
    Emphasis::markAsProblem(m_message);
    auto *hint = new QLabel(
        tr("Not %1? Sign in as yourself: %1's session ends, and changes not saved are lost.")
            .arg(session.displayName),
        this);
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    Emphasis::markAsSecondary(hint);
    m_unlock->setObjectName(u"unlockButton"_s);
    m_unlock->setDefault(true);
    auto *another = new QPushButton(tr("Sign in as &another person…"), this);
    another->setObjectName(u"anotherPersonButton"_s);
    another->setAutoDefault(false);

    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Password"), m_password, this), m_password);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(another);
    buttons->addStretch(1);
    buttons->addWidget(m_unlock);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(user);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    setMinimumWidth(460);

    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::tryUnlock);
    connect(another, &QPushButton::clicked, this, &LockScreen::anotherPersonRequested);
}

LockScreen::~LockScreen()
{
    qApp->removeEventFilter(this);
}

QWidgetList LockScreen::coveredWindows() const
{
    QWidgetList windows;
    for (const QPointer<QWidget> &window : m_covered) {
        if (window)
            windows << window;
    }
    return windows;
}

void LockScreen::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    // Open menus and lists hold the mouse and keyboard: they close, their windows stay.
    for (int i = 0; i < 8 && QApplication::activePopupWidget(); ++i)
        QApplication::activePopupWidget()->close();
    QToolTip::hideText();
    m_active = QApplication::activeWindow();
    m_topModal = QApplication::activeModalWidget();
    const QWidgetList windows = QApplication::topLevelWidgets();
    m_password->clear();
    m_message->clear();
    show(); // first: the program always has a window on screen
    raise();
    activateWindow();
    m_password->setFocus();
    for (QWidget *window : windows) {
        if (window->isVisible() && !isOwn(window))
            cover(window);
    }
    qApp->installEventFilter(this); // for windows that open while locked
}

bool LockScreen::isOwn(const QWidget *window) const
{
    for (const QObject *o = window; o; o = o->parent()) {
        if (o == this)
            return true;
    }
    return false;
}

void LockScreen::cover(QWidget *window)
{
    m_covered << window;
    // Not window->hide(): a dialog's hide() ends its exec() as refused. Hiding the widget
    // itself leaves the dialog waiting, and releases its modality until it is shown again.
    window->QWidget::setVisible(false);
}

bool LockScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show && watched->isWidgetType()) {
        auto *window = static_cast<QWidget *>(watched);
        if (window->isWindow() && !isOwn(window) && !m_covered.contains(window)) {
            // Hidden once shown (hiding it inside its own show would leave it on screen).
            QTimer::singleShot(0, this, [this, window = QPointer<QWidget>(window)] {
                if (m_locked && window && window->isVisible())
                    cover(window);
            });
        }
    }
    return QDialog::eventFilter(watched, event);
}

void LockScreen::uncover()
{
    qApp->removeEventFilter(this);
    QList<QPointer<QWidget>> windows;
    for (const QPointer<QWidget> &window : std::as_const(m_covered)) {
        if (window)
            windows << window;
    }
    m_covered.clear();
    // Plain windows first, modal dialogs above them, the top of the modal stack last.
    const auto rank = [top = m_topModal.data()](const QWidget *window) {
        return window == top ? 2 : window->isModal() ? 1 : 0;
    };
    std::stable_sort(windows.begin(), windows.end(),
                     [&rank](const QPointer<QWidget> &a, const QPointer<QWidget> &b) {
                         return rank(a) < rank(b);
                     });
    for (const QPointer<QWidget> &window : std::as_const(windows)) {
        if (window)
            window->QWidget::setVisible(true); // as it was hidden: focus and selection untouched
    }
    hide();
    m_locked = false;
    if (m_active && m_active->isVisible()) {
        m_active->raise();
        m_active->activateWindow();
    }
}

void LockScreen::tryUnlock()
{
    if (!m_locked)
        return;
    if (m_password->text().isEmpty()) {
        m_message->setText(tr("Type your password."));
        return;
    }
    if (StaffRepository(m_dbPath).verifyPassword(m_session.username, m_password->text())) {
        m_failures = 0;
        m_password->clear();
        m_message->clear();
        uncover();
        emit unlocked();
        return;
    }
    ++m_failures;
    m_password->clear();
    m_password->setFocus();
    m_message->setText(tr("Wrong password, or the account is disabled."));
    if (m_failures >= 3) { // slower and slower, as at the sign-in
        m_unlock->setEnabled(false);
        QTimer::singleShot(1000 * qMin(30, 1 << (m_failures - 3)), this,
                           [this] { m_unlock->setEnabled(true); });
    }
}

void LockScreen::reject()
{
    // Escape and the window's close button leave the desk locked.
}

void LockScreen::closeEvent(QCloseEvent *event)
{
    event->ignore();
}

} // namespace Sportello
