// The text rules of the address engine, case by case: what IpAddress::parse and
// Prefix::parse accept, how they print it, what they refuse and the message they give, and
// the exact counts and first free addresses admins see for edge-case prefixes.

#include "addresstestsupport.h"

#include <QHostAddress>
#include <QRandomGenerator>
#include <QTest>

#include <cstring>

using namespace ipam;
using namespace ipam::test;

class TestAddressParsing : public QObject
{
    Q_OBJECT

private slots:
    void parsesAddressToCanonicalText_data();
    void parsesAddressToCanonicalText();
    void refusesMalformedAddressNamingTheText_data();
    void refusesMalformedAddressNamingTheText();
    void parsesPrefixWithExactSize_data();
    void parsesPrefixWithExactSize();
    void refusesMalformedPrefixNamingTheText_data();
    void refusesMalformedPrefixNamingTheText();
    void refusesHostBitsNamingTheCanonicalPrefix_data();
    void refusesHostBitsNamingTheCanonicalPrefix();
    void makeChecksLengthAndHostBits();
    void countsAllOfIpv6Exactly();
    void addsAndSubtractsCountsExactly();
    void formatsAndParsesDecimal128Exactly();
    void bytesSortLikeAddresses();
    void ordersByFamilyThenValueThenLength();
    void rangeRefusesMixedFamiliesAndReversedBounds();
    void neverMatchesAcrossFamilies();
    void firstFreeAddressesSkipNetworkAndBroadcastOnlyBelowSlash31_data();
    void firstFreeAddressesSkipNetworkAndBroadcastOnlyBelowSlash31();
    void canonicalTextMeansTheSameToQHostAddress();
};

void TestAddressParsing::parsesAddressToCanonicalText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<int>("family");

    QTest::newRow("v4 zero") << "0.0.0.0"
                             << "0.0.0.0" << 4;
    QTest::newRow("v4 max") << "255.255.255.255"
                            << "255.255.255.255" << 4;
    QTest::newRow("v4 zero octets") << "10.0.0.1"
                                    << "10.0.0.1" << 4;
    QTest::newRow("unspecified") << "::"
                                 << "::" << 6;
    QTest::newRow("loopback") << "::1"
                              << "::1" << 6;
    QTest::newRow("loopback exploded") << "0:0:0:0:0:0:0:1"
                                       << "::1" << 6;
    QTest::newRow("trailing ::") << "1::"
                                 << "1::" << 6;
    QTest::newRow("upper case") << "2001:DB8::A"
                                << "2001:db8::a" << 6;
    QTest::newRow("leading zeros in groups") << "2001:0db8:0000:0000:0000:0000:0000:0001"
                                             << "2001:db8::1" << 6;
    QTest::newRow("longest run wins") << "1:0:0:1:0:0:0:1"
                                      << "1:0:0:1::1" << 6;
    QTest::newRow("leftmost run on tie") << "1:0:0:2:0:0:3:4"
                                         << "1::2:0:0:3:4" << 6;
    QTest::newRow("single zero groups stay") << "1:0:1:0:1:0:1:0"
                                             << "1:0:1:0:1:0:1:0" << 6;
    QTest::newRow(":: for one group") << "1:2:3:4:5:6:7::"
                                      << "1:2:3:4:5:6:7:0" << 6;
    QTest::newRow("leading :: for one group") << "::2:3:4:5:6:7:8"
                                              << "0:2:3:4:5:6:7:8" << 6;
    // Python 3.11 prints IPv4-mapped addresses in hex; so do we (see ipaddress.h).
    QTest::newRow("v4-mapped") << "::ffff:1.2.3.4"
                               << "::ffff:102:304" << 6;
    QTest::newRow("v4-mapped zero") << "::ffff:0.0.0.0"
                                    << "::ffff:0:0" << 6;
    QTest::newRow("v4-compatible") << "::1.2.3.4"
                                   << "::102:304" << 6;
    QTest::newRow("v4 tail, full") << "1:2:3:4:5:6:1.2.3.4"
                                   << "1:2:3:4:5:6:102:304" << 6;
    QTest::newRow("link-local") << "fe80::1"
                                << "fe80::1" << 6;
    QTest::newRow("v6 max") << "FFFF:ffff:ffff:ffff:ffff:ffff:ffff:ffff"
                            << "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff" << 6;
}

