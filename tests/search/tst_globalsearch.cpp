// Global search (model/search): what a typed text means (SearchText), and what GlobalSearch finds
// in a real store on SQLite and PostgreSQL: the most specific block, subnet, ranges and address
// holding an address; names, owners, descriptions and MACs through the trigram indexes, which
// follow every edit.
#include "search/globalsearch.h"
#include "store/searchschema.h"
#include "testdatabase.h"
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

struct Fixture
{
    explicit Fixture(const QString &backend)
        : testDb(backend)
    { }
    bool start()
    {
        if (!testDb.isValid())
            return false;
        db = testDb.open();
        if (!db)
            return false;
        writePath = std::make_unique<WritePath>(db, Principal{QStringLiteral("alice"), {}});
        return true;
    }
    Store &store() { return writePath->store(); }
    ObjectId defaultSpace() { return store().defaultSpace()->id; }
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
    template<typename T>
    bool update(const T &object)
    {
        ChangeSet set;
        set.update(object, object.version);
        const WriteResult result = writePath->submit(set);
        if (!result.ok())
            qWarning("update failed: %s", qPrintable(result.message));
        return result.ok();
    }
    template<typename T>
    bool remove(const T &object)
    {
        ChangeSet set;
        set.remove(object, object.version);
        return writePath->submit(set).ok();
    }
    Block block(const char *text, ObjectId space, const QString &owner = {})
    {
        Block b;
        b.spaceId = space;
        b.networkId = prefix(text);
        b.startAddress = b.networkId.first();
        b.endAddress = b.networkId.last();
        b.owner = owner;
        return create(b);
    }
    Subnet subnet(const char *text, ObjectId space, const QString &name = {},
                  const QString &owner = {}, NetworkType type = NetworkType::NonVirtualized)
    {
        Subnet s;
        s.networkType = type;
        s.spaceId = space;
        s.networkId = prefix(text);
        s.name = name;
        s.owner = owner;
        return create(s);
    }
    Range range(const Subnet &subnet, const char *first, const char *last)
    {
        Range r;
        r.spaceId = subnet.spaceId;
        r.subnetId = subnet.id;
        r.startAddress = ip(first);
        r.endAddress = ip(last);
        return create(r);
    }
    Address address(ObjectId space, const char *text, const QString &mac = {},
                    const QString &device = {})
    {
        Address a;
        a.spaceId = space;
        a.ipAddress = ip(text);
        a.macAddress = mac;
        a.deviceName = device;
        return create(a);
    }

    test::TestDatabase testDb;
    std::shared_ptr<Database> db;
    std::unique_ptr<WritePath> writePath;
};

// "Subnet 10.1.2.0/24" per hit, in result order.
QStringList described(const SearchResults &results)
{
    QStringList lines;
    for (const SearchHit &hit : results.hits)
        lines.append(toString(hit.kind()) + u' ' + hit.title());
    return lines;
}

} // namespace

class TestGlobalSearch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parsesWhatTheAdminTyped_data();
    void parsesWhatTheAdminTyped();
    void containsFindsTheMostSpecificObjects_data() { test::addBackendRows(); }
    void containsFindsTheMostSpecificObjects();
    void findsNamesOwnersDescriptionsAndMacs_data() { test::addBackendRows(); }
    void findsNamesOwnersDescriptionsAndMacs();
    void textIndexFollowsEdits_data() { test::addBackendRows(); }
    void textIndexFollowsEdits();
    void limitsHitsPerKindAndSaysSo_data() { test::addBackendRows(); }
    void limitsHitsPerKindAndSaysSo();
    void visibleConditionHidesOtherScopes_data() { test::addBackendRows(); }
    void visibleConditionHidesOtherScopes();
    void refusesAnUnusableQuery();
};

