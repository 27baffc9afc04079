// Custom fields: the definitions' rules and values' parsing (domain/customfield.h), values
// written with their objects through the write path (one transaction, audited, refusals leave
// nothing), definitions edited under RBAC with a "definitions changed" event, and CSV import
// and export by field name. Every store test runs on SQLite and PostgreSQL.

#include "fields/customfieldstore.h"
#include "io/csvexporter.h"
#include "io/csvimporter.h"
#include "items/edithistory.h"
#include "rbacfixture.h"
#include "store/customfieldtables.h"
#include "testdatabase.h"
#include "write/changeitems.h"
#include "write/writepath.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTest>

using namespace ipam;
using namespace ipam::test;
using namespace Qt::StringLiterals;

namespace {

CustomField listField(const QString &name, CustomFieldType type, const QStringList &values,
                      quint32 kinds = fieldkinds::all)
{
    CustomField f;
    f.name = name;
    f.type = type;
    f.allowedValues = values;
    f.appliesTo = kinds;
    return f;
}

// A store with a write path and the fields Site (one of East, West; subnets and ranges),
// Tags (several of a, b, c) and Cost (a number).
struct FieldStore
{
    explicit FieldStore(const QString &backend)
        : testDb(backend)
    { }

    bool start()
    {
        if (!testDb.isValid())
            return false;
        db = testDb.open();
        if (!db)
            return false;
        writePath = std::make_unique<WritePath>(db, Principal{u"tester"_s, {}});
        fields = std::make_unique<CustomFieldStore>(*writePath);
        const quint32 subnetRange
                = fieldkinds::bit(ObjectKind::Subnet) | fieldkinds::bit(ObjectKind::Range);
        return fields->addField(listField(u"Site"_s, CustomFieldType::OneOf, {u"East"_s, u"West"_s},
                                          subnetRange))
                       .ok()
                && fields->addField(listField(u"Tags"_s, CustomFieldType::ManyOf,
                                              {u"a"_s, u"b"_s, u"c"_s}))
                           .ok()
                && fields->addField(listField(u"Cost"_s, CustomFieldType::Number, {})).ok();
    }

    // The object's values, by field name, as "a; b".
    QMap<QString, QString> values(ObjectKind kind, ObjectId id)
    {
        CustomFieldTables tables(*db);
        QMap<QString, QString> out;
        const QList<CustomField> all = tables.fields().value();
        const QHash<ObjectId, QString> stored = tables.valuesOf(kind, id).value();
        for (const CustomField &f : all) {
            if (stored.contains(f.id))
                out.insert(
                        f.name,
                        customfields::valueText(customfields::fromStoredText(stored.value(f.id))));
        }
        return out;
    }

    qint64 valueRows()
    {
        QSqlQuery q(db->connection());
        q.exec(u"SELECT count(*) FROM custom_field_value"_s);
        q.next();
        return q.value(0).toLongLong();
    }

    Subnet subnet(const QString &prefix)
    {
        Subnet s;
        s.spaceId = 1;
        s.networkId = Prefix::parse(prefix).value();
        return s;
    }

    TestDatabase testDb;
    std::shared_ptr<Database> db;
    std::unique_ptr<WritePath> writePath;
    std::unique_ptr<CustomFieldStore> fields;
};

#define START_FIELD_STORE(store) \
    QFETCH(QString, backend); \
    FieldStore store(backend); \
    IPAM_REQUIRE_DATABASE(store.testDb); \
    QVERIFY(store.start())

} // namespace