void TestAddressParsing::parsesAddressToCanonicalText()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(int, family);

    const Parsed<IpAddress> parsed = IpAddress::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QVERIFY(parsed.error().isEmpty());
    QCOMPARE(int(parsed.value().family()), family);
    QCOMPARE(parsed.value().toString(), canonical);
    // Canonical text is a fixed point.
    QCOMPARE(IpAddress::parse(canonical).value(), parsed.value());
}

void TestAddressParsing::refusesMalformedAddressNamingTheText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expectedMessagePart");

    QTest::newRow("empty") << ""
                           << "empty address";
    QTest::newRow("whitespace only") << "   "
                                     << "empty address";
    QTest::newRow("leading space") << " 10.0.0.1"
                                   << "contains whitespace";
    QTest::newRow("trailing space") << "10.0.0.1 "
                                    << "contains whitespace";
    QTest::newRow("inner space") << "10.0. 0.1"
                                 << "contains whitespace";
    QTest::newRow("trailing tab v6") << "::1\t"
                                     << "contains whitespace";
    QTest::newRow("trailing newline") << "::1\n"
                                      << "contains whitespace";
    QTest::newRow("no-break space")
            << QStringView(u"10.0.0.1\u00a0").toString() << "contains whitespace";
    QTest::newRow("leading zero") << "010.0.0.1"
                                  << "leading zero in \"010\" is ambiguous (octal?)";
    QTest::newRow("leading zero last") << "10.0.0.01"
                                       << "leading zero in \"01\"";
    QTest::newRow("octet 256") << "256.0.0.1"
                               << "256 is out of range 0..255";
    QTest::newRow("long octet") << "1.2.3.1000"
                                << "1000 is out of range 0..255";
    QTest::newRow("three parts") << "1.2.3"
                                 << "exactly 4 decimal parts";
    QTest::newRow("five parts") << "1.2.3.4.5"
                                << "found 5";
    QTest::newRow("short form") << "10.1"
                                << "found 2";
    QTest::newRow("empty part") << "1..2.3"
                                << "empty part";
    QTest::newRow("trailing dot") << "1.2.3.4."
                                  << "found 5";
    QTest::newRow("leading dot") << ".1.2.3"
                                 << "empty part";
    QTest::newRow("hex octet") << "0x0a.0.0.1"
                               << "unexpected character \"x\"";
    QTest::newRow("hex letter octet") << "1.2.3.a"
                                      << "\"a\" is not a decimal number";
    QTest::newRow("scope id") << "fe80::1%eth0"
                              << "scope ids are not allowed";
    QTest::newRow("numeric scope id") << "fe80::1%1"
                                      << "scope ids are not allowed";
    QTest::newRow("two ::") << "1::2::3"
                            << "at most one \"::\"";
    QTest::newRow("five hex digits") << "12345::1"
                                     << "group \"12345\" has more than 4 hex digits";
    QTest::newRow("leading single colon") << ":1::2"
                                          << "leading \":\"";
    QTest::newRow("trailing single colon") << "1::2:"
                                           << "trailing \":\"";
    QTest::newRow("seven groups") << "1:2:3:4:5:6:7"
                                  << "found 7";
    QTest::newRow("nine groups") << "1:2:3:4:5:6:7:8:9"
                                 << "too many groups";
    QTest::newRow(":: with eight groups") << "1::2:3:4:5:6:7:8"
                                          << "too many groups";
    QTest::newRow("v4 tail after seven groups") << "1:2:3:4:5:6:7:1.2.3.4"
                                                << "too many groups";
    QTest::newRow("three colons") << ":::"
                                  << "too many colons";
    QTest::newRow("short v4 tail") << "::1.2.3"
                                   << "exactly 4 decimal parts";
    QTest::newRow("v4 not last") << "1.2.3.4::"
                                 << "must come last";
    QTest::newRow("v4 tail leading zero") << "::ffff:01.2.3.4"
                                          << "leading zero in \"01\"";
    QTest::newRow("non-hex") << "g::1"
                             << "unexpected character \"g\"";
    QTest::newRow("garbage") << "hello"
                             << "unexpected character \"h\"";
    QTest::newRow("a prefix") << "10.0.0.0/8"
                              << "not a prefix";
    QTest::newRow("fullwidth digit")
            << QStringView(u"\uff11.2.3.4").toString() << "unexpected character";
    QTest::newRow("control character") << QStringLiteral("1.2.3.4") + QChar(0) << "U+0000";
}

