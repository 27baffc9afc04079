// The address engine against Python's ipaddress module: ipaddress_oracle.py generates
// thousands of random cases of both families with Python's answers; this test computes each
// answer with the engine and compares them all, reporting the first mismatches with their
// inputs. Set IPAM_ORACLE_SEED / IPAM_ORACLE_CASES to reproduce or widen a run.

#include "addresstestsupport.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <vector>

using namespace ipam;

namespace {

struct Tally
{
    int cases = 0;
    int v4 = 0;
    int v6 = 0;
    int positive = 0; // true, valid or non-empty answers
    int strict = 0;   // engine stricter than Python by design (see the oracle)
};

// Engine answers in the oracle's vocabulary. A prefix or address the engine can't read back
// from Python's canonical text is itself a mismatch, reported through `problem`.
class EngineAnswers
{
public:
    QString problem;

    Prefix prefix(const QJsonValue &value)
    {
        const Parsed<Prefix> parsed = Prefix::parse(value.toString());
        if (!parsed)
            problem = QStringLiteral("engine can't read Python's prefix: ") + parsed.error();
        return parsed.valueOr(Prefix());
    }

    IpAddress address(const QJsonValue &value)
    {
        const Parsed<IpAddress> parsed = IpAddress::parse(value.toString());
        if (!parsed)
            problem = QStringLiteral("engine can't read Python's address: ") + parsed.error();
        return parsed.valueOr(IpAddress());
    }

    AddressSet set(Family family, const QJsonValue &prefixes)
    {
        std::vector<AddressRange> ranges;
        for (const QJsonValue &value : prefixes.toArray())
            ranges.push_back(AddressRange::of(prefix(value)));
        return AddressSet::fromUnsorted(family, std::move(ranges));
    }

    QJsonValue answer(const QJsonObject &c)
    {
        const QString kind = c[u"kind"].toString();
        const Family family = c[u"family"].toInt() == 4 ? Family::V4 : Family::V6;
        if (kind == u"parse_address") {
            const QString text = c[u"text"].toString();
            const Parsed<IpAddress> parsed = IpAddress::parse(text);
            if (!parsed) {
                checkMessage(text, parsed.error());
                return QJsonObject{{"valid", false}};
            }
            return QJsonObject{{"valid", true}, {"text", parsed.value().toString()}};
        }
        if (kind == u"parse_prefix") {
            const QString text = c[u"text"].toString();
            const Parsed<Prefix> parsed = Prefix::parse(text);
            if (!parsed) {
                checkMessage(text, parsed.error());
                return QJsonObject{{"valid", false}};
            }
            return QJsonObject{{"valid", true},
                               {"text", parsed.value().toString()},
                               {"size", parsed.value().size().toString()}};
        }
        if (kind == u"contains_address")
            return prefix(c[u"prefix"]).contains(address(c[u"address"]));
        if (kind == u"contains_prefix")
            return prefix(c[u"prefix"]).contains(prefix(c[u"other"]));
        if (kind == u"overlaps") {
            const Prefix a = prefix(c[u"a"]);
            const Prefix b = prefix(c[u"b"]);
            if (a.overlaps(b) != AddressRange::of(a).overlaps(AddressRange::of(b)))
                problem = QStringLiteral("Prefix::overlaps and AddressRange::overlaps disagree");
            return a.overlaps(b);
        }
        if (kind == u"collapse")
            return strings(set(family, c[u"prefixes"]).toPrefixes());
        if (kind == u"subtract")
            return strings(set(family, c[u"a"]).subtracted(set(family, c[u"b"])).toPrefixes());
        if (kind == u"summarize") {
            const Parsed<AddressRange> range
                    = AddressRange::make(address(c[u"first"]), address(c[u"last"]));
            if (!range) {
                problem = range.error();
                return QJsonArray();
            }
            return strings(range.value().toPrefixes());
        }
        if (kind == u"free_blocks")
            return strings(set(family, c[u"allocated"]).freeBlocks(prefix(c[u"parent"])));
        if (kind == u"first_free") {
            return strings(set(family, c[u"allocated"])
                                   .firstFreePrefixes(prefix(c[u"parent"]), c[u"length"].toInt(),
                                                      c[u"count"].toInt()));
        }
        if (kind == u"first_free_addresses") {
            return strings(set(family, c[u"allocated"])
                                   .firstFreeAddresses(prefix(c[u"subnet"]), c[u"count"].toInt()));
        }
        problem = QStringLiteral("unknown kind ") + kind;
        return QJsonValue();
    }

private:
    template<typename T>
    static QJsonArray strings(const QList<T> &values)
    {
        QJsonArray array;
        for (const T &value : values)
            array.append(value.toString());
        return array;
    }

