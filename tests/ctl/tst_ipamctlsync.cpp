// `ipamctl sync` as scripts use it: the real binary (QProcess) against a fresh SQLite or
// PostgreSQL database and the SPF test peer (its own thread, since the test blocks waiting
// for the process): the summary and log, JSON, not-in-VMM objects, conflicts listed and
// resolved, credentials (file permissions, environment, bearer token), usage errors and
// denial.

#include "processrun.h"
#include "spfpeer.h"
#include "store/database.h"
#include "testdatabase.h"
#include "write/writepath.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ipam;
using namespace ipam::test;
using namespace Qt::StringLiterals;

namespace {

using Run = ipam::test::ProcessRun;

Run ctl(const QStringList &arguments, const QProcessEnvironment &extra = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"IPAM_VMM_TOKEN"_s);
    env.remove(u"IPAM_VMM_USER"_s);
    env.remove(u"IPAM_VMM_PASSWORD"_s);
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    return runToEnd(QStringLiteral(IPAMCTL_PATH), arguments, env);
}

QString guid(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QUuid seed(SpfPeer &peer)
{
    const QUuid network = peer.add(u"LogicalNetworks"_s,
                                   {{"Name"_L1, "Storage"_L1}, {"Description"_L1, "SAN"_L1}});
    peer.add(u"LogicalNetworkDefinitions"_s,
             {{"Name"_L1, "Storage East"_L1},
              {"LogicalNetworkId"_L1, guid(network)},
              {"SubnetVLans"_L1,
               QJsonArray{QJsonObject{{"Subnet"_L1, "10.1.0.0/24"_L1}, {"VLanID"_L1, 12}}}},
              {"HostGroups"_L1, QJsonArray{u"All Hosts\\East"_s}}});
    return network;
}

QJsonValue json(const QByteArray &out)
{
    const QJsonDocument doc = QJsonDocument::fromJson(out);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

} // namespace

class TestIpamCtlSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFile::exists(QStringLiteral(IPAMCTL_PATH)), IPAMCTL_PATH);
        m_peer.peer().setSiteSet(true); // the seed has a site of its own (the extension)
        QVERIFY(m_peer.listen());
        m_base = m_peer.peer().baseUrl().toString();
    }
    void init() { m_peer.peer().clearFaults(); }

    void printsSummaryLogAndJson_data() { addBackendRows(); }
    void printsSummaryLogAndJson();
    void showsNotInVmmAndConflicts_data() { addBackendRows(); }
    void showsNotInVmmAndConflicts();
    void readsCredentialsSafely();
    void warnsOfNtlmOverPlainHttp();
    void refusesBadUsage();
    void deniesWithoutRunVmmSynchronization();

private:
    void resetPeer()
    {
        for (const QString &set : {u"StaticIPAddressPools"_s, u"VMSubnets"_s, u"VMNetworks"_s,
                                   u"LogicalNetworkDefinitions"_s, u"LogicalNetworks"_s}) {
            for (const QJsonObject &e : m_peer.peer().entities(set))
                m_peer.peer().remove(set, QUuid::fromString(e.value("ID"_L1).toString()));
        }
        m_peer.peer().setRequiredBearerToken(QString());
        m_peer.peer().setRequiredBasic(QString(), QString());
        m_peer.peer().setRequiredWindows(QString(), QString(), QString());
        m_peer.peer().clearFaults();
    }

    SpfPeerThread m_peer;
    QString m_base;
};