void TestGlobalSearch::parsesWhatTheAdminTyped_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // kind:detail, or error:<part of the message>
    QTest::newRow("empty") << "   "
                           << "empty:";
    QTest::newRow("contains address") << "contains 10.1.2.3"
                                      << "contains:10.1.2.3-10.1.2.3";
    QTest::newRow("contains prefix") << "CONTAINS 10.1.0.0/16"
                                     << "contains:10.1.0.0-10.1.255.255";
    QTest::newRow("bare address") << "10.1.2.3"
                                  << "contains:10.1.2.3-10.1.2.3";
    QTest::newRow("bare ipv6") << "2001:db8::1"
                               << "contains:2001:db8::1-2001:db8::1";
    QTest::newRow("bare prefix") << " 192.168.0.0/24 "
                                 << "contains:192.168.0.0-192.168.0.255";
    QTest::newRow("contains nothing") << "contains"
                                      << "error:needs an address";
    QTest::newRow("contains bad") << "contains 10.1.2"
                                  << "error:10.1.2";
    QTest::newRow("bad prefix") << "10.1.2.0/33"
                                << "error:33";
    QTest::newRow("mac colons") << "00:15:5d:0a:00:01"
                                << "mac:00155D0A0001";
    QTest::newRow("mac dashes") << "00-15-5D-0A-00-01"
                                << "mac:00155D0A0001";
    QTest::newRow("mac cisco") << "0015.5d0a.0001"
                               << "mac:00155D0A0001";
    QTest::newRow("mac fragment") << "5d:0a"
                                  << "mac:5D0A";
    QTest::newRow("name") << "dc1-core"
                          << "text:dc1-core";
    QTest::newRow("partial address is text") << "10.1.2"
                                             << "text:10.1.2";
    QTest::newRow("words") << "web tier"
                           << "text:web tier";
}

void TestGlobalSearch::parsesWhatTheAdminTyped()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const SearchText text = SearchText::parse(input);
    QString actual;
    if (!text.error().isEmpty())
        actual = QStringLiteral("error:") + text.error();
    else if (text.kind() == SearchText::Kind::Empty)
        actual = QStringLiteral("empty:");
    else if (text.kind() == SearchText::Kind::Contains)
        actual = QStringLiteral("contains:") + text.range().first().toString() + u'-'
                + text.range().last().toString();
    else if (text.isMac())
        actual = QStringLiteral("mac:") + text.macNeedle();
    else
        actual = QStringLiteral("text:") + text.needle();
    if (expected.startsWith(QLatin1String("error:"))) {
        QVERIFY2(actual.startsWith(QLatin1String("error:")), qPrintable(actual));
        QVERIFY2(actual.contains(expected.mid(6)), qPrintable(actual));
    } else {
        QCOMPARE(actual, expected);
    }
}

void TestGlobalSearch::containsFindsTheMostSpecificObjects()
{
    QFETCH(QString, backend);
    Fixture f(backend);
    IPAM_REQUIRE_DATABASE(f.testDb);
    QVERIFY(f.start());
    const ObjectId def = f.defaultSpace();
    AddressSpace other;
    other.name = QStringLiteral("Lab");
    other = f.create(other);
    QVERIFY(other.id != 0);
    f.block("10.0.0.0/8", def);
    f.block("10.1.0.0/16", def);
    f.block("10.2.0.0/16", def);
    const Subnet subnet = f.subnet("10.1.2.0/24", def);
    f.subnet("10.1.3.0/24", def);
    f.range(subnet, "10.1.2.1", "10.1.2.100");
    f.range(subnet, "10.1.2.101", "10.1.2.200");
    f.address(def, "10.1.2.3");
    f.address(def, "10.1.2.4");
    f.subnet("10.1.2.0/25", other.id, {}, {}, NetworkType::Provider); // spaces overlap freely

    GlobalSearch search(f.store());
    QCOMPARE(described(search.find(QStringLiteral("contains 10.1.2.3"))),
             QStringList({"Block 10.1.0.0/16", "Subnet 10.1.2.0/24", "Subnet 10.1.2.0/25",
                          "Range 10.1.2.1-10.1.2.100", "Address 10.1.2.3"}));
    // A prefix: the objects holding all of it; no address records.
    QCOMPARE(described(search.find(QStringLiteral("10.1.2.128/26"))),
             QStringList(
                     {"Block 10.1.0.0/16", "Subnet 10.1.2.0/24", "Range 10.1.2.101-10.1.2.200"}));
    QCOMPARE(described(search.find(QStringLiteral("contains 10.3.0.1"))),
             QStringList({"Block 10.0.0.0/8"}));
    QCOMPARE(described(search.find(QStringLiteral("contains 192.0.2.1"))), QStringList());
}

