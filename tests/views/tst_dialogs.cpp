#include "consolefixture.h"

#include "addressdialog.h"
#include "addressspacedialog.h"
#include "blockdialog.h"
#include "items/addressmodel.h"
#include "items/blockmodel.h"
#include "items/consoletreemodel.h"
#include "items/edithistory.h"
#include "items/rangemodel.h"
#include "items/subnetmodel.h"
#include "logicalnetworkdialog.h"
#include "networksitedialog.h"
#include "rangedialog.h"
#include "subnetdialog.h"
#include "vmnetworkdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace ipam;
using namespace ipam::test;

namespace {

Range rangeIn(ObjectId space, const char *start, const char *end, QList<QString> gateways,
              QList<QString> reserved = {})
{
    Range range;
    range.spaceId = space;
    range.startAddress = IpAddress::parse(QString::fromLatin1(start)).value();
    range.endAddress = IpAddress::parse(QString::fromLatin1(end)).value();
    range.gateways = std::move(gateways);
    range.reservedAddresses = std::move(reserved);
    return range;
}

} // namespace

// The add/edit dialogs validate as the admin types: the inline message names the problem
// and OK stays disabled until the input is one the write path accepts; "find free" fills in
// the next free subnet or address; OK commits through the write path.
class TestDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_fixture.reset(); }
    void dialogsRefuseInTheWritePathsWords();
    void subnetValidatesAsYouType_data();
    void subnetValidatesAsYouType();
    void subnetSiteListFollowsLogicalNetwork();
    void subnetFindsFreeSubnetAndCommits();
    void subnetEditKeepsChildrenConsistent();
    void addressFindsFreeAddressAndRefusesDuplicates();
    void rangeNeedsItsSubnetAndNoOverlap();
    void blockRefusesDuplicatesAndHostBits();
    void containersRefuseDuplicateNames();
    void customerSpaceNeedsAProvider();
    void freeAddressSkipsGatewaysAndStaysInTheRange();
    void rangeDialogEditsGatewaysInIpamsForm();
    void undoStepsOfRangesAndAddressesHaveNames();
    void freeSubnetOfALogicalNetworkStaysInItsSites();

private:
    static void type(QLineEdit *edit, const QString &text)
    {
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    static void select(QComboBox *combo, const QString &text)
    {
        const int index = combo->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        combo->setCurrentIndex(index);
    }

    std::unique_ptr<ConsoleFixture> m_fixture;
};

void TestDialogs::init()
{
    m_fixture = std::make_unique<ConsoleFixture>();
    QVERIFY(m_fixture->isValid());
}

void TestDialogs::subnetValidatesAsYouType_data()
{
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("logicalNetwork");
    QTest::addColumn<QString>("vlans");
    QTest::addColumn<QString>("message"); // a part of it; empty = valid
    QTest::newRow("empty") << ""
                           << "(none)"
                           << ""
                           << "Enter the network";
    QTest::newRow("not a prefix") << "10.1.300.0/24"
                                  << "(none)"
                                  << ""
                                  << "10.1.300.0/24";
    QTest::newRow("host bits") << "10.1.200.1/24"
                               << "(none)"
                               << ""
                               << "host bits";
    QTest::newRow("overlaps") << "10.1.2.128/25"
                              << "(none)"
                              << ""
                              << "overlaps subnet 10.1.2.0/24";
    QTest::newRow("exists") << "10.1.3.0/24"
                            << "(none)"
                            << ""
                            << "already exists";
    QTest::newRow("bad VLAN") << "10.1.200.0/24"
                              << "Storage"
                              << "5000"
                              << "out of range";
    QTest::newRow("VLAN text") << "10.1.200.0/24"
                               << "Storage"
                               << "ten"
                               << "not a number";
    QTest::newRow("valid") << "10.1.200.0/24"
                           << "Storage"
                           << "10, 20"
                           << "";
    QTest::newRow("valid IPv6") << "2001:db8:1:99::/64"
                                << "Backup"
                                << ""
                                << "";
}

