#include "customfield.h"

#include "domain/printabletext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <cmath>

namespace ipam {

using namespace Qt::StringLiterals;

namespace {

// Names compared as the CSV reader matches columns: without regard to case, spaces or '_'.
QString columnKey(QStringView name)
{
    QString key;
    key.reserve(name.size());
    for (QChar c : name) {
        if (c != u' ' && c != u'_')
            key += c.toLower();
    }
    return key;
}

// The columns an object's CSV file and ipamctl's JSON already use: a field of that name would
// be ambiguous in both (property-backed built-ins are those columns, so they are exempt).
const QSet<QString> &reservedColumns()
{
    static const QSet<QString> columns = [] {
        QSet<QString> set;
        for (const char *name : {"Id",
                                 "Version",
                                 "NetworkId",
                                 "Name",
                                 "NetworkType",
                                 "AddressSpace",
                                 "ProviderAddressSpace",
                                 "CustomerAddressSpace",
                                 "VmmLogicalNetwork",
                                 "NetworkSite",
                                 "VMNetwork",
                                 "VlanId",
                                 "VirtualSubnetId",
                                 "Owner",
                                 "Description",
                                 "CustomConfiguration",
                                 "StartAddress",
                                 "EndAddress",
                                 "StartIPAddress",
                                 "EndIPAddress",
                                 "ManagedByService",
                                 "ServiceInstance",
                                 "AssignmentType",
                                 "ReservedAddress",
                                 "VIP",
                                 "Gateway",
                                 "DnsServer",
                                 "IpAddress",
                                 "MacAddress",
                                 "DeviceName",
                                 "DeviceType",
                                 "IpAddressState",
                                 "RIR",
                                 "LastModifiedTime",
                                 "AccessScopePath",
                                 "IsInheritedAccessScope",
                                 "Utilization",
                                 "PercentageUtilized",
                                 "AddressSpaceId",
                                 "SubnetId",
                                 "RangeId"})
            set.insert(columnKey(QString::fromLatin1(name)));
        return set;
    }();
    return columns;
}

Verdict printable(const QString &what, const QString &text)
{
    const qsizetype bad = firstUnsafeCharacter(text);
    if (bad < 0)
        return Verdict::allowed();
    return Verdict::refused(
            QCoreApplication::translate("ipam::CustomField",
                                        "%1 \"%2\" holds the control character %3")
                    .arg(what, printableText(text), codePointName(text.at(bad).unicode())));
}

} // namespace

QString toString(CustomFieldType type)
{
    switch (type) {
    case CustomFieldType::Text:
        return u"Text"_s;
    case CustomFieldType::Number:
        return u"Number"_s;
    case CustomFieldType::OneOf:
        return u"OneOf"_s;
    case CustomFieldType::ManyOf:
        return u"ManyOf"_s;
    }
    return QString();
}

std::optional<CustomFieldType> customFieldTypeFromString(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t == u"text"_s || t == u"freeform"_s)
        return CustomFieldType::Text;
    if (t == u"number"_s)
        return CustomFieldType::Number;
    if (t == u"oneof"_s || t == u"one-of"_s || t == u"list"_s || t == u"multivalued"_s)
        return CustomFieldType::OneOf;
    if (t == u"manyof"_s || t == u"many-of"_s || t == u"multilist"_s)
        return CustomFieldType::ManyOf;
    return std::nullopt;
}