void TestGlobalSearch::findsNamesOwnersDescriptionsAndMacs()
{
    QFETCH(QString, backend);
    Fixture f(backend);
    IPAM_REQUIRE_DATABASE(f.testDb);
    QVERIFY(f.start());
    const ObjectId def = f.defaultSpace();
    f.subnet("10.1.2.0/24", def, QStringLiteral("dc1-core-uplink"));
    f.subnet("10.1.3.0/24", def, QStringLiteral("dc1-edge"), QStringLiteral("Network Team"));
    f.block("10.0.0.0/8", def, QStringLiteral("Core Planning"));
    f.address(def, "10.1.2.3", QStringLiteral("00-15-5D-0A-00-01"), QStringLiteral("web01"));
    f.address(def, "10.1.2.4", QStringLiteral("00:15:5d:0a:00:02"), QStringLiteral("db01"));
    GlobalSearch search(f.store());

    QCOMPARE(described(search.find(QStringLiteral("CORE"))),
             QStringList({"Block 10.0.0.0/8", "Subnet 10.1.2.0/24"}));
    QCOMPARE(described(search.find(QStringLiteral("network team"))),
             QStringList({"Subnet 10.1.3.0/24"}));
    QCOMPARE(described(search.find(QStringLiteral("web"))), QStringList({"Address 10.1.2.3"}));
    // Whatever separators the MAC was stored with.
    QCOMPARE(described(search.find(QStringLiteral("00:15:5d:0a"))),
             QStringList({"Address 10.1.2.3", "Address 10.1.2.4"}));
    QCOMPARE(described(search.find(QStringLiteral("0a-00-02"))), QStringList({"Address 10.1.2.4"}));
    // Shorter than a trigram: only the small tables, and the results say so.
    SearchResults shortNeedle = search.find(QStringLiteral("c1"));
    QCOMPARE(described(shortNeedle), QStringList());
    QVERIFY(shortNeedle.tooShortForObjects);
    shortNeedle = search.find(QStringLiteral("De"));
    QCOMPARE(described(shortNeedle), QStringList({"AddressSpace Default"}));
    QVERIFY(shortNeedle.tooShortForObjects);
    QVERIFY(!search.find(QStringLiteral("dc1")).tooShortForObjects);
    // Containers by name; LIKE's wildcards are literal.
    QCOMPARE(described(search.find(QStringLiteral("Defa"))), QStringList({"AddressSpace Default"}));
    QCOMPARE(described(search.find(QStringLiteral("dc1%"))), QStringList());
    QCOMPARE(described(search.find(QStringLiteral("nowhere"))), QStringList());
}