void TestDialogs::subnetValidatesAsYouType()
{
    QFETCH(QString, network);
    QFETCH(QString, logicalNetwork);
    QFETCH(QString, vlans);
    QFETCH(QString, message);
    ConsoleFixture &f = *m_fixture;
    Subnet defaults;
    defaults.spaceId = f.fabric;
    defaults.networkType = NetworkType::Provider;
    SubnetDialog dialog(f.models(), defaults);
    select(dialog.findChild<QComboBox *>(QStringLiteral("logicalNetwork")), logicalNetwork);
    type(dialog.findChild<QLineEdit *>(QStringLiteral("vlans")), vlans);
    type(dialog.networkEdit(), network);
    if (message.isEmpty()) {
        QVERIFY2(dialog.isAcceptable(), qPrintable(dialog.message()));
        QVERIFY(dialog.message().isEmpty());
    } else {
        QVERIFY(!dialog.isAcceptable());
        QVERIFY2(dialog.message().contains(message), qPrintable(dialog.message()));
    }
}

void TestDialogs::subnetSiteListFollowsLogicalNetwork()
{
    ConsoleFixture &f = *m_fixture;
    Subnet defaults;
    defaults.spaceId = f.fabric;
    defaults.networkType = NetworkType::Provider;
    SubnetDialog dialog(f.models(), defaults);
    auto *network = dialog.findChild<QComboBox *>(QStringLiteral("logicalNetwork"));
    auto *site = dialog.findChild<QComboBox *>(QStringLiteral("site"));
    QVERIFY(!site->isEnabled());
    select(network, QStringLiteral("Storage"));
    QCOMPARE(site->count(), 3); // (none), Site A, Site B
    select(network, QStringLiteral("Backup"));
    QCOMPARE(site->count(), 2);
    QCOMPARE(site->itemText(1), QStringLiteral("Site C"));
    // The Default space's logical networks are not offered in Fabric.
    QCOMPARE(network->count(), 3);
    // The tenant: VM network instead of logical network.
    select(dialog.findChild<QComboBox *>(QStringLiteral("space")), QStringLiteral("Tenant"));
    QVERIFY(!network->isEnabled());
    QVERIFY(dialog.findChild<QComboBox *>(QStringLiteral("vmNetwork"))->isEnabled());
    type(dialog.networkEdit(), QStringLiteral("10.1.5.0/24")); // tenants may overlap the provider
    QVERIFY2(dialog.isAcceptable(), qPrintable(dialog.message()));
}

void TestDialogs::subnetFindsFreeSubnetAndCommits()
{
    ConsoleFixture &f = *m_fixture;
    Subnet defaults;
    defaults.spaceId = f.fabric;
    defaults.networkType = NetworkType::Provider;
    defaults.logicalNetworkId = f.storage;
    defaults.siteId = f.siteB;
    SubnetDialog dialog(f.models(), defaults);
    type(dialog.withinEdit(), QStringLiteral("10.1.0.0/16"));
    dialog.lengthSpin()->setValue(24);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("findFreeSubnet")),
                      Qt::LeftButton);
    QCOMPARE(dialog.networkEdit()->text(), QStringLiteral("10.1.12.0/24")); // 10.1.0-11 are taken
    QVERIFY(dialog.isAcceptable());
    type(dialog.findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("new-storage"));
    const int rowsBefore = f.models().subnets().rowCount();
    dialog.accept();
    QCOMPARE(dialog.result().status, WriteStatus::Committed);
    const auto stored = f.store().subnetByPrefix(f.fabric, Prefix::parse(u"10.1.12.0/24").value());
    QVERIFY(stored);
    QCOMPARE(stored->siteId, f.siteB);
    QCOMPARE(stored->name, QStringLiteral("new-storage"));
    QCOMPARE(f.models().subnets().rowCount(), rowsBefore + 1);
    // Nothing left: a message, no change.
    SubnetDialog full(f.models(), defaults);
    type(full.withinEdit(), QStringLiteral("10.1.1.0/24"));
    full.lengthSpin()->setValue(26);
    QVERIFY(!full.findFreeSubnet());
    QVERIFY(full.message().contains(QStringLiteral("No free")));
}

