// One SQLite store shared by the console's process and ipamctl, while other code of the
// console's process opens and closes the store's files (a file dialog sniffing types, a plain
// QFile): both must keep seeing one copy of the data, and nothing committed may be lost.
// Real processes: this test is the console's process, ipamctl the real binary.

#include "domain/principal.h"
#include "processrun.h"
#include "store/database.h"
#include "store/sqlitefileguard.h"
#include "store/store.h"
#include "live/livechangefeed.h"
#include "write/writepath.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace ipam;
using namespace Qt::StringLiterals;

namespace {

using Run = ipam::test::ProcessRun;

Run ctl(const QString &db, const QStringList &arguments)
{
    return ipam::test::runToEnd(QStringLiteral(IPAMCTL_PATH),
                                QStringList{u"--db"_s, db, u"--format"_s, u"json"_s} + arguments);
}

QStringList prefixes(const QJsonArray &records)
{
    QStringList values;
    for (const QJsonValue &record : records)
        values.append(record.toObject().value("NetworkId"_L1).toString());
    values.sort();
    return values;
}

// What the console would do: write a subnet through its write path.
bool addSubnet(WritePath &writePath, const char *prefix, QString *error)
{
    Subnet subnet;
    subnet.networkId = Prefix::parse(QString::fromLatin1(prefix)).value();
    subnet.spaceId = writePath.store().defaultSpace()->id;
    ChangeSet changes;
    changes.create(subnet);
    const WriteResult result = writePath.submit(changes);
    *error = result.message;
    return result.ok();
}

QStringList storedPrefixes(Store &store)
{
    QStringList values;
    for (const Subnet &subnet : store.select<Subnet>(QString(), {}, u"id"_s))
        values.append(subnet.networkId.toString());
    values.sort();
    return values;
}

QString integrityCheck(Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(u"PRAGMA integrity_check"_s) || !query.next())
        return u"cannot run integrity_check"_s;
    return query.value(0).toString();
}

// Opens and closes `path` as any other code of the process might (QFile, read a few bytes).
void touch(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        file.read(16);
        file.close();
    }
}

} // namespace

class TestSharedStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void otherCodeClosingTheFilesLosesNothing_data();
    void otherCodeClosingTheFilesLosesNothing();
    void connectionsOfOneProcessShareTheGuard();
    void lastProcessToCloseStillCleansUp();
    void rollbackJournalStoreBecomesWalAndIsGuarded();
    void lockOffsetsAreSqlites();
    void liveUpdatesSayWhenTheFileIsReplaced_data();
    void liveUpdatesSayWhenTheFileIsReplaced();

private:
    // The console's side of the scenario, with `interfere` run once the store is open.
    void runScenario(const std::function<void()> &interfere);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestSharedStore::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(IPAMCTL_PATH)), IPAMCTL_PATH);
}

void TestSharedStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(u"r.sqlite"_s);
}

void TestSharedStore::otherCodeClosingTheFilesLosesNothing_data()
{
    QTest::addColumn<QString>("interference");
    QTest::newRow("QFile on the database") << u"db"_s;
    QTest::newRow("QFile on -wal and -shm") << u"wal-shm"_s;
    QTest::newRow("QFile on all three") << u"all"_s;
    QTest::newRow("file dialog in the folder") << u"dialog"_s;
}

void TestSharedStore::otherCodeClosingTheFilesLosesNothing()
{
    QFETCH(QString, interference);
    runScenario([&] {
        if (interference == "dialog"_L1) {
            // As Ctrl+E and Escape do in the console: a file dialog over the database's folder,
            // which lists (and sniffs) the files there, then closed.
            QFileDialog dialog(nullptr, u"Export"_s, m_dir->path());
            dialog.setOption(QFileDialog::DontUseNativeDialog);
            dialog.show();
            auto *model = dialog.findChild<QFileSystemModel *>();
            QVERIFY(model);
            QTRY_VERIFY(model->rowCount(model->index(m_dir->path())) >= 3);
            // Let it draw its icons (mime-type sniffing happens then).
            QTest::qWait(300);
            dialog.reject();
            QTest::qWait(100);
            return;
        }
        if (interference != "wal-shm"_L1)
            touch(m_db);
        if (interference != "db"_L1) {
            touch(m_db + u"-wal"_s);
            touch(m_db + u"-shm"_s);
        }
    });
}