namespace fieldkinds {

QString toString(quint32 kinds)
{
    if ((kinds & all) == all)
        return u"all"_s;
    QStringList names;
    for (ObjectKind kind :
         {ObjectKind::Block, ObjectKind::Subnet, ObjectKind::Range, ObjectKind::Address}) {
        if (kinds & bit(kind))
            names.append(ipam::toString(kind));
    }
    return names.join(u", "_s);
}

Parsed<quint32> fromString(QStringView text)
{
    quint32 kinds = 0;
    for (QStringView part : text.split(u',')) {
        const QStringView word = part.trimmed();
        if (word.isEmpty())
            continue;
        if (word.compare(u"all", Qt::CaseInsensitive) == 0) {
            kinds |= all;
            continue;
        }
        const std::optional<ObjectKind> kind = objectKindFromString(word);
        if (!kind || !canHaveFields(*kind))
            return Parsed<quint32>::failure(
                    QCoreApplication::translate(
                            "ipam::CustomField",
                            "custom fields apply to block, subnet, range or address, not \"%1\"")
                            .arg(printableText(word)));
        kinds |= bit(*kind);
    }
    if (kinds == 0)
        return Parsed<quint32>::failure(QCoreApplication::translate(
                "ipam::CustomField",
                "name at least one of block, subnet, range, address (or all)"));
    return kinds;
}

} // namespace fieldkinds

namespace customfields {

Verdict definitionIsValid(const CustomField &field)
{
    const QString name = field.name.trimmed();
    if (name.isEmpty())
        return Verdict::refused(
                QCoreApplication::translate("ipam::CustomField", "a custom field needs a name"));
    if (name != field.name)
        return Verdict::refused(
                QCoreApplication::translate("ipam::CustomField",
                                            "custom field name \"%1\" starts or ends with a space")
                        .arg(field.name));
    if (Verdict v
        = printable(QCoreApplication::translate("ipam::CustomField", "custom field name"), name);
        !v)
        return v;
    if (name.contains(u'=') || name.contains(u';') || name.contains(u','))
        return Verdict::refused(
                QCoreApplication::translate("ipam::CustomField",
                                            "custom field name \"%1\" holds '=', ';' or ',' "
                                            "(ipamctl's --field NAME=VALUE "
                                            "and CSV columns could not name it)")
                        .arg(name));
    if (name.size() > 128)
        return Verdict::refused(QCoreApplication::translate(
                                        "ipam::CustomField",
                                        "custom field name \"%1\" is longer than 128 characters")
                                        .arg(name.left(40) + u"…"_s));
    if (field.property.isEmpty() && reservedColumns().contains(columnKey(name)))
        return Verdict::refused(QCoreApplication::translate(
                                        "ipam::CustomField",
                                        "custom field name \"%1\" is already a property of IPAM's "
                                        "objects (a CSV column of that name exists)")
                                        .arg(name));
    if ((field.appliesTo & fieldkinds::all) == 0 || (field.appliesTo & ~fieldkinds::all) != 0)
        return Verdict::refused(
                QCoreApplication::translate(
                        "ipam::CustomField",
                        "custom field \"%1\" must apply to blocks, subnets, ranges or addresses")
                        .arg(name));
    if (!field.isList()) {
        if (!field.allowedValues.isEmpty())
            return Verdict::refused(
                    QCoreApplication::translate(
                            "ipam::CustomField",
                            "custom field \"%1\" is %2: only a list field has allowed values")
                            .arg(name, toString(field.type)));
        return Verdict::allowed();
    }
    if (field.allowedValues.isEmpty() && field.property.isEmpty())
        return Verdict::refused(
                QCoreApplication::translate(
                        "ipam::CustomField",
                        "custom field \"%1\" is a list: give its values (--values A;B;C)")
                        .arg(name));
    if (field.allowedValues.size() > maxAllowedValues)
        return Verdict::refused(
                QCoreApplication::translate("ipam::CustomField",
                                            "custom field \"%1\" offers more than %2 values")
                        .arg(name)
                        .arg(maxAllowedValues));
    QSet<QString> seen;
    for (const QString &value : field.allowedValues) {
        if (value.trimmed().isEmpty() || value.trimmed() != value)
            return Verdict::refused(
                    QCoreApplication::translate("ipam::CustomField",
                                                "custom field \"%1\": value \"%2\" is empty or "
                                                "starts or ends with a space")
                            .arg(name, value));
        if (Verdict v = printable(QCoreApplication::translate("ipam::CustomField", "value"), value);
            !v)
            return v;
        if (value.contains(u';') || value.size() > maxValueLength)
            return Verdict::refused(
                    QCoreApplication::translate(
                            "ipam::CustomField",
                            "custom field \"%1\": value \"%2\" holds ';' or is too long")
                            .arg(name, value.left(40)));
        if (seen.contains(value.toLower()))
            return Verdict::refused(
                    QCoreApplication::translate("ipam::CustomField",
                                                "custom field \"%1\" offers \"%2\" twice")
                            .arg(name, value));
        seen.insert(value.toLower());
    }
    return Verdict::allowed();
}

Parsed<QStringList> parseValue(const CustomField &field, QStringView text)
{
    using Result = Parsed<QStringList>;
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty())
        return QStringList();
    if (Verdict v
        = printable(QCoreApplication::translate("ipam::CustomField", "value of %1").arg(field.name),
                    trimmed);
        !v)
        return Result::failure(v.reason());
    if (trimmed.size() > maxValueLength)
        return Result::failure(
                QCoreApplication::translate("ipam::CustomField",
                                            "value of %1 is longer than %2 characters")
                        .arg(field.name)
                        .arg(maxValueLength));
    auto allowed = [&](QStringView value) -> std::optional<QString> {
        for (const QString &a : field.allowedValues) {
            if (a.compare(value, Qt::CaseInsensitive) == 0)
                return a;
        }
        return std::nullopt;
    };
    auto notOffered = [&](QStringView value) {
        QStringList shown = field.allowedValues.mid(0, 12);
        if (field.allowedValues.size() > 12)
            shown.append(u"…"_s);
        return Result::failure(
                QCoreApplication::translate("ipam::CustomField",
                                            "%1 does not offer \"%2\" (it offers %3)")
                        .arg(field.name, value.toString(), shown.join(u", "_s)));
    };
    switch (field.type) {
    case CustomFieldType::Text:
        return QStringList{trimmed};
    case CustomFieldType::Number: {
        bool ok = false;
        const double number = QLocale::c().toDouble(trimmed, &ok);
        if (!ok || !std::isfinite(number))
            return Result::failure(
                    QCoreApplication::translate("ipam::CustomField", "%1 is a number, not \"%2\"")
                            .arg(field.name, trimmed));
        return QStringList{QString::number(number, 'g', 17)};
    }
    case CustomFieldType::OneOf: {
        if (field.allowedValues.isEmpty())
            return QStringList{trimmed}; // a property-backed field's list is a suggestion
        const std::optional<QString> value = allowed(trimmed);
        if (!value)
            return notOffered(trimmed);
        return QStringList{*value};
    }
    case CustomFieldType::ManyOf: {
        QSet<QString> chosen;
        for (QStringView part : QStringView(trimmed).split(u';')) {
            for (QStringView piece : part.split(u',')) {
                const QStringView word = piece.trimmed();
                if (word.isEmpty())
                    continue;
                const std::optional<QString> value = allowed(word);
                if (!value)
                    return notOffered(word);
                chosen.insert(*value);
            }
        }
        QStringList values;
        for (const QString &a : field.allowedValues) {
            if (chosen.contains(a))
                values.append(a);
        }
        return values;
    }
    }
    return Result::failure(
            QCoreApplication::translate("ipam::CustomField", "unknown type of %1").arg(field.name));
}