void TestDialogs::subnetEditKeepsChildrenConsistent()
{
    ConsoleFixture &f = *m_fixture;
    const Subnet withRange
            = f.store().subnetByPrefix(f.fabric, Prefix::parse(u"10.1.1.0/24").value()).value();
    SubnetDialog dialog(f.models(), withRange);
    QVERIFY(dialog.isAcceptable());
    type(dialog.networkEdit(), QStringLiteral("10.1.99.0/24"));
    QVERIFY(!dialog.isAcceptable());
    QVERIFY2(dialog.message().contains(QStringLiteral("holds ranges or addresses")),
             qPrintable(dialog.message()));
    type(dialog.networkEdit(), QStringLiteral("10.1.1.0/24"));
    select(dialog.findChild<QComboBox *>(QStringLiteral("logicalNetwork")),
           QStringLiteral("Backup"));
    select(dialog.findChild<QComboBox *>(QStringLiteral("site")), QStringLiteral("Site C"));
    QVERIFY(dialog.isAcceptable());
    dialog.accept();
    QCOMPARE(f.store().get<Subnet>(withRange.id)->siteId, f.siteC);
}

void TestDialogs::addressFindsFreeAddressAndRefusesDuplicates()
{
    ConsoleFixture &f = *m_fixture;
    Address defaults;
    defaults.spaceId = f.fabric;
    AddressDialog dialog(f.models(), defaults, QStringLiteral("10.1.1.0/24"));
    QVERIFY(!dialog.isAcceptable());
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("findFreeAddress")),
                      Qt::LeftButton);
    QCOMPARE(dialog.addressEdit()->text(), QStringLiteral("10.1.1.1")); // .10-.29 are recorded
    QVERIFY(dialog.isAcceptable());
    type(dialog.addressEdit(), QStringLiteral("10.1.1.15"));
    QVERIFY(!dialog.isAcceptable());
    // In the write path's words, as ipamctl says it.
    QVERIFY2(dialog.message().contains(QStringLiteral("address 10.1.1.15 already exists")),
             qPrintable(dialog.message()));
    type(dialog.addressEdit(), QStringLiteral("10.1.1.256"));
    QVERIFY(!dialog.isAcceptable());
    type(dialog.addressEdit(), QStringLiteral("10.1.1.50"));
    QVERIFY(dialog.isAcceptable());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("where"))
                    ->text()
                    .contains(QStringLiteral("range")));
    dialog.accept();
    QCOMPARE(dialog.result().status, WriteStatus::Committed);
    QCOMPARE(f.store().addressesByIp(f.fabric, IpAddress::parse(u"10.1.1.50").value()).size(), 1);
}

void TestDialogs::rangeNeedsItsSubnetAndNoOverlap()
{
    ConsoleFixture &f = *m_fixture;
    Range defaults;
    defaults.spaceId = f.fabric;
    RangeDialog dialog(f.models(), defaults);
    auto *start = dialog.findChild<QLineEdit *>(QStringLiteral("start"));
    auto *end = dialog.findChild<QLineEdit *>(QStringLiteral("end"));
    type(start, QStringLiteral("10.9.0.10"));
    type(end, QStringLiteral("10.9.0.20"));
    QVERIFY(!dialog.isAcceptable());
    QVERIFY2(dialog.message().contains(QStringLiteral("no subnet exists")),
             qPrintable(dialog.message()));
    type(start, QStringLiteral("10.1.1.50"));
    type(end, QStringLiteral("10.1.1.150"));
    QVERIFY2(dialog.message().contains(QStringLiteral("overlaps range")),
             qPrintable(dialog.message()));
    type(start, QStringLiteral("10.1.2.20"));
    type(end, QStringLiteral("10.1.2.10"));
    QVERIFY(!dialog.isAcceptable());
    type(end, QStringLiteral("10.1.2.90"));
    QVERIFY2(dialog.isAcceptable(), qPrintable(dialog.message()));
    dialog.accept();
    QCOMPARE(dialog.result().status, WriteStatus::Committed);
    QCOMPARE(f.models().ranges().rowCount(), 2);
}

