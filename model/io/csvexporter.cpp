#include "csvexporter.h"

#include "io/csvwriter.h"
#include "io/objectpresenter.h"
#include "store/customfieldtables.h"
#include "store/store.h"

#include <QIODevice>

#include <algorithm>
#include <tuple>

namespace ipam {

namespace {

using namespace Qt::StringLiterals;

// "Name NetworkId ..." -> {"Name", "NetworkId", ...}: property lists stay readable on a line.
QStringList columnList(QStringView names)
{
    QStringList list;
    for (QStringView name : names.split(u' '))
        list.append(name.toString());
    return list;
}

// A presenter value as one CSV field: lists joined by ", ", null as an empty field.
QString fieldText(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QString();
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? u"True"_s : u"False"_s;
    case QMetaType::QVariantList: {
        QStringList parts;
        for (const QVariant &element : value.toList())
            parts.append(fieldText(element));
        return parts.join(", "_L1);
    }
    case QMetaType::QStringList:
        return value.toStringList().join(", "_L1);
    default:
        return value.toString();
    }
}

// The custom fields of an export: one column each, named as the field, values as "a; b".
using FieldColumns = QList<QHash<ObjectId, QString>>;

template<typename T>
qint64 writeObjects(Store &store, ObjectPresenter &presenter, CsvWriter &writer,
                    const QList<int> &picked, const FieldColumns &fieldColumns,
                    const QString &where, const QVariantList &binds, const QString &orderBy)
{
    QList<T> objects = store.select<T>(where, binds, orderBy);
    if constexpr (std::is_same_v<T, Address>) {
        // Same address, several services: by service in C++, as collations differ.
        std::stable_sort(objects.begin(), objects.end(), [](const Address &a, const Address &b) {
            return std::tie(a.ipAddress, a.managedByService, a.serviceInstance)
                    < std::tie(b.ipAddress, b.managedByService, b.serviceInstance);
        });
    }
    QList<QString> fields(picked.size() + fieldColumns.size());
    for (const T &object : objects) {
        const QList<QVariant> row = presenter.row(object);
        for (qsizetype i = 0; i < picked.size(); ++i)
            fields[i] = fieldText(row.value(picked.at(i)));
        for (qsizetype i = 0; i < fieldColumns.size(); ++i)
            fields[picked.size() + i] = customfields::valueText(
                    customfields::fromStoredText(fieldColumns.at(i).value(object.id)));
        writer.writeRecord(fields);
    }
    return objects.size();
}

} // namespace

CsvExporter::CsvExporter(Store &store)
    : m_store(store)
{ }

bool CsvExporter::canExport(ObjectKind kind)
{
    return kind == ObjectKind::Subnet || kind == ObjectKind::Range || kind == ObjectKind::Address;
}

const QStringList &CsvExporter::columns(ObjectKind kind)
{
    static const QStringList subnet
            = columnList(u"Name NetworkId NetworkType AddressSpace VmmLogicalNetwork NetworkSite "
                         u"VMNetwork VlanId VirtualSubnetId Owner Description CustomConfiguration");
    static const QStringList range
            = columnList(u"NetworkId StartAddress EndAddress AddressSpace NetworkType "
                         u"ManagedByService ServiceInstance AssignmentType Owner Description "
                         u"ReservedAddress VIP Gateway DnsServer");
    static const QStringList address = columnList(
            u"IpAddress AddressSpace NetworkType MacAddress DeviceName DeviceType AssignmentType "
            u"IpAddressState ManagedByService ServiceInstance Owner Description");
    static const QStringList none;
    switch (kind) {
    case ObjectKind::Subnet:
        return subnet;
    case ObjectKind::Range:
        return range;
    case ObjectKind::Address:
        return address;
    default:
        return none;
    }
}

Parsed<qint64> CsvExporter::exportTo(ObjectKind kind, QIODevice *device)
{
    if (!canExport(kind))
        return Parsed<qint64>::failure(u"%1 objects cannot be exported"_s.arg(displayName(kind)));

    const QStringList &wanted = columns(kind);
    const QStringList &all = ObjectPresenter::columns(kind);
    QList<int> picked;
    for (const QString &name : wanted)
        picked.append(int(all.indexOf(name)));

    QList<AddressSpace> spaces = m_store.select<AddressSpace>();
    if (m_spaceId != 0)
        spaces.removeIf([this](const AddressSpace &s) { return s.id != m_spaceId; });
    // By name in C++, not in SQL: the databases' collations differ.
    std::sort(spaces.begin(), spaces.end(),
              [](const AddressSpace &a, const AddressSpace &b) { return a.name < b.name; });

    // Custom fields that any object of the kind holds a value of, after the properties, by
    // name (IPAM's files carry custom fields as columns under their names).
    QStringList header = wanted;
    FieldColumns fieldColumns;
    CustomFieldTables tables(m_store.database());
    const Parsed<QList<CustomField>> fields = tables.fields();
    if (!fields)
        return Parsed<qint64>::failure(fields.error());
    for (const CustomField &field : fields.value()) {
        if (!field.property.isEmpty() || !field.appliesToKind(kind))
            continue;
        Parsed<QHash<ObjectId, QString>> column = tables.column(kind, field.id);
        if (!column)
            return Parsed<qint64>::failure(column.error());
        if (column.value().isEmpty())
            continue;
        header.append(field.name);
        fieldColumns.append(column.value());
    }

    CsvWriter writer(device);
    writer.writeRecord(header);
    ObjectPresenter presenter(m_store);
    qint64 written = 0;
    const QList<Family> families
            = m_family ? QList<Family>{*m_family} : QList<Family>{Family::V4, Family::V6};
    for (const AddressSpace &space : std::as_const(spaces)) {
        for (Family family : families) {
            QString where = u"space_id = ? AND family = ?"_s;
            QVariantList binds = {space.id, familyNumber(family)};
            if (!m_where.isEmpty()) {
                where += u" AND ("_s + m_where + u')';
                binds += m_binds;
            }
            switch (kind) {
            case ObjectKind::Subnet:
                written += writeObjects<Subnet>(m_store, presenter, writer, picked, fieldColumns,
                                                where, binds, u"lo"_s);
                break;
            case ObjectKind::Range:
                written += writeObjects<Range>(m_store, presenter, writer, picked, fieldColumns,
                                               where, binds, u"lo"_s);
                break;
            case ObjectKind::Address:
                written += writeObjects<Address>(m_store, presenter, writer, picked, fieldColumns,
                                                 where, binds, u"ip"_s);
                break;
            default:
                break;
            }
        }
        if (!writer.flush())
            return Parsed<qint64>::failure(writer.error());
    }
    if (!writer.flush())
        return Parsed<qint64>::failure(writer.error());
    return written;
}

} // namespace ipam
