// ObjectValidator is the one place a database-dependent refusal is worded: the same bad input
// fed to it read-only (as a dialog does, no transaction) and to the write path (as ipamctl, the
// CSV import and the dialogs' OK do) is refused with the same words, on SQLite and PostgreSQL.

#include "testdatabase.h"
#include "write/objectvalidator.h"
#include "write/writepath.h"

#include <QStandardPaths>
#include <QTest>

using namespace ipam;

namespace {

Prefix prefix(const char *text)
{
    return Prefix::parse(QString::fromLatin1(text)).value();
}

IpAddress ip(const char *text)
{
    return IpAddress::parse(QString::fromLatin1(text)).value();
}

// A provider space (Default) with a block, a subnet holding a range and an address, a logical
// network with a site, and a customer space.
struct Fixture
{
    explicit Fixture(const QString &backend)
        : testDb(backend)
    { }

    template<typename T>
    T create(T object)
    {
        ChangeSet set;
        set.create(object);
        const WriteResult result = writePath->submit(set);
        if (!result.ok())
            qWarning("create failed: %s", qPrintable(result.message));
        return result.ok() ? std::get<T>(result.objects.constFirst()) : T();
    }

    bool start()
    {
        if (!testDb.isValid())
            return false;
        db = testDb.open();
        if (!db)
            return false;
        writePath = std::make_unique<WritePath>(db, Principal{QStringLiteral("alice"), {}});
        defaultId = writePath->store().defaultSpace()->id;
        Block block;
        block.spaceId = defaultId;
        block.networkId = prefix("10.0.0.0/16");
        create(block);
        Subnet subnet;
        subnet.spaceId = defaultId;
        subnet.networkId = prefix("10.0.0.0/24");
        create(subnet);
        Range range;
        range.spaceId = defaultId;
        range.startAddress = ip("10.0.0.10");
        range.endAddress = ip("10.0.0.19");
        create(range);
        Address address;
        address.spaceId = defaultId;
        address.ipAddress = ip("10.0.0.5");
        create(address);
        LogicalNetwork network;
        network.spaceId = defaultId;
        network.name = QStringLiteral("Corp");
        networkId = create(network).id;
        NetworkSite site;
        site.logicalNetworkId = networkId;
        site.name = QStringLiteral("Berlin");
        create(site);
        AddressSpace tenant;
        tenant.name = QStringLiteral("Tenant");
        tenant.type = AddressSpaceType::Customer;
        tenant.associatedProviderSpaceId = defaultId;
        tenant.isolationMethod = IsolationMethod::NVGRE;
        tenant.vmNetwork = QStringLiteral("Tenant VM Network");
        tenantId = create(tenant).id;
        return networkId != 0 && tenantId != 0;
    }