// A dialog asks the write path's own ObjectValidator: what it shows is, word for word, what
// ipamctl (or the dialog's OK) would be told by the write path.
void TestDialogs::dialogsRefuseInTheWritePathsWords()
{
    ConsoleFixture &f = *m_fixture;
    auto refusal = [&](AnyObject object) {
        ChangeSet set;
        set.create(std::move(object));
        const WriteResult result = f.writePath().submit(set);
        return result.status == WriteStatus::Refused ? result.message : QString();
    };

    Block block;
    block.spaceId = f.defaultSpace;
    BlockDialog blockDialog(f.models(), block);
    type(blockDialog.findChild<QLineEdit *>(QStringLiteral("network")),
         QStringLiteral("10.0.0.0/8"));
    block.networkId = Prefix::parse(u"10.0.0.0/8").value();
    QVERIFY(!blockDialog.isAcceptable());
    QCOMPARE(blockDialog.message(), refusal(block));

    Range range;
    range.spaceId = f.fabric;
    RangeDialog rangeDialog(f.models(), range);
    type(rangeDialog.findChild<QLineEdit *>(QStringLiteral("start")), QStringLiteral("10.9.0.10"));
    type(rangeDialog.findChild<QLineEdit *>(QStringLiteral("end")), QStringLiteral("10.9.0.20"));
    range.startAddress = IpAddress::parse(u"10.9.0.10").value();
    range.endAddress = IpAddress::parse(u"10.9.0.20").value();
    QVERIFY(!rangeDialog.isAcceptable());
    QCOMPARE(rangeDialog.message(), refusal(range));
    type(rangeDialog.findChild<QLineEdit *>(QStringLiteral("start")), QStringLiteral("10.1.1.50"));
    type(rangeDialog.findChild<QLineEdit *>(QStringLiteral("end")), QStringLiteral("10.1.1.150"));
    range.startAddress = IpAddress::parse(u"10.1.1.50").value();
    range.endAddress = IpAddress::parse(u"10.1.1.150").value();
    QCOMPARE(rangeDialog.message(), refusal(range));

    LogicalNetwork network;
    network.spaceId = f.fabric;
    LogicalNetworkDialog networkDialog(f.models(), network);
    type(networkDialog.findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("Storage"));
    network.name = QStringLiteral("Storage");
    QVERIFY(!networkDialog.isAcceptable());
    QCOMPARE(networkDialog.message(), refusal(network));
}

void TestDialogs::blockRefusesDuplicatesAndHostBits()
{
    ConsoleFixture &f = *m_fixture;
    Block defaults;
    defaults.spaceId = f.defaultSpace;
    BlockDialog dialog(f.models(), defaults);
    auto *network = dialog.findChild<QLineEdit *>(QStringLiteral("network"));
    type(network, QStringLiteral("10.0.0.0/8"));
    QVERIFY(dialog.message().contains(QStringLiteral("already exists")));
    type(network, QStringLiteral("10.0.0.1/8"));
    QVERIFY(dialog.message().contains(QStringLiteral("host bits")));
    type(network, QStringLiteral("10.20.0.0/16"));
    QVERIFY(dialog.isAcceptable()); // a sub-block nests
    dialog.accept();
    QCOMPARE(f.models().blocks().rowCount(), 3);
}

void TestDialogs::containersRefuseDuplicateNames()
{
    ConsoleFixture &f = *m_fixture;
    LogicalNetwork network;
    network.spaceId = f.fabric;
    LogicalNetworkDialog lnet(f.models(), network);
    type(lnet.findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("Storage"));
    QVERIFY(lnet.message().contains(QStringLiteral("already has")));
    type(lnet.findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral(" Storage2"));
    QVERIFY(lnet.message().contains(QStringLiteral("spaces")));
    type(lnet.findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("Storage2"));
    QVERIFY(lnet.isAcceptable());
    lnet.accept();
    QVERIFY(f.store().logicalNetworkByName(f.fabric, QStringLiteral("Storage2")));

    NetworkSite site;
    site.logicalNetworkId = f.storage;
    NetworkSiteDialog siteDialog(f.models(), site);
    type(siteDialog.findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("Site A"));
    QVERIFY(siteDialog.message().contains(QStringLiteral("already has")));
    type(siteDialog.findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("Site D"));
    type(siteDialog.findChild<QLineEdit *>(QStringLiteral("vlans")), QStringLiteral("12, 12"));
    QVERIFY(siteDialog.message().contains(QStringLiteral("twice")));
    type(siteDialog.findChild<QLineEdit *>(QStringLiteral("vlans")), QStringLiteral("12, 13"));
    QVERIFY(siteDialog.isAcceptable());
    siteDialog.accept();
    QVERIFY(f.store().siteByName(f.storage, QStringLiteral("Site D")));

    VmNetwork vm;
    vm.spaceId = f.tenant;
    VmNetworkDialog vmDialog(f.models(), vm);
    type(vmDialog.findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("VMN-Tenant"));
    QVERIFY(vmDialog.message().contains(QStringLiteral("already has")));
    type(vmDialog.findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("VMN-2"));
    select(vmDialog.findChild<QComboBox *>(QStringLiteral("logicalNetwork")),
           QStringLiteral("Backup"));
    QVERIFY(vmDialog.isAcceptable());
    vmDialog.accept();
    QCOMPARE(f.store().vmNetworkByName(f.tenant, QStringLiteral("VMN-2"))->logicalNetworkId,
             f.backup);
}

