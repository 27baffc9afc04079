// The AUDIT node's filter: by principal, by time window, by object/operation text, with the
// model tester attached while new commits arrive.

#include "items/auditfilterproxy.h"
#include "items/auditlogmodel.h"
#include "testdatabase.h"
#include "write/writepath.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QStandardPaths>
#include <QTest>

using namespace ipam;

class TestAuditFilterProxy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void filtersByPrincipalTimeAndText();
};

void TestAuditFilterProxy::filtersByPrincipalTimeAndText()
{
    QStandardPaths::setTestModeEnabled(true);
    test::TestDatabase testDb(QStringLiteral("sqlite"));
    std::shared_ptr<Database> db = testDb.open();
    QVERIFY(db);
    WritePath alice(db, Principal{QStringLiteral("alice"), {}});
    WritePath bob(db, Principal{QStringLiteral("bob"), {}});
    const ObjectId def = alice.store().defaultSpace()->id;
    auto addSubnet = [def](WritePath &writePath, const char *text) {
        Subnet subnet;
        subnet.spaceId = def;
        subnet.networkId = Prefix::parse(QString::fromLatin1(text)).value();
        ChangeSet set;
        set.create(subnet);
        return writePath.submit(set).ok();
    };
    QVERIFY(addSubnet(alice, "10.1.0.0/24"));
    QVERIFY(addSubnet(bob, "10.2.0.0/24"));
    QVERIFY(addSubnet(alice, "10.3.0.0/24"));

    AuditLogModel model(alice.store());
    model.reload();
    AuditFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(proxy.rowCount(), 3);
    QCOMPARE(proxy.principals(), QStringList({QStringLiteral("alice"), QStringLiteral("bob")}));

    proxy.setPrincipal(QStringLiteral("alice"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setText(QStringLiteral("10.3.0"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, AuditLogModel::ObjectColumn).data().toString(),
             QStringLiteral("subnet 10.3.0.0/24"));
    proxy.setText(QString());

    // Commits that arrive while filtered show up when they match.
    QVERIFY(addSubnet(alice, "10.4.0.0/24"));
    QVERIFY(addSubnet(bob, "10.5.0.0/24"));
    model.refresh();
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(proxy.rowCount(), 3);

    // A time window after every entry hides them all; one before shows them again.
    proxy.setPrincipal(QString());
    proxy.setSince(QDateTime::currentMSecsSinceEpoch() + 60000);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSince(QDateTime::currentMSecsSinceEpoch() - 3600 * 1000);
    QCOMPARE(proxy.rowCount(), 5);
    proxy.setSince(0);
    proxy.setText(QStringLiteral("add subnet"));
    QCOMPARE(proxy.rowCount(), 5);
}

QTEST_GUILESS_MAIN(TestAuditFilterProxy)
#include "tst_auditfilterproxy.moc"