    // The bad input of one case.
    AnyObject input(const QString &name) const
    {
        Block block;
        block.spaceId = defaultId;
        Subnet subnet;
        subnet.spaceId = defaultId;
        Range range;
        range.spaceId = defaultId;
        Address address;
        address.spaceId = defaultId;
        LogicalNetwork network;
        network.spaceId = defaultId;
        NetworkSite site;
        site.logicalNetworkId = networkId;
        VmNetwork vmNetwork;
        AddressSpace space;
        if (name == QLatin1String("block exists")) {
            block.networkId = prefix("10.0.0.0/16");
            return block;
        }
        if (name == QLatin1String("block in no space")) {
            block.spaceId = 999999;
            block.networkId = prefix("10.9.0.0/16");
            return block;
        }
        if (name == QLatin1String("subnet exists")) {
            subnet.networkId = prefix("10.0.0.0/24");
            return subnet;
        }
        if (name == QLatin1String("subnet overlaps")) {
            subnet.networkId = prefix("10.0.0.128/25");
            return subnet;
        }
        if (name == QLatin1String("subnet on a missing site")) {
            subnet.networkId = prefix("10.0.1.0/24");
            subnet.siteId = 999999;
            return subnet;
        }
        if (name == QLatin1String("range outside every subnet")) {
            range.startAddress = ip("192.168.0.1");
            range.endAddress = ip("192.168.0.9");
            return range;
        }
        if (name == QLatin1String("range overlaps")) {
            range.startAddress = ip("10.0.0.15");
            range.endAddress = ip("10.0.0.25");
            return range;
        }
        if (name == QLatin1String("range claims MS DHCP")) {
            range.startAddress = ip("10.0.0.100");
            range.endAddress = ip("10.0.0.109");
            range.managedByService = QStringLiteral("MS DHCP");
            return range;
        }
        if (name == QLatin1String("address exists")) {
            address.ipAddress = ip("10.0.0.5");
            return address;
        }
        if (name == QLatin1String("logical network in a customer space")) {
            network.spaceId = tenantId;
            network.name = QStringLiteral("Corp2");
            return network;
        }
        if (name == QLatin1String("logical network name taken")) {
            network.name = QStringLiteral("Corp");
            return network;
        }
        if (name == QLatin1String("site name taken")) {
            site.name = QStringLiteral("Berlin");
            return site;
        }
        if (name == QLatin1String("VM network in a provider space")) {
            vmNetwork.spaceId = defaultId;
            vmNetwork.name = QStringLiteral("Lab");
            return vmNetwork;
        }
        if (name == QLatin1String("VM network name taken")) {
            vmNetwork.spaceId = tenantId;
            vmNetwork.name = QStringLiteral("Tenant VM Network");
            return vmNetwork;
        }
        space.name = QStringLiteral("Tenant"); // "space name taken"
        return space;
    }

    test::TestDatabase testDb;
    std::shared_ptr<Database> db;
    std::unique_ptr<WritePath> writePath;
    ObjectId defaultId = 0;
    ObjectId networkId = 0;
    ObjectId tenantId = 0;
};

const QStringList cases = {
        QStringLiteral("block exists"),
        QStringLiteral("block in no space"),
        QStringLiteral("subnet exists"),
        QStringLiteral("subnet overlaps"),
        QStringLiteral("subnet on a missing site"),
        QStringLiteral("range outside every subnet"),
        QStringLiteral("range overlaps"),
        QStringLiteral("range claims MS DHCP"),
        QStringLiteral("address exists"),
        QStringLiteral("logical network in a customer space"),
        QStringLiteral("logical network name taken"),
        QStringLiteral("site name taken"),
        QStringLiteral("VM network in a provider space"),
        QStringLiteral("VM network name taken"),
        QStringLiteral("space name taken"),
};

} // namespace

class TestObjectValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString why;
        if (test::TestDatabase::postgresRequired())
            QVERIFY2(test::TestDatabase::postgresAvailable(&why), qPrintable(why));
    }
    void sameWordsReadOnlyAndThroughTheWritePath_data();
    void sameWordsReadOnlyAndThroughTheWritePath();
};

void TestObjectValidator::sameWordsReadOnlyAndThroughTheWritePath_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("input");
    for (const QString &backend : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
        for (const QString &name : cases)
            QTest::newRow(qPrintable(backend + QLatin1Char('/') + name)) << backend << name;
    }
}

void TestObjectValidator::sameWordsReadOnlyAndThroughTheWritePath()
{
    QFETCH(QString, backend);
    QFETCH(QString, input);
    Fixture f(backend);
    IPAM_REQUIRE_DATABASE(f.testDb);
    QVERIFY2(f.start(), "cannot set up the test database");
    const AnyObject object = f.input(input);

    // Read-only, as a dialog asks before OK: no transaction is open.
    ObjectValidator validator(f.writePath->store());
    const QString dialogWords
            = std::visit([&](const auto &o) { return validator.refusal(o); }, object);
    QVERIFY2(!dialogWords.isEmpty(), "the validator let the bad input through");

    ChangeSet set;
    set.create(object);
    const WriteResult result = f.writePath->submit(set);
    QCOMPARE(result.status, WriteStatus::Refused);
    QCOMPARE(dialogWords, result.message);
}

QTEST_GUILESS_MAIN(TestObjectValidator)
#include "tst_objectvalidator.moc"