void TestDialogs::customerSpaceNeedsAProvider()
{
    ConsoleFixture &f = *m_fixture;
    AddressSpace space;
    AddressSpaceDialog dialog(f.models(), space);
    type(dialog.findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("Fabric"));
    QVERIFY(dialog.message().contains(QStringLiteral("already exists")));
    type(dialog.findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("Tenant 2"));
    select(dialog.findChild<QComboBox *>(QStringLiteral("type")), tr("Customer IP Address Space"));
    select(dialog.findChild<QComboBox *>(QStringLiteral("provider")), QStringLiteral("Fabric"));
    QVERIFY2(dialog.isAcceptable(), qPrintable(dialog.message()));
    type(dialog.findChild<QLineEdit *>(QStringLiteral("vmNetwork")), QStringLiteral("VMN-T2"));
    dialog.accept();
    const auto stored = f.store().spaceByName(QStringLiteral("Tenant 2"));
    QVERIFY(stored);
    QCOMPARE(stored->associatedProviderSpaceId, f.fabric);
    // The tree lists it under Customer IP Address Space at once.
    QVERIFY(f.models().tree().indexOf(ConsoleNodeKind::CustomerSpace, stored->id).isValid());
}

void TestDialogs::freeAddressSkipsGatewaysAndStaysInTheRange()
{
    ConsoleFixture &f = *m_fixture;
    f.create(rangeIn(f.fabric, "10.1.2.1", "10.1.2.50", {u"10.1.2.1/Automatic"_qs},
                     {u"10.1.2.2"_qs}));
    Address defaults;
    defaults.spaceId = f.fabric;
    {
        // In the subnet: not the network address, the gateway or the reserved address.
        AddressDialog dialog(f.models(), defaults, QStringLiteral("10.1.2.0/24"));
        QVERIFY(dialog.findFreeAddress());
        QCOMPARE(dialog.addressEdit()->text(), QStringLiteral("10.1.2.3"));
        // Typed by hand, the gateway is accepted as IPAM does, with a warning naming it.
        type(dialog.addressEdit(), QStringLiteral("10.1.2.1"));
        QVERIFY(dialog.isAcceptable());
        QVERIFY2(dialog.whereLabel()->text().contains(
                         QStringLiteral("the gateway of range 10.1.2.1-10.1.2.50")),
                 qPrintable(dialog.whereLabel()->text()));
        type(dialog.addressEdit(), QStringLiteral("10.1.2.2"));
        QVERIFY(dialog.whereLabel()->text().contains(QStringLiteral("a reserved address")));
        type(dialog.addressEdit(), QStringLiteral("10.1.2.0"));
        QVERIFY(dialog.whereLabel()->text().contains(QStringLiteral("the network address")));
        type(dialog.addressEdit(), QStringLiteral("10.1.2.60"));
        QVERIFY(!dialog.whereLabel()->text().contains(QStringLiteral("warning")));
    }
    {
        // Started from a range: inside it (.10-.29 are recorded).
        AddressDialog dialog(f.models(), defaults, QStringLiteral("10.1.1.10-10.1.1.100"));
        QVERIFY2(dialog.findFreeAddress(), qPrintable(dialog.message()));
        QCOMPARE(dialog.addressEdit()->text(), QStringLiteral("10.1.1.30"));
    }
}

