// AddressSet: merging, removal, set algebra and the allocation queries, checked against a
// brute-force bitmap over a small space, plus the edges of the address space where
// first - 1 and last + 1 would wrap.

#include "addresstestsupport.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace ipam;
using namespace ipam::test;

namespace {

// The set as one bool per address of a small parent: obviously right, and slow.
class Bitmap
{
public:
    explicit Bitmap(const Prefix &parent)
        : m_base(parent.first().value())
        , m_bits(size_t(parent.size().toUInt64()))
    { }

    void set(const AddressRange &range, bool value)
    {
        for (uint128 v = range.first().value(); v <= range.last().value(); ++v)
            m_bits[size_t(v - m_base)] = value;
    }
    bool at(uint128 value) const { return m_bits[size_t(value - m_base)]; }
    bool all(const Prefix &prefix, bool value) const
    {
        for (uint128 v = prefix.first().value(); v <= prefix.last().value(); ++v) {
            if (at(v) != value)
                return false;
        }
        return true;
    }
    quint64 count() const { return quint64(std::count(m_bits.begin(), m_bits.end(), true)); }

private:
    uint128 m_base;
    std::vector<bool> m_bits;
};

AddressRange randomRangeIn(QRandomGenerator &random, const Prefix &parent)
{
    const quint64 size = parent.size().toUInt64();
    quint64 a = random.bounded(size);
    quint64 b = random.bounded(qMin<quint64>(size - a, 1 + random.bounded(64)));
    const uint128 base = parent.first().value();
    return AddressRange::make(IpAddress(parent.family(), base + a),
                              IpAddress(parent.family(), base + a + b))
            .value();
}

} // namespace

class TestAddressSet : public QObject
{
    Q_OBJECT

private slots:
    void mergesOverlappingAndAdjacentRanges_data();
    void mergesOverlappingAndAdjacentRanges();
    void removeSplitsAndTrims();
    void agreesWithBruteForceUnderRandomEdits();
    void handlesTheEdgesOfTheAddressSpace();
    void countsAFullIpv6SetExactly();
    void firstFreePrefixesWalksGapsNotCandidates();
    void queriesWithBadArgumentsReturnNothing();
    void fromUnsortedMergesLikeRepeatedAdd();
};

void TestAddressSet::mergesOverlappingAndAdjacentRanges_data()
{
    QTest::addColumn<QStringList>("added");
    QTest::addColumn<QStringList>("ranges");
    QTest::addColumn<QStringList>("prefixes");

    QTest::newRow("adjacent siblings merge")
            << QStringList({"10.0.0.0/25", "10.0.0.128/25"}) << QStringList({"10.0.0.0-10.0.0.255"})
            << QStringList({"10.0.0.0/24"});
    QTest::newRow("gap stays") << QStringList({"10.0.0.0/26", "10.0.0.128/26"})
                               << QStringList({"10.0.0.0-10.0.0.63", "10.0.0.128-10.0.0.191"})
                               << QStringList({"10.0.0.0/26", "10.0.0.128/26"});
    QTest::newRow("bridging fills the gap")
            << QStringList({"10.0.0.0/26", "10.0.0.128/26", "10.0.0.64/26"})
            << QStringList({"10.0.0.0-10.0.0.191"})
            << QStringList({"10.0.0.0/25", "10.0.0.128/26"});
    QTest::newRow("contained adds nothing")
            << QStringList({"10.0.0.0/8", "10.1.2.0/24"})
            << QStringList({"10.0.0.0-10.255.255.255"}) << QStringList({"10.0.0.0/8"});
    QTest::newRow("supernet swallows many")
            << QStringList({"10.0.1.0/24", "10.0.3.0/24", "10.0.9.0/24", "10.0.0.0/20"})
            << QStringList({"10.0.0.0-10.0.15.255"}) << QStringList({"10.0.0.0/20"});
    QTest::newRow("adjacent across a boundary, not a prefix")
            << QStringList({"10.0.0.255/32", "10.0.1.0/32"}) << QStringList({"10.0.0.255-10.0.1.0"})
            << QStringList({"10.0.0.255/32", "10.0.1.0/32"});
    QTest::newRow("v6 halves") << QStringList({"::/1", "8000::/1"})
                               << QStringList({"::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"})
                               << QStringList({"::/0"});
}

