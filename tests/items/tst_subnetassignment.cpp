#include "rbacfixture.h"

#include "domain/operation.h"
#include "items/consolemodels.h"
#include "items/consoletreemodel.h"
#include "items/edithistory.h"
#include "items/subnetassignment.h"
#include "items/subnetmodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace ipam;
using namespace ipam::test;

// Drag-assign under role-based access control: a principal allowed to assign subnets in one
// access scope may drop there, and is refused elsewhere (with the reason, while hovering when
// the assignment has the authorizer, and by the write path on the drop in any case), leaving
// the store as it was.
class TestSubnetAssignment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void assignsWhereThePrincipalMay();
    void refusesWhereThePrincipalMayNot();
    void writePathRefusesWhenHoverWasNotAsked();

private:
    bool canDrop(ObjectId subnetId, ConsoleNodeKind kind, ObjectId id);
    bool drop(ObjectId subnetId, ConsoleNodeKind kind, ObjectId id);

    std::unique_ptr<RbacFixture> m_fixture;
    std::unique_ptr<ConsoleModels> m_models;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestSubnetAssignment::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSubnetAssignment::init()
{
    m_fixture = std::make_unique<RbacFixture>(QStringLiteral("sqlite"));
    QString error;
    QVERIFY2(m_fixture->start(&error), qPrintable(error));
    AccessControlStore &admin = *m_fixture->adminAccess;
    QVERIFY(admin.addRole(QStringLiteral("Assigners"), {Operation::AssignSubnet}).ok());
    QVERIFY(admin.addPolicy(QStringLiteral("kim"), false, QStringLiteral("Assigners"),
                            QStringLiteral("Global/East"))
                    .ok());
    m_fixture->user->setPrincipal(Principal{QStringLiteral("kim"), {}});
    m_models = std::make_unique<ConsoleModels>(*m_fixture->user);
    QVERIFY(m_models->load(&error));
    m_models->assignment().setAuthorizer(makeAuthorizer(m_fixture->db));
    m_tester = std::make_unique<QAbstractItemModelTester>(
            &m_models->tree(), QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestSubnetAssignment::cleanup()
{
    m_tester.reset();
    m_models.reset();
    m_fixture.reset();
}

bool TestSubnetAssignment::canDrop(ObjectId subnetId, ConsoleNodeKind kind, ObjectId id)
{
    QMimeData data;
    data.setData(SubnetModel::mimeType(), QByteArray::number(subnetId) + '\n');
    ConsoleTreeModel &tree = m_models->tree();
    return tree.canDropMimeData(&data, Qt::CopyAction, -1, -1, tree.indexOf(kind, id));
}

bool TestSubnetAssignment::drop(ObjectId subnetId, ConsoleNodeKind kind, ObjectId id)
{
    QMimeData data;
    data.setData(SubnetModel::mimeType(), QByteArray::number(subnetId) + '\n');
    ConsoleTreeModel &tree = m_models->tree();
    return tree.dropMimeData(&data, Qt::CopyAction, -1, -1, tree.indexOf(kind, id));
}

void TestSubnetAssignment::assignsWhereThePrincipalMay()
{
    // Dublin is inside East.
    for (const char *where : {"East", "Dublin"}) {
        const RbacFixture::Location &l = m_fixture->locations.value(QLatin1String(where));
        QVERIFY(canDrop(l.subnet.id, ConsoleNodeKind::NetworkSite, l.site.id));
        QVERIFY(drop(l.subnet.id, ConsoleNodeKind::NetworkSite, l.site.id));
        const auto stored = m_fixture->admin->store().get<Subnet>(l.subnet.id);
        QCOMPARE(stored->siteId, l.site.id);
        QCOMPARE(stored->logicalNetworkId, l.logicalNetwork.id);
    }
    QCOMPARE(m_models->history().count(), 2);
    m_models->history().undo();
    const RbacFixture::Location &dublin = m_fixture->locations.value(QStringLiteral("Dublin"));
    QCOMPARE(m_fixture->admin->store().get<Subnet>(dublin.subnet.id)->siteId, ObjectId(0));
}

void TestSubnetAssignment::refusesWhereThePrincipalMayNot()
{
    const RbacFixture::Location &west = m_fixture->locations.value(QStringLiteral("West"));
    const QString before = m_fixture->fingerprint();
    QSignalSpy hints(&m_models->assignment(), &SubnetAssignment::hint);
    QVERIFY(!canDrop(west.subnet.id, ConsoleNodeKind::NetworkSite, west.site.id));
    QVERIFY2(hints.last().at(0).toString().contains(QLatin1String("permission denied")),
             qPrintable(hints.last().at(0).toString()));
    QVERIFY(!drop(west.subnet.id, ConsoleNodeKind::NetworkSite, west.site.id));
    QCOMPARE(m_fixture->fingerprint(), before);
    QCOMPARE(m_models->history().count(), 0);
}

void TestSubnetAssignment::writePathRefusesWhenHoverWasNotAsked()
{
    m_models->assignment().setAuthorizer({});
    const RbacFixture::Location &west = m_fixture->locations.value(QStringLiteral("West"));
    const QString before = m_fixture->fingerprint();
    QSignalSpy refused(&m_models->assignment(), &SubnetAssignment::refused);
    QVERIFY(canDrop(west.subnet.id, ConsoleNodeKind::NetworkSite, west.site.id));
    QVERIFY(!drop(west.subnet.id, ConsoleNodeKind::NetworkSite, west.site.id));
    QCOMPARE(refused.size(), 1);
    QVERIFY2(refused.last().at(0).toString().contains(QLatin1String("permission denied")),
             qPrintable(refused.last().at(0).toString()));
    QCOMPARE(m_fixture->fingerprint(), before);
    QCOMPARE(m_models->history().count(), 0);
}

QTEST_MAIN(TestSubnetAssignment)
#include "tst_subnetassignment.moc"