void TestGlobalSearch::textIndexFollowsEdits()
{
    QFETCH(QString, backend);
    Fixture f(backend);
    IPAM_REQUIRE_DATABASE(f.testDb);
    QVERIFY(f.start());
    Subnet subnet = f.subnet("10.1.2.0/24", f.defaultSpace(), QStringLiteral("payroll"));
    Subnet unnamed = f.subnet("10.1.3.0/24", f.defaultSpace());
    GlobalSearch search(f.store());
    QCOMPARE(search.find(QStringLiteral("payroll")).hits.size(), 1);

    subnet = *f.store().get<Subnet>(subnet.id);
    subnet.name = QStringLiteral("billing");
    QVERIFY(f.update(subnet));
    QCOMPARE(search.find(QStringLiteral("payroll")).hits.size(), 0);
    QCOMPARE(described(search.find(QStringLiteral("billing"))),
             QStringList({"Subnet 10.1.2.0/24"}));

    // A row that had no text gains some, and loses it again.
    unnamed = *f.store().get<Subnet>(unnamed.id);
    unnamed.description = QStringLiteral("billing backup");
    QVERIFY(f.update(unnamed));
    QCOMPARE(search.find(QStringLiteral("billing")).hits.size(), 2);
    unnamed = *f.store().get<Subnet>(unnamed.id);
    unnamed.description.clear();
    QVERIFY(f.update(unnamed));
    QCOMPARE(search.find(QStringLiteral("billing")).hits.size(), 1);

    subnet = *f.store().get<Subnet>(subnet.id);
    QVERIFY(f.remove(subnet));
    QCOMPARE(search.find(QStringLiteral("billing")).hits.size(), 0);
    if (!f.db->isPostgreSql()) {
        // The contentless FTS5 table is consistent with its base table.
        QString error;
        QVERIFY2(f.db->exec(QStringLiteral("INSERT INTO search_subnet(search_subnet, rank) "
                                           "VALUES ('integrity-check', 0)"),
                            &error),
                 qPrintable(error));
    }
}

void TestGlobalSearch::limitsHitsPerKindAndSaysSo()
{
    QFETCH(QString, backend);
    Fixture f(backend);
    IPAM_REQUIRE_DATABASE(f.testDb);
    QVERIFY(f.start());
    for (const char *p : {"10.1.1.0/24", "10.1.2.0/24", "10.1.3.0/24"})
        f.subnet(p, f.defaultSpace(), QStringLiteral("rack-a"));
    GlobalSearch search(f.store());
    search.setLimit(2);
    const SearchResults results = search.find(QStringLiteral("rack"));
    QCOMPARE(results.hits.size(), 2);
    QCOMPARE(results.truncated.size(), 1);
    QCOMPARE(int(results.truncated.constFirst()), int(ObjectKind::Subnet));
    search.setLimit(3);
    QVERIFY(search.find(QStringLiteral("rack")).truncated.isEmpty());
}

void TestGlobalSearch::visibleConditionHidesOtherScopes()
{
    QFETCH(QString, backend);
    Fixture f(backend);
    IPAM_REQUIRE_DATABASE(f.testDb);
    QVERIFY(f.start());
    f.subnet("10.1.2.0/24", f.defaultSpace(), QStringLiteral("secret"));
    f.address(f.defaultSpace(), "10.1.2.3");
    GlobalSearch search(f.store());
    // No scope visible (what AccessControlTables::visibleCondition says for no policy).
    search.setVisibleCondition(QStringLiteral("1 = 0"), {});
    QCOMPARE(search.find(QStringLiteral("secret")).hits.size(), 0);
    QCOMPARE(search.find(QStringLiteral("contains 10.1.2.3")).hits.size(), 0);
    search.setVisibleCondition(QStringLiteral("access_scope_id IN (?)"), {qint64(1)});
    QCOMPARE(search.find(QStringLiteral("secret")).hits.size(), 1);
    QCOMPARE(search.find(QStringLiteral("contains 10.1.2.3")).hits.size(), 2);
}

void TestGlobalSearch::refusesAnUnusableQuery()
{
    test::TestDatabase testDb(QStringLiteral("sqlite"));
    QVERIFY(testDb.isValid());
    const std::shared_ptr<Database> db = testDb.open();
    Store store(db);
    GlobalSearch search(store);
    const SearchResults results = search.find(QStringLiteral("contains 10.1.2"));
    QVERIFY(results.hits.isEmpty());
    QVERIFY2(results.error.contains(QLatin1String("10.1.2")), qPrintable(results.error));
}

QTEST_GUILESS_MAIN(TestGlobalSearch)
#include "tst_globalsearch.moc"