// Windows authentication (NTLM) from the environment's DOMAIN\\user: over plain http the run
// warns on stderr (and in the JSON report), and a wrong password is one line naming the user.
void TestIpamCtlSync::warnsOfNtlmOverPlainHttp()
{
    TestDatabase db(u"sqlite"_s);
    IPAM_REQUIRE_DATABASE(db);
    resetPeer();
    seed(m_peer.peer());
    m_peer.peer().setRequiredWindows(u"CONTOSO"_s, u"svc-ipam"_s, u"Pa55w.rd"_s);
    QProcessEnvironment env;
    env.insert(u"IPAM_VMM_USER"_s, u"CONTOSO\\svc-ipam"_s);
    env.insert(u"IPAM_VMM_PASSWORD"_s, u"Pa55w.rd"_s);
    const Run ok = ctl({u"--db"_s, db.url(), u"sync"_s, u"--vmm"_s, m_base, u"--once"_s}, env);
    QVERIFY2(ok.exitCode == 0, ok.err.constData());
    QVERIFY2(ok.out.contains("created logical network \"Storage\""), ok.out.constData());
    QVERIFY2(ok.err.contains("ipamctl: warning: ") && ok.err.contains("NTLM")
                     && ok.err.contains("plain http"),
             ok.err.constData());

    const Run json = ctl(
            {u"--db"_s, db.url(), u"--format"_s, u"json"_s, u"sync"_s, u"--vmm"_s, m_base}, env);
    QVERIFY2(json.exitCode == 0, json.err.constData());
    const QJsonArray warnings
            = ::json(json.out).toArray().at(0).toObject().value("Warnings"_L1).toArray();
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.at(0).toString().contains("NTLM"_L1));

    env.insert(u"IPAM_VMM_PASSWORD"_s, u"wrong"_s);
    const Run wrong = ctl({u"--db"_s, db.url(), u"sync"_s, u"--vmm"_s, m_base}, env);
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains("sync did not complete") && wrong.err.contains("401")
                     && wrong.err.contains("CONTOSO\\svc-ipam")
                     && wrong.err.contains(m_base.toUtf8()),
             wrong.err.constData());
}

void TestIpamCtlSync::printsSummaryLogAndJson()
{
    QFETCH(QString, backend);
    TestDatabase db(backend);
    IPAM_REQUIRE_DATABASE(db);
    resetPeer();
    seed(m_peer.peer());
    const Run first = ctl({u"--db"_s, db.url(), u"sync"_s, u"--vmm"_s, m_base, u"--once"_s});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QVERIFY2(first.out.contains("created logical network \"Storage\""), first.out.constData());
    QVERIFY2(first.out.contains("created network site \"Storage East\""), first.out.constData());
    QVERIFY2(first.out.contains("created 2, updated 0, deleted 0, unchanged 0, conflicts 0, "
                                "refused 0, not in VMM 0"),
             first.out.constData());

    const Run again
            = ctl({u"--db"_s, db.url(), u"--format"_s, u"json"_s, u"sync"_s, u"--vmm"_s, m_base});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    const QJsonObject report = json(again.out).toArray().at(0).toObject();
    QCOMPARE(report.value("Created"_L1).toInt(), 0);
    QCOMPARE(report.value("Unchanged"_L1).toInt(), 2);
    QCOMPARE(report.value("Completed"_L1).toBool(), true);
    QVERIFY(report.value("Log"_L1).isArray());

    // A service that is down: exit 1 and one line on stderr.
    m_peer.peer().failNext(10, 503);
    const Run down
            = ctl({u"--db"_s, db.url(), u"sync"_s, u"--vmm"_s, m_base, u"--timeout"_s, u"5"_s});
    QCOMPARE(down.exitCode, 1);
    QVERIFY2(down.err.contains("sync did not complete"), down.err.constData());
    QVERIFY2(down.err.contains("503"), down.err.constData());
}

