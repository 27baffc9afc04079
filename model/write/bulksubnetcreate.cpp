#include "bulksubnetcreate.h"

#include "store/multirowwriter.h"
#include "store/objecttable.h"
#include "store/sqlitebulkinsert.h"
#include "write/applyoutcome.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

namespace ipam {

using namespace applying;

namespace {

// The prefix a subnet's span stands for (a span of a subnet is a whole prefix).
QString prefixText(int familyNumber, const SubnetSpans::Span &span)
{
    const Family family = familyNumber == 6 ? Family::V6 : Family::V4;
    int hostBits = 0;
    for (uint128 mask = span.last - span.first; mask != 0; mask >>= 1)
        ++hostBits;
    const int length = (family == Family::V6 ? 128 : 32) - hostBits;
    const Parsed<Prefix> prefix = Prefix::make(IpAddress(family, span.first), length);
    return prefix ? prefix.value().toString() : QString();
}

} // namespace

void BulkSubnetCreate::forget(ObjectId spaceId)
{
    m_spans.erase(m_spans.lower_bound({spaceId, 0}), m_spans.upper_bound({spaceId, 255}));
}

SubnetSpans *BulkSubnetCreate::spans(Store &store, SpaceKey key, QString *error)
{
    if (auto it = m_spans.find(key); it != m_spans.end())
        return &it->second;
    const Family family = key.second == 6 ? Family::V6 : Family::V4;
    QSqlQuery &query = store.database().prepared(QStringLiteral(
            "SELECT lo, hi FROM ip_subnet WHERE space_id = ? AND family = ? ORDER BY lo"));
    query.bindValue(0, key.first);
    query.bindValue(1, key.second);
    if (!query.exec()) {
        *error = Database::describe(query.lastError());
        return nullptr;
    }
    std::vector<SubnetSpans::Span> stored;
    while (query.next()) {
        stored.push_back({IpAddress::fromBytes(family, query.value(0).toByteArray()).value(),
                          IpAddress::fromBytes(family, query.value(1).toByteArray()).value()});
    }
    query.finish();
    SubnetSpans &spans = m_spans[key];
    spans.add(std::move(stored));
    return &spans;
}

WriteOutcome BulkSubnetCreate::prevalidate(const ChangeSet &changes, Store &store,
                                           ParentCache &parents, int *failedChange)
{
    struct Interval
    {
        uint128 first;
        uint128 last;
        int change;
    };
    // (space, family) -> the set's new subnets.
    std::map<SpaceKey, std::vector<Interval>> groups;
    int creates = 0;
    for (int i = 0; i < changes.changes.size(); ++i) {
        const Change &change = changes.changes.at(i);
        if (change.op != ChangeOp::Create || !std::holds_alternative<Subnet>(change.object))
            continue;
        const Subnet &subnet = std::get<Subnet>(change.object);
        groups[{subnet.spaceId, familyNumber(subnet.networkId.family())}].push_back(
                {subnet.networkId.first().value(), subnet.networkId.last().value(), i});
        ++creates;
    }
    m_active = m_alwaysActive || creates >= bulkThreshold;
    if (!m_active)
        return std::nullopt;

    // The first clash in change order: its later change, and the other subnet (a change of
    // this set, or a span of the store or of an earlier set of the load).
    int offender = -1;
    int otherChange = -1;
    std::pair<int, SubnetSpans::Span> otherSpan;
    bool sameSpan = false;
    auto note = [&](int change, int other, std::pair<int, SubnetSpans::Span> span, bool same) {
        if (offender >= 0 && offender <= change)
            return;
        offender = change;
        otherChange = other;
        otherSpan = span;
        sameSpan = same;
    };
    std::vector<std::pair<SubnetSpans *, std::vector<SubnetSpans::Span>>> additions;
    for (auto &[key, intervals] : groups) {
        QString error;
        SubnetSpans *known = spans(store, key, &error);
        if (!known)
            return Failure{WriteStatus::Failed, error};
        std::sort(intervals.begin(), intervals.end(),
                  [](const Interval &a, const Interval &b) { return a.first < b.first; });
        // Sorted by start, the new spans are disjoint iff each starts after the furthest end
        // seen before it.
        const Interval *reach = nullptr;
        std::vector<SubnetSpans::Span> added;
        added.reserve(intervals.size());
        for (const Interval &interval : intervals) {
            if (reach && interval.first <= reach->last) {
                const bool newer = interval.change > reach->change;
                note(newer ? interval.change : reach->change,
                     newer ? reach->change : interval.change, {},
                     interval.first == reach->first && interval.last == reach->last);
            }
            if (const auto other = known->overlapping(interval.first, interval.last))
                note(interval.change, -1, {key.second, *other},
                     other->first == interval.first && other->last == interval.last);
            if (!reach || interval.last > reach->last)
                reach = &interval;
            added.push_back({interval.first, interval.last});
        }
        additions.emplace_back(known, std::move(added));
    }
    if (offender >= 0) {
        *failedChange = offender;
        const Subnet &subnet = std::get<Subnet>(changes.changes.at(offender).object);
        const AddressSpace *owner = parents.space(subnet.spaceId);
        const QString space = quoted(owner ? owner->name : QString());
        if (sameSpan)
            return refused(
                    QCoreApplication::translate("ipam::ObjectValidator",
                                                "subnet %1 already exists in address space %2")
                            .arg(subnet.networkId.toString(), space));
        // The other subnet's prefix and name, as ObjectValidator words the same refusal: read
        // here, once, on the refusal's path only.
        QString otherPrefix, otherName;
        if (otherChange >= 0) {
            const Subnet &other = std::get<Subnet>(changes.changes.at(otherChange).object);
            otherPrefix = other.networkId.toString();
            // As ObjectValidator::prepare will name it (a subnet without a name takes its prefix).
            otherName = other.name.isEmpty() ? otherPrefix : other.name;
        } else {
            otherPrefix = prefixText(otherSpan.first, otherSpan.second);
            const Family family = otherSpan.first == 6 ? Family::V6 : Family::V4;
            const QList<Subnet> stored
                    = store.select<Subnet>(QStringLiteral("space_id = ? AND family = ? AND lo = ?"),
                                           {subnet.spaceId, otherSpan.first,
                                            IpAddress(family, otherSpan.second.first).toBytes()},
                                           QString());
            if (!stored.isEmpty())
                otherName = stored.constFirst().name;
        }
        return refused(
                QCoreApplication::translate("ipam::ObjectValidator",
                                            "subnet %1 overlaps subnet %2 (%3) in address space %4")
                        .arg(subnet.networkId.toString(), otherPrefix, quoted(otherName), space));
    }
    // The set's spans from now on: a later set of the same load is checked against them.
    for (auto &[known, added] : additions)
        known->add(std::move(added));
    return std::nullopt;
}

bool BulkSubnetCreate::batchFull(const Database &database) const
{
    return database.isPostgreSql() && m_pending.size() >= MultiRowWriter::rowsPerStatement;
}

WriteOutcome BulkSubnetCreate::insertPending(ObjectWriter &writer, int *failedIndex)
{
    if (failedIndex)
        *failedIndex = -1;
    if (SqliteBulkInsert *native = writer.sqliteInsert(); native && native->isAvailable()) {
        // Inserting in key order keeps the (space, family, lo) index appending at its right
        // edge instead of touching random pages: a third faster for a shuffled file.
        std::vector<Subnet *> order;
        order.reserve(m_pending.size());
        for (Subnet &subnet : m_pending)
            order.push_back(&subnet);
        std::sort(order.begin(), order.end(), [](const Subnet *a, const Subnet *b) {
            return std::tuple(a->spaceId, a->networkId.first())
                    < std::tuple(b->spaceId, b->networkId.first());
        });
        QString error;
        if (!native->insert(order, writer.nowMs(), &error))
            return error.contains(QLatin1String("constraint"), Qt::CaseInsensitive)
                    ? refused(QCoreApplication::translate("ipam::ObjectWriter",
                                                          "refused by the database: %1")
                                      .arg(error))
                    : Failure{WriteStatus::Failed, error};
        return std::nullopt;
    }
    // PostgreSQL: 1,000 rows per INSERT; a refused one is written again row by row, so the
    // refusal names its subnet.
    QList<Subnet *> objects;
    objects.reserve(m_pending.size());
    for (Subnet &subnet : m_pending)
        objects.append(&subnet);
    int failed = -1;
    WriteOutcome failure = MultiRowWriter(writer).insert(objects, &failed);
    if (failedIndex)
        *failedIndex = failed;
    return failure;
}

} // namespace ipam
