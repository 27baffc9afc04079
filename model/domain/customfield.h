#pragma once

#include "address/parsed.h"
#include "domain/entities.h"
#include "domain/verdict.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>
#include <optional>

// Custom fields, as IPAM's Configure Custom Fields / Custom Field Associations define them:
// named properties an admin adds to blocks, subnets, ranges and addresses. IPAM has two kinds,
// free-form and multivalued (a list of allowed values, Add-IpamCustomField -MultiValue); this
// product splits them as the admin thinks of them: free text, a number, one value of a list, or
// several values of a list. IPAM's built-in fields (Device Type, AD site, ...) are custom
// fields too (builtIn): they cannot be removed, and the ones IPAM keeps as an object property
// (Device Type is Address::deviceType) say which (`property`): their values live there.

namespace ipam {

enum class CustomFieldType : quint8 { Text, Number, OneOf, ManyOf };

QString toString(CustomFieldType type); // "Text", "Number", "OneOf", "ManyOf"
std::optional<CustomFieldType> customFieldTypeFromString(QStringView text);

// The kinds a field can apply to, as a bit set over ObjectKind.
namespace fieldkinds {
constexpr quint32 bit(ObjectKind kind)
{
    return 1u << int(kind);
}
constexpr quint32 all = bit(ObjectKind::Block) | bit(ObjectKind::Subnet) | bit(ObjectKind::Range)
        | bit(ObjectKind::Address);
constexpr bool canHaveFields(ObjectKind kind)
{
    return (all & bit(kind)) != 0;
}
// "Block, Subnet" / "all"; parsed from "block,subnet", "all".
QString toString(quint32 kinds);
Parsed<quint32> fromString(QStringView text);
} // namespace fieldkinds

struct CustomField
{
    ObjectId id = 0;
    qint64 version = 0;
    QString name;
    CustomFieldType type = CustomFieldType::Text;
    quint32 appliesTo = fieldkinds::all;
    QStringList allowedValues; // OneOf and ManyOf: what the field offers, in the admin's order
    bool builtIn = false;
    // Built-in fields IPAM keeps as an object property: its name ("DeviceType"); empty for a
    // field whose values are stored as custom field values.
    QString property;
    QString description;

    bool appliesToKind(ObjectKind kind) const { return (appliesTo & fieldkinds::bit(kind)) != 0; }
    bool isList() const
    {
        return type == CustomFieldType::OneOf || type == CustomFieldType::ManyOf;
    }
};

// "if <field> is <value>, <other field> offers <values>" (Custom Field Associations): when an
// object's `fieldId` holds `value`, its `otherFieldId` may hold only `otherValues`.
struct CustomFieldAssociation
{
    ObjectId id = 0;
    ObjectId fieldId = 0;
    QString value;
    ObjectId otherFieldId = 0;
    QStringList otherValues;
};

// One "NAME=VALUE" of ipamctl's --field, a CSV column or a dialog's editor: the field by name
// and the value as typed. An empty text clears the field on the object.
struct FieldAssignment
{
    QString field;
    QString text;
    friend bool operator==(const FieldAssignment &, const FieldAssignment &) = default;
};

namespace customfields {

// Longest text of one value, and most values of a list: a field is a label, not a document.
inline constexpr int maxValueLength = 1024;
inline constexpr int maxAllowedValues = 4096;

// Whether a definition is one the store may keep: a printable name without '=' (ipamctl's
// NAME=VALUE) that is not a column the CSV files already use, list types with allowed values
// that are printable, unique (without regard to case) and hold no ';' (the separator of
// ManyOf values), at least one kind.
Verdict definitionIsValid(const CustomField &field);

// `text` as the values `field` stores: trimmed; a Number in C-locale form ("1e3" -> "1000");
// OneOf/ManyOf in the allowed value's own spelling (matched without regard to case), ManyOf
// split at ';' (and ','), duplicates dropped, in the order of allowedValues. Empty text gives
// no values (clears). The error names the field and the offending value.
Parsed<QStringList> parseValue(const CustomField &field, QStringView text);

// Values as one text, as ipamctl, CSV files and the console show them: "a; b".
QString valueText(const QStringList &values);
// Values as the store keeps them (one TEXT, values separated by '\n', which no value holds).
QString storedText(const QStringList &values);
QStringList fromStoredText(QStringView stored);

// "NAME=VALUE" -> assignment; the error names the text.
Parsed<FieldAssignment> parseAssignment(QStringView text);

// The field named `name` (without regard to case), or null.
const CustomField *find(const QList<CustomField> &fields, QStringView name);

// IPAM's built-in custom fields (IPAMM2 3.1.1.1.14.1), as a new store holds them.
const QList<CustomField> &builtInFields();

// Whether `values` of the object's fields keep its associations: for each association whose
// field holds its value, the other field's values are among the association's. `valueOf`
// gives an object's values of a field id.
Verdict associationsHold(const QList<CustomFieldAssociation> &associations,
                         const QList<CustomField> &fields,
                         const std::function<QStringList(ObjectId fieldId)> &valueOf);

} // namespace customfields

} // namespace ipam