    // Every refusal names the text it refuses (quoted, or as written for host bits).
    void checkMessage(const QString &text, const QString &message)
    {
        if (message.isEmpty())
            problem = QStringLiteral("refused without a message");
        else if (!text.trimmed().isEmpty() && !message.contains(text))
            problem = QStringLiteral("message doesn't name the text: ") + message;
    }
};

bool isPositive(const QJsonValue &expect)
{
    if (expect.isBool())
        return expect.toBool();
    if (expect.isArray())
        return !expect.toArray().isEmpty();
    return expect.toObject()[u"valid"].toBool();
}

} // namespace

class TestAddressDifferential : public QObject
{
    Q_OBJECT

private slots:
    void engineAgreesWithPythonIpaddress();
};

void TestAddressDifferential::engineAgreesWithPythonIpaddress()
{
    // Python is this test's oracle: without it the test fails rather than skipping, so a
    // machine without python3 can't report the engine as verified.
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    QVERIFY2(!python.isEmpty(), "python3 is not on PATH; the differential test needs it");
    const QString oracle = QStringLiteral(IPAM_SOURCE_DIR "/tests/address/ipaddress_oracle.py");
    QVERIFY2(QFile::exists(oracle), qPrintable(oracle));

    const QString seed = qEnvironmentVariable("IPAM_ORACLE_SEED", QStringLiteral("20240611"));
    const QString count = qEnvironmentVariable("IPAM_ORACLE_CASES", QStringLiteral("20000"));

    QProcess process;
    process.start(python,
                  {oracle, QStringLiteral("--seed"), seed, QStringLiteral("--count"), count});
    QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
    if (!process.waitForFinished(50000)) {
        process.kill();
        process.waitForFinished(5000);
        QFAIL("ipaddress_oracle.py did not finish within 50 s");
    }
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(QString::fromUtf8(process.readAllStandardError())));

    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    QMap<QString, Tally> tallies;
    QStringList mismatches;
    int mismatchCount = 0;
    int total = 0;
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonObject c = QJsonDocument::fromJson(line, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
        const QString kind = c[u"kind"].toString();
        if (kind == u"meta") {
            qInfo("oracle: Python %s, seed %s, %s cases", qPrintable(c[u"python"].toString()),
                  qPrintable(seed), qPrintable(count));
            continue;
        }

        EngineAnswers engine;
        const QJsonValue got = engine.answer(c);
        const QJsonValue expect = c[u"expect"];

        Tally &tally = tallies[kind];
        ++total;
        ++tally.cases;
        ++(c[u"family"].toInt() == 4 ? tally.v4 : tally.v6);
        tally.positive += isPositive(expect);
        tally.strict += c.contains(u"strict");

        if (got != expect || !engine.problem.isEmpty()) {
            if (++mismatchCount <= 25) {
                mismatches.append(
                        QStringLiteral("%1\n      engine: %2%3")
                                .arg(QString::fromUtf8(line),
                                     QString::fromUtf8(QJsonDocument(QJsonArray{got})
                                                               .toJson(QJsonDocument::Compact)),
                                     engine.problem.isEmpty()
                                             ? QString()
                                             : QStringLiteral("  (") + engine.problem + u')'));
            }
        }
    }

    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
        const Tally &t = it.value();
        qInfo("%-22s %6d cases (IPv4 %5d, IPv6 %5d), %5d true/valid/non-empty%s",
              qPrintable(it.key()), t.cases, t.v4, t.v6, t.positive,
              t.strict ? qPrintable(
                      QStringLiteral(", %1 refused by our stricter rules").arg(t.strict))
                       : "");
    }
    qInfo("%d cases checked, %d mismatches", total, mismatchCount);
    for (const QString &mismatch : std::as_const(mismatches))
        qWarning("mismatch: %s", qPrintable(mismatch));

    // Guard the generator too: a broken oracle that yields few cases must not pass quietly.
    QVERIFY2(total >= 10000 || count.toInt() < 10000, "too few cases from the oracle");
    const QStringList kinds = {"parse_address",
                               "parse_prefix",
                               "contains_address",
                               "contains_prefix",
                               "overlaps",
                               "collapse",
                               "subtract",
                               "summarize",
                               "free_blocks",
                               "first_free",
                               "first_free_addresses"};
    for (const QString &kind : kinds) {
        QVERIFY2(tallies.value(kind).v4 > 0 && tallies.value(kind).v6 > 0,
                 qPrintable(QStringLiteral("no cases of both families for ") + kind));
    }
    QVERIFY2(mismatchCount == 0,
             qPrintable(QStringLiteral("%1 of %2 cases differ from Python")
                                .arg(mismatchCount)
                                .arg(total)));
}

QTEST_GUILESS_MAIN(TestAddressDifferential)
#include "tst_addressdifferential.moc"
