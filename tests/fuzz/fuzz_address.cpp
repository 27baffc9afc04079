// Address, prefix and range text (IpAddress::parse, Prefix::parse, AddressRange::make,
// parseDecimal128): no crash or undefined behaviour on any input, and whatever parses
// prints as text that parses back to the same value.

#include "address/addressrange.h"
#include "address/ipaddress.h"
#include "address/prefix.h"

#include <QString>

#include <cstdlib>

using namespace ipam;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const Parsed<IpAddress> ip = IpAddress::parse(text)) {
        const Parsed<IpAddress> again = IpAddress::parse(ip.value().toString());
        if (!again || !(again.value() == ip.value()))
            std::abort();
    } else if (ip.error().isEmpty()) {
        std::abort(); // a refusal always says why
    }
    if (const Parsed<Prefix> prefix = Prefix::parse(text)) {
        const Parsed<Prefix> again = Prefix::parse(prefix.value().toString());
        if (!again || !(again.value() == prefix.value()))
            std::abort();
    }
    // "first-last", as address sets and ranges are written.
    if (const qsizetype dash = text.indexOf(u'-'); dash >= 0) {
        const Parsed<IpAddress> first = IpAddress::parse(QStringView(text).left(dash));
        const Parsed<IpAddress> last = IpAddress::parse(QStringView(text).sliced(dash + 1));
        if (first && last)
            (void)AddressRange::make(first.value(), last.value());
    }
    (void)parseDecimal128(text);
    return 0;
}