void TestAddressParsing::refusesMalformedAddressNamingTheText()
{
    QFETCH(QString, text);
    QFETCH(QString, expectedMessagePart);

    const Parsed<IpAddress> parsed = IpAddress::parse(text);
    QVERIFY(!parsed.ok());
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().contains(expectedMessagePart), qPrintable(parsed.error()));
    if (!text.trimmed().isEmpty()) {
        QVERIFY2(parsed.error().contains(u'"' + text + u'"'),
                 qPrintable(QStringLiteral("message doesn't quote the text: ") + parsed.error()));
    }
}

void TestAddressParsing::parsesPrefixWithExactSize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("size");
    QTest::addColumn<QString>("last");

    QTest::newRow("v4 /0") << "0.0.0.0/0"
                           << "0.0.0.0/0" << 0 << "4294967296"
                           << "255.255.255.255";
    QTest::newRow("v4 /8") << "10.0.0.0/8"
                           << "10.0.0.0/8" << 8 << "16777216"
                           << "10.255.255.255";
    QTest::newRow("v4 /24") << "192.168.1.0/24"
                            << "192.168.1.0/24" << 24 << "256"
                            << "192.168.1.255";
    QTest::newRow("v4 /31") << "10.0.0.2/31"
                            << "10.0.0.2/31" << 31 << "2"
                            << "10.0.0.3";
    QTest::newRow("v4 /32") << "10.0.0.1/32"
                            << "10.0.0.1/32" << 32 << "1"
                            << "10.0.0.1";
    QTest::newRow("v6 /0") << "::/0"
                           << "::/0" << 0 << "340282366920938463463374607431768211456"
                           << "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff";
    QTest::newRow("v6 /32") << "2001:DB8::/32"
                            << "2001:db8::/32" << 32 << "79228162514264337593543950336"
                            << "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff";
    QTest::newRow("v6 /64") << "2001:db8:0:1::/64"
                            << "2001:db8:0:1::/64" << 64 << "18446744073709551616"
                            << "2001:db8:0:1:ffff:ffff:ffff:ffff";
    QTest::newRow("v6 /127") << "fe80::/127"
                             << "fe80::/127" << 127 << "2"
                             << "fe80::1";
    QTest::newRow("v6 /128") << "::1/128"
                             << "::1/128" << 128 << "1"
                             << "::1";
    QTest::newRow("v6 :: /128") << "::/128"
                                << "::/128" << 128 << "1"
                                << "::";
    QTest::newRow("v4-mapped /120") << "::ffff:1.2.3.0/120"
                                    << "::ffff:102:300/120" << 120 << "256"
                                    << "::ffff:102:3ff";
}

void TestAddressParsing::parsesPrefixWithExactSize()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(int, length);
    QFETCH(QString, size);
    QFETCH(QString, last);

    const Parsed<Prefix> parsed = Prefix::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    const Prefix &prefix = parsed.value();
    QCOMPARE(prefix.toString(), canonical);
    QCOMPARE(prefix.length(), length);
    QCOMPARE(prefix.size().toString(), size);
    QCOMPARE(prefix.first(), prefix.network());
    QCOMPARE(prefix.last().toString(), last);
    QVERIFY(prefix.contains(prefix.first()));
    QVERIFY(prefix.contains(prefix.last()));
    QVERIFY(prefix.contains(prefix));
    QCOMPARE(Prefix::make(prefix.network(), prefix.length()).value(), prefix);
}

