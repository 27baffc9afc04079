#include "csvimporter.h"

#include "store/customfieldtables.h"

#include "domain/gateway.h"
#include "domain/printabletext.h"
#include "domain/rules.h"
#include "domain/subnetplacement.h"
#include "io/csvreader.h"
#include "io/importkeys.h"
#include "store/objecttable.h"
#include "store/store.h"
#include "write/bulkload.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>

#include <algorithm>
#include <map>

namespace ipam {

int ImportResult::exitCode() const
{
    WriteResult result;
    result.status = status;
    return result.exitCode();
}

namespace {

using namespace Qt::StringLiterals;

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

// The values of a list property: separated by commas (as CsvExporter writes them) or
// semicolons (as some spreadsheets do).
// Split by hand: a QRegularExpression per row was a quarter of a million-row import.
QList<QStringView> splitList(const QString &text)
{
    QList<QStringView> parts;
    const QStringView view(text);
    qsizetype start = 0;
    for (qsizetype i = 0; i <= view.size(); ++i) {
        if (i == view.size() || view[i] == u',' || view[i] == u';') {
            parts.append(view.sliced(start, i - start));
            start = i + 1;
        }
    }
    return parts;
}

// The identity of an imported object (space, addresses, prefix length, service) as raw
// bytes: formatting it as text was a tenth of a million-row import.
QByteArray objectKey(ObjectId spaceId, const IpAddress &first, const IpAddress &second,
                     int length = 0, const QString &service = QString())
{
    QByteArray key;
    key.reserve(48);
    key.append(reinterpret_cast<const char *>(&spaceId), sizeof spaceId);
    key.append(char(first.family() == Family::V6 ? 6 : 4));
    key.append(first.toBytes());
    key.append(second.toBytes());
    key.append(char(length));
    if (!service.isEmpty())
        key.append(service.toUtf8());
    return key;
}

// An object's row as the store would write it (ObjectTable<T>::bind's column values, in order),
// as bytes: two states of an object with the same row are the same to the store, so a row
// of the file that yields it changes nothing and is not written.
class RowBytes final : public BindSink
{
public:
    void addInt(qint64 value) override
    {
        bytes.append('i');
        bytes.append(reinterpret_cast<const char *>(&value), sizeof value);
    }
    void addText(const QString &value) override
    {
        append('t', value.size() * qsizetype(sizeof(QChar)), value.constData());
    }
    void addBlob(const QByteArray &value) override { append('b', value.size(), value.constData()); }
    void addNull() override { bytes.append('n'); }
    QByteArray bytes;

private:
    void append(char tag, qsizetype size, const void *data)
    {
        bytes.append(tag);
        bytes.append(reinterpret_cast<const char *>(&size), sizeof size);
        bytes.append(static_cast<const char *>(data), size);
    }
};

template<typename T>
bool sameRow(const T &a, const T &b)
{
    RowBytes x, y;
    ObjectTable<T>::bind(x, a);
    ObjectTable<T>::bind(y, b);
    return x.bytes == y.bytes;
}

bool sameRow(const AnyObject &a, const AnyObject &b)
{
    return a.index() == b.index()
            && std::visit(
                    [&b](const auto &object) {
                        using T = std::decay_t<decltype(object)>;
                        return sameRow(object, std::get<T>(b));
                    },
                    a);
}

// The header columns an import reads; -1 where the file has none.
struct Columns
{
    // Every kind
    int addressSpace = -1;
    int providerSpace = -1;
    int customerSpace = -1;
    int networkType = -1;
    int owner = -1;
    int description = -1;
    // Subnets (and the optional subnet of a range)
    int networkId = -1;
    int name = -1;
    int logicalNetwork = -1;
    int site = -1;
    int vmNetwork = -1;
    int vlanId = -1;
    int virtualSubnetId = -1;
    int customConfiguration = -1;
    // Ranges
    int start = -1;
    int end = -1;
    int reserved = -1;
    int vip = -1;
    int gateway = -1;
    int dnsServer = -1;
    // Ranges and addresses
    int managedBy = -1;
    int serviceInstance = -1;
    int assignmentType = -1;
    // Addresses
    int ip = -1;
    int mac = -1;
    int deviceName = -1;
    int deviceType = -1;
    int state = -1;
};

// One import: reads every row into one ChangeSet, remembering each change's CSV line, or stops
// at the first row that does not parse or resolve. Caches the names it resolves, so a file of
// 100,000 subnets in one site looks the site up once.
class ImportRun
{
public:
    ImportRun(Store &store, CsvReader &reader, std::optional<Family> family)
        : m_store(store)
        , m_reader(reader)
        , m_family(family)
    { }

