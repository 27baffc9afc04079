#include "utilizationpoint.h"

namespace ipam {

AddressCount addressCountFromText(const QString &text)
{
    if (text.isEmpty())
        return AddressCount();
    const Parsed<uint128> value = parseDecimal128(text);
    if (value.ok())
        return AddressCount::fromValue(value.value());
    // Only ::/0 counts beyond uint128 (2^128 addresses).
    return AddressCount::ofPrefixLength(Family::V6, 0);
}

} // namespace ipam