void TestAddressParsing::refusesMalformedPrefixNamingTheText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expectedMessagePart");

    QTest::newRow("empty") << ""
                           << "empty prefix";
    QTest::newRow("whitespace only") << " "
                                     << "empty prefix";
    QTest::newRow("missing length") << "10.0.0.0"
                                    << "missing /length";
    QTest::newRow("missing length v6") << "2001:db8::"
                                       << "missing /length";
    QTest::newRow("nothing after slash") << "10.0.0.0/"
                                         << "missing /length";
    QTest::newRow("missing address") << "/8"
                                     << "missing address";
    QTest::newRow("v4 /33") << "10.0.0.0/33"
                            << "prefix length 33 is out of range 0..32";
    QTest::newRow("v6 /129") << "::/129"
                             << "prefix length 129 is out of range 0..128";
    QTest::newRow("huge length") << "::/99999999999999999999"
                                 << "out of range 0..128";
    QTest::newRow("negative length") << "10.0.0.0/-1"
                                     << "\"-1\" is not a decimal number";
    QTest::newRow("plus sign") << "10.0.0.0/+8"
                               << "\"+8\" is not a decimal number";
    QTest::newRow("leading zero length") << "10.0.0.0/08"
                                         << "leading zero in prefix length \"08\"";
    QTest::newRow("leading zero v6 length") << "::/0128"
                                            << "leading zero in prefix length";
    QTest::newRow("zero zero") << "0.0.0.0/00"
                               << "leading zero in prefix length";
    QTest::newRow("netmask") << "10.0.0.0/255.0.0.0"
                             << "netmasks are not accepted";
    QTest::newRow("two slashes") << "10.0.0.0/8/8"
                                 << "not a decimal number";
    QTest::newRow("space before slash") << "10.0.0.0 /8"
                                        << "contains whitespace";
    QTest::newRow("space after slash") << "10.0.0.0/ 8"
                                       << "contains whitespace";
    QTest::newRow("trailing space") << "10.0.0.0/8 "
                                    << "contains whitespace";
    QTest::newRow("scope id") << "fe80::%eth0/64"
                              << "scope ids are not allowed";
    QTest::newRow("bad address") << "10.0.0.256/24"
                                 << "256 is out of range 0..255";
    QTest::newRow("leading zero address") << "010.0.0.0/8"
                                          << "ambiguous (octal?)";
    QTest::newRow("garbage") << "not a prefix"
                             << "contains whitespace";
    QTest::newRow("garbage without spaces") << "subnet/24"
                                            << "unexpected character \"s\"";
    QTest::newRow("mixed: v6 length on v4") << "10.0.0.0/64"
                                            << "out of range 0..32";
}

void TestAddressParsing::refusesMalformedPrefixNamingTheText()
{
    QFETCH(QString, text);
    QFETCH(QString, expectedMessagePart);

    const Parsed<Prefix> parsed = Prefix::parse(text);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(expectedMessagePart), qPrintable(parsed.error()));
    if (!text.trimmed().isEmpty()) {
        QVERIFY2(parsed.error().contains(u'"' + text + u'"'),
                 qPrintable(QStringLiteral("message doesn't quote the text: ") + parsed.error()));
    }
}

void TestAddressParsing::refusesHostBitsNamingTheCanonicalPrefix_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");

    QTest::newRow("v4 /8") << "10.0.0.1/8"
                           << "10.0.0.1/8 has host bits set; did you mean 10.0.0.0/8?";
    QTest::newRow("v4 /31") << "10.0.0.1/31"
                            << "10.0.0.1/31 has host bits set; did you mean 10.0.0.0/31?";
    QTest::newRow("v4 /0") << "1.2.3.4/0"
                           << "1.2.3.4/0 has host bits set; did you mean 0.0.0.0/0?";
    QTest::newRow("v6 /32") << "2001:db8::1/32"
                            << "2001:db8::1/32 has host bits set; did you mean 2001:db8::/32?";
    QTest::newRow("v6 /127") << "fe80::1/127"
                             << "fe80::1/127 has host bits set; did you mean fe80::/127?";
    QTest::newRow("v6 /0") << "::1/0"
                           << "::1/0 has host bits set; did you mean ::/0?";
}

void TestAddressParsing::refusesHostBitsNamingTheCanonicalPrefix()
{
    QFETCH(QString, text);
    QFETCH(QString, message);

    const Parsed<Prefix> parsed = Prefix::parse(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error(), message);
}

void TestAddressParsing::makeChecksLengthAndHostBits()
{
    QCOMPARE(Prefix::make(address(u"10.0.0.1"), 8).error(),
             QStringLiteral("10.0.0.1/8 has host bits set; did you mean 10.0.0.0/8?"));
    QVERIFY(Prefix::make(address(u"10.0.0.0"), 33).error().contains(u"out of range 0..32"));
    QVERIFY(Prefix::make(address(u"10.0.0.0"), -1).error().contains(u"out of range 0..32"));
    QVERIFY(Prefix::make(address(u"::"), 129).error().contains(u"out of range 0..128"));
    QCOMPARE(Prefix::make(address(u"::"), 0).value().toString(), QStringLiteral("::/0"));
    QCOMPARE(Prefix::make(address(u"10.0.0.1"), 32).value().toString(),
             QStringLiteral("10.0.0.1/32"));
}

