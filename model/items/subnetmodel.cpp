#include "subnetmodel.h"

#include "items/itemroles.h"
#include "items/networkdirectory.h"
#include "items/resultfilter.h"

#include <QAnyStringView>
#include <QDateTime>
#include <QMimeData>

#include <algorithm>
#include <string>
#include <string_view>

namespace ipam {

namespace {

bool isNumeric(int column)
{
    switch (column) {
    case SubnetModel::PrefixLengthColumn:
    case SubnetModel::TotalColumn:
    case SubnetModel::UsedColumn:
    case SubnetModel::UtilizationPercentColumn:
        return true;
    default:
        return false;
    }
}

QVariant countVariant(const AddressCount &count)
{
    if (count.fitsIn64())
        return QVariant::fromValue(count.toUInt64());
    return count.toString();
}

// Text columns sort case-insensitively: by the bytes of the case-folded UTF-8 text, which is
// cheap to precompute once per row for a sort (sortRows) and gives the same order pairwise
// (rowLess).
void foldInto(QUtf8StringView text, std::string &out)
{
    out.clear();
    for (char c : text) {
        if (c & 0x80) {
            const QByteArray folded = text.toString().toCaseFolded().toUtf8();
            out.assign(folded.constData(), size_t(folded.size()));
            return;
        }
        out.push_back(c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c);
    }
}

bool isTextColumn(int column)
{
    return column == SubnetModel::NameColumn || column == SubnetModel::OwnerColumn
            || column == SubnetModel::DescriptionColumn || column == SubnetModel::VlanColumn;
}

} // namespace

// SavedView::subnetRecordColumn names these columns in this order for ipamctl.
static_assert(SubnetModel::ColumnCount == 15, "update SavedView::subnetRecordColumn");

SubnetModel::SubnetModel(const NetworkDirectory &directory, QObject *parent)
    : AddressObjectModel(parent)
    , m_directory(directory)
    , m_icon(QStringLiteral(":/icons/subnet.svg"))
{ }

QString SubnetModel::columnTitle(int column)
{
    switch (column) {
    case NetworkColumn:
        return tr("Network");
    case NameColumn:
        return tr("Name");
    case PrefixLengthColumn:
        return tr("Prefix Length");
    case TotalColumn:
        return tr("Total");
    case UsedColumn:
        return tr("Used");
    case UtilizationPercentColumn:
        return tr("Utilization %");
    case UtilizationColumn:
        return tr("Utilization");
    case LogicalNetworkColumn:
        return tr("VMM Logical Network");
    case SiteColumn:
        return tr("Network Site");
    case VmNetworkColumn:
        return tr("VM Network");
    case VlanColumn:
        return tr("VLAN");
    case OwnerColumn:
        return tr("Owner");
    case DescriptionColumn:
        return tr("Description");
    case AddressSpaceColumn:
        return tr("Address Space");
    case LastModifiedColumn:
        return tr("Last Modified");
    }
    return {};
}

void SubnetModel::clear()
{
    beginResetModel();
    m_table.clear();
    endResetModel();
}

void SubnetModel::reset(const QList<Subnet> &subnets)
{
    beginResetModel();
    m_table.clear();
    QList<Subnet> sorted = subnets;
    std::sort(sorted.begin(), sorted.end(),
              [](const Subnet &a, const Subnet &b) { return a.id < b.id; });
    m_table.reserve(sorted.size());
    for (const Subnet &subnet : std::as_const(sorted))
        m_table.append(subnet);
    m_table.finishAppend();
    endResetModel();
}

qsizetype SubnetModel::storageRow(int row) const
{
    switch (m_batch.mode()) {
    case RowBatch::Mode::Idle:
        return row;
    case RowBatch::Mode::Removing:
        return m_batch.oldPosition(row);
    case RowBatch::Mode::Inserting: {
        const auto [final, position] = m_batch.insertingPosition(row);
        return final ? position : m_batchOldToNew[size_t(position)];
    }
    }
    return row;
}

void SubnetModel::apply(const QList<Subnet> &upserts, const QList<ObjectId> &removals)
{
    std::vector<std::pair<Row, const Subnet *>> updates;
    std::vector<const Subnet *> creates;
    for (const Subnet &subnet : upserts) {
        if (const auto row = m_table.find(subnet.id))
            updates.emplace_back(*row, &subnet);
        else
            creates.push_back(&subnet);
    }
    std::vector<Row> removed;
    for (ObjectId id : removals) {
        if (const auto row = m_table.find(id))
            removed.push_back(*row);
    }
    std::sort(removed.begin(), removed.end());
    removed.erase(std::unique(removed.begin(), removed.end()), removed.end());
    std::vector<quint32> touched;

    if (!updates.empty()) {
        std::sort(updates.begin(), updates.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &update : updates)
            touched.push_back(m_table.placementIndex(update.first));
        const std::vector<quint8> masks = m_table.update(updates);
        quint8 changes = 0;
        std::vector<quint32> rows;
        rows.reserve(updates.size());
        for (size_t i = 0; i < updates.size(); ++i) {
            changes |= masks[i];
            rows.push_back(updates[i].first);
            touched.push_back(m_table.placementIndex(updates[i].first));
        }
        const auto runs = RowBatch::runsOf(rows);
        if (runs.size() > 32) {
            Q_EMIT dataChanged(index(int(rows.front()), 0),
                               index(int(rows.back()), columnCount() - 1));
        } else {
            for (const auto &[first, count] : runs)
                Q_EMIT dataChanged(index(int(first), 0),
                                   index(int(first + count - 1), columnCount() - 1));
        }
        Q_EMIT tableRowsChanged(rows, changes);
    }

    if (!removed.empty()) {
        for (Row row : removed)
            touched.push_back(m_table.placementIndex(row));
        Q_EMIT tableRowsAboutToBeRemoved(removed);
        m_batch.beginRemoving();
        qsizetype gone = 0;
        for (const auto &[first, count] : RowBatch::runsOf(removed)) {
            const qsizetype current = first - gone;
            beginRemoveRows({}, int(current), int(current + count - 1));
            m_batch.runRemoved(current, count);
            gone += count;
            endRemoveRows();
        }
        const std::vector<qint32> oldToNew = m_table.remove(removed);
        m_batch.finish();
        Q_EMIT tableRowsRenumbered(oldToNew);
    }

    if (!creates.empty()) {
        std::sort(creates.begin(), creates.end(),
                  [](const Subnet *a, const Subnet *b) { return a->id < b->id; });
        creates.erase(std::unique(creates.begin(), creates.end(),
                                  [](const Subnet *a, const Subnet *b) { return a->id == b->id; }),
                      creates.end());
        std::vector<quint32> rows;
        if (creates.front()->id > m_table.lastId()) {
            const int first = rowCount();
            const int last = first + int(creates.size()) - 1;
            beginInsertRows({}, first, last);
            for (const Subnet *subnet : creates)
                m_table.append(*subnet);
            m_table.finishAppend();
            endInsertRows();
            rows.reserve(creates.size());
            for (int row = first; row <= last; ++row)
                rows.push_back(quint32(row));
        } else {
            m_batchOldToNew = m_table.insert(creates, &rows);
            Q_EMIT tableRowsRenumbered(m_batchOldToNew);
            m_batch.beginInserting(qsizetype(rows.size()));
            for (const auto &[first, count] : RowBatch::runsOf(rows)) {
                beginInsertRows({}, int(first), int(first + count - 1));
                m_batch.runInserted(first, count);
                endInsertRows();
            }
            m_batch.finish();
            m_batchOldToNew = {};
        }
        for (quint32 row : rows)
            touched.push_back(m_table.placementIndex(row));
        Q_EMIT tableRowsInserted(rows);
    }

    if (!touched.empty()) {
        std::sort(touched.begin(), touched.end());
        touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
        Q_EMIT placementsChanged(touched);
    }
}

int SubnetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_batch.visibleCount(m_table.size()));
}