class TestCustomFields : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesValues_data();
    void parsesValues();
    void refusesDefinitions_data();
    void refusesDefinitions();
    void encodesDefinitionsChangedItem();

    void writesValuesWithTheObject_data() { addBackendRows(); }
    void writesValuesWithTheObject();
    void refusedValueLeavesNothing_data() { addBackendRows(); }
    void refusedValueLeavesNothing();
    void updateKeepsClearsAndRemoveDrops_data() { addBackendRows(); }
    void updateKeepsClearsAndRemoveDrops();
    void builtInFieldSetsTheProperty_data() { addBackendRows(); }
    void builtInFieldSetsTheProperty();
    void associationLimitsTheOtherField_data() { addBackendRows(); }
    void associationLimitsTheOtherField();
    void bulkSubnetsKeepTheirValues_data() { addBackendRows(); }
    void bulkSubnetsKeepTheirValues();
    void definitionEditsAreAuditedAndAnnounced_data() { addBackendRows(); }
    void definitionEditsAreAuditedAndAnnounced();
    void definitionEditsNeedEditCustomFields_data() { addBackendRows(); }
    void definitionEditsNeedEditCustomFields();
    void csvRoundTripsFieldsByName_data() { addBackendRows(); }
    void csvRoundTripsFieldsByName();
    void csvRefusesABadValueNamingItsLine_data() { addBackendRows(); }
    void csvRefusesABadValueNamingItsLine();
    void undoRestoresValues_data() { addBackendRows(); }
    void undoRestoresValues();
};

void TestCustomFields::parsesValues_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // values joined by "; ", or "error: <part of it>"
    QTest::newRow("text trimmed") << "Text"
                                  << "  rack 4 "
                                  << "rack 4";
    QTest::newRow("text empty clears") << "Text"
                                       << "   "
                                       << "";
    QTest::newRow("text control char") << "Text"
                                       << "a\x1b[2Jb"
                                       << "error: U+001B";
    QTest::newRow("number canonical") << "Number"
                                      << "1e3"
                                      << "1000";
    QTest::newRow("number fraction") << "Number"
                                     << "2.50"
                                     << "2.5";
    QTest::newRow("number comma refused") << "Number"
                                          << "2,5"
                                          << "error: is a number";
    QTest::newRow("number inf refused") << "Number"
                                        << "inf"
                                        << "error: is a number";
    QTest::newRow("one-of case") << "OneOf"
                                 << "east"
                                 << "East";
    QTest::newRow("one-of unknown") << "OneOf"
                                    << "North"
                                    << "error: does not offer \"North\"";
    QTest::newRow("one-of two refused") << "OneOf"
                                        << "East;West"
                                        << "error: does not offer";
    QTest::newRow("many-of in list order") << "ManyOf"
                                           << "West; east"
                                           << "East; West";
    QTest::newRow("many-of commas, duplicates") << "ManyOf"
                                                << "West,West , East"
                                                << "East; West";
    QTest::newRow("many-of unknown") << "ManyOf"
                                     << "East;Up"
                                     << "error: does not offer \"Up\"";
}

void TestCustomFields::parsesValues()
{
    QFETCH(QString, type);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    CustomField field = listField(u"F"_s, *customFieldTypeFromString(type), {});
    if (field.isList())
        field.allowedValues = {u"East"_s, u"West"_s};
    const Parsed<QStringList> parsed = customfields::parseValue(field, text);
    if (expected.startsWith(u"error: "_s)) {
        QVERIFY2(!parsed, qPrintable(parsed ? parsed.value().join(u'|') : QString()));
        QVERIFY2(parsed.error().contains(expected.mid(7)), qPrintable(parsed.error()));
        return;
    }
    QVERIFY2(parsed, qPrintable(parsed.error()));
    QCOMPARE(customfields::valueText(parsed.value()), expected);
}

void TestCustomFields::refusesDefinitions_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("values");
    QTest::addColumn<QString>("error"); // empty: valid
    QTest::newRow("plain text") << "Rack"
                                << "Text"
                                << ""
                                << "";
    QTest::newRow("list") << "Site"
                          << "OneOf"
                          << "East;West"
                          << "";
    QTest::newRow("no name") << ""
                             << "Text"
                             << ""
                             << "needs a name";
    QTest::newRow("equals sign") << "a=b"
                                 << "Text"
                                 << ""
                                 << "'='";
    QTest::newRow("property name") << "Owner"
                                   << "Text"
                                   << ""
                                   << "already a property";
    QTest::newRow("property name, spaced") << "device type"
                                           << "Text"
                                           << ""
                                           << "already a property";
    QTest::newRow("list without values") << "Site"
                                         << "OneOf"
                                         << ""
                                         << "give its values";
    QTest::newRow("text with values") << "Rack"
                                      << "Text"
                                      << "a"
                                      << "only a list field";
    QTest::newRow("duplicate value") << "Site"
                                     << "ManyOf"
                                     << "East;east"
                                     << "twice";
    QTest::newRow("control char") << "Si\x07te"
                                  << "Text"
                                  << ""
                                  << "U+0007";
}