    enum class Step { Chunk, End, Error };

    bool readHeader(ObjectKind kind);
    // Reads rows into `changes` until it holds `chunk` changes (Chunk), the file ends (End) or
    // a row does not parse or resolve (Error, `error` set).
    Step readRows(ObjectKind kind, int chunk);
    // Empties `changes` and `lines` for the next chunk.
    void clearChunk()
    {
        changes.changes.clear();
        lines.clear();
        m_keys.seal();
    }

    ChangeSet changes;
    QList<qint64> lines; // CSV line of each change of `changes`
    QString error;
    qint64 errorLine = 0; // the file's line `error` names (0: none)
    qint64 rows = 0;
    qint64 added = 0;
    qint64 updated = 0;
    qint64 skipped = 0;
    qint64 unchanged = 0;

private:
    // The custom field columns of the row, checked against their definitions (the write path
    // checks them again in its transaction), for the change the row becomes.
    bool readFields(const CsvRecord &record);
    bool readSubnet(const CsvRecord &record);
    bool readRange(const CsvRecord &record);
    bool readAddress(const CsvRecord &record);

    bool fail(const CsvRecord &record, int column, const QString &reason);
    // The header's name of a column ("Name"), for messages.
    QString columnName(int column) const { return m_reader.header().value(column); }
    bool failHeader(const QString &reason);
    static bool has(int column) { return column >= 0; }
    static const QString &field(const CsvRecord &record, int column)
    {
        static const QString none;
        return column >= 0 && column < record.fields.size() ? record.fields.at(column) : none;
    }
    // The value of an optional column, if the file has it.
    static std::optional<QString> optionalField(const CsvRecord &record, int column)
    {
        if (!has(column))
            return std::nullopt;
        return field(record, column);
    }

    bool skipFamily(Family family);
    // Resolves the row's address space (see CsvImporter) and its NetworkType, if it gives one.
    const AddressSpace *resolveSpace(const CsvRecord &record, std::optional<NetworkType> *type);
    bool noteKey(const CsvRecord &record, int column, const QByteArray &key);
    bool parseVlanIds(const CsvRecord &record, QList<int> *out);
    bool parseAddressList(const CsvRecord &record, int column, QList<QString> *out);
    bool parseAssignmentType(const CsvRecord &record, AssignmentType *out);
    void add(AnyObject object, qint64 line);
    void update(AnyObject object, const AnyObject &stored, qint64 version, qint64 line);

    const AddressSpace *spaceNamed(const QString &name);
    const LogicalNetwork *logicalNetworkNamed(ObjectId spaceId, const QString &name);
    const NetworkSite *siteNamed(ObjectId logicalNetworkId, const QString &name);
    const VmNetwork *vmNetworkNamed(ObjectId spaceId, const QString &name);

    Store &m_store;
    CsvReader &m_reader;
    std::optional<Family> m_family;
    Columns m_columns;
    struct FieldColumn
    {
        int column;
        CustomField field;
    };
    QList<FieldColumn> m_fieldColumns;
    QList<FieldAssignment> m_rowFields;
    QHash<QString, std::optional<AddressSpace>> m_spaces;
    QHash<std::pair<ObjectId, QString>, std::optional<LogicalNetwork>> m_logicalNetworks;
    QHash<std::pair<ObjectId, QString>, std::optional<NetworkSite>> m_sites;
    QHash<std::pair<ObjectId, QString>, std::optional<VmNetwork>> m_vmNetworks;
    ImportKeys m_keys; // object keys (objectKey()) and the line that named each first
    // Spaces that held no object of the imported kind when the import began: their rows are
    // all new, without a lookup each (a million-row import into a new space).
    QHash<ObjectId, bool> m_emptySpaces;

    // Stored objects the rows of the chunk name, read ahead in one sorted query per 500 keys
    // (instead of one query per row), by objectKey(); a row takes its object out.
    QHash<QByteArray, AnyObject> m_ahead;
    QList<CsvRecord> m_records; // the chunk's rows
    void readAhead(ObjectKind kind);
    template<typename T>
    std::optional<T> takeAhead(const QByteArray &key)
    {
        const auto it = m_ahead.find(key);
        if (it == m_ahead.end())
            return std::nullopt;
        T object = std::get<T>(std::move(it.value()));
        m_ahead.erase(it);
        return object;
    }