QVariant SubnetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cell(Row(storageRow(index.row())), index.column(), role);
}

ObjectId SubnetModel::logicalNetworkOf(Row row) const
{
    return effectiveLogicalNetwork(m_table.placement(row), m_directory);
}

QVariant SubnetModel::display(Row row, int column) const
{
    const Placement &p = m_table.placement(row);
    switch (column) {
    case NetworkColumn:
        return m_table.networkText(row);
    case NameColumn:
        return m_table.name(row);
    case PrefixLengthColumn:
        return m_table.prefixLength(row);
    case TotalColumn:
        return countVariant(m_table.total(row));
    case UsedColumn:
        return m_table.utilized(row);
    case UtilizationPercentColumn:
        return QString::number(m_table.utilizationPercent(row), 'f', 1);
    case UtilizationColumn:
        return toString(utilizationStatus(m_table.utilizationPercent(row), m_thresholds));
    case LogicalNetworkColumn:
        return m_directory.name(ObjectKind::LogicalNetwork, logicalNetworkOf(row));
    case SiteColumn:
        return m_directory.name(ObjectKind::NetworkSite, p.siteId);
    case VmNetworkColumn:
        return m_directory.name(ObjectKind::VmNetwork, p.vmNetworkId);
    case VlanColumn:
        return m_table.vlans(row);
    case OwnerColumn:
        return m_table.owner(row);
    case DescriptionColumn:
        return m_table.description(row);
    case AddressSpaceColumn:
        return m_directory.name(ObjectKind::AddressSpace, p.spaceId);
    case LastModifiedColumn:
        return QDateTime::fromMSecsSinceEpoch(m_table.lastModifiedMs(row))
                .toLocalTime()
                .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    return {};
}

QVariant SubnetModel::cell(Row row, int column, int role) const
{
    if (isFieldColumn(column)) {
        switch (role) {
        case ItemRole::ObjectId:
        case ItemRole::ObjectKind:
        case ItemRole::ColorKey:
            break;
        default:
            return fieldData(m_table.id(row), column, role);
        }
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return display(row, column);
    case Qt::ToolTipRole:
        if (column == UtilizationPercentColumn || column == UtilizationColumn)
            return tr("%1 of %2 addresses used")
                    .arg(m_table.utilized(row))
                    .arg(m_table.total(row).toString());
        if (column == NetworkColumn || column == NameColumn)
            return m_table.nameIsNetwork(row)
                    ? m_table.networkText(row)
                    : QStringLiteral("%1 (%2)").arg(m_table.name(row), m_table.networkText(row));
        return {};
    case Qt::TextAlignmentRole:
        if (isNumeric(column))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DecorationRole:
        if (column == NetworkColumn)
            return m_icon;
        return {};
    case ItemRole::ObjectId:
        return m_table.id(row);
    case ItemRole::ObjectKind:
        return int(ObjectKind::Subnet);
    case ItemRole::UtilizationPercent:
        return m_table.utilizationPercent(row);
    case ItemRole::UtilizationStatus:
        return int(utilizationStatus(m_table.utilizationPercent(row), m_thresholds));
    case ItemRole::UtilizationBar:
        return column == UtilizationPercentColumn;
    case ItemRole::ColorKey:
        return logicalNetworkOf(row);
    }
    return {};
}

QVariant SubnetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (isFieldColumn(section))
        return fieldHeader(section, role);
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::TextAlignmentRole && isNumeric(section))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