void TestCustomFields::refusesDefinitions()
{
    QFETCH(QString, name);
    QFETCH(QString, type);
    QFETCH(QString, values);
    QFETCH(QString, error);
    const CustomField field = listField(name, *customFieldTypeFromString(type),
                                        values.isEmpty() ? QStringList() : values.split(u';'));
    const Verdict verdict = customfields::definitionIsValid(field);
    if (error.isEmpty()) {
        QVERIFY2(verdict, qPrintable(verdict.reason()));
        return;
    }
    QVERIFY(!verdict);
    QVERIFY2(verdict.reason().contains(error), qPrintable(verdict.reason()));
}

void TestCustomFields::encodesDefinitionsChangedItem()
{
    ChangeEvent event;
    event.definitionsChanged = true;
    event.items.append({ChangeOp::Update, ObjectKind::Subnet, 7, 2});
    const QString text = encodeChangeItems(event);
    QCOMPARE(text, u"D;5,7,2,1"_s);
    ChangeEvent decoded;
    QVERIFY(decodeChangeItems(text, &decoded));
    QVERIFY(decoded.definitionsChanged);
    QCOMPARE(decoded.items.size(), 1);
    ChangeEvent plain;
    QVERIFY(decodeChangeItems(u"5,7,2,1"_s, &plain));
    QVERIFY(!plain.definitionsChanged);
}

void TestCustomFields::writesValuesWithTheObject()
{
    START_FIELD_STORE(s);
    ChangeSet set;
    set.create(s.subnet(u"10.1.0.0/24"_s),
               {{u"site"_s, u"east"_s}, {u"Tags"_s, u"c;a"_s}, {u"Cost"_s, u"12.50"_s}});
    const WriteResult result = s.writePath->submit(set);
    QVERIFY2(result.ok(), qPrintable(result.message));
    const ObjectId id = storedPart(result.objects.constFirst()).id;
    const QMap<QString, QString> expected
            = {{u"Site"_s, u"East"_s}, {u"Tags"_s, u"a; c"_s}, {u"Cost"_s, u"12.5"_s}};
    QCOMPARE(s.values(ObjectKind::Subnet, id), expected);
    // The audit row carries the values beside the object.
    QSqlQuery q(s.db->connection());
    QVERIFY(q.exec(u"SELECT after_json FROM audit_log WHERE id = %1"_s.arg(result.auditId)));
    QVERIFY(q.next());
    QVERIFY2(q.value(0).toString().contains(
                     u"\"CustomFields\":{\"Cost\":\"12.5\",\"Site\":\"East\",\"Tags\":\"a; c\"}"_s),
             qPrintable(q.value(0).toString()));
}

