#include "constraintrefusal.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ipam {

namespace {

using namespace Qt::StringLiterals;

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

// The whole error as the driver gave it: QPSQL's database text carries PostgreSQL's DETAIL line
// ("Key (space_id, prefix)=(1, 10.9.0.0/16) conflicts with existing key (...)=(1, ...)").
QString fullText(const QSqlError &error)
{
    return error.databaseText() + u'\n' + error.driverText();
}

// The two prefixes a PostgreSQL exclusion violation names, if it does: the refused row's (in a
// multi-row insert, not necessarily the first row's) and the existing one's.
std::pair<QString, QString> conflictingPrefixes(const QString &text)
{
    static const QRegularExpression keys(
            uR"(Key \(space_id, prefix\)=\(\d+, ([^)\s]+)\) conflicts with existing key )"
            uR"(\(space_id, prefix\)=\(\d+, ([^)\s]+)\))"_s);
    const QRegularExpressionMatch match = keys.match(text);
    if (!match.hasMatch())
        return {};
    return {match.captured(1), match.captured(2)};
}

std::optional<QString> subnetRefusal(const QString &code, const QString &text, const Subnet &subnet,
                                     const QString &spaceName)
{
    QString prefix = subnet.networkId.toString();
    if (code == "23P01"_L1 && text.contains("ip_subnet_no_overlap"_L1)) {
        const auto [refused, other] = conflictingPrefixes(text);
        if (!refused.isEmpty())
            prefix = refused;
        if (other.isEmpty() || other == prefix)
            return QCoreApplication::translate("ipam::ConstraintRefusal",
                                               "subnet %1 already exists in address space %2")
                    .arg(prefix, quoted(spaceName));
        return QCoreApplication::translate("ipam::ConstraintRefusal",
                                           "subnet %1 overlaps subnet %2 in address space %3")
                .arg(prefix, other, quoted(spaceName));
    }
    // The unique start (space, family, first address), which PostgreSQL checks before the
    // exclusion constraint: a subnet of the same space starting at the same address, of this
    // length (two scripts adding the same subnet) or another; its length is not in the error.
    const bool uniqueStart = (code == "23505"_L1 && text.contains("ip_subnet_space_lo"_L1))
            || text.contains("UNIQUE constraint failed: ip_subnet."_L1);
    if (uniqueStart)
        return QCoreApplication::translate(
                       "ipam::ConstraintRefusal",
                       "subnet %1 overlaps a subnet starting at %2 in address space %3")
                .arg(prefix, subnet.networkId.first().toString(), quoted(spaceName));
    return std::nullopt;
}

} // namespace

std::optional<QString> constraintRefusal(const QSqlError &error, const AnyObject &object,
                                         const QString &spaceName)
{
    const QString code = error.nativeErrorCode();
    const QString text = fullText(error);
    if (const Subnet *subnet = std::get_if<Subnet>(&object))
        return subnetRefusal(code, text, *subnet, spaceName);
    return std::nullopt;
}

} // namespace ipam
