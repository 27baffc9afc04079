// The IP Address Range Groups tree (items/rangegrouptreemodel.h) under QAbstractItemModelTester
// (fatal) while ranges, their custom field values and the groups themselves change through the
// write path, as a second console sees them: its own write path on another connection, the
// events delivered as the live feed would (applied from the first console's commits).

#include "fields/customfieldstore.h"
#include "items/rangegrouptreemodel.h"
#include "testdatabase.h"
#include "write/writepath.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ipam;
using namespace ipam::test;
using namespace Qt::StringLiterals;

namespace {

constexpr auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

// The tree as text: "Group (n)" then indented children, ranges as "start - end".
QString dump(const QAbstractItemModel &model, const QModelIndex &parent = {}, int depth = 0)
{
    QString text;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        text += QString(depth * 2, u' ') + index.data().toString();
        const QVariant count = index.siblingAtColumn(RangeGroupTreeModel::CountColumn).data();
        if (count.isValid())
            text += u" (%1)"_s.arg(count.toInt());
        text += u'\n' + dump(model, index, depth + 1);
    }
    return text;
}

} // namespace

class TestRangeGroupTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsRangesFieldsAndGroupsLive_data() { addBackendRows(); }
    void followsRangesFieldsAndGroupsLive();
};

void TestRangeGroupTreeModel::followsRangesFieldsAndGroupsLive()
{
    QFETCH(QString, backend);
    TestDatabase testDb(backend);
    IPAM_REQUIRE_DATABASE(testDb);
    // The console that shows the tree, and another that writes (its own connection).
    std::shared_ptr<Database> shown = testDb.open();
    std::shared_ptr<Database> other = testDb.open();
    QVERIFY(shown && other);
    WritePath viewer(shown, Principal{u"viewer"_s, {}});
    WritePath writer(other, Principal{u"writer"_s, {}});
    RangeGroupTreeModel model(viewer.store());
    QAbstractItemModelTester tester(&model, fatal);
    QVERIFY(model.load());
    QCOMPARE(dump(model), u"Managed by Service (0)\n"_s);
    // Remote events carry no objects: the model re-reads what they name.
    connect(&writer, &WritePath::committed, &model, [&](const ChangeEvent &event) {
        ChangeEvent remote = event;
        remote.objects.clear();
        remote.local = false;
        model.apply(remote);
    });

    CustomFieldStore fields(writer);
    CustomField site;
    site.name = u"Site"_s;
    site.type = CustomFieldType::OneOf;
    site.allowedValues = {u"East"_s, u"West"_s};
    QVERIFY(fields.addField(site).ok());
    RangeGroup bySite;
    bySite.name = u"By site"_s;
    bySite.levels = {u"Site"_s};
    bySite.criteria = u"Owner != retired"_s;
    QVERIFY2(fields.addRangeGroup(bySite).ok(), "range group");
    QCOMPARE(dump(model), u"Managed by Service (0)\nBy site (0)\n"_s);

    Subnet subnet;
    subnet.spaceId = 1;
    subnet.networkId = Prefix::parse(u"10.0.0.0/16"_s).value();
    ChangeSet set;
    set.create(subnet);
    QVERIFY(writer.submit(set).ok());
    auto addRange = [&](const QString &start, const QString &end, const QString &service,
                        const QString &siteValue) {
        Range range;
        range.spaceId = 1;
        range.startAddress = IpAddress::parse(start).value();
        range.endAddress = IpAddress::parse(end).value();
        range.managedByService = service;
        ChangeSet changes;
        changes.create(range, siteValue.isEmpty() ? QList<FieldAssignment>()
                                                  : QList<FieldAssignment>{{u"Site"_s, siteValue}});
        const WriteResult result = writer.submit(changes);
        if (!result.ok())
            qFatal("range: %s", qPrintable(result.message));
        return std::get<Range>(result.objects.constFirst());
    };
    Range a = addRange(u"10.0.1.1"_s, u"10.0.1.50"_s, u"IPAM"_s, u"East"_s);
    addRange(u"10.0.2.1"_s, u"10.0.2.50"_s, u"VMM"_s, u"West"_s);
    Range c = addRange(u"10.0.3.1"_s, u"10.0.3.50"_s, u"VMM"_s, QString());
    QCOMPARE(dump(model),
             u"Managed by Service (3)\n"
             "  IPAM (1)\n"
             "    Localhost (1)\n"
             "      10.0.1.1 - 10.0.1.50\n"
             "  VMM (2)\n"
             "    Localhost (2)\n"
             "      10.0.2.1 - 10.0.2.50\n"
             "      10.0.3.1 - 10.0.3.50\n"
             "By site (3)\n"
             "  East (1)\n"
             "    10.0.1.1 - 10.0.1.50\n"
             "  West (1)\n"
             "    10.0.2.1 - 10.0.2.50\n"
             "  (no value) (1)\n"
             "    10.0.3.1 - 10.0.3.50\n"_s);

    // An expanded node survives a change elsewhere: its index stays valid.
    const QPersistentModelIndex east = model.index(0, 0, model.index(1, 0));
    QCOMPARE(east.data().toString(), u"East"_s);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    // A value set moves the range; an edit of the property moves it in the other group.
    c.managedByService = u"IPAM"_s;
    ChangeSet move;
    move.update(c, -1, {{u"Site"_s, u"East"_s}});
    QVERIFY(writer.submit(move).ok());
    QCOMPARE(dump(model),
             u"Managed by Service (3)\n"
             "  IPAM (2)\n"
             "    Localhost (2)\n"
             "      10.0.1.1 - 10.0.1.50\n"
             "      10.0.3.1 - 10.0.3.50\n"
             "  VMM (1)\n"
             "    Localhost (1)\n"
             "      10.0.2.1 - 10.0.2.50\n"
             "By site (3)\n"
             "  East (2)\n"
             "    10.0.1.1 - 10.0.1.50\n"
             "    10.0.3.1 - 10.0.3.50\n"
             "  West (1)\n"
             "    10.0.2.1 - 10.0.2.50\n"_s);
    QVERIFY(east.isValid());
    QCOMPARE(east.data().toString(), u"East"_s);

    // The criteria drop a range whose owner says so; a removal drops it everywhere.
    a = *writer.store().get<Range>(a.id);
    a.owner = u"retired"_s;
    ChangeSet retire;
    retire.update(a);
    QVERIFY(writer.submit(retire).ok());
    QVERIFY(dump(model).contains(u"By site (2)\n  East (1)\n    10.0.3.1 - 10.0.3.50\n"_s));
    ChangeSet remove;
    remove.remove(*writer.store().get<Range>(c.id));
    QVERIFY(writer.submit(remove).ok());
    QVERIFY2(!dump(model).contains(u"10.0.3.1"_s), qPrintable(dump(model)));
    QVERIFY(east.isValid() == false); // East emptied under By site: removed, not reset
    // Definitions: a group removed goes, as one row.
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(fields.removeRangeGroup(u"By site"_s).ok());
    QCOMPARE(removed.size(), 1);
    QVERIFY2(dump(model).startsWith(u"Managed by Service (2)\n"_s), qPrintable(dump(model)));
    QVERIFY(!dump(model).contains(u"By site"_s));
    QCOMPARE(resets.size(), 0);
}

QTEST_GUILESS_MAIN(TestRangeGroupTreeModel)
#include "tst_rangegrouptreemodel.moc"