void TestCustomFields::refusedValueLeavesNothing()
{
    START_FIELD_STORE(s);
    const qint64 before = s.valueRows();
    struct Row
    {
        QList<FieldAssignment> fields;
        ObjectKind kind;
        QString error;
    };
    const QList<Row> rows = {
            {{{u"Site"_s, u"North"_s}}, ObjectKind::Subnet, u"Site does not offer \"North\""_s},
            {{{u"Nope"_s, u"x"_s}}, ObjectKind::Subnet, u"there is no custom field \"Nope\""_s},
            {{{u"Cost"_s, u"cheap"_s}}, ObjectKind::Subnet, u"Cost is a number, not \"cheap\""_s},
            {{{u"Site"_s, u"East"_s}}, ObjectKind::Block, u"applies to Subnet, Range, not to a"_s},
    };
    for (const Row &row : rows) {
        ChangeSet set;
        // A good object first: the whole set must go.
        set.create(s.subnet(u"10.9.0.0/24"_s), {{u"Tags"_s, u"a"_s}});
        if (row.kind == ObjectKind::Block) {
            Block block;
            block.spaceId = 1;
            block.networkId = Prefix::parse(u"10.0.0.0/8"_s).value();
            set.create(block, row.fields);
        } else {
            set.create(s.subnet(u"10.1.0.0/24"_s), row.fields);
        }
        const WriteResult result = s.writePath->submit(set);
        QCOMPARE(result.status, WriteStatus::Refused);
        QCOMPARE(result.failedChange, 1);
        QVERIFY2(result.message.contains(row.error), qPrintable(result.message));
        QCOMPARE(s.valueRows(), before);
        QVERIFY(s.writePath->store().select<Subnet>().isEmpty());
    }
}

void TestCustomFields::updateKeepsClearsAndRemoveDrops()
{
    START_FIELD_STORE(s);
    ChangeSet create;
    create.create(s.subnet(u"10.2.0.0/24"_s), {{u"Site"_s, u"West"_s}, {u"Cost"_s, u"3"_s}});
    WriteResult result = s.writePath->submit(create);
    QVERIFY2(result.ok(), qPrintable(result.message));
    Subnet subnet = std::get<Subnet>(result.objects.constFirst());

    // Only the named field changes; an empty text clears.
    ChangeSet update;
    update.update(subnet, subnet.version, {{u"Cost"_s, u""_s}, {u"Tags"_s, u"b"_s}});
    result = s.writePath->submit(update);
    QVERIFY2(result.ok(), qPrintable(result.message));
    const QMap<QString, QString> expected = {{u"Site"_s, u"West"_s}, {u"Tags"_s, u"b"_s}};
    QCOMPARE(s.values(ObjectKind::Subnet, subnet.id), expected);
    subnet = std::get<Subnet>(result.objects.constFirst());
    QCOMPARE(subnet.version, 2);

    ChangeSet remove;
    remove.remove(subnet, subnet.version);
    result = s.writePath->submit(remove);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(s.valueRows(), 0);
    // A new subnet (SQLite may hand out the same id) starts without values.
    ChangeSet again;
    again.create(s.subnet(u"10.2.0.0/24"_s));
    result = s.writePath->submit(again);
    QVERIFY(result.ok());
    QVERIFY(s.values(ObjectKind::Subnet, storedPart(result.objects.constFirst()).id).isEmpty());
}

void TestCustomFields::builtInFieldSetsTheProperty()
{
    START_FIELD_STORE(s);
    ChangeSet subnet;
    subnet.create(s.subnet(u"10.3.0.0/24"_s));
    QVERIFY(s.writePath->submit(subnet).ok());
    Address address;
    address.spaceId = 1;
    address.ipAddress = IpAddress::parse(u"10.3.0.9"_s).value();
    ChangeSet set;
    set.create(address, {{u"Device Type"_s, u"vm"_s}, {u"IP Address State"_s, u"reserved"_s}});
    const WriteResult result = s.writePath->submit(set);
    QVERIFY2(result.ok(), qPrintable(result.message));
    const Address written = std::get<Address>(result.objects.constFirst());
    QCOMPARE(written.deviceType, u"VM"_s);
    QCOMPARE(written.ipAddressState, u"Reserved"_s);
    QCOMPARE(s.valueRows(), 0); // kept in the object's own columns
    ChangeSet bad;
    bad.create(address, {{u"DeviceType"_s, u"Toaster"_s}});
    const WriteResult refused = s.writePath->submit(bad);
    QCOMPARE(refused.status, WriteStatus::Refused);
    QVERIFY2(refused.message.contains(u"Device Type does not offer \"Toaster\""_s),
             qPrintable(refused.message));
}

