// The console by keyboard: no key is claimed twice (main window, its menus and actions pane,
// the Synchronize menu, every add dialog), Redo by Ctrl+Shift+Z, Alt+V / Alt+S open their
// menus, add dialogs open on their first field, and the drag label leaves the node under the
// cursor visible.

#include "consolefixture.h"

#include "addressdialog.h"
#include "addressspacedialog.h"
#include "blockdialog.h"
#include "items/edithistory.h"
#include "logicalnetworkdialog.h"
#include "mainwindow.h"
#include "networksitedialog.h"
#include "rangedialog.h"
#include "resulttableview.h"
#include "subnetdialog.h"
#include "vmm/backgroundsync.h"
#include "syncpane.h"
#include "vmnetworkdialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace ipam;
using namespace ipam::test;

namespace {

// Who claims a key, and where it is active: the window for window shortcuts and mnemonics,
// a widget (and its children) for a widget-with-children shortcut.
struct Claim
{
    QString owner;
    const QWidget *scope;
    const QObject *source; // one action in several places claims its key once
};

bool overlaps(const QWidget *a, const QWidget *b)
{
    return a == b || a->isAncestorOf(b) || b->isAncestorOf(a);
}

QString plain(QString text)
{
    return text.remove(QLatin1Char('&'));
}

class ShortcutMap
{
public:
    explicit ShortcutMap(QWidget *window)
        : m_window(window)
    { }

    // Every action of the window (its own, its menus', the panes' and buttons'), each key once.
    void addActions()
    {
        QSet<QAction *> actions;
        for (QAction *action : m_window->findChildren<QAction *>())
            actions.insert(action);
        for (QWidget *widget : m_window->findChildren<QWidget *>()) {
            for (QAction *action : widget->actions())
                actions.insert(action);
        }
        for (QAction *action : std::as_const(actions)) {
            const QList<QKeySequence> keys = action->shortcuts();
            for (qsizetype i = 0; i < keys.size(); ++i) {
                if (keys.indexOf(keys.at(i)) != i)
                    m_problems.append(QStringLiteral("%1 registers %2 twice")
                                              .arg(plain(action->text()), keys.at(i).toString()));
            }
            const QSet<QKeySequence> unique(keys.cbegin(), keys.cend());
            for (const QKeySequence &key : unique) {
                if (key.isEmpty())
                    continue;
                for (const QWidget *scope : scopesOf(action))
                    claim(key, QStringLiteral("action \"%1\"").arg(plain(action->text())), scope,
                          action);
            }
        }
    }

    // Alt+letter of the menu bar's menus, labels with a buddy and buttons (the window's
    // mnemonics), and within each menu the letters of its entries.
    void addMnemonics()
    {
        for (QMenuBar *bar : m_window->findChildren<QMenuBar *>()) {
            for (QAction *menu : bar->actions())
                claimMnemonic(menu->text(), QStringLiteral("menu"), m_window);
        }
        for (QLabel *label : m_window->findChildren<QLabel *>()) {
            if (label->buddy() && label->isVisibleTo(m_window))
                claimMnemonic(label->text(), QStringLiteral("label"), m_window);
        }
        for (QAbstractButton *button : m_window->findChildren<QAbstractButton *>()) {
            if (button->isVisibleTo(m_window) && !button->shortcut().isEmpty())
                claim(button->shortcut(),
                      QStringLiteral("button \"%1\"").arg(plain(button->text())), m_window);
        }
        for (QMenu *menu : m_window->findChildren<QMenu *>()) {
            QHash<QKeySequence, QString> letters;
            for (QAction *action : menu->actions()) {
                const QKeySequence key = QKeySequence::mnemonic(action->text());
                if (key.isEmpty() || !action->isVisible())
                    continue;
                if (letters.contains(key))
                    m_problems.append(QStringLiteral("menu %1: \"%2\" and \"%3\" share %4")
                                              .arg(plain(menu->title()), letters.value(key),
                                                   plain(action->text()), key.toString()));
                letters.insert(key, plain(action->text()));
            }
        }
    }