void TestAddressSet::mergesOverlappingAndAdjacentRanges()
{
    QFETCH(QStringList, added);
    QFETCH(QStringList, ranges);
    QFETCH(QStringList, prefixes);

    AddressSet set(prefix(added.first()).family());
    for (const QString &text : added)
        set.add(prefix(text));
    QCOMPARE(texts(set.ranges()), ranges);
    QCOMPARE(texts(set.toPrefixes()), prefixes);
    QCOMPARE(set.rangeCount(), ranges.size());

    // Any order gives the same set.
    AddressSet reversed(set.family());
    for (auto it = added.crbegin(); it != added.crend(); ++it)
        reversed.add(prefix(*it));
    QCOMPARE(reversed, set);
}

void TestAddressSet::removeSplitsAndTrims()
{
    AddressSet set(Family::V4);
    set.add(prefix(u"10.0.0.0/24"));
    set.remove(prefix(u"10.0.0.64/26"));
    QCOMPARE(texts(set.ranges()), QStringList({"10.0.0.0-10.0.0.63", "10.0.0.128-10.0.0.255"}));
    set.remove(range(u"10.0.0.60", u"10.0.0.130"));
    QCOMPARE(texts(set.ranges()), QStringList({"10.0.0.0-10.0.0.59", "10.0.0.131-10.0.0.255"}));
    set.remove(range(u"9.0.0.0", u"10.0.0.0"));
    QCOMPARE(texts(set.ranges()), QStringList({"10.0.0.1-10.0.0.59", "10.0.0.131-10.0.0.255"}));
    set.remove(prefix(u"192.168.0.0/16")); // nothing there
    QCOMPARE(set.rangeCount(), 2);
    set.remove(prefix(u"0.0.0.0/0"));
    QVERIFY(set.isEmpty());
    QCOMPARE(set.count(), AddressCount());
}

void TestAddressSet::agreesWithBruteForceUnderRandomEdits()
{
    const Prefix parent = prefix(u"10.0.0.0/22");
    const IpAddress base = parent.first();
    QRandomGenerator random(1024);
    for (int round = 0; round < 40; ++round) {
        AddressSet set(Family::V4);
        AddressSet other(Family::V4);
        Bitmap bits(parent);
        Bitmap otherBits(parent);
        for (int edit = 0; edit < 30; ++edit) {
            const AddressRange r = randomRangeIn(random, parent);
            const bool adding = random.bounded(3) != 0;
            adding ? set.add(r) : set.remove(r);
            bits.set(r, adding);
            const AddressRange o = randomRangeIn(random, parent);
            other.add(o);
            otherBits.set(o, true);
        }

        QCOMPARE(set.count().toUInt64(), bits.count());
        for (quint32 offset = 0; offset < 1024; ++offset) {
            const IpAddress a(Family::V4, base.value() + offset);
            QCOMPARE(set.contains(a), bits.at(a.value()));
        }
        // Ranges are sorted, disjoint and never touch.
        const QList<AddressRange> ranges = set.ranges();
        for (qsizetype i = 1; i < ranges.size(); ++i)
            QVERIFY(ranges[i - 1].last().value() + 1 < ranges[i].first().value());

        for (int query = 0; query < 50; ++query) {
            const AddressRange r = randomRangeIn(random, parent);
            bool all = true;
            bool any = false;
            for (uint128 v = r.first().value(); v <= r.last().value(); ++v) {
                all &= bits.at(v);
                any |= bits.at(v);
            }
            QCOMPARE(set.contains(r), all);
            QCOMPARE(set.overlaps(r), any);

            const AddressSet slice = set.intersected(r);
            for (uint128 v = parent.first().value(); v <= parent.last().value(); ++v) {
                const IpAddress a(Family::V4, v);
                QCOMPARE(slice.contains(a), bits.at(v) && r.contains(a));
            }
        }

        const AddressSet both = set.united(other);
        const AddressSet difference = set.subtracted(other);
        for (uint128 v = parent.first().value(); v <= parent.last().value(); ++v) {
            const IpAddress a(Family::V4, v);
            QCOMPARE(both.contains(a), bits.at(v) || otherBits.at(v));
            QCOMPARE(difference.contains(a), bits.at(v) && !otherBits.at(v));
        }

        // Free blocks: exactly the free addresses, as maximal aligned blocks.
        const QList<Prefix> free = set.freeBlocks(parent);
        AddressCount freeCount;
        for (const Prefix &block : free) {
            QVERIFY(parent.contains(block));
            QVERIFY(bits.all(block, false));
            freeCount += block.size();
        }
        QCOMPARE(freeCount.toUInt64(), 1024 - bits.count());

        for (int length = parent.length(); length <= 32; ++length) {
            QList<Prefix> expected;
            const uint128 step = uint128(1) << (32 - length);
            for (uint128 v = parent.first().value();
                 v <= parent.last().value() && expected.size() < 3; v += step) {
                const Prefix candidate = Prefix::make(IpAddress(Family::V4, v), length).value();
                if (bits.all(candidate, false))
                    expected.append(candidate);
            }
            QCOMPARE(set.firstFreePrefixes(parent, length, 3), expected);
        }
    }
}