    template<typename T>
    bool startedEmpty(ObjectId spaceId)
    {
        auto it = m_emptySpaces.find(spaceId);
        if (it == m_emptySpaces.end())
            it = m_emptySpaces.insert(
                    spaceId, m_store.count<T>(QStringLiteral("space_id = ?"), {spaceId}) == 0);
        return it.value();
    }
};

template<typename Key, typename T, typename Lookup>
const T *cachedLookup(QHash<Key, std::optional<T>> &cache, const Key &key, Lookup &&lookup)
{
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.insert(key, lookup());
    return it.value() ? &*it.value() : nullptr;
}

const AddressSpace *ImportRun::spaceNamed(const QString &name)
{
    return cachedLookup(m_spaces, name, [&] { return m_store.spaceByName(name); });
}

const LogicalNetwork *ImportRun::logicalNetworkNamed(ObjectId spaceId, const QString &name)
{
    return cachedLookup(m_logicalNetworks, std::pair(spaceId, name),
                        [&] { return m_store.logicalNetworkByName(spaceId, name); });
}

const NetworkSite *ImportRun::siteNamed(ObjectId logicalNetworkId, const QString &name)
{
    return cachedLookup(m_sites, std::pair(logicalNetworkId, name),
                        [&] { return m_store.siteByName(logicalNetworkId, name); });
}

const VmNetwork *ImportRun::vmNetworkNamed(ObjectId spaceId, const QString &name)
{
    return cachedLookup(m_vmNetworks, std::pair(spaceId, name),
                        [&] { return m_store.vmNetworkByName(spaceId, name); });
}

bool ImportRun::fail(const CsvRecord &record, int column, const QString &reason)
{
    // The value as it can be shown: a terminal must not act on what the file holds.
    const QString value = printableText(field(record, column));
    errorLine = record.line;
    error = QCoreApplication::translate("ipam::CsvImporter", "line %1, column %2: %3 (%4)")
                    .arg(record.line)
                    .arg(column + 1)
                    .arg(reason, quoted(value));
    return false;
}

bool ImportRun::failHeader(const QString &reason)
{
    errorLine = m_reader.line();
    error = QCoreApplication::translate("ipam::CsvImporter", "line %1: %2")
                    .arg(m_reader.line())
                    .arg(reason);
    return false;
}

bool ImportRun::readHeader(ObjectKind kind)
{
    if (!m_reader.readHeader()) {
        error = m_reader.error();
        errorLine = m_reader.line();
        return false;
    }
    auto column = [this](QStringView name, QStringView alias = {}) {
        const int index = m_reader.column(name);
        return index >= 0 || alias.isEmpty() ? index : m_reader.column(alias);
    };
    // Custom fields by name: a column of a field defined for the kind (IPAM: "custom-field
    // columns allowed if defined beforehand"); built-ins that are properties are read as such.
    const Parsed<QList<CustomField>> fields = CustomFieldTables(m_store.database()).fields();
    if (!fields) {
        error = fields.error();
        return false;
    }
    for (const CustomField &field : fields.value()) {
        if (!field.property.isEmpty() || !field.appliesToKind(kind))
            continue;
        if (const int index = m_reader.column(field.name); index >= 0)
            m_fieldColumns.append({index, field});
    }
    Columns &c = m_columns;
    c.addressSpace = column(u"AddressSpace");
    c.providerSpace = column(u"ProviderAddressSpace");
    c.customerSpace = column(u"CustomerAddressSpace");
    c.networkType = column(u"NetworkType");
    c.owner = column(u"Owner");
    c.description = column(u"Description");
    c.networkId = column(u"NetworkId", u"Network"); // "Network": the console's import files
    switch (kind) {
    case ObjectKind::Subnet:
        c.name = column(u"Name");
        c.logicalNetwork = column(u"VmmLogicalNetwork");
        c.site = column(u"NetworkSite");
        c.vmNetwork = column(u"VMNetwork");
        c.vlanId = column(u"VlanId");
        c.virtualSubnetId = column(u"VirtualSubnetId");
        c.customConfiguration = column(u"CustomConfiguration");
        if (!has(c.networkId))
            return failHeader(QCoreApplication::translate(
                    "ipam::CsvImporter", "no NetworkId column; a subnet file needs one"));
        return true;
    case ObjectKind::Range:
        c.start = column(u"StartAddress", u"StartIPAddress");
        c.end = column(u"EndAddress", u"EndIPAddress");
        c.managedBy = column(u"ManagedByService");
        c.serviceInstance = column(u"ServiceInstance");
        c.assignmentType = column(u"AssignmentType");
        c.reserved = column(u"ReservedAddress");
        c.vip = column(u"VIP");
        c.gateway = column(u"Gateway");
        c.dnsServer = column(u"DnsServer");
        if (!has(c.start) || !has(c.end))
            return failHeader(QCoreApplication::translate(
                    "ipam::CsvImporter",
                    "no StartAddress and EndAddress columns; a range file needs both"));
        return true;
    case ObjectKind::Address:
        c.ip = column(u"IpAddress");
        c.mac = column(u"MacAddress");
        c.deviceName = column(u"DeviceName");
        c.deviceType = column(u"DeviceType");
        c.assignmentType = column(u"AssignmentType");
        c.state = column(u"IpAddressState");
        c.managedBy = column(u"ManagedByService");
        c.serviceInstance = column(u"ServiceInstance");
        if (!has(c.ip))
            return failHeader(QCoreApplication::translate(
                    "ipam::CsvImporter", "no IpAddress column; an address file needs one"));
        return true;
    default:
        return failHeader(
                QCoreApplication::translate("ipam::CsvImporter", "%1 objects cannot be imported")
                        .arg(displayName(kind)));
    }
}

ImportRun::Step ImportRun::readRows(ObjectKind kind, int chunk)
{
    m_records.resize(chunk);
    qsizetype count = 0;
    while (count < chunk && m_reader.next(m_records[count]))
        ++count;
    m_records.resize(count);
    readAhead(kind);
    for (const CsvRecord &record : std::as_const(m_records)) {
        ++rows;
        if (!readFields(record))
            return Step::Error;
        bool ok = false;
        switch (kind) {
        case ObjectKind::Subnet:
            ok = readSubnet(record);
            break;
        case ObjectKind::Range:
            ok = readRange(record);
            break;
        case ObjectKind::Address:
            ok = readAddress(record);
            break;
        default:
            break;
        }
        if (!ok)
            return Step::Error;
    }
    m_ahead.clear();
    if (!m_reader.error().isEmpty()) {
        error = m_reader.error();
        errorLine = m_reader.line();
        return Step::Error;
    }
    return count >= chunk ? Step::Chunk : Step::End;
}

void ImportRun::readAhead(ObjectKind kind)
{
    // (space, family) -> the keys (lo for subnets and ranges, ip for addresses) of the rows
    // whose space held objects of this kind when the import began. A row that does not parse
    // or resolve is skipped here; the row pass reports it.
    std::map<std::pair<ObjectId, int>, QList<QByteArray>> wanted;
    const QString saved = error;
    for (const CsvRecord &record : std::as_const(m_records)) {
        const Columns &c = m_columns;
        std::optional<IpAddress> first;
        if (kind == ObjectKind::Subnet) {
            if (const Parsed<Prefix> prefix = Prefix::parse(field(record, c.networkId)))
                first = prefix.value().first();
        } else {
            const Parsed<IpAddress> ip
                    = IpAddress::parse(field(record, kind == ObjectKind::Range ? c.start : c.ip));
            if (ip)
                first = ip.value();
        }
        if (!first || (m_family && *m_family != first->family()))
            continue;
        std::optional<NetworkType> type;
        const AddressSpace *space = resolveSpace(record, &type);
        if (!space)
            continue;
        const bool empty = kind == ObjectKind::Subnet ? startedEmpty<Subnet>(space->id)
                : kind == ObjectKind::Range           ? startedEmpty<Range>(space->id)
                                                      : startedEmpty<Address>(space->id);
        if (!empty)
            wanted[{space->id, familyNumber(first->family())}].append(first->toBytes());
    }
    error = saved;
    constexpr qsizetype perQuery = 500;
    for (auto &[group, keys] : wanted) {
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        for (qsizetype i = 0; i < keys.size(); i += perQuery) {
            const QList<QByteArray> part = keys.mid(i, perQuery);
            QVariantList binds{group.first, group.second};
            for (const QByteArray &key : part)
                binds.append(key);
            const QString where = u"space_id = ? AND family = ? AND %1 IN (%2)"_s.arg(
                    kind == ObjectKind::Address ? u"ip"_s : u"lo"_s,
                    QStringList(part.size(), u"?"_s).join(u','));
            switch (kind) {
            case ObjectKind::Subnet:
                for (Subnet &o : m_store.select<Subnet>(where, binds, QString())) {
                    QByteArray key = objectKey(o.spaceId, o.networkId.first(), IpAddress(),
                                               o.networkId.length());
                    m_ahead.insert(std::move(key), std::move(o));
                }
                break;
            case ObjectKind::Range:
                for (Range &o : m_store.select<Range>(where, binds, QString())) {
                    QByteArray key = objectKey(o.spaceId, o.startAddress, o.endAddress);
                    m_ahead.insert(std::move(key), std::move(o));
                }
                break;
            default:
                for (Address &o : m_store.select<Address>(where, binds, QString())) {
                    QByteArray key = objectKey(o.spaceId, o.ipAddress, IpAddress(), 0,
                                               o.managedByService + u'\n' + o.serviceInstance);
                    m_ahead.insert(std::move(key), std::move(o));
                }
                break;
            }
        }
    }
}

bool ImportRun::skipFamily(Family family)
{
    if (!m_family || *m_family == family)
        return false;
    ++skipped;
    return true;
}

const AddressSpace *ImportRun::resolveSpace(const CsvRecord &record,
                                            std::optional<NetworkType> *type)
{
    const Columns &c = m_columns;
    type->reset();
    if (const QString &text = field(record, c.networkType); !text.isEmpty()) {
        *type = networkTypeFromString(text);
        if (!*type) {
            fail(record, c.networkType,
                 QCoreApplication::translate(
                         "ipam::CsvImporter",
                         "unknown NetworkType; expected NonVirtualized, Provider or Customer"));
            return nullptr;
        }
    }
    int column = c.addressSpace;
    QString name = field(record, c.addressSpace);
    if (name.isEmpty()) {
        if (*type == NetworkType::Customer) {
            column = c.customerSpace;
            name = field(record, c.customerSpace);
            if (name.isEmpty()) {
                fail(record, c.networkType,
                     QCoreApplication::translate("ipam::CsvImporter",
                                                 "a Customer row needs its CustomerAddressSpace"));
                return nullptr;
            }
        } else {
            column = c.providerSpace;
            name = field(record, c.providerSpace);
        }
    }
    if (name.isEmpty())
        return spaceNamed(AddressSpace::defaultName);
    const AddressSpace *space = spaceNamed(name);
    if (!space) {
        fail(record, column,
             QCoreApplication::translate("ipam::CsvImporter", "no such address space"));
        return nullptr;
    }
    // A customer row may also name its provider space, which must then be the right one.
    const QString &provider = field(record, c.providerSpace);
    if (column != c.providerSpace && !provider.isEmpty()
        && space->type == AddressSpaceType::Customer) {
        const AddressSpace *associated = spaceNamed(provider);
        if (!associated || associated->id != space->associatedProviderSpaceId) {
            fail(record, c.providerSpace,
                 QCoreApplication::translate("ipam::CsvImporter",
                                             "not the provider address space of %1")
                         .arg(quoted(space->name)));
            return nullptr;
        }
    }
    return space;
}

bool ImportRun::noteKey(const CsvRecord &record, int column, const QByteArray &key)
{
    if (const std::optional<qint64> line = m_keys.lineOf(key))
        return fail(record, column,
                    QCoreApplication::translate("ipam::CsvImporter", "the same object as line %1")
                            .arg(*line));
    m_keys.add(key, record.line);
    return true;
}

bool ImportRun::parseVlanIds(const CsvRecord &record, QList<int> *out)
{
    out->clear();
    const QString &text = field(record, m_columns.vlanId);
    if (text.trimmed().isEmpty())
        return true;
    for (QStringView part : splitList(text)) {
        bool ok = false;
        const int vlan = part.trimmed().toInt(&ok);
        if (!ok)
            return fail(
                    record, m_columns.vlanId,
                    QCoreApplication::translate("ipam::CsvImporter",
                                                "VlanId is a list of numbers separated by commas"));
        out->append(vlan);
    }
    if (const Verdict verdict = rules::vlanIdsAreValid(*out); !verdict)
        return fail(record, m_columns.vlanId, verdict.reason());
    return true;
}

bool ImportRun::parseAddressList(const CsvRecord &record, int column, QList<QString> *out)
{
    out->clear();
    const QString &text = field(record, column);
    if (text.trimmed().isEmpty())
        return true;
    for (QStringView part : splitList(text)) {
        const Parsed<IpAddress> ip = IpAddress::parse(part.trimmed());
        if (!ip)
            return fail(record, column, ip.error());
        out->append(ip.value().toString());
    }
    return true;
}

bool ImportRun::parseAssignmentType(const CsvRecord &record, AssignmentType *out)
{
    const QString &text = field(record, m_columns.assignmentType);
    if (text.isEmpty()) {
        *out = AssignmentType::Static;
        return true;
    }
    const std::optional<AssignmentType> type = assignmentTypeFromString(text);
    if (!type)
        return fail(
                record, m_columns.assignmentType,
                QCoreApplication::translate(
                        "ipam::CsvImporter",
                        "unknown AssignmentType; expected Static, Dynamic, Auto, Reserved or VIP"));
    *out = *type;
    return true;
}

bool ImportRun::readFields(const CsvRecord &record)
{
    m_rowFields.clear();
    for (const FieldColumn &f : std::as_const(m_fieldColumns)) {
        const QString &text = field(record, f.column);
        const Parsed<QStringList> values = customfields::parseValue(f.field, text);
        if (!values)
            return fail(record, f.column, values.error());
        m_rowFields.append({f.field.name, text});
    }
    return true;
}

void ImportRun::add(AnyObject object, qint64 line)
{
    // A new object gets the fields the row gives a value; an empty cell has nothing to clear.
    QList<FieldAssignment> fields = std::exchange(m_rowFields, {});
    fields.removeIf([](const FieldAssignment &a) { return a.text.trimmed().isEmpty(); });
    changes.create(std::move(object), std::move(fields));
    lines.append(line);
    ++added;
}

void ImportRun::update(AnyObject object, const AnyObject &stored, qint64 version, qint64 line)
{
    // A row that changes nothing writes nothing: a re-import of the same file leaves every
    // version, the audit log and the change feed as they were. A row with custom field
    // columns is written (the write path compares nothing there); an empty cell clears the
    // field, as an empty property column clears the property.
    QList<FieldAssignment> fields = std::exchange(m_rowFields, {});
    if (fields.isEmpty() && sameRow(object, stored)) {
        ++unchanged;
        return;
    }
    changes.update(std::move(object), version, std::move(fields));
    lines.append(line);
    ++updated;
}

bool ImportRun::readSubnet(const CsvRecord &record)
{
    const Columns &c = m_columns;
    const Parsed<Prefix> prefix = Prefix::parse(field(record, c.networkId));
    if (!prefix)
        return fail(record, c.networkId, prefix.error());
    if (skipFamily(prefix.value().family()))
        return true;
    std::optional<NetworkType> type;
    const AddressSpace *space = resolveSpace(record, &type);
    if (!space)
        return false;
    const QByteArray key
            = objectKey(space->id, prefix.value().first(), IpAddress(), prefix.value().length());
    if (!noteKey(record, c.networkId, key))
        return false;

    const std::optional<Subnet> existing = takeAhead<Subnet>(key);
    Subnet subnet = existing.value_or(Subnet());
    if (!existing) {
        subnet.spaceId = space->id;
        subnet.networkId = prefix.value();
        subnet.networkType = rules::defaultNetworkType(*space);
    }
    if (type)
        subnet.networkType = *type;
    if (const auto name = optionalField(record, c.name)) {
        if (Verdict printable = rules::textIsPrintable(*name, columnName(c.name)); !printable)
            return fail(record, c.name, printable.reason());
        subnet.name = *name;
    }

    // Assignment: the logical network of the subnet's space, and a site of that network.
    if (has(c.logicalNetwork)) {
        const QString &name = field(record, c.logicalNetwork);
        const LogicalNetwork *network
                = name.isEmpty() ? nullptr : logicalNetworkNamed(space->id, name);
        if (!name.isEmpty() && !network)
            return fail(record, c.logicalNetwork,
                        QCoreApplication::translate("ipam::CsvImporter",
                                                    "no such logical network in address space %1")
                                .arg(quoted(space->name)));
        // The subnet's current site is of its current logical network.
        placeOnLogicalNetwork(subnet, network ? network->id : 0, subnet.logicalNetworkId);
    }
    if (has(c.site)) {
        const QString &name = field(record, c.site);
        if (name.isEmpty()) {
            removeFromSite(subnet);
        } else if (subnet.logicalNetworkId == 0) {
            return fail(record, c.site,
                        QCoreApplication::translate("ipam::CsvImporter",
                                                    "a NetworkSite needs its VmmLogicalNetwork"));
        } else {
            const NetworkSite *site = siteNamed(subnet.logicalNetworkId, name);
            if (!site) {
                const std::optional<LogicalNetwork> network
                        = m_store.get<LogicalNetwork>(subnet.logicalNetworkId);
                return fail(
                        record, c.site,
                        QCoreApplication::translate("ipam::CsvImporter",
                                                    "no such network site in logical network %1")
                                .arg(quoted(network ? network->name : QString())));
            }
            placeOnSite(subnet, *site);
        }
    }
    if (has(c.vmNetwork)) {
        const QString &name = field(record, c.vmNetwork);
        const VmNetwork *network = name.isEmpty() ? nullptr : vmNetworkNamed(space->id, name);
        if (!name.isEmpty() && !network)
            return fail(record, c.vmNetwork,
                        QCoreApplication::translate("ipam::CsvImporter",
                                                    "no such VM network in address space %1")
                                .arg(quoted(space->name)));
        subnet.vmNetworkId = network ? network->id : 0;
    }
    if (has(c.vlanId) && !parseVlanIds(record, &subnet.vlanIds))
        return false;
    if (has(c.virtualSubnetId)) {
        const QString &text = field(record, c.virtualSubnetId);
        subnet.virtualSubnetId.reset();
        if (!text.isEmpty()) {
            bool ok = false;
            const uint id = text.toUInt(&ok);
            if (!ok)
                return fail(
                        record, c.virtualSubnetId,
                        QCoreApplication::translate("ipam::CsvImporter",
                                                    "VirtualSubnetId is a number 0..4294967295"));
            subnet.virtualSubnetId = id;
        }
    }
    if (const auto owner = optionalField(record, c.owner))
        subnet.owner = *owner;
    if (const auto description = optionalField(record, c.description))
        subnet.description = *description;
    if (const auto configuration = optionalField(record, c.customConfiguration))
        subnet.customConfiguration = *configuration;

    if (existing)
        update(subnet, *existing, existing->version, record.line);
    else
        add(subnet, record.line);
    return true;
}

bool ImportRun::readRange(const CsvRecord &record)
{
    const Columns &c = m_columns;
    const Parsed<IpAddress> start = IpAddress::parse(field(record, c.start));
    if (!start)
        return fail(record, c.start, start.error());
    const Parsed<IpAddress> end = IpAddress::parse(field(record, c.end));
    if (!end)
        return fail(record, c.end, end.error());
    const Parsed<AddressRange> bounds = AddressRange::make(start.value(), end.value());
    if (!bounds)
        return fail(record, c.end, bounds.error());
    if (skipFamily(start.value().family()))
        return true;
    std::optional<NetworkType> type;
    const AddressSpace *space = resolveSpace(record, &type);
    if (!space)
        return false;

    ObjectId subnetId = 0;
    if (const QString &text = field(record, c.networkId); !text.isEmpty()) {
        const Parsed<Prefix> prefix = Prefix::parse(text);
        if (!prefix)
            return fail(record, c.networkId, prefix.error());
        if (!prefix.value().contains(start.value()) || !prefix.value().contains(end.value()))
            return fail(record, c.networkId,
                        QCoreApplication::translate("ipam::CsvImporter",
                                                    "range %1 does not lie in this subnet")
                                .arg(bounds.value().toString()));
        const std::optional<Subnet> subnet = m_store.subnetByPrefix(space->id, prefix.value());
        if (!subnet)
            return fail(record, c.networkId,
                        QCoreApplication::translate("ipam::CsvImporter",
                                                    "no such subnet in address space %1")
                                .arg(quoted(space->name)));
        subnetId = subnet->id;
    }
    const QByteArray key = objectKey(space->id, bounds.value().first(), bounds.value().last());
    if (!noteKey(record, c.start, key))
        return false;

    const std::optional<Range> existing = takeAhead<Range>(key);
    Range range = existing.value_or(Range());
    if (!existing) {
        range.spaceId = space->id;
        range.startAddress = start.value();
        range.endAddress = end.value();
    }
    if (subnetId != 0)
        range.subnetId = subnetId;
    if (const auto text = optionalField(record, c.managedBy))
        range.managedByService = text->isEmpty() ? u"IPAM"_s : *text;
    if (const auto text = optionalField(record, c.serviceInstance))
        range.serviceInstance = text->isEmpty() ? u"Localhost"_s : *text;
    if (has(c.assignmentType) && !parseAssignmentType(record, &range.assignmentType))
        return false;
    if (const auto owner = optionalField(record, c.owner))
        range.owner = *owner;
    if (const auto description = optionalField(record, c.description))
        range.description = *description;
    if (has(c.reserved) && !parseAddressList(record, c.reserved, &range.reservedAddresses))
        return false;
    if (has(c.vip) && !parseAddressList(record, c.vip, &range.vips))
        return false;
    if (has(c.dnsServer) && !parseAddressList(record, c.dnsServer, &range.dnsServers))
        return false;
    if (has(c.gateway)) {
        // "<ip>/<metric>" or "<ip>/Automatic", as IPAM writes gateways (a bare address reads
        // as "<ip>/Automatic"): stored in that one form (domain/gateway.h).
        range.gateways.clear();
        for (QStringView part : splitList(field(record, c.gateway))) {
            if (part.trimmed().isEmpty())
                continue;
            const Parsed<Gateway> gateway = Gateway::parse(part);
            if (!gateway)
                return fail(record, c.gateway, gateway.error());
            range.gateways.append(gateway.value().toString());
        }
    }

    if (existing)
        update(range, *existing, existing->version, record.line);
    else
        add(range, record.line);
    return true;
}

bool ImportRun::readAddress(const CsvRecord &record)
{
    const Columns &c = m_columns;
    const Parsed<IpAddress> ip = IpAddress::parse(field(record, c.ip));
    if (!ip)
        return fail(record, c.ip, ip.error());
    if (skipFamily(ip.value().family()))
        return true;
    std::optional<NetworkType> type;
    const AddressSpace *space = resolveSpace(record, &type);
    if (!space)
        return false;
    QString managedBy = field(record, c.managedBy);
    if (managedBy.isEmpty())
        managedBy = u"IPAM"_s;
    QString serviceInstance = field(record, c.serviceInstance);
    if (serviceInstance.isEmpty())
        serviceInstance = u"Localhost"_s;
    const QByteArray key
            = objectKey(space->id, ip.value(), IpAddress(), 0, managedBy + u'\n' + serviceInstance);
    if (!noteKey(record, c.ip, key))
        return false;

    const std::optional<Address> existing = takeAhead<Address>(key);
    Address address = existing.value_or(Address());
    if (!existing) {
        address.spaceId = space->id;
        address.ipAddress = ip.value();
        address.managedByService = managedBy;
        address.serviceInstance = serviceInstance;
    }
    if (const auto text = optionalField(record, c.mac))
        address.macAddress = *text;
    if (const auto text = optionalField(record, c.deviceName)) {
        if (Verdict printable = rules::textIsPrintable(*text, columnName(c.deviceName)); !printable)
            return fail(record, c.deviceName, printable.reason());
        address.deviceName = *text;
    }
    if (const auto text = optionalField(record, c.deviceType))
        address.deviceType = text->isEmpty() ? u"Host"_s : *text;
    if (has(c.assignmentType) && !parseAssignmentType(record, &address.assignmentType))
        return false;
    if (const auto text = optionalField(record, c.state))
        address.ipAddressState = text->isEmpty() ? u"In-Use"_s : *text;
    if (const auto owner = optionalField(record, c.owner))
        address.owner = *owner;
    if (const auto description = optionalField(record, c.description))
        address.description = *description;

    if (existing)
        update(address, *existing, existing->version, record.line);
    else
        add(address, record.line);
    return true;
}

} // namespace

CsvImporter::CsvImporter(WritePath &writePath)
    : m_writePath(writePath)
    , m_chunkSize(BulkLoad::chunkSize)
{ }

bool CsvImporter::canImport(ObjectKind kind)
{
    return kind == ObjectKind::Subnet || kind == ObjectKind::Range || kind == ObjectKind::Address;
}

ImportResult CsvImporter::importFrom(ObjectKind kind, QIODevice *device, const QString &label)
{
    ImportResult result;
    CsvReader reader(device);
    ImportRun run(m_writePath.store(), reader, m_family);
    auto counts = [&] {
        result.rows = run.rows;
        result.skipped = run.skipped;
        result.unchanged = run.unchanged;
    };
    auto refuse = [&](WriteStatus status, const QString &message, qint64 line = 0) {
        counts();
        result.status = status;
        result.message = message;
        result.line = line;
        return result;
    };
    if (!run.readHeader(kind))
        return refuse(WriteStatus::Refused, run.error, run.errorLine);

    // Streamed: a chunk of rows is parsed and resolved, then written through the load's one
    // transaction, so at most one chunk is held as objects; a bad row anywhere, a refusal or a
    // cancel rolls back every chunk before it.
    // The transaction starts before the first row is resolved, so every look-up of a name or a
    // stored object sees the store the load writes into.
    BulkLoad load(m_writePath, label);
    if (WriteResult begun; !load.begin(begun))
        return refuse(begun.status, begun.message);
    run.changes.label = label;
    for (;;) {
        const ImportRun::Step step = run.readRows(kind, m_chunkSize);
        if (step == ImportRun::Step::Error) {
            load.cancel();
            return refuse(WriteStatus::Refused, run.error, run.errorLine);
        }
        if (!run.changes.isEmpty()) {
            const WriteResult written = load.apply(run.changes);
            if (!written.ok()) {
                const bool atLine
                        = written.failedChange >= 0 && written.failedChange < run.lines.size();
                const qint64 line = atLine ? run.lines.at(written.failedChange) : 0;
                return refuse(
                        written.status,
                        atLine ? QCoreApplication::translate("ipam::CsvImporter", "line %1: %2")
                                         .arg(line)
                                         .arg(written.message)
                               : written.message,
                        line);
            }
            run.clearChunk();
        }
        if (m_progress && !m_progress(run.rows, reader.bytesRead())) {
            load.cancel();
            result.cancelled = true;
            return refuse(WriteStatus::Failed,
                          QCoreApplication::translate("ipam::CsvImporter",
                                                      "import cancelled; nothing was changed"));
        }
        if (step == ImportRun::Step::End)
            break;
    }
    if (const WriteResult written = load.commit(); !written.ok())
        return refuse(written.status, written.message);
    counts();
    result.added = run.added;
    result.updated = run.updated;
    return result;
}

} // namespace ipam