void TestSharedStore::runScenario(const std::function<void()> &interfere)
{
    QString error;
    {
        const Parsed<std::shared_ptr<Database>> database
                = Database::open(DatabaseLocation::parse(m_db).value());
        QVERIFY2(database, qPrintable(database.error()));
        WritePath writePath(database.value(), Principal::currentOsUser());
        QVERIFY2(addSubnet(writePath, "10.1.0.0/24", &error), qPrintable(error));

        interfere();
        if (QTest::currentTestFailed())
            return;

        // ipamctl, a separate process, writes and reads beside the console.
        Run run = ctl(m_db, {u"subnet"_s, u"add"_s, u"10.2.0.0/24"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        run = ctl(m_db, {u"subnet"_s, u"list"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(prefixes(run.json()), (QStringList{u"10.1.0.0/24"_s, u"10.2.0.0/24"_s}));

        // The console still shares the files with the next process...
        QVERIFY(QFile::exists(m_db + u"-wal"_s));
        QVERIFY(QFile::exists(m_db + u"-shm"_s));
        // ...sees ipamctl's subnet, and what it writes now ipamctl sees too.
        QCOMPARE(storedPrefixes(writePath.store()),
                 (QStringList{u"10.1.0.0/24"_s, u"10.2.0.0/24"_s}));
        QVERIFY2(addSubnet(writePath, "10.3.0.0/24", &error), qPrintable(error));
        run = ctl(m_db, {u"subnet"_s, u"list"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(prefixes(run.json()),
                 (QStringList{u"10.1.0.0/24"_s, u"10.2.0.0/24"_s, u"10.3.0.0/24"_s}));
        run = ctl(m_db, {u"subnet"_s, u"add"_s, u"10.4.0.0/24"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    } // the console closes

    // Nothing is lost once the console closed: all four subnets and their audit rows.
    const Run run = ctl(m_db, {u"subnet"_s, u"list"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(prefixes(run.json()),
             (QStringList{u"10.1.0.0/24"_s, u"10.2.0.0/24"_s, u"10.3.0.0/24"_s, u"10.4.0.0/24"_s}));
    const Parsed<std::shared_ptr<Database>> reopened
            = Database::open(DatabaseLocation::parse(m_db).value());
    QVERIFY2(reopened, qPrintable(reopened.error()));
    QCOMPARE(integrityCheck(*reopened.value()), u"ok"_s);
    QSqlQuery audit(reopened.value()->connection());
    QVERIFY(audit.exec(u"SELECT count(*) FROM audit_log WHERE outcome = 'committed' "
                       "AND after_json LIKE '%10._.0.0/24%'"_s));
    QVERIFY(audit.next());
    QVERIFY2(audit.value(0).toInt() >= 4, qPrintable(audit.value(0).toString()));
}

void TestSharedStore::connectionsOfOneProcessShareTheGuard()
{
    // The console has three connections (its own, the live feed's, the background sync's),
    // opened and closed in any order, while other code opens and closes the files.
    const DatabaseLocation location = DatabaseLocation::parse(m_db).value();
    QString error;
    std::shared_ptr<Database> first = Database::open(location).value();
    std::shared_ptr<Database> second = Database::open(location).value();
    QVERIFY(first && second);
    WritePath writePath(first, Principal::currentOsUser());
    QVERIFY2(addSubnet(writePath, "10.1.0.0/24", &error), qPrintable(error));
    second.reset(); // one closes: the others keep the guard
    touch(m_db);
    touch(m_db + u"-shm"_s);
    std::shared_ptr<Database> third = Database::open(location).value();
    QVERIFY(third);
    Run run = ctl(m_db, {u"subnet"_s, u"add"_s, u"10.2.0.0/24"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(QFile::exists(m_db + u"-wal"_s));
    QCOMPARE(storedPrefixes(*std::make_unique<Store>(third)),
             (QStringList{u"10.1.0.0/24"_s, u"10.2.0.0/24"_s}));
    QVERIFY2(addSubnet(writePath, "10.3.0.0/24", &error), qPrintable(error));
    run = ctl(m_db, {u"subnet"_s, u"list"_s});
    QCOMPARE(prefixes(run.json()),
             (QStringList{u"10.1.0.0/24"_s, u"10.2.0.0/24"_s, u"10.3.0.0/24"_s}));
}

void TestSharedStore::lastProcessToCloseStillCleansUp()
{
    // The guard must not keep SQLite from its normal cleanup: when the last connection of the
    // last process closes, it checkpoints and deletes -wal and -shm.
    const DatabaseLocation location = DatabaseLocation::parse(m_db).value();
    QString error;
    {
        std::shared_ptr<Database> first = Database::open(location).value();
        std::shared_ptr<Database> second = Database::open(location).value();
        WritePath writePath(first, Principal::currentOsUser());
        QVERIFY2(addSubnet(writePath, "10.1.0.0/24", &error), qPrintable(error));
        QVERIFY(QFile::exists(m_db + u"-wal"_s));
        first.reset();
    }
    QVERIFY(!QFile::exists(m_db + u"-wal"_s));
    QVERIFY(!QFile::exists(m_db + u"-shm"_s));
    // ipamctl alone, then: the same.
    const Run run = ctl(m_db, {u"subnet"_s, u"list"_s});
    QCOMPARE(prefixes(run.json()), QStringList{u"10.1.0.0/24"_s});
    QVERIFY(!QFile::exists(m_db + u"-wal"_s));
    // And the other way round: the console closes after ipamctl, and cleans up.
    {
        std::shared_ptr<Database> database = Database::open(location).value();
        QVERIFY(database);
        QVERIFY(ctl(m_db, {u"subnet"_s, u"add"_s, u"10.2.0.0/24"_s}).exitCode == 0);
        QVERIFY(QFile::exists(m_db + u"-wal"_s));
    }
    QVERIFY(!QFile::exists(m_db + u"-wal"_s));
    QVERIFY(!QFile::exists(m_db + u"-shm"_s));
}

void TestSharedStore::rollbackJournalStoreBecomesWalAndIsGuarded()
{
    // A store left in rollback-journal mode (by the sqlite3 shell, an old copy) is switched
    // to WAL on open and migrated, then guarded like any other.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(m_db);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(query.exec(u"PRAGMA journal_mode=DELETE"_s));
        QVERIFY(query.exec(u"CREATE TABLE note (text TEXT)"_s));
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    const Parsed<std::shared_ptr<Database>> database
            = Database::open(DatabaseLocation::parse(m_db).value());
    QVERIFY2(database, qPrintable(database.error()));
    QSqlQuery mode(database.value()->connection());
    QVERIFY(mode.exec(u"PRAGMA journal_mode"_s) && mode.next());
    QCOMPARE(mode.value(0).toString(), u"wal"_s);
    mode.finish();
    touch(m_db);
    QVERIFY(ctl(m_db, {u"subnet"_s, u"add"_s, u"10.2.0.0/24"_s}).exitCode == 0);
    QVERIFY(QFile::exists(m_db + u"-wal"_s));
    QCOMPARE(storedPrefixes(*std::make_unique<Store>(database.value())),
             QStringList{u"10.2.0.0/24"_s});
}

void TestSharedStore::lockOffsetsAreSqlites()
{
    // The guard locks where SQLite does: with one connection open, the kernel's lock table
    // (/proc/locks) shows SQLite's POSIX read lock on the same bytes as the guard's OFD one.
    const Parsed<std::shared_ptr<Database>> database
            = Database::open(DatabaseLocation::parse(m_db).value());
    QVERIFY2(database, qPrintable(database.error()));
    QFile locks(u"/proc/locks"_s);
    QVERIFY(locks.open(QIODevice::ReadOnly));
    const QByteArray table = locks.readAll();
    const QByteArray shared = QByteArray::number(qlonglong(SqliteFileGuard::sharedFirst)) + ' '
            + QByteArray::number(qlonglong(SqliteFileGuard::sharedFirst
                                           + SqliteFileGuard::sharedSize - 1));
    const QByteArray dms = QByteArray::number(qlonglong(SqliteFileGuard::shmDeadManSwitch)) + ' '
            + QByteArray::number(qlonglong(SqliteFileGuard::shmDeadManSwitch));
    int posixShared = 0, ofdShared = 0, posixDms = 0, ofdDms = 0;
    for (const QByteArray &line : table.split('\n')) {
        const bool posix = line.contains("POSIX");
        const bool ofd = line.contains("OFDLCK");
        if (!line.contains("READ"))
            continue;
        if (line.endsWith(shared)) {
            posixShared += posix;
            ofdShared += ofd;
        }
        if (line.endsWith(dms)) {
            posixDms += posix;
            ofdDms += ofd;
        }
    }
    QVERIFY2(posixShared >= 1 && ofdShared >= 1, table.constData());
    QVERIFY2(posixDms >= 1 && ofdDms >= 1, table.constData());
}

void TestSharedStore::liveUpdatesSayWhenTheFileIsReplaced_data()
{
    QTest::addColumn<bool>("replace");
    QTest::addColumn<QString>("why");
    QTest::newRow("replaced by a copy") << true << u"the database file was replaced"_s;
    QTest::newRow("removed") << false << u"the database file was removed or moved"_s;
}

void TestSharedStore::liveUpdatesSayWhenTheFileIsReplaced()
{
    // A restore from a backup copied over the path (or a deletion) leaves this process on the
    // old file while other processes open the new one: the feed must not go on saying "on".
    QFETCH(bool, replace);
    QFETCH(QString, why);
    const DatabaseLocation location = DatabaseLocation::parse(m_db).value();
    const std::shared_ptr<Database> database = Database::open(location).value();
    QVERIFY(database);
    LiveChangeFeed feed(location);
    feed.setPollInterval(20);
    QCOMPARE(feed.state(), LiveChangeFeed::State::Active);
    QSignalSpy states(&feed, &LiveChangeFeed::stateChanged);
    // Changes through the same file still arrive, and the feed stays on.
    QVERIFY(ctl(m_db, {u"subnet"_s, u"add"_s, u"10.1.0.0/24"_s}).exitCode == 0);
    QTest::qWait(100);
    QCOMPARE(feed.state(), LiveChangeFeed::State::Active);

    const QString copy = m_dir->filePath(u"backup.sqlite"_s);
    QVERIFY(QFile::copy(m_db, copy));
    if (replace)
        QCOMPARE(::rename(QFile::encodeName(copy).constData(), QFile::encodeName(m_db).constData()),
                 0);
    else
        QVERIFY(QFile::remove(m_db));
    QTRY_COMPARE_WITH_TIMEOUT(feed.state(), LiveChangeFeed::State::Off, 2000);
    QVERIFY2(feed.stateText().startsWith(why), qPrintable(feed.stateText()));
    QVERIFY(feed.stateText().contains(m_db));
    QCOMPARE(states.size(), 1);
}

QTEST_MAIN(TestSharedStore)
#include "tst_sharedstore.moc"