Qt::ItemFlags SubnetModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren
            | Qt::ItemIsDragEnabled;
}

QStringList SubnetModel::mimeTypes() const
{
    return {mimeType(), QStringLiteral("text/plain")};
}

QMimeData *SubnetModel::mimeData(const QModelIndexList &indexes) const
{
    std::vector<Row> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == this)
            rows.push_back(Row(storageRow(index.row())));
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QByteArray ids;
    QString prefixes;
    for (Row row : rows) {
        ids += QByteArray::number(m_table.id(row)) + '\n';
        prefixes += m_table.networkText(row) + QLatin1Char('\n');
    }
    auto *mime = new QMimeData;
    mime->setData(mimeType(), ids);
    mime->setText(prefixes);
    return mime;
}

ObjectId SubnetModel::objectId(int row) const
{
    return m_table.id(Row(storageRow(row)));
}

int SubnetModel::rowOf(ObjectId id) const
{
    const auto row = m_table.find(id);
    return row ? int(*row) : -1;
}

Placement SubnetModel::placementOf(int row) const
{
    return m_table.placement(Row(storageRow(row)));
}

bool SubnetModel::matches(int row, const SearchQuery &query) const
{
    return rowMatches(Row(storageRow(row)), query);
}

bool SubnetModel::rowMatches(Row row, const SearchQuery &query) const
{
    return m_table.matches(row, query) || fieldsMatch(m_table.id(row), query);
}

bool SubnetModel::lessThan(int left, int right, int column) const
{
    return rowLess(Row(storageRow(left)), Row(storageRow(right)), column);
}

bool SubnetModel::hiddenByDefault(int column) const
{
    if (isFieldColumn(column))
        return fieldHiddenByDefault(column);
    return column == VmNetworkColumn || column == LastModifiedColumn;
}