void TestIpamCtlSync::showsNotInVmmAndConflicts()
{
    QFETCH(QString, backend);
    TestDatabase db(backend);
    IPAM_REQUIRE_DATABASE(db);
    resetPeer();
    const QUuid network = seed(m_peer.peer());
    QCOMPARE(ctl({u"--db"_s, db.url(), u"sync"_s, u"--vmm"_s, m_base}).exitCode, 0);

    // IPAM's own logical network, which SPF will not take (its set is GET only); and the same
    // network edited on both sides.
    QCOMPARE(ctl({u"--db"_s, db.url(), u"lnet"_s, u"add"_s, u"Lab"_s}).exitCode, 0);
    {
        // ipamctl has no "lnet set": the console's edit, through the write path.
        WritePath writePath(db.open(), Principal{u"admin"_s, {}});
        LogicalNetwork storage = *writePath.store().logicalNetworkByName(
                writePath.store().defaultSpace()->id, u"Storage"_s);
        storage.description = u"IPAM side"_s;
        ChangeSet changes;
        changes.update(storage, storage.version);
        QVERIFY(writePath.submit(changes).ok());
    }
    m_peer.peer().update(u"LogicalNetworks"_s, network, {{"Description"_L1, "VMM side"_L1}});

    const Run sync
            = ctl({u"--db"_s, db.url(), u"--format"_s, u"json"_s, u"sync"_s, u"--vmm"_s, m_base});
    QVERIFY2(sync.exitCode == 0, sync.err.constData());
    const QJsonObject report = json(sync.out).toArray().at(0).toObject();
    QCOMPARE(report.value("NotInVmm"_L1).toInt(), 1);
    QCOMPARE(report.value("Conflicts"_L1).toInt(), 1);
    const QString notIn = report.value("NotInVmmObjects"_L1).toArray().at(0).toString();
    QVERIFY2(notIn.contains("\"Lab\""_L1) && notIn.contains("read-only (GET only)"_L1),
             qPrintable(notIn));

    const Run table = ctl({u"--db"_s, db.url(), u"sync"_s, u"--vmm"_s, m_base});
    QVERIFY2(table.out.contains("not in VMM: logical network \"Lab\""), table.out.constData());

    const Run listed
            = ctl({u"--db"_s, db.url(), u"--format"_s, u"json"_s, u"sync"_s, u"--conflicts"_s});
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    const QJsonArray conflicts = json(listed.out).toArray();
    QCOMPARE(conflicts.size(), 1);
    const QJsonObject conflict = conflicts.at(0).toObject();
    QCOMPARE(conflict.value("Name"_L1).toString(), u"Storage"_s);
    QCOMPARE(conflict.value("Ipam"_L1).toObject().value("Description"_L1).toString(),
             u"IPAM side"_s);
    QCOMPARE(conflict.value("Vmm"_L1).toObject().value("Description"_L1).toString(), u"VMM side"_s);
    const QString id = QString::number(conflict.value("Id"_L1).toInteger());
    const Run people = ctl({u"--db"_s, db.url(), u"sync"_s, u"--conflicts"_s});
    QVERIFY(people.out.contains("Storage"));

    const Run resolved
            = ctl({u"--db"_s, db.url(), u"sync"_s, u"--resolve"_s, id, u"--keep"_s, u"vmm"_s});
    QVERIFY2(resolved.exitCode == 0, resolved.err.constData());
    QVERIFY(resolved.out.contains("kept VMM's version"));
    const Run shown = ctl({u"--db"_s, db.url(), u"--format"_s, u"json"_s, u"lnet"_s, u"list"_s});
    QVERIFY2(shown.out.contains("VMM side"), shown.out.constData());
    const Run none
            = ctl({u"--db"_s, db.url(), u"--format"_s, u"json"_s, u"sync"_s, u"--conflicts"_s});
    QCOMPARE(json(none.out).toArray().size(), 0);
    const Run twice
            = ctl({u"--db"_s, db.url(), u"sync"_s, u"--resolve"_s, id, u"--keep"_s, u"vmm"_s});
    QCOMPARE(twice.exitCode, 1);
    QVERIFY(twice.err.contains("no open conflict"));
}