void TestAddressParsing::countsAllOfIpv6Exactly()
{
    const AddressCount all = prefix(u"::/0").size();
    QCOMPARE(all.toString(), QStringLiteral("340282366920938463463374607431768211456"));
    QVERIFY(!all.fitsIn64());
    QCOMPARE(all.toUInt64(), ~quint64(0));
    QCOMPARE(all.toDouble(), 340282366920938463463374607431768211456.0);
    QVERIFY(all > AddressCount::fromValue(~uint128(0)));
    QCOMPARE(all - AddressCount::fromValue(1), AddressCount::fromValue(~uint128(0)));

    const AddressCount slash8 = prefix(u"10.0.0.0/8").size();
    QCOMPARE(slash8.toString(), QStringLiteral("16777216"));
    QVERIFY(slash8.fitsIn64());
    QCOMPARE(slash8.toUInt64(), quint64(16777216));
    QCOMPARE(prefix(u"0.0.0.0/0").size().toString(), QStringLiteral("4294967296"));
    QCOMPARE(AddressRange::of(prefix(u"::/0")).size(), all);
    QCOMPARE(AddressCount::ofPrefixLength(Family::V6, 0), all);
    QCOMPARE(AddressCount().toString(), QStringLiteral("0"));
}

void TestAddressParsing::addsAndSubtractsCountsExactly()
{
    const AddressCount all6 = AddressCount::ofPrefixLength(Family::V6, 0);
    const AddressCount all4 = AddressCount::ofPrefixLength(Family::V4, 0);
    QCOMPARE((all6 + all4).toString(), QStringLiteral("340282366920938463463374607436063178752"));
    QCOMPARE((all6 + all6).toString(), QStringLiteral("680564733841876926926749214863536422912"));
    AddressCount total;
    total += all6;
    total += all6;
    QCOMPARE(total, all6 + all6);
    QCOMPARE(total - all6, all6);
    QCOMPARE(all4 - all6, AddressCount()); // saturates at zero
    QCOMPARE((all6 + all4) - all4, all6);
    QCOMPARE(AddressCount::fromValue(5) - AddressCount::fromValue(7), AddressCount());
    QVERIFY(AddressCount::fromValue(5) < AddressCount::fromValue(7));
    QVERIFY(all4 < all6);
    QCOMPARE(AddressCount::fromValue(256).toDouble() / all4.toDouble() * 100.0, 100.0 / 16777216.0);
}

void TestAddressParsing::formatsAndParsesDecimal128Exactly()
{
    const uint128 max = ~uint128(0);
    QCOMPARE(toDecimalString(0), QStringLiteral("0"));
    QCOMPARE(toDecimalString(10'000'000'000'000'000'000ull),
             QStringLiteral("10000000000000000000"));
    QCOMPARE(toDecimalString(max), QStringLiteral("340282366920938463463374607431768211455"));
    QCOMPARE(toDecimalString(uint128(1) << 64), QStringLiteral("18446744073709551616"));
    QVERIFY(parseDecimal128(u"340282366920938463463374607431768211455").value() == max);
    QVERIFY(parseDecimal128(u"0").value() == 0);
    QVERIFY(parseDecimal128(u"007").value() == 7);
    QVERIFY(parseDecimal128(u"340282366920938463463374607431768211456")
                    .error()
                    .contains(u"larger than 2^128 - 1"));
    QVERIFY(parseDecimal128(u"-1").error().contains(u"\"-1\" is not a decimal number"));
    QVERIFY(parseDecimal128(u" 1").error().contains(u"not a decimal number"));
    QVERIFY(!parseDecimal128(u""));

    QRandomGenerator random(128);
    for (int i = 0; i < 10000; ++i) {
        const uint128 value = uint128(random.generate64()) << 64 | random.generate64();
        const uint128 shifted = value >> random.bounded(128);
        QVERIFY(parseDecimal128(toDecimalString(shifted)).value() == shifted);
    }
}

