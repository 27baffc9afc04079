// The console's ALERTS node, offscreen over a real SQLite store: the alert model watched by
// QAbstractItemModelTester (fatal) while another write path (another console or ipamctl, with
// its own alert monitor) raises and clears alerts whose change events reach this console as
// the live feed delivers them; Acknowledge and Snooze from the actions pane and the context
// menu; the status bar's indicator counts what needs attention and opens the node.

#include "consolefixture.h"

#include "actionspane.h"
#include "alerts/utilizationalertmonitor.h"
#include "alertspane.h"
#include "items/consoletreemodel.h"
#include "items/utilizationalertmodel.h"
#include "mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QAction>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace ipam;
using namespace ipam::test;
using namespace Qt::StringLiterals;

class TestAlertsNode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void alertsFollowOtherWritersAndAreAcknowledged();
};

void TestAlertsNode::alertsFollowOtherWritersAndAreAcknowledged()
{
    ConsoleFixture f;
    QVERIFY(f.isValid());
    UtilizationAlertModel &model = f.models().alerts();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    MainWindow window(f.models());
    window.show();
    QToolButton *indicator = window.findChild<QToolButton *>(u"alertsIndicator"_s);
    QVERIFY(indicator);
    QVERIFY(indicator->isHidden());

    // The other writer: its own connection, write path and monitor; its change events reach
    // this console as the feed delivers another process's (ids only, re-read here).
    WritePath other(f.database().open(), Principal{u"ipamctl-user"_s, {}});
    UtilizationAlertMonitor otherMonitor(other);
    connect(&other, &WritePath::committed, &f.models(), [&f](ChangeEvent event) {
        event.local = false;
        event.objects.clear();
        f.models().apply(event);
    });
    const Subnet small = f.subnet(f.defaultSpace, u"10.250.0.0/29"_s);
    auto addAddress = [&](int host) {
        Address a;
        a.spaceId = f.defaultSpace;
        a.ipAddress = IpAddress::parse(u"10.250.0.%1"_s.arg(host)).value();
        ChangeSet set;
        set.create(a);
        const WriteResult result = other.submit(set);
        QVERIFY2(result.ok(), qPrintable(result.message));
    };
    for (int host = 1; host <= 7; ++host) // 7 of 8: 87.5 %
        addAddress(host);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, UtilizationAlertModel::ObjectColumn).data().toString(),
             u"subnet 10.250.0.0/29"_s);
    QCOMPARE(model.index(0, UtilizationAlertModel::ValueColumn).data(Qt::UserRole).toDouble(),
             87.5);
    QCOMPARE(model.index(0, UtilizationAlertModel::StateColumn).data().toString(), u"Raised"_s);
    QVERIFY(!indicator->isHidden());
    QCOMPARE(indicator->text(), u"Alerts: 1"_s);

    // The indicator opens the ALERTS node; the actions pane offers Acknowledge and Snooze.
    QVERIFY(window.selectNode(ConsoleNodeKind::Root));
    indicator->click();
    QCOMPARE(f.models().tree().kindOf(window.consoleTree()->currentIndex()),
             ConsoleNodeKind::Alerts);
    AlertsPane *pane = window.alertsPane();
    QCOMPARE(window.centre()->currentWidget(), pane);
    QVERIFY(!pane->acknowledgeAction()->isEnabled());
    pane->view()->selectRow(0);
    QVERIFY(pane->acknowledgeAction()->isEnabled());
    QVERIFY(pane->snoozeWeekAction()->isEnabled());
    QVERIFY(window.actionsPane()->findChildren<QToolButton *>().size() > 0);
    QStringList offered;
    for (QToolButton *button : window.actionsPane()->findChildren<QToolButton *>())
        offered << button->text();
    QVERIFY2(offered.contains(pane->acknowledgeAction()->text().remove(u'&')),
             qPrintable(offered.join(u", ")));
    QVERIFY(pane->view()->actions().contains(pane->snoozeDayAction())); // the context menu

    // Snooze from here: no attention needed; the row stays, its state says until when.
    pane->snoozeWeekAction()->trigger();
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.index(0, UtilizationAlertModel::StateColumn)
                    .data()
                    .toString()
                    .startsWith(u"Snoozed until"_s));
    QVERIFY(indicator->isHidden());

    // A second alert from the other writer, then Acknowledge on it.
    QSignalSpy otherFailed(&otherMonitor, &UtilizationAlertMonitor::failed);
    addAddress(0); // 100 %: also "full within" (already full)
    QVERIFY2(otherFailed.isEmpty(),
             otherFailed.isEmpty() ? "" : qPrintable(otherFailed.at(0).at(0).toString()));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(indicator->text(), u"Alerts: 1"_s);
    const int full = model.index(0, UtilizationAlertModel::ConditionColumn)
                             .data()
                             .toString()
                             .startsWith(u"Over"_s)
            ? 1
            : 0;
    pane->view()->clearSelection();
    const QModelIndex fullRow = qobject_cast<const QAbstractProxyModel *>(pane->view()->model())
                                        ->mapFromSource(model.index(full, 0));
    pane->view()->selectRow(fullRow.row());
    pane->acknowledgeAction()->trigger();
    QCOMPARE(model.index(full, UtilizationAlertModel::StateColumn).data().toString(),
             u"Acknowledged"_s);
    QCOMPARE(model.index(full, UtilizationAlertModel::AcknowledgedByColumn).data().toString(),
             u"tester"_s);
    QVERIFY(indicator->isHidden());

    // The other writer removes addresses: both clear, the rows go.
    for (int host : {0, 7}) {
        ChangeSet remove;
        remove.remove(other.store()
                              .addressesByIp(f.defaultSpace,
                                             IpAddress::parse(u"10.250.0.%1"_s.arg(host)).value())
                              .constFirst());
        QVERIFY(other.submit(remove).ok());
    }
    QCOMPARE(model.rowCount(), 0);
    Q_UNUSED(small);
}

QTEST_MAIN(TestAlertsNode)
#include "tst_alertsnode.moc"