void TestCustomFields::associationLimitsTheOtherField()
{
    START_FIELD_STORE(s);
    // Where Site is East, Tags offers only a and b.
    WriteResult result = s.fields->addAssociation(u"Site"_s, u"east"_s, u"Tags"_s, {u"a;b"_s});
    QVERIFY2(result.ok(), qPrintable(result.message));
    ChangeSet good;
    good.create(s.subnet(u"10.4.0.0/24"_s), {{u"Site"_s, u"East"_s}, {u"Tags"_s, u"a"_s}});
    QVERIFY(s.writePath->submit(good).ok());
    ChangeSet bad;
    bad.create(s.subnet(u"10.4.1.0/24"_s), {{u"Site"_s, u"East"_s}, {u"Tags"_s, u"c"_s}});
    result = s.writePath->submit(bad);
    QCOMPARE(result.status, WriteStatus::Refused);
    QVERIFY2(result.message.contains(u"where Site is \"East\", Tags offers a, b, not \"c\""_s),
             qPrintable(result.message));
    // Elsewhere c is fine.
    ChangeSet west;
    west.create(s.subnet(u"10.4.2.0/24"_s), {{u"Site"_s, u"West"_s}, {u"Tags"_s, u"c"_s}});
    QVERIFY(s.writePath->submit(west).ok());
    // And an update that moves the first subnet's tags to c is refused against its stored Site.
    Subnet first = s.writePath->store().select<Subnet>(u"name = ?"_s, {u"10.4.0.0/24"_s}).value(0);
    if (first.id == 0)
        first = s.writePath->store().select<Subnet>().value(0);
    ChangeSet move;
    move.update(first, -1, {{u"Tags"_s, u"c"_s}});
    QCOMPARE(s.writePath->submit(move).status, WriteStatus::Refused);
}

void TestCustomFields::bulkSubnetsKeepTheirValues()
{
    START_FIELD_STORE(s);
    // Enough new subnets for the bulk path (BulkSubnetCreate writes them in key order).
    ChangeSet set;
    const int count = 1200;
    for (int i = count - 1; i >= 0; --i) {
        set.create(s.subnet(u"10.%1.%2.0/24"_s.arg(20 + i / 256).arg(i % 256)),
                   {{u"Cost"_s, QString::number(i)}});
    }
    const WriteResult result = s.writePath->submit(set);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(s.valueRows(), count);
    CustomFieldTables tables(*s.db);
    ObjectId cost = 0;
    const QList<CustomField> all = tables.fields().value();
    for (const CustomField &f : all)
        cost = f.name == u"Cost"_s ? f.id : cost;
    const QHash<ObjectId, QString> column = tables.column(ObjectKind::Subnet, cost).value();
    for (const Subnet &subnet : s.writePath->store().select<Subnet>()) {
        const QStringList parts = subnet.networkId.toString().split(u'.');
        const int i = (parts.at(1).toInt() - 20) * 256 + parts.at(2).toInt();
        QCOMPARE(column.value(subnet.id), QString::number(i));
    }
}