void TestIpamCtlSync::readsCredentialsSafely()
{
    TestDatabase db(u"sqlite"_s);
    IPAM_REQUIRE_DATABASE(db);
    resetPeer();
    seed(m_peer.peer());
    m_peer.peer().setRequiredBearerToken(u"t0ken"_s);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"vmm.credentials"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# the sync account\ntoken = t0ken\n");
    file.close();
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                | QFile::ReadOther));
    const QStringList args{
            u"--db"_s, db.url(), u"sync"_s, u"--vmm"_s, m_base, u"--credentials-file"_s, path};
    const Run open = ctl(args);
    QCOMPARE(open.exitCode, 1);
    QVERIFY2(open.err.contains("accessible by group or others"), open.err.constData());
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    const Run ok = ctl(args);
    QVERIFY2(ok.exitCode == 0, ok.err.constData());

    const Run without = ctl({u"--db"_s, db.url(), u"sync"_s, u"--vmm"_s, m_base});
    QCOMPARE(without.exitCode, 1);
    QVERIFY2(without.err.contains("401"), without.err.constData());
    QProcessEnvironment env;
    env.insert(u"IPAM_VMM_TOKEN"_s, u"t0ken"_s);
    QCOMPARE(ctl({u"--db"_s, db.url(), u"sync"_s, u"--vmm"_s, m_base}, env).exitCode, 0);
    // Never written to the database.
    QFile store(db.url());
    QVERIFY(store.open(QIODevice::ReadOnly));
    QVERIFY(!store.readAll().contains("t0ken"));
}

void TestIpamCtlSync::refusesBadUsage()
{
    TestDatabase db(u"sqlite"_s);
    IPAM_REQUIRE_DATABASE(db);
    QCOMPARE(ctl({u"--db"_s, db.url(), u"sync"_s}).exitCode, 2);
    QCOMPARE(ctl({u"--db"_s, db.url(), u"sync"_s, u"--vmm"_s, m_base, u"--once"_s, u"--interval"_s,
                  u"5"_s})
                     .exitCode,
             2);
    QCOMPARE(ctl({u"--db"_s, db.url(), u"sync"_s, u"--resolve"_s, u"1"_s}).exitCode, 2);
    const Run keep
            = ctl({u"--db"_s, db.url(), u"sync"_s, u"--resolve"_s, u"1"_s, u"--keep"_s, u"both"_s});
    QCOMPARE(keep.exitCode, 1);
    QVERIFY(keep.err.contains("\"both\""));
    const Run url = ctl({u"--db"_s, db.url(), u"sync"_s, u"--vmm"_s, u"ftp://x"_s});
    QCOMPARE(url.exitCode, 1);
    QVERIFY(url.err.contains("ftp://x"));

    // The trust options, refused before any connection with the words the console's settings
    // dialog uses (vmm/vmmtrust.h).
    const int before = m_peer.peer().requestCount();
    const Run pin
            = ctl({u"--db"_s, db.url(), u"sync"_s, u"--vmm"_s, m_base, u"--pin"_s, u"ab:cd"_s});
    QCOMPARE(pin.exitCode, 1);
    QVERIFY2(pin.err.contains("--pin \"ab:cd\" is not a SHA-256 in hex"), pin.err.constData());
    const Run ca = ctl({u"--db"_s, db.url(), u"sync"_s, u"--vmm"_s, m_base, u"--ca-file"_s,
                        u"/nonexistent/ca.pem"_s});
    QCOMPARE(ca.exitCode, 1);
    QVERIFY2(ca.err.contains("--ca-file: the CA file /nonexistent/ca.pem does not exist"),
             ca.err.constData());
    QCOMPARE(m_peer.peer().requestCount(), before);
}

void TestIpamCtlSync::deniesWithoutRunVmmSynchronization()
{
    TestDatabase db(u"sqlite"_s);
    IPAM_REQUIRE_DATABASE(db);
    resetPeer();
    seed(m_peer.peer());
    // The creator may act as others (SQLite); "nobody" holds no policy.
    QCOMPARE(ctl({u"--db"_s, db.url(), u"scope"_s, u"list"_s}).exitCode, 0);
    const Run denied
            = ctl({u"--db"_s, db.url(), u"--as"_s, u"nobody"_s, u"sync"_s, u"--vmm"_s, m_base});
    QCOMPARE(denied.exitCode, 3);
    QVERIFY2(denied.err.contains("permission denied"), denied.err.constData());
    const int before = m_peer.peer().requestCount();
    ctl({u"--db"_s, db.url(), u"--as"_s, u"nobody"_s, u"sync"_s, u"--vmm"_s, m_base});
    QCOMPARE(m_peer.peer().requestCount(), before); // VMM is not even asked
}

QTEST_GUILESS_MAIN(TestIpamCtlSync)
#include "tst_ipamctlsync.moc"