QString valueText(const QStringList &values)
{
    return values.join(u"; "_s);
}

QString storedText(const QStringList &values)
{
    return values.join(u'\n');
}

QStringList fromStoredText(QStringView stored)
{
    QStringList values;
    if (stored.isEmpty())
        return values;
    for (QStringView part : stored.split(u'\n'))
        values.append(part.toString());
    return values;
}

Parsed<FieldAssignment> parseAssignment(QStringView text)
{
    const qsizetype equals = text.indexOf(u'=');
    if (equals <= 0 || text.left(equals).trimmed().isEmpty())
        return Parsed<FieldAssignment>::failure(
                QCoreApplication::translate("ipam::CustomField",
                                            "--field takes NAME=VALUE, not \"%1\"")
                        .arg(printableText(text)));
    return FieldAssignment{text.left(equals).trimmed().toString(), text.mid(equals + 1).toString()};
}

const CustomField *find(const QList<CustomField> &fields, QStringView name)
{
    const QString key = columnKey(name.trimmed());
    for (const CustomField &field : fields) {
        if (columnKey(field.name) == key
            || (!field.property.isEmpty() && columnKey(field.property) == key))
            return &field;
    }
    return nullptr;
}

const QList<CustomField> &builtInFields()
{
    using T = CustomFieldType;
    using namespace fieldkinds;
    static const QList<CustomField> fields = [] {
        auto field = [](const char *name, T type, quint32 kinds, QStringList values,
                        const char *property, const char *description) {
            CustomField f;
            f.name = QString::fromUtf8(name);
            f.type = type;
            f.appliesTo = kinds;
            f.allowedValues = std::move(values);
            f.builtIn = true;
            f.property = QString::fromLatin1(property);
            f.description = QString::fromUtf8(description);
            return f;
        };
        const quint32 rangeAddress = bit(ObjectKind::Range) | bit(ObjectKind::Address);
        return QList<CustomField>{
                field("RIR", T::OneOf, bit(ObjectKind::Block),
                      {u"AFRINIC"_s, u"APNIC"_s, u"ARIN"_s, u"LACNIC"_s, u"RIPE"_s}, "RIR",
                      "Regional Internet registry of a public block"),
                field("Country/Region", T::Text, all, {}, "", "Country or region"),
                field("Type of networks", T::Text, all, {}, "", "Type of the network"),
                field("AD site", T::Text, all, {}, "", "Active Directory site"),
                field("Device Type", T::OneOf, bit(ObjectKind::Address), {u"Host"_s, u"VM"_s},
                      "DeviceType", "The kind of device an address is for"),
                field("Managed by Service", T::OneOf, rangeAddress,
                      {u"IPAM"_s, u"MS DHCP"_s, u"Non-MS DHCP"_s, u"VMM"_s}, "ManagedByService",
                      "The service that manages the range or address"),
                field("Service Instance", T::Text, rangeAddress, {}, "ServiceInstance",
                      "The instance of the managing service"),
                field("IP Address State", T::OneOf, bit(ObjectKind::Address),
                      {u"In-Use"_s, u"Inactive"_s, u"Reserved"_s}, "IpAddressState",
                      "The state of an address"),
                field("AddressCategory", T::OneOf, all, {u"Public"_s, u"Private"_s}, "",
                      "Public or private address space"),
                field("Tenant", T::Text, all, {}, "", "The tenant the object serves"),
                field("Region", T::Text, all, {}, "", "Region"),
        };
    }();
    return fields;
}