void TestAddressParsing::bytesSortLikeAddresses()
{
    const IpAddress a = address(u"2001:db8::1");
    QCOMPARE(a.toBytes().toHex(), QByteArray("20010db8000000000000000000000001"));
    QCOMPARE(address(u"10.0.0.1").toBytes().toHex(),
             QByteArray("0000000000000000000000000a000001"));
    QCOMPARE(IpAddress::fromBytes(Family::V6, a.toBytes()), a);
    QCOMPARE(IpAddress::fromBytes(Family::V4, QByteArray::fromHex("0a000001")),
             address(u"10.0.0.1"));

    QRandomGenerator random(16);
    for (int i = 0; i < 10000; ++i) {
        const Family family = random.bounded(2) ? Family::V4 : Family::V6;
        const IpAddress x(family, uint128(random.generate64()) << 64 | random.generate64());
        const IpAddress y(family, x.value() ^ (uint128(1) << random.bounded(bitWidth(family))));
        const QByteArray bx = x.toBytes();
        const QByteArray by = y.toBytes();
        QCOMPARE(bx.size(), 16);
        QCOMPARE(std::memcmp(bx.constData(), by.constData(), 16) < 0, x < y);
        QCOMPARE(IpAddress::fromBytes(family, bx), x);
    }
}

void TestAddressParsing::ordersByFamilyThenValueThenLength()
{
    QVERIFY(address(u"255.255.255.255") < address(u"::"));
    QVERIFY(address(u"10.0.0.1") < address(u"10.0.0.2"));
    QVERIFY(address(u"::1") != address(u"0.0.0.1"));
    QCOMPARE(IpAddress(), address(u"0.0.0.0"));
    QCOMPARE(IpAddress::maxOf(Family::V4), address(u"255.255.255.255"));
    QCOMPARE(IpAddress::maxOf(Family::V6).toString(),
             QStringLiteral("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"));
    QCOMPARE(IpAddress(Family::V4, ~uint128(0)), IpAddress::maxOf(Family::V4));

    QVERIFY(prefix(u"10.0.0.0/8") < prefix(u"10.0.0.0/9"));
    QVERIFY(prefix(u"10.0.0.0/9") < prefix(u"10.0.1.0/24"));
    QVERIFY(prefix(u"255.0.0.0/8") < prefix(u"::/0"));
    QCOMPARE(Prefix(), prefix(u"0.0.0.0/32"));
}

void TestAddressParsing::rangeRefusesMixedFamiliesAndReversedBounds()
{
    const Parsed<AddressRange> mixed = AddressRange::make(address(u"10.0.0.1"), address(u"::1"));
    QVERIFY(!mixed);
    QVERIFY2(mixed.error().contains(u"\"10.0.0.1\"") && mixed.error().contains(u"\"::1\"")
                     && mixed.error().contains(u"different address families"),
             qPrintable(mixed.error()));

    const Parsed<AddressRange> reversed
            = AddressRange::make(address(u"10.0.0.9"), address(u"10.0.0.1"));
    QVERIFY(!reversed);
    QCOMPARE(reversed.error(),
             QStringLiteral("range start \"10.0.0.9\" is after its end \"10.0.0.1\""));

    const AddressRange single = range(u"10.0.0.1", u"10.0.0.1");
    QCOMPARE(single.size(), AddressCount::fromValue(1));
    QCOMPARE(single.toString(), QStringLiteral("10.0.0.1-10.0.0.1"));
    QCOMPARE(texts(range(u"10.0.0.5", u"10.0.0.20").toPrefixes()),
             QStringList({"10.0.0.5/32", "10.0.0.6/31", "10.0.0.8/29", "10.0.0.16/30",
                          "10.0.0.20/32"}));
    QCOMPARE(texts(range(u"::", u"ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff").toPrefixes()),
             QStringList({"::/0"}));
    QCOMPARE(texts(range(u"0.0.0.0", u"255.255.255.255").toPrefixes()), QStringList({"0.0.0.0/0"}));
    QCOMPARE(texts(range(u"::1", u"ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff").toPrefixes()).size(),
             128);
}

void TestAddressParsing::neverMatchesAcrossFamilies()
{
    const Prefix all4 = prefix(u"0.0.0.0/0");
    const Prefix all6 = prefix(u"::/0");
    const Prefix mapped = prefix(u"::ffff:0:0/96");
    QVERIFY(!all4.contains(all6));
    QVERIFY(!all6.contains(all4));
    QVERIFY(!all4.overlaps(all6));
    QVERIFY(!mapped.contains(address(u"1.2.3.4")));
    QVERIFY(!all4.contains(address(u"::1")));
    QVERIFY(!AddressRange::of(all4).overlaps(AddressRange::of(all6)));
    QVERIFY(!AddressRange::of(all4).contains(address(u"::")));

    AddressSet set(Family::V4);
    set.add(all4);
    QVERIFY(!set.contains(address(u"::")));
    QVERIFY(!set.overlaps(AddressRange::of(all6)));
    QVERIFY(set.freeBlocks(all6).isEmpty());
    QVERIFY(set.firstFreePrefixes(all6, 64, 1).isEmpty());
    QVERIFY(set.firstFreeAddresses(all6, 1).isEmpty());
}