void TestAddressSet::handlesTheEdgesOfTheAddressSpace()
{
    const Prefix all = prefix(u"::/0");
    const IpAddress top = IpAddress::maxOf(Family::V6);
    AddressSet set(Family::V6);
    QCOMPARE(texts(set.freeBlocks(all)), QStringList({"::/0"}));
    QCOMPARE(texts(set.firstFreePrefixes(all, 0, 5)), QStringList({"::/0"}));

    set.add(prefix(u"ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128"));
    set.add(prefix(u"::/128"));
    QVERIFY(set.contains(top));
    QVERIFY(set.contains(IpAddress(Family::V6, 0)));
    QCOMPARE(set.rangeCount(), 2);
    QCOMPARE(set.freeBlocks(all).size(), 2 * 127);
    QCOMPARE(texts(set.firstFreePrefixes(all, 1, 5)), QStringList());
    QCOMPARE(texts(set.firstFreePrefixes(all, 2, 5)), QStringList({"4000::/2", "8000::/2"}));

    set.add(AddressRange::make(IpAddress(Family::V6, 1), IpAddress(Family::V6, top.value() - 1))
                    .value());
    QCOMPARE(set.rangeCount(), 1);
    QVERIFY(set.freeBlocks(all).isEmpty());
    QVERIFY(set.firstFreePrefixes(all, 128, 1).isEmpty());
    QVERIFY(set.firstFreeAddresses(all, 1).isEmpty());

    set.remove(prefix(u"ffff:ffff:ffff:ffff::/64"));
    QCOMPARE(texts(set.freeBlocks(all)), QStringList({"ffff:ffff:ffff:ffff::/64"}));
    QCOMPARE(texts(set.firstFreePrefixes(all, 127, 1)), QStringList({"ffff:ffff:ffff:ffff::/127"}));
    QCOMPARE(texts(set.firstFreeAddresses(prefix(u"ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffc/126"),
                                          9)),
             QStringList({"ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffc",
                          "ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffd",
                          "ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe",
                          "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"}));

    AddressSet v4(Family::V4);
    v4.add(prefix(u"255.255.255.255/32"));
    v4.add(prefix(u"255.255.255.254/32"));
    QCOMPARE(texts(v4.toPrefixes()), QStringList({"255.255.255.254/31"}));
    QCOMPARE(texts(v4.firstFreePrefixes(prefix(u"255.255.255.252/30"), 31, 2)),
             QStringList({"255.255.255.252/31"}));
    v4.remove(prefix(u"255.255.255.255/32"));
    QCOMPARE(texts(v4.ranges()), QStringList({"255.255.255.254-255.255.255.254"}));
}