int SubnetModel::defaultWidth(int column) const
{
    switch (column) {
    case NetworkColumn:
        return 22;
    case NameColumn:
        return 22;
    case PrefixLengthColumn:
        return 7;
    case TotalColumn:
    case UsedColumn:
        return 8;
    case UtilizationPercentColumn:
        return 13;
    case UtilizationColumn:
        return 10;
    case LogicalNetworkColumn:
    case AddressSpaceColumn:
        return 18;
    case SiteColumn:
    case VmNetworkColumn:
        return 13;
    case VlanColumn:
        return 8;
    case DescriptionColumn:
        return 30;
    default:
        return 12;
    }
}

bool SubnetModel::rowLess(Row a, Row b, int column) const
{
    int order = 0;
    if (isFieldColumn(column))
        order = compareField(m_table.id(a), m_table.id(b), column);
    switch (column) {
    case NameColumn:
    case OwnerColumn:
    case DescriptionColumn:
    case VlanColumn: {
        std::string ka, kb;
        foldedText(a, column, ka);
        foldedText(b, column, kb);
        order = ka.compare(kb);
        break;
    }
    case PrefixLengthColumn:
        order = m_table.prefixLength(a) - m_table.prefixLength(b);
        break;
    case TotalColumn: {
        const int hostBitsA = bitWidth(m_table.family(a)) - m_table.prefixLength(a);
        const int hostBitsB = bitWidth(m_table.family(b)) - m_table.prefixLength(b);
        order = hostBitsA - hostBitsB;
        break;
    }
    case UsedColumn: {
        const qint64 ua = m_table.utilized(a);
        const qint64 ub = m_table.utilized(b);
        order = ua < ub ? -1 : (ua > ub ? 1 : 0);
        break;
    }
    case UtilizationPercentColumn:
    case UtilizationColumn: {
        const double pa = m_table.utilizationPercent(a);
        const double pb = m_table.utilizationPercent(b);
        order = pa < pb ? -1 : (pa > pb ? 1 : 0);
        break;
    }
    case LogicalNetworkColumn:
    case SiteColumn:
    case VmNetworkColumn:
    case AddressSpaceColumn:
        if (m_table.placementIndex(a) != m_table.placementIndex(b))
            order = QString::compare(display(a, column).toString(), display(b, column).toString(),
                                     Qt::CaseInsensitive);
        break;
    case LastModifiedColumn: {
        const qint64 ma = m_table.lastModifiedMs(a);
        const qint64 mb = m_table.lastModifiedMs(b);
        order = ma < mb ? -1 : (ma > mb ? 1 : 0);
        break;
    }
    default:
        break;
    }
    if (order != 0)
        return order < 0;
    return m_table.networkLess(a, b);
}

void SubnetModel::foldedText(Row row, int column, std::string &out) const
{
    switch (column) {
    case NameColumn:
        if (m_table.nameIsNetwork(row)) {
            const QByteArray network = m_table.networkText(row).toLatin1();
            out.assign(network.constData(), size_t(network.size()));
        } else {
            foldInto(m_table.nameView(row), out);
        }
        return;
    case OwnerColumn:
        foldInto(m_table.ownerView(row), out);
        return;
    case DescriptionColumn:
        foldInto(m_table.descriptionView(row), out);
        return;
    case VlanColumn: {
        const QByteArray vlans = m_table.vlans(row).toUtf8();
        out.assign(vlans.constData(), size_t(vlans.size()));
        return;
    }
    default:
        out.clear();
        return;
    }
}

