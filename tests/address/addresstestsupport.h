#pragma once

// Shared by the address engine's tests: readable QCOMPARE failures for the engine's value
// types, and literals that must parse.

#include "address/addressset.h"

#include <QStringList>
#include <QTest>

namespace ipam {

// Found by QTest through argument-dependent lookup when a QCOMPARE fails.
inline char *toString(const IpAddress &address)
{
    return QTest::toString(address.toString());
}
inline char *toString(const Prefix &prefix)
{
    return QTest::toString(prefix.toString());
}
inline char *toString(const AddressRange &range)
{
    return QTest::toString(range.toString());
}
inline char *toString(const AddressCount &count)
{
    return QTest::toString(count.toString());
}

namespace test {

// For literals in tests; a literal that doesn't parse is a broken test, not a failure.
inline IpAddress address(QStringView text)
{
    const Parsed<IpAddress> parsed = IpAddress::parse(text);
    if (!parsed)
        qFatal("test literal: %s", qPrintable(parsed.error()));
    return parsed.value();
}

inline Prefix prefix(QStringView text)
{
    const Parsed<Prefix> parsed = Prefix::parse(text);
    if (!parsed)
        qFatal("test literal: %s", qPrintable(parsed.error()));
    return parsed.value();
}

inline AddressRange range(QStringView first, QStringView last)
{
    const Parsed<AddressRange> parsed = AddressRange::make(address(first), address(last));
    if (!parsed)
        qFatal("test literal: %s", qPrintable(parsed.error()));
    return parsed.value();
}

template<typename T>
QStringList texts(const QList<T> &values)
{
    QStringList result;
    result.reserve(values.size());
    for (const T &value : values)
        result.append(value.toString());
    return result;
}

} // namespace test
} // namespace ipam