void TestAddressParsing::firstFreeAddressesSkipNetworkAndBroadcastOnlyBelowSlash31_data()
{
    QTest::addColumn<QString>("subnet");
    QTest::addColumn<QStringList>("allocated");
    QTest::addColumn<int>("count");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("/24 skips .0") << "192.168.1.0/24" << QStringList() << 2
                                  << QStringList({"192.168.1.1", "192.168.1.2"});
    QTest::newRow("/24 skips .255")
            << "192.168.1.0/24"
            << QStringList({"192.168.1.0/25", "192.168.1.128/26", "192.168.1.192/27",
                            "192.168.1.224/28", "192.168.1.240/29", "192.168.1.248/30"})
            << 5 << QStringList({"192.168.1.252", "192.168.1.253", "192.168.1.254"});
    QTest::newRow("/30 has two hosts")
            << "10.0.0.4/30" << QStringList() << 10 << QStringList({"10.0.0.5", "10.0.0.6"});
    QTest::newRow("/31 uses both")
            << "10.0.0.4/31" << QStringList() << 10 << QStringList({"10.0.0.4", "10.0.0.5"});
    QTest::newRow("/32 is its address")
            << "10.0.0.7/32" << QStringList() << 10 << QStringList({"10.0.0.7"});
    QTest::newRow("full /32") << "10.0.0.7/32" << QStringList({"10.0.0.7/32"}) << 10
                              << QStringList();
    QTest::newRow("skips allocated") << "10.0.0.0/29" << QStringList({"10.0.0.2/31", "10.0.0.5/32"})
                                     << 10 << QStringList({"10.0.0.1", "10.0.0.4", "10.0.0.6"});
    QTest::newRow("v6 skips nothing")
            << "2001:db8::/126" << QStringList() << 10
            << QStringList({"2001:db8::", "2001:db8::1", "2001:db8::2", "2001:db8::3"});
    QTest::newRow("v6 top of space")
            << "ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe/127" << QStringList() << 10
            << QStringList({"ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe",
                            "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"});
    QTest::newRow("count zero") << "10.0.0.0/24" << QStringList() << 0 << QStringList();
}

void TestAddressParsing::firstFreeAddressesSkipNetworkAndBroadcastOnlyBelowSlash31()
{
    QFETCH(QString, subnet);
    QFETCH(QStringList, allocated);
    QFETCH(int, count);
    QFETCH(QStringList, expected);

    const Prefix parent = prefix(subnet);
    AddressSet set(parent.family());
    for (const QString &text : allocated)
        set.add(prefix(text));
    QCOMPARE(texts(set.firstFreeAddresses(parent, count)), expected);
}

void TestAddressParsing::canonicalTextMeansTheSameToQHostAddress()
{
    // QHostAddress is too lenient to parse with, but it is an independent reader of our
    // output: whatever we print must denote the same 128 bits to it.
    QRandomGenerator random(5952);
    for (int i = 0; i < 20000; ++i) {
        uint128 value = 0;
        for (int group = 0; group < 8; ++group) {
            const quint32 roll = random.bounded(4);
            const quint32 g = roll < 2 ? 0 : roll == 2 ? random.bounded(16) : random.bounded(65536);
            value = value << 16 | g;
        }
        const Family family = random.bounded(4) == 0 ? Family::V4 : Family::V6;
        const IpAddress ours(family, value);
        const QString text = ours.toString();
        const QHostAddress theirs(text);
        QVERIFY2(!theirs.isNull(), qPrintable(text));
        if (family == Family::V4) {
            QCOMPARE(theirs.toIPv4Address(), quint32(ours.value()));
        } else {
            const Q_IPV6ADDR bytes = theirs.toIPv6Address();
            QCOMPARE(QByteArray(reinterpret_cast<const char *>(bytes.c), 16), ours.toBytes());
        }
        QCOMPARE(IpAddress::parse(text).value(), ours);
    }
}

QTEST_GUILESS_MAIN(TestAddressParsing)
#include "tst_addressparsing.moc"