void TestDialogs::rangeDialogEditsGatewaysInIpamsForm()
{
    ConsoleFixture &f = *m_fixture;
    // As the demo data and IPAM's CSV hold it.
    const Range stored
            = f.create(rangeIn(f.fabric, "10.1.3.10", "10.1.3.90", {u"10.1.3.1/Automatic"_qs}));
    QCOMPARE(stored.gateways, QList<QString>{u"10.1.3.1/Automatic"_qs});
    RangeDialog dialog(f.models(), stored);
    auto *gateways = dialog.findChild<QLineEdit *>(QStringLiteral("gateways"));
    QCOMPARE(gateways->text(), QStringLiteral("10.1.3.1/Automatic"));
    QVERIFY2(dialog.isAcceptable(), qPrintable(dialog.message()));
    type(gateways, QStringLiteral("10.1.3.1/x"));
    QVERIFY(!dialog.isAcceptable());
    QVERIFY2(dialog.message().contains(QStringLiteral("10.1.3.1/x")), qPrintable(dialog.message()));
    // A bare address is stored in the one form; a metric is kept.
    type(gateways, QStringLiteral("10.1.3.1, 10.1.3.2/5"));
    QVERIFY2(dialog.isAcceptable(), qPrintable(dialog.message()));
    dialog.accept();
    QCOMPARE(dialog.result().status, WriteStatus::Committed);
    QCOMPARE(f.store().get<Range>(stored.id)->gateways,
             (QList<QString>{u"10.1.3.1/Automatic"_qs, u"10.1.3.2/5"_qs}));
}

void TestDialogs::undoStepsOfRangesAndAddressesHaveNames()
{
    ConsoleFixture &f = *m_fixture;
    EditHistory &history = f.models().history();
    Range defaults;
    defaults.spaceId = f.fabric;
    RangeDialog range(f.models(), defaults);
    type(range.findChild<QLineEdit *>(QStringLiteral("start")), QStringLiteral("10.1.4.10"));
    type(range.findChild<QLineEdit *>(QStringLiteral("end")), QStringLiteral("10.1.4.20"));
    range.accept();
    QCOMPARE(range.result().status, WriteStatus::Committed);
    QCOMPARE(history.undoText(), QStringLiteral("Add range"));
    Address address;
    address.spaceId = f.fabric;
    AddressDialog addressDialog(f.models(), address, QStringLiteral("10.1.4.0/24"));
    type(addressDialog.addressEdit(), QStringLiteral("10.1.4.15"));
    addressDialog.accept();
    QCOMPARE(addressDialog.result().status, WriteStatus::Committed);
    QCOMPARE(history.undoText(), QStringLiteral("Add address"));
    QCOMPARE(history.text(history.count() - 2), QStringLiteral("Add range"));
    history.undo();
    QCOMPARE(f.store().auditLog(1).constFirst().operation, QStringLiteral("undo Add address"));
    history.redo();
    QCOMPARE(f.store().auditLog(1).constFirst().operation, QStringLiteral("redo Add address"));
}

void TestDialogs::freeSubnetOfALogicalNetworkStaysInItsSites()
{
    ConsoleFixture &f = *m_fixture;
    // Fabric: 10.0.0.0/8 (its first block), the sites' block 10.1.0.0/16, and a public block.
    Block block;
    block.spaceId = f.fabric;
    block.networkId = Prefix::parse(u"10.1.0.0/16").value();
    f.create(block);
    block.networkId = Prefix::parse(u"198.51.100.0/24").value();
    f.create(block);
    for (ObjectId network : {f.storage, f.backup}) {
        Subnet defaults;
        defaults.spaceId = f.fabric;
        defaults.logicalNetworkId = network;
        SubnetDialog dialog(f.models(), defaults);
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("within"))->text(),
                 QStringLiteral("10.1.0.0/16"));
        QVERIFY2(dialog.findFreeSubnet(), qPrintable(dialog.message()));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("network"))->text(),
                 QStringLiteral("10.1.12.0/24"));
        // Asked to look in the public block, it says where the network's sites are.
        type(dialog.findChild<QLineEdit *>(QStringLiteral("within")),
             QStringLiteral("198.51.100.0/24"));
        QVERIFY(!dialog.findFreeSubnet());
        QVERIFY2(dialog.message().contains(QStringLiteral("outside the address blocks")),
                 qPrintable(dialog.message()));
    }
}

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
