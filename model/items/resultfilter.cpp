#include "resultfilter.h"

#include "items/networkdirectory.h"

#include <QCoreApplication>

namespace ipam {

SearchQuery SearchQuery::parse(const QString &input)
{
    SearchQuery query;
    const QString text = input.trimmed();
    static const QLatin1StringView keyword("contains");
    if (text.startsWith(keyword, Qt::CaseInsensitive)
        && (text.size() == keyword.size() || text.at(keyword.size()).isSpace())) {
        const QString operand = text.mid(keyword.size()).trimmed();
        if (operand.isEmpty()) {
            query.m_error = QCoreApplication::translate(
                    "ipam::SearchText", "\"contains\" needs an address or a prefix");
            return query;
        }
        if (operand.contains(QLatin1Char('/'))) {
            const Parsed<Prefix> prefix = Prefix::parse(operand);
            if (!prefix) {
                query.m_error = prefix.error();
                return query;
            }
            query.m_contains = AddressRange::of(prefix.value());
        } else {
            const Parsed<IpAddress> address = IpAddress::parse(operand);
            if (!address) {
                query.m_error = address.error();
                return query;
            }
            query.m_contains = AddressRange::make(address.value(), address.value()).value();
        }
        return query;
    }
    query.m_text = text;
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        query.m_asciiLower = text.toLatin1().toLower();
    return query;
}

bool SearchQuery::matches(QStringView haystack) const
{
    return !m_text.isEmpty() && haystack.contains(m_text, Qt::CaseInsensitive);
}

bool SearchQuery::matches(QUtf8StringView haystack) const
{
    if (m_text.isEmpty() || haystack.size() < m_asciiLower.size())
        return false;
    if (m_asciiLower.isEmpty() || m_asciiLower.size() != m_text.size())
        return matches(QStringView(haystack.toString()));
    const char *h = haystack.data();
    const char *n = m_asciiLower.constData();
    const qsizetype last = haystack.size() - m_asciiLower.size();
    bool decoded = false;
    for (qsizetype i = 0; i <= last; ++i) {
        qsizetype j = 0;
        for (; j < m_asciiLower.size(); ++j) {
            char c = h[i + j];
            if (c & 0x80) {
                decoded = true;
                break;
            }
            if (c >= 'A' && c <= 'Z')
                c = char(c + ('a' - 'A'));
            if (c != n[j])
                break;
        }
        if (j == m_asciiLower.size())
            return true;
        if (decoded)
            break;
    }
    // Non-ASCII text may fold onto an ASCII needle (K and the Kelvin sign): decode to be exact.
    return decoded && matches(QStringView(haystack.toString()));
}

ObjectId effectiveLogicalNetwork(const Placement &placement, const NetworkDirectory &directory)
{
    if (placement.logicalNetworkId != 0)
        return placement.logicalNetworkId;
    if (placement.vmNetworkId != 0)
        return directory.logicalNetworkOfVmNetwork(placement.vmNetworkId);
    return 0;
}

bool ResultFilter::acceptsPlacement(const Placement &p, const NetworkDirectory &directory,
                                    bool ignoreAssignment) const
{
    if (p.family != family)
        return false;
    const ObjectId lnet = effectiveLogicalNetwork(p, directory);
    switch (scope.kind) {
    case Scope::Kind::Everything:
        break;
    case Scope::Kind::Nothing:
        return false;
    case Scope::Kind::DefaultSpace:
        if (p.spaceId != directory.defaultSpaceId())
            return false;
        break;
    case Scope::Kind::ProviderSpaces:
    case Scope::Kind::CustomerSpaces: {
        const AddressSpace *space = directory.space(p.spaceId);
        const AddressSpaceType wanted = scope.kind == Scope::Kind::ProviderSpaces
                ? AddressSpaceType::Provider
                : AddressSpaceType::Customer;
        if (!space || space->type != wanted)
            return false;
        break;
    }
    case Scope::Kind::Space:
        if (p.spaceId != scope.id)
            return false;
        break;
    case Scope::Kind::LogicalNetwork:
        if (ignoreAssignment ? p.spaceId != directory.parentOf(ObjectKind::LogicalNetwork, scope.id)
                             : lnet != scope.id)
            return false;
        break;
    case Scope::Kind::NetworkSite:
        if (ignoreAssignment) {
            const ObjectId network = directory.parentOf(ObjectKind::NetworkSite, scope.id);
            if (p.spaceId != directory.parentOf(ObjectKind::LogicalNetwork, network))
                return false;
        } else if (p.siteId != scope.id) {
            return false;
        }
        break;
    case Scope::Kind::VmNetwork:
        if (ignoreAssignment ? p.spaceId != directory.parentOf(ObjectKind::VmNetwork, scope.id)
                             : p.vmNetworkId != scope.id)
            return false;
        break;
    }
    if (ignoreAssignment)
        return true;
    return logicalNetwork.accepts(lnet) && site.accepts(p.siteId);
}

} // namespace ipam
