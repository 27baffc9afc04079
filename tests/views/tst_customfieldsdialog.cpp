// Configure Custom Fields (views/customfieldsdialog.h), driven offscreen over a real store: a
// field added through the form reaches the store and the list, a refused one shows why and
// changes nothing, a built-in keeps its name and gains values, a second console's edit shows
// after a refresh; the list model runs under QAbstractItemModelTester meanwhile. The test
// run takes the README's screenshot (build/screenshots/custom-fields.png).

#include "customfieldsdialog.h"
#include "fields/customfieldstore.h"
#include "items/consolemodels.h"
#include "items/customfieldlistmodel.h"
#include "items/edithistory.h"
#include "items/rangegrouptreemodel.h"
#include "rangegroupspane.h"
#include "testdatabase.h"
#include "testpaths.h"
#include "write/writepath.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace ipam;
using namespace ipam::test;
using namespace Qt::StringLiterals;

class TestCustomFieldsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addsChangesAndRefusesThroughTheWritePath();
    void rangeGroupsPaneAddsGroupsAndFollowsRanges();
};

void TestCustomFieldsDialog::addsChangesAndRefusesThroughTheWritePath()
{
    TestDatabase testDb(u"sqlite"_s);
    IPAM_REQUIRE_DATABASE(testDb);
    WritePath writePath(testDb.open(), Principal{u"admin"_s, {}});
    CustomFieldStore store(writePath);
    CustomFieldsDialog dialog(store);
    QAbstractItemModelTester tester(dialog.fieldModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const int builtIns = dialog.fieldModel()->rowCount();
    QCOMPARE(builtIns, int(customfields::builtInFields().size()));

    // A new list field for subnets and ranges (nothing selected: a new field's form).
    dialog.fieldView()->setCurrentIndex({});
    dialog.nameEdit()->clear();
    QTest::keyClicks(dialog.nameEdit(), u"Site"_s);
    dialog.typeCombo()->setCurrentIndex(dialog.typeCombo()->findData(int(CustomFieldType::OneOf)));
    dialog.appliesToBox(ObjectKind::Block)->setChecked(false);
    dialog.appliesToBox(ObjectKind::Address)->setChecked(false);
    dialog.valuesEdit()->setPlainText(u"East\nWest\n"_s);
    QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
    QVERIFY2(dialog.messageLabel()->text().isEmpty(), qPrintable(dialog.messageLabel()->text()));
    QCOMPARE(dialog.fieldModel()->rowCount(), builtIns + 1);
    const QList<CustomField> stored = store.fields().value();
    const CustomField *site = customfields::find(stored, u"Site");
    QVERIFY(site);
    QCOMPARE(site->allowedValues, (QStringList{u"East"_s, u"West"_s}));
    QCOMPARE(site->appliesTo,
             fieldkinds::bit(ObjectKind::Subnet) | fieldkinds::bit(ObjectKind::Range));
    QCOMPARE(dialog.fieldView()->currentIndex().data().toString(), u"Site"_s);

    // The same name again, and a list without values: refused in words, nothing written.
    QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
    QVERIFY2(dialog.messageLabel()->text().contains(u"already exists"_s),
             qPrintable(dialog.messageLabel()->text()));
    dialog.nameEdit()->setText(u"Rack"_s);
    dialog.valuesEdit()->clear();
    QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
    QVERIFY2(dialog.messageLabel()->text().contains(u"give its values"_s),
             qPrintable(dialog.messageLabel()->text()));
    QCOMPARE(store.fields().value().size(), builtIns + 1);

    // A built-in: name locked, no Remove; it may offer another value.
    const int deviceType = dialog.fieldModel()->rowOf(
            customfields::find(dialog.fieldModel()->fields(), u"Device Type")->id);
    dialog.fieldView()->selectRow(deviceType);
    QVERIFY(dialog.nameEdit()->isReadOnly());
    QVERIFY(!dialog.removeButton()->isEnabled());
    dialog.valuesEdit()->appendPlainText(u"Router"_s);
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY2(dialog.messageLabel()->text().isEmpty(), qPrintable(dialog.messageLabel()->text()));
    QVERIFY(customfields::find(store.fields().value(), u"Device Type")
                    ->allowedValues.contains(u"Router"_s));
    QCOMPARE(dialog.fieldView()->currentIndex().row(), deviceType);

    // Another console adds a field; the list follows on refresh, selection kept.
    WritePath other(testDb.open(), Principal{u"other"_s, {}});
    CustomField cost;
    cost.name = u"Cost"_s;
    cost.type = CustomFieldType::Number;
    QVERIFY(CustomFieldStore(other).addField(cost).ok());
    dialog.refresh();
    QCOMPARE(dialog.fieldModel()->rowCount(), builtIns + 2);
    QCOMPARE(dialog.fieldView()->currentIndex().data().toString(), u"Device Type"_s);

    // The README's picture.
    const QString folder = QStringLiteral(IPAM_BINARY_DIR "/screenshots");
    QDir().mkpath(folder);
    QVERIFY(dialog.grab().save(folder + u"/custom-fields.png"_s));
}

void TestCustomFieldsDialog::rangeGroupsPaneAddsGroupsAndFollowsRanges()
{
    TestDatabase testDb(u"sqlite"_s);
    IPAM_REQUIRE_DATABASE(testDb);
    WritePath writePath(testDb.open(), Principal{u"admin"_s, {}});
    ConsoleModels models(writePath);
    QVERIFY(models.load());
    CustomField site;
    site.name = u"Site"_s;
    site.type = CustomFieldType::OneOf;
    site.allowedValues = {u"East"_s, u"West"_s};
    QVERIFY(CustomFieldStore(writePath).addField(site).ok());
    Subnet subnet;
    subnet.spaceId = 1;
    subnet.networkId = Prefix::parse(u"10.0.0.0/16"_s).value();
    ChangeSet set;
    set.create(subnet);
    QVERIFY(writePath.submit(set).ok());

    RangeGroupsPane pane(models);
    QAbstractItemModelTester tester(pane.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    pane.resize(520, 420);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QCOMPARE(pane.model()->rowCount(), 1); // Managed by Service

    // A criteria error is shown and nothing is added; then a good group.
    QTest::keyClicks(pane.nameEdit(), u"East sites"_s);
    QTest::keyClicks(pane.levelsEdit(), u"Site; Owner"_s);
    QTest::keyClicks(pane.criteriaEdit(), u"Site ="_s);
    QTest::mouseClick(pane.addButton(), Qt::LeftButton);
    QVERIFY2(pane.messageLabel()->text().contains(u"a value is expected"_s),
             qPrintable(pane.messageLabel()->text()));
    QCOMPARE(pane.model()->rowCount(), 1);
    pane.criteriaEdit()->setText(u"Site != West"_s);
    QTest::mouseClick(pane.addButton(), Qt::LeftButton);
    QVERIFY2(pane.messageLabel()->text().isEmpty(), qPrintable(pane.messageLabel()->text()));
    QCOMPARE(pane.model()->rowCount(), 2);

    // A range written through the console's write path appears under its values, live.
    Range range;
    range.spaceId = 1;
    range.startAddress = IpAddress::parse(u"10.0.1.1"_s).value();
    range.endAddress = IpAddress::parse(u"10.0.1.99"_s).value();
    range.owner = u"ops"_s;
    range.managedByService = u"VMM"_s;
    ChangeSet add;
    add.create(range, {{u"Site"_s, u"East"_s}});
    QVERIFY(models.history().run(add).ok());
    const QModelIndex group = pane.model()->index(1, 0);
    QCOMPARE(group.data().toString(), u"East sites"_s);
    QCOMPARE(group.siblingAtColumn(RangeGroupTreeModel::CountColumn).data().toInt(), 1);
    const QModelIndex east = pane.model()->index(0, 0, group);
    QCOMPARE(east.data().toString(), u"East"_s);
    const QModelIndex owner = pane.model()->index(0, 0, east);
    QCOMPARE(owner.data().toString(), u"ops"_s);
    QCOMPARE(pane.model()->index(0, 0, owner).data().toString(), u"10.0.1.1 - 10.0.1.99"_s);
    pane.view()->expandAll();

    // The built-in group cannot be removed; the new one can.
    pane.view()->setCurrentIndex(pane.model()->index(0, 0));
    QVERIFY(!pane.removeButton()->isEnabled());
    const QString folder = QStringLiteral(IPAM_BINARY_DIR "/screenshots");
    QDir().mkpath(folder);
    QVERIFY(pane.grab().save(folder + u"/range-groups.png"_s));
    pane.view()->setCurrentIndex(group);
    QVERIFY(pane.removeButton()->isEnabled());
    QTest::mouseClick(pane.removeButton(), Qt::LeftButton);
    QCOMPARE(pane.model()->rowCount(), 1);
}

QTEST_MAIN(TestCustomFieldsDialog)
#include "tst_customfieldsdialog.moc"