    QStringList problems() const { return m_problems; }

private:
    QList<const QWidget *> scopesOf(QAction *action) const
    {
        if (action->shortcutContext() != Qt::WidgetWithChildrenShortcut
            && action->shortcutContext() != Qt::WidgetShortcut)
            return {m_window};
        QList<const QWidget *> scopes;
        for (QObject *object : action->associatedObjects()) {
            auto *widget = qobject_cast<QWidget *>(object);
            if (widget && !qobject_cast<QMenu *>(widget) && !qobject_cast<QMenuBar *>(widget))
                scopes.append(widget);
        }
        return scopes;
    }

    void claimMnemonic(const QString &text, const QString &what, const QWidget *scope)
    {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            claim(key, QStringLiteral("%1 \"%2\"").arg(what, plain(text)), scope);
    }

    void claim(const QKeySequence &key, const QString &owner, const QWidget *scope,
               const QObject *source = nullptr)
    {
        for (const Claim &other : m_claims.value(key)) {
            if ((!source || other.source != source) && overlaps(other.scope, scope))
                m_problems.append(
                        QStringLiteral("%1: %2 and %3").arg(key.toString(), other.owner, owner));
        }
        m_claims[key].append({owner, scope, source});
    }

    QWidget *m_window;
    QHash<QKeySequence, QList<Claim>> m_claims;
    QStringList m_problems;
};

QStringList problemsOf(QWidget *window)
{
    ShortcutMap map(window);
    map.addActions();
    map.addMnemonics();
    return map.problems();
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void noKeyIsClaimedTwice();
    void addDialogsHaveUnambiguousKeysAndStartOnTheFirstField();
    void ctrlShiftZRedoes();
    void altLettersOpenTheirMenus();
    void dragLabelLeavesTheTargetVisible();

private:
    std::unique_ptr<ConsoleFixture> m_fixture;
    std::unique_ptr<BackgroundSync> m_sync;
    std::unique_ptr<MainWindow> m_window;
};

void TestKeyboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings(QStringLiteral("ipam-console"), QStringLiteral("console")).clear();
}

