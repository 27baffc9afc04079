// Saved views in the store (schema v12) and on this computer (QSettings), on SQLite and
// PostgreSQL: saved through the write path with an audit row, listed shared-then-own-then-local,
// found own-first, replaced under the same name, removed; another principal sees the shared
// views but not this one's own; a bad name is refused and leaves the store unchanged.
#include "search/savedviewstore.h"
#include "store/store.h"
#include "testdatabase.h"
#include "write/writepath.h"

#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ipam;

namespace {

SavedView view(const QString &name, SavedView::Sharing sharing, const QString &search)
{
    SavedView v;
    v.name = name;
    v.sharing = sharing;
    v.nodePath = QStringLiteral("VIRTUALIZED IP ADDRESS SPACE/Provider IP Address Space/Fabric");
    v.search = search;
    v.logicalNetwork = QStringLiteral("Storage");
    v.space = QStringLiteral("Fabric");
    v.sortColumn = 1;
    v.descending = true;
    v.columns = {0, 1, 5};
    v.groupBy = 12;
    return v;
}

QStringList names(const QList<SavedView> &views)
{
    QStringList list;
    for (const SavedView &v : views)
        list << SavedView::sharingName(v.sharing) + u':' + v.name;
    return list;
}

qint64 auditRows(Store &store, const QString &operation)
{
    qint64 n = 0;
    for (const AuditEntry &entry : store.auditLog(1000))
        n += entry.operation == operation && entry.outcome == QLatin1String("committed");
    return n;
}

} // namespace

class TestSavedViewStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void definitionRoundTrips();
    void refusesAnUnreadableDefinition();
    void savesListsFindsAndRemoves_data() { test::addBackendRows(); }
    void savesListsFindsAndRemoves();
};

