// field add | list | set | remove | associate: custom field definitions (IPAM's Configure Custom
// Fields and Custom Field Associations); range-group add | list | remove: IP address range
// groups. Values of objects are set with --field NAME=VALUE on their own add and set.

#include "commands.h"

#include "fields/customfieldstore.h"
#include "fields/rangecriteria.h"

#include <QCoreApplication>

namespace ipam::ctl {

using namespace Qt::StringLiterals;

namespace {

// "A;B;C" (also commas), as --values takes a list's values.
QStringList splitValues(const QStringList &options)
{
    QStringList values;
    for (const QString &option : options) {
        for (const QString &part : option.split(u';')) {
            if (!part.trimmed().isEmpty())
                values.append(part.trimmed());
        }
    }
    return values;
}

void printFields(Invocation &invocation, const QList<CustomField> &fields)
{
    RecordTable table;
    table.columns = {u"Name"_s,    u"Type"_s,     u"AppliesTo"_s,  u"Values"_s,
                     u"BuiltIn"_s, u"Property"_s, u"Description"_s};
    for (const CustomField &f : fields) {
        table.rows.append({f.name, toString(f.type), fieldkinds::toString(f.appliesTo),
                           customfields::valueText(f.allowedValues), f.builtIn, f.property,
                           f.description});
    }
    invocation.printTable(table);
}

// The definition named `name` as it is now.
void printField(Invocation &invocation, CustomFieldStore &store, const QString &name)
{
    QList<CustomField> shown;
    const QList<CustomField> fields = store.fields().valueOr({});
    if (const CustomField *f = customfields::find(fields, name))
        shown.append(*f);
    printFields(invocation, shown);
}

int addField(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    parser.addValue(u"type"_s, u"Text|Number|OneOf|ManyOf"_s);
    parser.addValue(u"applies-to"_s, u"KINDS"_s);
    parser.addValue(u"values"_s, u"A;B;C"_s);
    parser.addValue(u"description"_s, u"D"_s);
    if (!parser.parse(arguments, 1, 1, u"NAME"_s))
        return Usage;
    CustomField field;
    field.name = parser.operands().at(0);
    if (const auto text = parser.optional(u"type"_s)) {
        const std::optional<CustomFieldType> type = customFieldTypeFromString(*text);
        if (!type)
            return refuse(
                    QCoreApplication::translate(
                            "ipamctl", "--type must be Text, Number, OneOf or ManyOf, not \"%1\"")
                            .arg(*text));
        field.type = *type;
    } else if (parser.isSet(u"values"_s)) {
        field.type = CustomFieldType::OneOf;
    }
    if (const auto text = parser.optional(u"applies-to"_s)) {
        const Parsed<quint32> kinds = fieldkinds::fromString(*text);
        if (!kinds)
            return refuse(kinds.error());
        field.appliesTo = kinds.value();
    }
    field.allowedValues = splitValues(parser.values(u"values"_s));
    field.description = parser.value(u"description"_s);
    if (const int code = invocation.open())
        return code;
    CustomFieldStore store(invocation.writePath());
    if (const int code = invocation.report(store.addField(field)))
        return code;
    printField(invocation, store, field.name);
    return Done;
}

int listFields(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments, 0, 0, QString()))
        return Usage;
    if (const int code = invocation.open())
        return code;
    const Parsed<QList<CustomField>> fields = CustomFieldStore(invocation.writePath()).fields();
    if (!fields)
        return refuse(fields.error());
    printFields(invocation, fields.value());
    return Done;
}

int setField(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    parser.addValue(u"name"_s, u"NEW"_s);
    parser.addValue(u"values"_s, u"A;B;C"_s);
    parser.addValue(u"add-values"_s, u"A;B"_s);
    parser.addValue(u"description"_s, u"D"_s);
    if (!parser.parse(arguments, 1, 1, u"NAME"_s))
        return Usage;
    if (!parser.isSet(u"name"_s) && !parser.isSet(u"values"_s) && !parser.isSet(u"add-values"_s)
        && !parser.isSet(u"description"_s))
        return parser.usageError(QCoreApplication::translate(
                "ipamctl", "nothing to change: give at least one option"));
    if (const int code = invocation.open())
        return code;
    CustomFieldStore store(invocation.writePath());
    const QList<CustomField> fields = store.fields().valueOr({});
    const CustomField *stored = customfields::find(fields, parser.operands().at(0));
    if (!stored)
        return refuse(QCoreApplication::translate("ipamctl", "there is no custom field \"%1\"")
                              .arg(parser.operands().at(0)));
    CustomField field = *stored;
    if (const auto name = parser.optional(u"name"_s))
        field.name = *name;
    if (parser.isSet(u"values"_s))
        field.allowedValues = splitValues(parser.values(u"values"_s));
    for (const QString &value : splitValues(parser.values(u"add-values"_s))) {
        if (!field.allowedValues.contains(value, Qt::CaseInsensitive))
            field.allowedValues.append(value);
    }
    if (const auto description = parser.optional(u"description"_s))
        field.description = *description;
    if (const int code = invocation.report(store.updateField(stored->name, field, stored->version)))
        return code;
    printField(invocation, store, field.name);
    return Done;
}

