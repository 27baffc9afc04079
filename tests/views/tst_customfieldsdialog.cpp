// Configure Custom Fields (views/customfieldsdialog.h), driven offscreen over a real store: a
// field added through the form reaches the store and the list, a refused one shows why and
// changes nothing, a built-in keeps its name and gains values, a second console's edit shows
// after a refresh; the list model runs under QAbstractItemModelTester meanwhile. The test
// run takes the README's screenshot (build/screenshots/custom-fields.png). The result pane
// shows the fields as columns: hidden and shown from the header's context menu, kept in
// QSettings by field name across consoles whose columns differ, sorted by a header click.

#include "customfieldsdialog.h"
#include "fields/customfieldstore.h"
#include "items/consolemodels.h"
#include "items/customfieldlistmodel.h"
#include "items/edithistory.h"
#include "items/rangegrouptreemodel.h"
#include "items/subnetmodel.h"
#include "rangegroupspane.h"
#include "resultpane.h"
#include "testdatabase.h"
#include "testpaths.h"
#include "write/writepath.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
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
    void resultPaneColumnsHideSortAndPersist();
};

namespace {

int columnNamed(const QAbstractItemModel *model, const QString &title)
{
    for (int column = 0; column < model->columnCount(); ++column) {
        if (model->headerData(column, Qt::Horizontal).toString() == title)
            return column;
    }
    return -1;
}

// Opens the header's context menu and toggles the entry named `title` in it, as a click would.
bool toggleInHeaderMenu(QTableView *view, const QString &title)
{
    bool found = false;
    QTimer::singleShot(0, view, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *action : menu->actions()) {
            if (action->text() == title) {
                action->trigger();
                found = true;
            }
        }
        menu->close();
    });
    Q_EMIT view->horizontalHeader()->customContextMenuRequested(QPoint(5, 5));
    return found;
}

} // namespace

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
void TestCustomFieldsDialog::resultPaneColumnsHideSortAndPersist()
{
    TestDatabase testDb(u"sqlite"_s);
    IPAM_REQUIRE_DATABASE(testDb);
    WritePath writePath(testDb.open(), Principal{u"admin"_s, {}});
    ConsoleModels models(writePath);
    QVERIFY(models.load());
    ResultPane pane(models);
    pane.resize(1200, 400);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QTableView *view = pane.itemView(ResultPane::View::Subnets);
    QAbstractItemModel *proxy = view->model();
    // IPAM's built-ins kept as values are columns, hidden until asked for.
    const int region = columnNamed(proxy, u"Region"_s);
    QVERIFY(region >= SubnetModel::ColumnCount);
    QVERIFY(view->isColumnHidden(region));

    CustomField rack;
    rack.name = u"Rack"_s;
    QVERIFY(CustomFieldStore(writePath).addField(rack).ok());
    const int rackColumn = columnNamed(proxy, u"Rack"_s);
    QVERIFY(rackColumn > region);
    QVERIFY(!view->isColumnHidden(rackColumn));
    QVERIFY(view->columnWidth(rackColumn) > 20);
    ChangeSet create;
    for (const char *p : {"10.9.1.0/24", "10.9.2.0/24", "10.9.3.0/24"}) {
        Subnet s;
        s.spaceId = 1;
        s.networkId = Prefix::parse(QString::fromLatin1(p)).value();
        create.create(s, {{u"Rack"_s, p[5] == '1' ? u"C"_s : (p[5] == '2' ? u"a"_s : u"B"_s)}});
    }
    QVERIFY(writePath.submit(create).ok());
    pane.setScope(Scope{});
    QCOMPARE(proxy->rowCount(), 3);
    // A header click sorts by the field.
    view->sortByColumn(rackColumn, Qt::AscendingOrder);
    QCOMPARE(proxy->index(0, rackColumn).data().toString(), u"a"_s);
    QCOMPARE(proxy->index(2, rackColumn).data().toString(), u"C"_s);
    // The search box finds a field value.
    pane.setSearchText(u"c"_s);
    QTRY_COMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, SubnetModel::NetworkColumn).data().toString(), u"10.9.1.0/24"_s);
    pane.setSearchText({});
    QTRY_COMPARE(proxy->rowCount(), 3);

    // Hidden from the header's menu (Rack, and a built-in column), shown (Region).
    QVERIFY(toggleInHeaderMenu(view, u"Rack"_s));
    QVERIFY(view->isColumnHidden(rackColumn));
    QVERIFY(toggleInHeaderMenu(view, u"Region"_s));
    QVERIFY(!view->isColumnHidden(region));
    QVERIFY(toggleInHeaderMenu(view, SubnetModel::columnTitle(SubnetModel::DescriptionColumn)));
    QVERIFY(view->isColumnHidden(SubnetModel::DescriptionColumn));
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"console.ini"_s), QSettings::IniFormat);
    pane.saveState(settings);
    settings.sync();

    // The next console opens on a store with one more field (another admin added Cost): the
    // columns differ, the choices hold by name; Cost takes its default (shown).
    WritePath other(testDb.open(), Principal{u"other"_s, {}});
    CustomField cost;
    cost.name = u"Cost"_s;
    cost.type = CustomFieldType::Number;
    QVERIFY(CustomFieldStore(other).addField(cost).ok());
    ConsoleModels nextModels(other);
    QVERIFY(nextModels.load());
    ResultPane next(nextModels);
    QSettings reread(dir.filePath(u"console.ini"_s), QSettings::IniFormat);
    next.restoreState(reread);
    QTableView *nextView = next.itemView(ResultPane::View::Subnets);
    QAbstractItemModel *nextProxy = nextView->model();
    QCOMPARE(nextProxy->columnCount(), proxy->columnCount() + 1);
    QVERIFY(nextView->isColumnHidden(columnNamed(nextProxy, u"Rack"_s)));
    QVERIFY(!nextView->isColumnHidden(columnNamed(nextProxy, u"Region"_s)));
    QVERIFY(!nextView->isColumnHidden(columnNamed(nextProxy, u"Cost"_s)));
    QVERIFY(nextView->isColumnHidden(SubnetModel::DescriptionColumn));
    QVERIFY(!nextView->isColumnHidden(SubnetModel::NameColumn));
    QVERIFY(next.isFieldColumnShown(ResultPane::View::Subnets, u"Region"_s));

    // Live: Cost reaches the first console (the admin's choice for a new field is its default)
    // and a removed field's column leaves; the other columns keep their state.
    ChangeEvent remote;
    remote.local = false;
    remote.definitionsChanged = true;
    models.apply(remote);
    const int costColumn = columnNamed(proxy, u"Cost"_s);
    QVERIFY(costColumn > rackColumn);
    QVERIFY(!view->isColumnHidden(costColumn));
    QVERIFY(CustomFieldStore(writePath).removeField(u"Rack"_s).ok());
    QCOMPARE(columnNamed(proxy, u"Rack"_s), -1);
    QCOMPARE(columnNamed(proxy, u"Cost"_s), rackColumn);
    QVERIFY(!view->isColumnHidden(rackColumn));
    QVERIFY(!view->isColumnHidden(region));
    QVERIFY(view->isColumnHidden(SubnetModel::DescriptionColumn));
}

#include "tst_customfieldsdialog.moc"