void TestCustomFields::definitionEditsAreAuditedAndAnnounced()
{
    START_FIELD_STORE(s);
    QSignalSpy spy(s.writePath.get(), &WritePath::committed);
    WriteResult result = s.fields->addField(listField(u"Rack"_s, CustomFieldType::Text, {}));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(spy.size(), 1);
    QVERIFY(spy.at(0).at(0).value<ChangeEvent>().definitionsChanged);
    // The audit row says so, for the consoles that learn it from the audit log (SQLite).
    QSqlQuery q(s.db->connection());
    QVERIFY(q.exec(u"SELECT operation, change_items, after_json FROM audit_log WHERE id = %1"_s.arg(
            result.auditId)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"field add"_s);
    QCOMPARE(q.value(1).toString(), u"D"_s);
    QVERIFY(q.value(2).toString().contains(u"\"Name\":\"Rack\""_s));

    // Same name (any case) twice, a built-in's removal, an unknown field: refused.
    QCOMPARE(s.fields->addField(listField(u"rack"_s, CustomFieldType::Text, {})).status,
             WriteStatus::Refused);
    result = s.fields->removeField(u"Device Type"_s);
    QCOMPARE(result.status, WriteStatus::Refused);
    QVERIFY(result.message.contains(u"built in"_s));
    QCOMPARE(s.fields->removeField(u"Nope"_s).status, WriteStatus::Refused);
    // A built-in may offer more values, never fewer.
    CustomField deviceType = *customfields::find(s.fields->fields().value(), u"Device Type");
    deviceType.allowedValues.append(u"Router"_s);
    QVERIFY(s.fields->updateField(u"Device Type"_s, deviceType).ok());
    deviceType.allowedValues = {u"Router"_s};
    QCOMPARE(s.fields->updateField(u"Device Type"_s, deviceType).status, WriteStatus::Refused);

    // A list may not drop a value an object holds.
    ChangeSet set;
    set.create(s.subnet(u"10.5.0.0/24"_s), {{u"Site"_s, u"West"_s}});
    QVERIFY(s.writePath->submit(set).ok());
    CustomField site = *customfields::find(s.fields->fields().value(), u"Site");
    site.allowedValues = {u"East"_s};
    result = s.fields->updateField(u"Site"_s, site);
    QCOMPARE(result.status, WriteStatus::Refused);
    QVERIFY2(result.message.contains(u"\"West\""_s), qPrintable(result.message));
    // Removing the field removes its values from every object.
    QVERIFY(s.fields->removeField(u"Site"_s).ok());
    QCOMPARE(s.valueRows(), 0);
}

void TestCustomFields::definitionEditsNeedEditCustomFields()
{
    IPAM_START_RBAC_FIXTURE(f);
    f.user->setPrincipal(Principal{u"erin"_s, {}});
    // An ASM administrator in Global edits subnets but not the store's vocabulary.
    QVERIFY(f.adminAccess->addPolicy(u"erin"_s, false, builtinroles::asmAdministrator, u"Global"_s)
                    .ok());
    CustomFieldStore mine(*f.user);
    const QString before = f.fingerprint();
    WriteResult result = mine.addField(listField(u"Rack"_s, CustomFieldType::Text, {}));
    QCOMPARE(result.status, WriteStatus::Denied);
    QVERIFY2(result.message.contains(u"may not edit custom fields"_s), qPrintable(result.message));
    QCOMPARE(f.fingerprint(), before);
    // She may still set values on objects she may edit.
    CustomFieldStore admin(*f.admin);
    QVERIFY(admin.addField(listField(u"Rack"_s, CustomFieldType::Text, {})).ok());
    Subnet subnet = f.locations.value(u"East"_s).subnet;
    subnet = *f.user->store().get<Subnet>(subnet.id);
    ChangeSet set;
    set.update(subnet, subnet.version, {{u"Rack"_s, u"R12"_s}});
    result = f.user->submit(set);
    QVERIFY2(result.ok(), qPrintable(result.message));
    // A role with Edit custom fields may.
    QVERIFY(f.adminAccess->addRole(u"Field keepers"_s, {Operation::EditCustomFields}, {}).ok());
    QVERIFY(f.adminAccess->addPolicy(u"erin"_s, false, u"Field keepers"_s, u"Global"_s).ok());
    result = mine.addField(listField(u"Row"_s, CustomFieldType::Number, {}));
    QVERIFY2(result.ok(), qPrintable(result.message));
}

void TestCustomFields::csvRoundTripsFieldsByName()
{
    START_FIELD_STORE(s);
    const QByteArray file = "NetworkId,Name,Site,tags,Cost\n"
                            "10.6.0.0/24,a,East,\"b; a\",7\n"
                            "10.6.1.0/24,b,,c,\n";
    QBuffer in;
    in.setData(file);
    in.open(QIODevice::ReadOnly);
    CsvImporter importer(*s.writePath);
    const ImportResult imported = importer.importFrom(ObjectKind::Subnet, &in, u"import t.csv"_s);
    QVERIFY2(imported.ok(), qPrintable(imported.message));
    QCOMPARE(imported.added, 2);

    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    CsvExporter exporter(s.writePath->store());
    QVERIFY(exporter.exportTo(ObjectKind::Subnet, &buffer));
    const QList<QByteArray> lines = out.split('\n');
    QVERIFY2(lines.at(0).endsWith(",Cost,Site,Tags"), lines.at(0).constData());
    QVERIFY2(lines.at(1).endsWith(",7,East,a; b"), lines.at(1).constData());
    QVERIFY2(lines.at(2).endsWith(",,,c"), lines.at(2).constData());

    // The export imports again, as an update that changes nothing but clears what is empty.
    QBuffer again;
    again.setData(out.replace(",7,East,a; b", ",,West,a; b"));
    again.open(QIODevice::ReadOnly);
    const ImportResult updated = importer.importFrom(ObjectKind::Subnet, &again, u"import"_s);
    QVERIFY2(updated.ok(), qPrintable(updated.message));
    QCOMPARE(updated.updated, 2);
    const Subnet a = s.writePath->store().select<Subnet>(u"name = ?"_s, {u"a"_s}).value(0);
    const QMap<QString, QString> expected = {{u"Site"_s, u"West"_s}, {u"Tags"_s, u"a; b"_s}};
    QCOMPARE(s.values(ObjectKind::Subnet, a.id), expected);
}

void TestCustomFields::csvRefusesABadValueNamingItsLine()
{
    START_FIELD_STORE(s);
    QBuffer in;
    in.setData("NetworkId,Site\n10.7.0.0/24,East\n10.7.1.0/24,Mars\n");
    in.open(QIODevice::ReadOnly);
    const ImportResult result
            = CsvImporter(*s.writePath).importFrom(ObjectKind::Subnet, &in, u"import"_s);
    QCOMPARE(result.status, WriteStatus::Refused);
    QVERIFY2(result.message.startsWith(u"line 3, column 2: Site does not offer \"Mars\""_s),
             qPrintable(result.message));
    QVERIFY(s.writePath->store().select<Subnet>().isEmpty());
    QCOMPARE(s.valueRows(), 0);
}

void TestCustomFields::undoRestoresValues()
{
    START_FIELD_STORE(s);
    EditHistory history(*s.writePath);
    ChangeSet create;
    create.create(s.subnet(u"10.8.0.0/24"_s), {{u"Site"_s, u"East"_s}, {u"Cost"_s, u"5"_s}});
    QVERIFY(history.run(create).ok());
    Subnet subnet = s.writePath->store().select<Subnet>().value(0);
    ChangeSet edit;
    edit.update(subnet, subnet.version, {{u"Site"_s, u"West"_s}, {u"Tags"_s, u"a"_s}});
    QVERIFY(history.run(edit).ok());
    QMap<QString, QString> edited
            = {{u"Site"_s, u"West"_s}, {u"Tags"_s, u"a"_s}, {u"Cost"_s, u"5"_s}};
    QCOMPARE(s.values(ObjectKind::Subnet, subnet.id), edited);
    history.undo();
    const QMap<QString, QString> created = {{u"Site"_s, u"East"_s}, {u"Cost"_s, u"5"_s}};
    QCOMPARE(s.values(ObjectKind::Subnet, subnet.id), created);
    history.redo();
    QCOMPARE(s.values(ObjectKind::Subnet, subnet.id), edited);
    // A removal undone brings the object back with its values.
    subnet = s.writePath->store().select<Subnet>().value(0);
    ChangeSet remove;
    remove.remove(subnet, subnet.version);
    QVERIFY(history.run(remove).ok());
    QCOMPARE(s.valueRows(), 0);
    history.undo();
    const Subnet back = s.writePath->store().select<Subnet>().value(0);
    QVERIFY(back.id != 0);
    QCOMPARE(s.values(ObjectKind::Subnet, back.id), edited);
}

QTEST_GUILESS_MAIN(TestCustomFields)
#include "tst_customfields.moc"