int removeField(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments, 1, 1, u"NAME"_s))
        return Usage;
    if (const int code = invocation.open())
        return code;
    return invocation.report(
            CustomFieldStore(invocation.writePath()).removeField(parser.operands().at(0)));
}

int associateFields(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments, 4, 4, u"FIELD VALUE OTHER-FIELD VALUES"_s))
        return Usage;
    if (const int code = invocation.open())
        return code;
    const QStringList &o = parser.operands();
    return invocation.report(
            CustomFieldStore(invocation.writePath())
                    .addAssociation(o.at(0), o.at(1), o.at(2), splitValues({o.at(3)})));
}

void printGroups(Invocation &invocation, const QList<RangeGroup> &groups)
{
    RecordTable table;
    table.columns = {u"Name"_s, u"Levels"_s, u"Criteria"_s, u"BuiltIn"_s, u"Description"_s};
    for (const RangeGroup &g : groups)
        table.rows.append({g.name, g.levels.join(u" > "_s), g.criteria, g.builtIn, g.description});
    invocation.printTable(table);
}

int addRangeGroup(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    parser.addValue(u"levels"_s, u"FIELD;FIELD"_s);
    parser.addValue(u"criteria"_s, u"TEXT"_s);
    parser.addValue(u"description"_s, u"D"_s);
    if (!parser.parse(arguments, 1, 1, u"NAME"_s))
        return Usage;
    RangeGroup group;
    group.name = parser.operands().at(0);
    group.levels = splitValues(parser.values(u"levels"_s));
    const Parsed<RangeCriteria> criteria = RangeCriteria::parse(parser.value(u"criteria"_s));
    if (!criteria)
        return refuse(
                QCoreApplication::translate("ipamctl", "--criteria: %1").arg(criteria.error()));
    group.criteria = criteria.value().toString();
    group.description = parser.value(u"description"_s);
    if (const int code = invocation.open())
        return code;
    CustomFieldStore store(invocation.writePath());
    if (const int code = invocation.report(store.addRangeGroup(group)))
        return code;
    QList<RangeGroup> shown;
    for (const RangeGroup &g : store.rangeGroups().valueOr({})) {
        if (g.name.compare(group.name.trimmed(), Qt::CaseInsensitive) == 0)
            shown.append(g);
    }
    printGroups(invocation, shown);
    return Done;
}

int listRangeGroups(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments, 0, 0, QString()))
        return Usage;
    if (const int code = invocation.open())
        return code;
    const Parsed<QList<RangeGroup>> groups = CustomFieldStore(invocation.writePath()).rangeGroups();
    if (!groups)
        return refuse(groups.error());
    printGroups(invocation, groups.value());
    return Done;
}

int removeRangeGroup(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments, 1, 1, u"NAME"_s))
        return Usage;
    if (const int code = invocation.open())
        return code;
    return invocation.report(
            CustomFieldStore(invocation.writePath()).removeRangeGroup(parser.operands().at(0)));
}

} // namespace

QList<Command> fieldCommands()
{
    return {
            {u"field"_s, u"add"_s,
             u"field add NAME [--type Text|Number|OneOf|ManyOf] [--applies-to KINDS] "
             "[--values A;B;C] [--description D]"_s,
             addField},
            {u"field"_s, u"list"_s, u"field list"_s, listFields},
            {u"field"_s, u"set"_s,
             u"field set NAME [--name NEW] [--values A;B;C] [--add-values A;B] [--description D]"_s,
             setField},
            {u"field"_s, u"remove"_s, u"field remove NAME"_s, removeField},
            {u"field"_s, u"associate"_s, u"field associate FIELD VALUE OTHER-FIELD VALUES"_s,
             associateFields},
            {u"range-group"_s, u"add"_s,
             u"range-group add NAME [--levels FIELD;FIELD] [--criteria TEXT] [--description D]"_s,
             addRangeGroup},
            {u"range-group"_s, u"list"_s, u"range-group list"_s, listRangeGroups},
            {u"range-group"_s, u"remove"_s, u"range-group remove NAME"_s, removeRangeGroup},
    };
}

} // namespace ipam::ctl