void TestAddressSet::countsAFullIpv6SetExactly()
{
    AddressSet set(Family::V6);
    set.add(prefix(u"::/1"));
    set.add(prefix(u"8000::/1"));
    QCOMPARE(set.count().toString(), QStringLiteral("340282366920938463463374607431768211456"));
    QCOMPARE(set.count(), prefix(u"::/0").size());
}

void TestAddressSet::firstFreePrefixesWalksGapsNotCandidates()
{
    // 2^127 candidate /128s lie in the used half; enumerating them would never finish.
    AddressSet set(Family::V6);
    set.add(prefix(u"::/1"));
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(texts(set.firstFreePrefixes(prefix(u"::/0"), 128, 3)),
             QStringList({"8000::/128", "8000::1/128", "8000::2/128"}));

    // Many small gaps too small for the length asked for: each is looked at once.
    AddressSet crowded(Family::V4);
    for (quint32 i = 0; i < 65536; ++i)
        crowded.add(Prefix::make(IpAddress(Family::V4, (10u << 24) + (i << 8)), 25).value());
    QCOMPARE(texts(crowded.firstFreePrefixes(prefix(u"10.0.0.0/8"), 24, 1)), QStringList());
    QCOMPARE(texts(crowded.firstFreePrefixes(prefix(u"10.0.0.0/8"), 25, 2)),
             QStringList({"10.0.0.128/25", "10.0.1.128/25"}));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

void TestAddressSet::queriesWithBadArgumentsReturnNothing()
{
    AddressSet set(Family::V4);
    set.add(prefix(u"10.0.0.0/25"));
    const Prefix parent = prefix(u"10.0.0.0/24");
    QVERIFY(set.firstFreePrefixes(parent, 23, 1).isEmpty()); // shorter than the parent
    QVERIFY(set.firstFreePrefixes(parent, 33, 1).isEmpty()); // longer than the family
    QVERIFY(set.firstFreePrefixes(parent, -1, 1).isEmpty());
    QVERIFY(set.firstFreePrefixes(parent, 25, 0).isEmpty());
    QVERIFY(set.firstFreePrefixes(prefix(u"::/0"), 64, 1).isEmpty()); // other family
    QVERIFY(set.freeBlocks(prefix(u"::/0")).isEmpty());
    QVERIFY(set.firstFreeAddresses(parent, -5).isEmpty());
    QCOMPARE(texts(set.firstFreePrefixes(parent, 25, 5)), QStringList({"10.0.0.128/25"}));

    AddressSet v6(Family::V6);
    v6.add(prefix(u"2001:db8::/32"));
    QCOMPARE(set.united(v6), set);
    QCOMPARE(set.subtracted(v6), set);
    QVERIFY(set.intersected(AddressRange::of(prefix(u"::/0"))).isEmpty());
    QVERIFY(!set.contains(AddressRange::of(prefix(u"::/128"))));
}

void TestAddressSet::fromUnsortedMergesLikeRepeatedAdd()
{
    QRandomGenerator random(60000);
    std::vector<AddressRange> ranges;
    AddressSet added(Family::V4);
    for (int i = 0; i < 5000; ++i) {
        const int length = 20 + int(random.bounded(13));
        const quint32 network
                = (10u << 24) | (random.bounded(1u << 24) & ~quint32((1ull << (32 - length)) - 1));
        const Prefix p = Prefix::make(IpAddress(Family::V4, network), length).value();
        ranges.push_back(AddressRange::of(p));
        added.add(p);
    }
    const AddressSet built = AddressSet::fromUnsorted(Family::V4, ranges);
    QCOMPARE(built, added);
    QCOMPARE(built.count(), added.count());
    QVERIFY(AddressSet::fromUnsorted(Family::V6, {}).isEmpty());
}

QTEST_GUILESS_MAIN(TestAddressSet)
#include "tst_addressset.moc"