void TestSavedViewStore::definitionRoundTrips()
{
    const SavedView v = view(QStringLiteral("x"), SavedView::Sharing::Mine, QStringLiteral("core"));
    QString error;
    const std::optional<SavedView> back = SavedView::fromDefinition(v.definition(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->nodePath, v.nodePath);
    QCOMPARE(back->search, v.search);
    QCOMPARE(back->columns, v.columns);
    QCOMPARE(back->sortColumn, 1);
    QCOMPARE(back->descending, true);
    QCOMPARE(back->groupBy, 12);
    QCOMPARE(back->logicalNetwork, QStringLiteral("Storage"));
}

void TestSavedViewStore::refusesAnUnreadableDefinition()
{
    QString error;
    QVERIFY(!SavedView::fromDefinition(QJsonObject{{QStringLiteral("view"), QStringLiteral("x")}},
                                       &error));
    QVERIFY2(error.contains(QLatin1String("view \"x\"")), qPrintable(error));
    QVERIFY(!SavedView::fromDefinition(QJsonObject{{QStringLiteral("family"), 5}}, &error));
    QVERIFY2(error.contains(QLatin1String("family 5")), qPrintable(error));
}

void TestSavedViewStore::savesListsFindsAndRemoves()
{
    QFETCH(QString, backend);
    test::TestDatabase db(backend);
    IPAM_REQUIRE_DATABASE(db);
    QTemporaryDir dir;
    QSettings local(dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
    WritePath alice(db.open(), Principal{QStringLiteral("alice"), {}});
    SavedViewStore views(alice);
    QVERIFY(views.list(&local).isEmpty());

    QVERIFY(views.save(view(QStringLiteral("Storage core"), SavedView::Sharing::Mine,
                            QStringLiteral("core")),
                       &local)
                    .ok());
    const WriteResult shared = views.save(
            view(QStringLiteral("All storage"), SavedView::Sharing::Everyone, {}), &local);
    QVERIFY2(shared.ok(), qPrintable(QString::number(int(shared.status)) + shared.message));
    QVERIFY(views.save(view(QStringLiteral("Storage core"), SavedView::Sharing::Everyone,
                            QStringLiteral("shared")),
                       &local)
                    .ok());
    QVERIFY(views.save(view(QStringLiteral("Laptop"), SavedView::Sharing::Local, {}), &local).ok());
    QCOMPARE(names(views.list(&local)),
             QStringList({"everyone:All storage", "everyone:Storage core", "mine:Storage core",
                          "local:Laptop"}));
    // Own first.
    QCOMPARE(views.find(QStringLiteral("Storage core"), &local)->search, QStringLiteral("core"));
    // The same name and sharing replaces.
    QVERIFY(views.save(view(QStringLiteral("Storage core"), SavedView::Sharing::Mine,
                            QStringLiteral("core2")),
                       &local)
                    .ok());
    QCOMPARE(views.find(QStringLiteral("Storage core"), &local)->search, QStringLiteral("core2"));
    QCOMPARE(views.list(&local).size(), 4);
    QCOMPARE(auditRows(alice.store(), QStringLiteral("saved view save")), 4);

    // Bob sees the shared ones, not Alice's own (SQLite: the store's filter; PostgreSQL: one
    // login here, so the same filter).
    WritePath bob(db.open(), Principal{QStringLiteral("bob"), {}});
    QCOMPARE(names(SavedViewStore(bob).list()),
             QStringList({"everyone:All storage", "everyone:Storage core"}));
    QCOMPARE(SavedViewStore(bob).find(QStringLiteral("Storage core"))->search,
             QStringLiteral("shared"));

    // A bad name is refused; nothing changes.
    const WriteResult refused
            = views.save(view(QStringLiteral(" "), SavedView::Sharing::Mine, {}), &local);
    QCOMPARE(refused.status, WriteStatus::Refused);
    QVERIFY2(refused.message.contains(QLatin1String("not a valid name")),
             qPrintable(refused.message));
    QCOMPARE(views.list(&local).size(), 4);

    // Renamed: own, shared and local ones; a name taken in the same sharing is refused and
    // changes nothing; the same name in another sharing is fine.
    const SavedView mine = *views.find(QStringLiteral("Storage core"), &local);
    const WriteResult renamed = views.rename(mine, QStringLiteral("Core of storage"), &local);
    QVERIFY2(renamed.ok(), qPrintable(renamed.message));
    QCOMPARE(names(views.list(&local)),
             QStringList({"everyone:All storage", "everyone:Storage core", "mine:Core of storage",
                          "local:Laptop"}));
    QCOMPARE(views.find(QStringLiteral("Core of storage"), &local)->search,
             QStringLiteral("core2"));
    QCOMPARE(auditRows(alice.store(), QStringLiteral("saved view rename")), 1);
    const SavedView everyone = *views.find(QStringLiteral("All storage"), &local);
    const WriteResult clash = views.rename(everyone, QStringLiteral("Storage core"), &local);
    QCOMPARE(clash.status, WriteStatus::Refused);
    QVERIFY2(clash.message.contains(QLatin1String("already a saved view named \"Storage core\"")),
             qPrintable(clash.message));
    QCOMPARE(auditRows(alice.store(), QStringLiteral("saved view rename")), 1);
    QVERIFY(views.rename(everyone, QStringLiteral("Core of storage"), &local).ok());
    QCOMPARE(views.rename(*views.find(QStringLiteral("Laptop"), &local), QStringLiteral(" x"),
                          &local)
                     .status,
             WriteStatus::Refused);
    QVERIFY(views.rename(*views.find(QStringLiteral("Laptop"), &local), QStringLiteral("Desk"),
                         &local)
                    .ok());
    QCOMPARE(names(views.list(&local)),
             QStringList({"everyone:Core of storage", "everyone:Storage core",
                          "mine:Core of storage", "local:Desk"}));
    // Bob renames a shared view; Alice's own is out of his reach.
    WritePath bobRenames(db.open(), Principal{QStringLiteral("bob"), {}});
    QCOMPARE(SavedViewStore(bobRenames).rename(mine, QStringLiteral("Bob's now")).status,
             WriteStatus::Conflict);

    for (const SavedView &v : views.list(&local))
        QVERIFY(views.remove(v, &local).ok());
    QVERIFY(views.list(&local).isEmpty());
    QCOMPARE(auditRows(alice.store(), QStringLiteral("saved view remove")), 3);
}

QTEST_GUILESS_MAIN(TestSavedViewStore)
#include "tst_savedviewstore.moc"
