#pragma once

#include "address/ipaddress.h"
#include "address/parsed.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace ipam {

// A range's default gateway as Windows Server IPAM writes it (Add-IpamRange -Gateway, the
// Gateway column of its range CSV): "<ip>/<metric>" or "<ip>/Automatic". This is the one form
// the store, the CSV files, the range dialog and the VMM mapping use; a bare address is read as
// "<ip>/Automatic" (what a VMM pool's DefaultGatewayIPAddresses holds, and what the old range
// dialog stored).
struct Gateway
{
    IpAddress address;
    int metric = 0; // 0: Automatic

    // "10.1.2.1", "10.1.2.1/Automatic" (any case), "10.1.2.1/5" (metric 1..9999).
    static Parsed<Gateway> parse(QStringView text);
    // The canonical text: "10.1.2.1/Automatic", "10.1.2.1/5".
    QString toString() const;
    friend bool operator==(const Gateway &, const Gateway &) = default;
};

// The canonical form of each gateway text; the first bad one refuses, naming it.
Parsed<QList<QString>> normalizedGateways(const QList<QString> &texts);

// The addresses of a range's gateways (unparsable texts skipped: they were refused on input).
QList<IpAddress> gatewayAddresses(const QList<QString> &texts);

} // namespace ipam