Verdict associationsHold(const QList<CustomFieldAssociation> &associations,
                         const QList<CustomField> &fields,
                         const std::function<QStringList(ObjectId fieldId)> &valueOf)
{
    auto nameOf = [&](ObjectId id) {
        for (const CustomField &f : fields) {
            if (f.id == id)
                return f.name;
        }
        return u"#%1"_s.arg(id);
    };
    for (const CustomFieldAssociation &a : associations) {
        const QStringList values = valueOf(a.fieldId);
        bool holds = false;
        for (const QString &v : values)
            holds = holds || v.compare(a.value, Qt::CaseInsensitive) == 0;
        if (!holds)
            continue;
        for (const QString &other : valueOf(a.otherFieldId)) {
            bool offered = false;
            for (const QString &o : a.otherValues)
                offered = offered || o.compare(other, Qt::CaseInsensitive) == 0;
            if (!offered)
                return Verdict::refused(
                        QCoreApplication::translate("ipam::CustomField",
                                                    "where %1 is \"%2\", %3 offers %4, not \"%5\"")
                                .arg(nameOf(a.fieldId), a.value, nameOf(a.otherFieldId),
                                     a.otherValues.join(u", "_s), other));
        }
    }
    return Verdict::allowed();
}

} // namespace customfields

} // namespace ipam