void SubnetModel::sortRows(std::vector<Row> &rows, int column) const
{
    if (isTextColumn(column)) {
        // Fold every row's text once into one buffer; compare an 8-byte big-endian prefix
        // first, the rest of the bytes only on a tie, then the network.
        struct Key
        {
            quint64 prefix;
            quint32 offset;
            quint32 length;
            Row row;
        };
        std::vector<Key> keys;
        keys.reserve(rows.size());
        std::string buffer;
        std::string folded;
        for (Row row : rows) {
            foldedText(row, column, folded);
            quint64 prefix = 0;
            for (size_t i = 0; i < 8; ++i)
                prefix = (prefix << 8) | (i < folded.size() ? quint8(folded[i]) : 0);
            keys.push_back({prefix, quint32(buffer.size()), quint32(folded.size()), row});
            buffer += folded;
        }
        std::sort(keys.begin(), keys.end(), [&](const Key &a, const Key &b) {
            if (a.prefix != b.prefix)
                return a.prefix < b.prefix;
            const std::string_view ta(buffer.data() + a.offset, a.length);
            const std::string_view tb(buffer.data() + b.offset, b.length);
            if (const int order = ta.compare(tb); order != 0)
                return order < 0;
            return m_table.networkLess(a.row, b.row);
        });
        for (size_t i = 0; i < keys.size(); ++i)
            rows[i] = keys[i].row;
        return;
    }
    // Numeric columns: one key per row, stable-sorted over rows already in network order, so
    // ties stay in network order without comparing networks (the order rowLess defines).
    auto stableByKey = [&](auto keyOf) {
        if (!std::is_sorted(rows.begin(), rows.end(),
                            [this](Row a, Row b) { return m_table.networkLess(a, b); }))
            std::sort(rows.begin(), rows.end(),
                      [this](Row a, Row b) { return m_table.networkLess(a, b); });
        using Key = decltype(keyOf(Row()));
        std::vector<std::pair<Key, Row>> keyed;
        keyed.reserve(rows.size());
        for (Row row : rows)
            keyed.emplace_back(keyOf(row), row);
        std::stable_sort(keyed.begin(), keyed.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        for (size_t i = 0; i < keyed.size(); ++i)
            rows[i] = keyed[i].second;
    };
    if (isFieldColumn(column)) {
        stableByKey([this, column](Row row) { return fieldSortKey(m_table.id(row), column); });
        return;
    }
    switch (column) {
    case PrefixLengthColumn:
        stableByKey([this](Row row) { return m_table.prefixLength(row); });
        return;
    case TotalColumn:
        stableByKey([this](Row row) {
            return bitWidth(m_table.family(row)) - m_table.prefixLength(row);
        });
        return;
    case UsedColumn:
        stableByKey([this](Row row) { return m_table.utilized(row); });
        return;
    case UtilizationPercentColumn:
    case UtilizationColumn:
        stableByKey([this](Row row) { return m_table.utilizationPercent(row); });
        return;
    case LastModifiedColumn:
        stableByKey([this](Row row) { return m_table.lastModifiedMs(row); });
        return;
    default:
        break;
    }
    switch (column) {
    case LogicalNetworkColumn:
    case SiteColumn:
    case VmNetworkColumn:
    case AddressSpaceColumn: {
        // Rank the placements by the container's name once; rows then compare integers.
        const qsizetype count = m_table.placementCount();
        std::vector<quint32> placements(static_cast<size_t>(count));
        std::vector<QString> names(static_cast<size_t>(count));
        for (qsizetype i = 0; i < count; ++i) {
            placements[size_t(i)] = quint32(i);
            const Placement &p = m_table.placements().at(PlacementRegistry::Index(i));
            switch (column) {
            case LogicalNetworkColumn:
                names[size_t(i)] = m_directory.name(ObjectKind::LogicalNetwork,
                                                    effectiveLogicalNetwork(p, m_directory));
                break;
            case SiteColumn:
                names[size_t(i)] = m_directory.name(ObjectKind::NetworkSite, p.siteId);
                break;
            case VmNetworkColumn:
                names[size_t(i)] = m_directory.name(ObjectKind::VmNetwork, p.vmNetworkId);
                break;
            default:
                names[size_t(i)] = m_directory.name(ObjectKind::AddressSpace, p.spaceId);
                break;
            }
        }
        std::sort(placements.begin(), placements.end(), [&](quint32 a, quint32 b) {
            return QString::compare(names[a], names[b], Qt::CaseInsensitive) < 0;
        });
        std::vector<quint32> rank(static_cast<size_t>(count));
        for (size_t i = 0; i < placements.size(); ++i) {
            const bool tie = i > 0
                    && QString::compare(names[placements[i]], names[placements[i - 1]],
                                        Qt::CaseInsensitive)
                            == 0;
            rank[placements[i]] = tie ? rank[placements[i - 1]] : quint32(i);
        }
        std::sort(rows.begin(), rows.end(), [&](Row a, Row b) {
            const quint32 ra = rank[m_table.placementIndex(a)];
            const quint32 rb = rank[m_table.placementIndex(b)];
            if (ra != rb)
                return ra < rb;
            return m_table.networkLess(a, b);
        });
        return;
    }
    case NetworkColumn:
        std::sort(rows.begin(), rows.end(),
                  [this](Row a, Row b) { return m_table.networkLess(a, b); });
        return;
    default:
        std::sort(rows.begin(), rows.end(), [&](Row a, Row b) { return rowLess(a, b, column); });
        return;
    }
}

} // namespace ipam