void TestKeyboard::init()
{
    m_fixture = std::make_unique<ConsoleFixture>();
    QVERIFY(m_fixture->isValid());
    m_sync = std::make_unique<BackgroundSync>(m_fixture->writePath().database().location(),
                                              m_fixture->writePath().principal());
    m_window = std::make_unique<MainWindow>(m_fixture->models());
    m_window->addSyncPane(new SyncPane(*m_sync, m_fixture->models()));
    m_window->resize(1400, 860);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestKeyboard::cleanup()
{
    m_window.reset();
    m_sync.reset();
    m_fixture.reset();
}

void TestKeyboard::noKeyIsClaimedTwice()
{
    const QStringList problems = problemsOf(m_window.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
}

void TestKeyboard::addDialogsHaveUnambiguousKeysAndStartOnTheFirstField()
{
    ConsoleModels &models = m_fixture->models();
    std::vector<std::unique_ptr<ObjectDialog>> dialogs;
    dialogs.push_back(std::make_unique<AddressSpaceDialog>(models, AddressSpace()));
    LogicalNetwork network;
    network.spaceId = m_fixture->fabric;
    dialogs.push_back(std::make_unique<LogicalNetworkDialog>(models, network));
    NetworkSite site;
    site.logicalNetworkId = m_fixture->storage;
    dialogs.push_back(std::make_unique<NetworkSiteDialog>(models, site));
    VmNetwork vmNetwork;
    vmNetwork.spaceId = m_fixture->tenant;
    dialogs.push_back(std::make_unique<VmNetworkDialog>(models, vmNetwork));
    Block block;
    block.spaceId = m_fixture->defaultSpace;
    dialogs.push_back(std::make_unique<BlockDialog>(models, block));
    Subnet subnet;
    subnet.spaceId = m_fixture->fabric;
    dialogs.push_back(std::make_unique<SubnetDialog>(models, subnet));
    Range range;
    range.spaceId = m_fixture->fabric;
    dialogs.push_back(std::make_unique<RangeDialog>(models, range));
    Address address;
    address.spaceId = m_fixture->fabric;
    dialogs.push_back(std::make_unique<AddressDialog>(models, address, u"10.1.1.0/24"_qs));
    for (const std::unique_ptr<ObjectDialog> &dialog : dialogs) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QApplication::setActiveWindow(dialog.get());
        const QString title = dialog->windowTitle();
        const QStringList problems = problemsOf(dialog.get());
        QVERIFY2(problems.isEmpty(),
                 qPrintable(title + QStringLiteral(": ") + problems.join(QStringLiteral("\n"))));
        QWidget *focus = dialog->focusWidget();
        QVERIFY2(focus, qPrintable(title));
        QVERIFY2(!qobject_cast<QAbstractButton *>(focus),
                 qPrintable(title + QStringLiteral(" opens on ") + focus->objectName()));
        // The first field: the one the first label of the form names.
        QLabel *firstLabel = nullptr;
        for (QLabel *label : dialog->findChildren<QLabel *>()) {
            if (label->buddy() && label->buddy()->isEnabled()) {
                firstLabel = label;
                break;
            }
        }
        QVERIFY2(firstLabel, qPrintable(title));
        QCOMPARE(focus, firstLabel->buddy());
        dialog->close();
    }
}

void TestKeyboard::ctrlShiftZRedoes()
{
    EditHistory &history = m_fixture->models().history();
    // A committed edit as the console makes it, undone and redone by keyboard.
    Subnet subnet;
    subnet.spaceId = m_fixture->defaultSpace;
    subnet.networkId = Prefix::parse(u"10.0.78.0/24").value();
    ChangeSet create;
    create.create(subnet);
    QVERIFY(history.run(create).ok());
    auto stored = [this] {
        return m_fixture->store()
                .subnetByPrefix(m_fixture->defaultSpace, Prefix::parse(u"10.0.78.0/24").value())
                .has_value();
    };
    QVERIFY(stored());
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!stored());
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(stored());
}

void TestKeyboard::altLettersOpenTheirMenus()
{
    for (const auto &[key, title] :
         {std::pair{Qt::Key_V, u"&View"_qs}, std::pair{Qt::Key_S, u"&Synchronize"_qs},
          std::pair{Qt::Key_E, u"&Edit"_qs}, std::pair{Qt::Key_A, u"&Action"_qs}}) {
        m_window->activateWindow();
        QTest::keyClick(m_window.get(), key, Qt::AltModifier);
        QWidget *popup = QApplication::activePopupWidget();
        auto *menu = qobject_cast<QMenu *>(popup);
        QVERIFY2(menu, qPrintable(title));
        QCOMPARE(menu->title(), title);
        menu->close();
        QTRY_VERIFY(!QApplication::activePopupWidget());
    }
}

void TestKeyboard::dragLabelLeavesTheTargetVisible()
{
    QTableView *view = m_window->resultPane()->currentItemView();
    QVERIFY(qobject_cast<ResultTableView *>(view));
    const QPixmap label = ResultTableView::dragPixmap(
            *view, {u"10.1.1.0/24"_qs, u"10.1.2.0/24"_qs, u"10.1.3.0/24"_qs, u"10.1.4.0/24"_qs});
    QVERIFY(!label.isNull());
    const QRect drawn(QPoint(0, 0), label.deviceIndependentSize().toSize());
    // The cursor (the hot spot) is outside the label: the node under it stays visible.
    QVERIFY(!drawn.contains(ResultTableView::dragHotSpot()));
    // And the label stays close to the cursor, below and to its right.
    QVERIFY(ResultTableView::dragHotSpot().x() < 0 && ResultTableView::dragHotSpot().y() < 0);
    QVERIFY(ResultTableView::dragHotSpot().manhattanLength() < 40);
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
