#include "subnetgrouping.h"

#include "domain/utilization.h"
#include "items/networkdirectory.h"
#include "items/subnetmodel.h"

#include <QCoreApplication>
#include <QDateTime>

namespace ipam {

namespace {
constexpr qint64 msPerDay = 86400000;
}

SubnetGrouping::SubnetGrouping(const SubnetModel &model, int column)
    : m_model(model)
    , m_table(model.table())
    , m_column(column)
{ }

bool SubnetGrouping::isGroupable(int column)
{
    return column > SubnetModel::NetworkColumn && column < SubnetModel::ColumnCount;
}

bool SubnetGrouping::isTextColumn(int column)
{
    return column == SubnetModel::NameColumn || column == SubnetModel::OwnerColumn
            || column == SubnetModel::DescriptionColumn || column == SubnetModel::VlanColumn;
}

quint64 SubnetGrouping::numberOf(SubnetTable::Row row) const
{
    const Placement &p = m_table.placement(row);
    switch (m_column) {
    case SubnetModel::PrefixLengthColumn:
    case SubnetModel::TotalColumn:
        return (m_table.family(row) == Family::V6 ? 256 : 0) + quint64(m_table.prefixLength(row));
    case SubnetModel::UsedColumn:
        return quint64(m_table.utilized(row));
    case SubnetModel::UtilizationPercentColumn:
        return quint64(qBound(0.0, m_table.utilizationPercent(row), 100.0) / 10.0);
    case SubnetModel::UtilizationColumn:
        return quint64(utilizationStatus(m_table.utilizationPercent(row), m_model.thresholds()));
    case SubnetModel::LogicalNetworkColumn:
        return quint64(m_model.logicalNetworkOf(row));
    case SubnetModel::SiteColumn:
        return quint64(p.siteId);
    case SubnetModel::VmNetworkColumn:
        return quint64(p.vmNetworkId);
    case SubnetModel::AddressSpaceColumn:
        return quint64(p.spaceId);
    case SubnetModel::LastModifiedColumn:
        return quint64(m_table.lastModifiedMs(row) / msPerDay);
    default:
        return 0;
    }
}

QUtf8StringView SubnetGrouping::textView(SubnetTable::Row row, QByteArray &scratch) const
{
    switch (m_column) {
    case SubnetModel::NameColumn:
        if (!m_table.nameIsNetwork(row))
            return m_table.nameView(row);
        scratch = m_table.networkText(row).toUtf8();
        return QUtf8StringView(scratch);
    case SubnetModel::OwnerColumn:
        return m_table.ownerView(row);
    case SubnetModel::DescriptionColumn:
        return m_table.descriptionView(row);
    case SubnetModel::VlanColumn:
        scratch = m_table.vlans(row).toUtf8();
        return QUtf8StringView(scratch);
    default:
        return {};
    }
}

SubnetGrouping::Key SubnetGrouping::keyOf(SubnetTable::Row row) const
{
    Key key;
    if (isText()) {
        QByteArray scratch;
        key.text = textView(row, scratch).toString();
    } else {
        key.number = numberOf(row);
    }
    return key;
}

QString SubnetGrouping::label(SubnetTable::Row row) const
{
    auto none = [] { return QCoreApplication::translate("ipam::SubnetGrouping", "(none)"); };
    switch (m_column) {
    case SubnetModel::UtilizationPercentColumn: {
        const quint64 tens = numberOf(row);
        if (tens >= 10)
            return QStringLiteral("100 %");
        return QCoreApplication::translate("ipam::SubnetGrouping", "%1–%2 %")
                .arg(tens * 10)
                .arg(tens * 10 + 9);
    }
    case SubnetModel::PrefixLengthColumn:
        return (m_table.family(row) == Family::V6 ? QStringLiteral("IPv6 /")
                                                  : QStringLiteral("IPv4 /"))
                + QString::number(m_table.prefixLength(row));
    case SubnetModel::LastModifiedColumn:
        // By UTC day: the key is the day number, with no time-zone look-up per row.
        return QDateTime::fromMSecsSinceEpoch(m_table.lastModifiedMs(row), Qt::UTC)
                       .date()
                       .toString(Qt::ISODate)
                + QStringLiteral(" UTC");
    default: {
        const QString text = m_model.cell(row, m_column, Qt::DisplayRole).toString();
        return text.isEmpty() ? none() : text;
    }
    }
}

} // namespace ipam
