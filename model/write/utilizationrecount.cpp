#include "utilizationrecount.h"

#include "store/multirowwriter.h"
#include "store/sqlitestatement.h"

namespace ipam {

bool UtilizationRecount::isTouched(ObjectKind kind, ObjectId id) const
{
    return kind == ObjectKind::Range ? m_ranges.contains(id) : m_subnets.contains(id);
}

WriteOutcome UtilizationRecount::run(Store &store, ObjectWriter &writer, ChangeEvent &event,
                                     bool keepObjects)
{
    QString error;
    m_ranges.remove(0);
    m_subnets.remove(0);
    // Recounted 500 objects per statement rather than a few statements each: a VMM pull or an
    // import writes thousands of ranges per change set, each touching its subnet.
    constexpr int perStatement = 500;
    auto inList = [](const QList<ObjectId> &ids, QVariantList *binds) {
        binds->clear();
        for (const ObjectId id : ids)
            binds->append(id);
        return QStringList(ids.size(), QStringLiteral("?")).join(QLatin1Char(','));
    };
    QVariantList binds;
    const QList<ObjectId> ranges(m_ranges.cbegin(), m_ranges.cend());
    for (qsizetype i = 0; i < ranges.size(); i += perStatement) {
        const QString marks = inList(ranges.mid(i, perStatement), &binds);
        if (!writer.run(QStringLiteral("UPDATE ip_range SET utilized_addresses = (SELECT count(*) "
                                       "FROM ip_address WHERE ip_address.range_id = ip_range.id) "
                                       "WHERE id IN (%1)")
                                .arg(marks),
                        binds, &error))
            return WriteFailure{WriteStatus::Failed, error};
    }
    const QList<ObjectId> subnets(m_subnets.cbegin(), m_subnets.cend());
    for (qsizetype i = 0; i < subnets.size(); i += perStatement) {
        const QList<ObjectId> part = subnets.mid(i, perStatement);
        const QString marks = inList(part, &binds);
        QHash<ObjectId, Subnet> stored; // absent: removed in this change set
        for (const Subnet &subnet :
             store.select<Subnet>(QStringLiteral("id IN (%1)").arg(marks), binds, QString()))
            stored.insert(subnet.id, subnet);
        // Only the bounds of the subnets' ranges: a pull's batch touches thousands of subnets.
        QHash<ObjectId, AddressCount> assignedOf;
        const bool bounded = forEachRow(
                writer.database(),
                QStringLiteral("SELECT subnet_id, family, lo, hi FROM ip_range WHERE subnet_id IN "
                               "(%1)")
                        .arg(marks),
                binds, &error, [&assignedOf](const auto &row) {
                    const Family family = row.value(1).toInt() == 6 ? Family::V6 : Family::V4;
                    assignedOf[row.value(0).toLongLong()]
                            += AddressRange::make(
                                       IpAddress::fromBytes(family, row.value(2).toByteArray()),
                                       IpAddress::fromBytes(family, row.value(3).toByteArray()))
                                       .value()
                                       .size();
                });
        if (!bounded)
            return WriteFailure{WriteStatus::Failed, error};
        QHash<ObjectId, qint64> utilizedOf;
        const bool counted = forEachRow(
                writer.database(),
                QStringLiteral("SELECT subnet_id, count(*) FROM ip_address WHERE subnet_id IN (%1) "
                               "GROUP BY subnet_id")
                        .arg(marks),
                binds, &error, [&utilizedOf](const auto &row) {
                    utilizedOf.insert(row.value(0).toLongLong(), row.value(1).toLongLong());
                });
        if (!counted)
            return WriteFailure{WriteStatus::Failed, error};
        // On PostgreSQL the part's new figures go in one UPDATE (each statement pays a round
        // trip, a plan and the database's access check); SQLite's native statement is cheaper
        // per row than binding one long statement.
        QList<QVariantList> figures;
        for (const ObjectId subnetId : part) {
            const auto found = stored.find(subnetId);
            if (found == stored.end())
                continue;
            Subnet &subnet = found.value();
            const AddressCount assigned = assignedOf.value(subnetId);
            const qint64 utilized = utilizedOf.value(subnetId);
            if (assigned == subnet.assignedAddresses && utilized == subnet.utilizedAddresses)
                continue;
            if (writer.database().isPostgreSql())
                figures.append({subnetId, assigned.toString(), utilized});
            else if (!writer.run(QStringLiteral("UPDATE ip_subnet SET assigned_addresses = ?, "
                                                "utilized_addresses = ? WHERE id = ?"),
                                 {assigned.toString(), utilized, subnetId}, &error))
                return WriteFailure{WriteStatus::Failed, error};
            subnet.assignedAddresses = assigned;
            subnet.utilizedAddresses = utilized;
            // A derived update: no version bump (nobody edited the subnet), but listeners must
            // show the new utilization.
            event.items.append({ChangeOp::Update, ObjectKind::Subnet, subnet.id, subnet.version});
            if (keepObjects)
                event.objects.append(subnet);
        }
        if (!figures.isEmpty()
            && !MultiRowWriter(writer).update(
                    QStringLiteral("ip_subnet"),
                    {{QStringLiteral("assigned_addresses"), QStringLiteral("text")},
                     {QStringLiteral("utilized_addresses"), QStringLiteral("bigint")}},
                    figures, &error))
            return WriteFailure{WriteStatus::Failed, error};
    }
    return std::nullopt;
}

} // namespace ipam
