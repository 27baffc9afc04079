// address add | list | remove

#include "commands.h"

#include "store/store.h"
#include "storequeries.h"
#include <QCoreApplication>

namespace ipam::ctl {

using namespace Qt::StringLiterals;

namespace {

int addAddress(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    parser.addValue(u"space"_s, u"NAME"_s);
    parser.addValue(u"mac"_s, u"M"_s);
    parser.addValue(u"device-name"_s, u"N"_s);
    parser.addValue(u"device-type"_s, u"T"_s);
    parser.addValue(u"assignment-type"_s, u"T"_s);
    parser.addValue(u"state"_s, u"S"_s);
    parser.addValue(u"managed-by"_s, u"S"_s);
    parser.addValue(u"service-instance"_s, u"I"_s);
    parser.addValue(u"owner"_s, u"O"_s);
    parser.addValue(u"description"_s, u"D"_s);
    addFieldOption(parser);
    if (!parser.parse(arguments, 1, 1, u"IP"_s))
        return Usage;
    const Parsed<QList<FieldAssignment>> fields = fieldOptions(parser);
    if (!fields)
        return refuse(fields.error());
    const Parsed<IpAddress> ip = IpAddress::parse(parser.operands().at(0));
    if (!ip)
        return refuse(ip.error());
    Address address;
    address.ipAddress = ip.value();
    address.macAddress = parser.value(u"mac"_s);
    address.deviceName = parser.value(u"device-name"_s);
    if (const auto text = parser.optional(u"device-type"_s))
        address.deviceType = *text;
    if (const auto text = parser.optional(u"assignment-type"_s)) {
        const std::optional<AssignmentType> type = assignmentTypeFromString(*text);
        if (!type)
            return refuse(QCoreApplication::translate("ipamctl",
                                                      "--assignment-type must be Static, Dynamic, "
                                                      "Auto, Reserved or VIP, not \"%1\"")
                                  .arg(*text));
        address.assignmentType = *type;
    }
    if (const auto text = parser.optional(u"state"_s))
        address.ipAddressState = *text;
    if (const auto text = parser.optional(u"managed-by"_s))
        address.managedByService = *text;
    if (const auto text = parser.optional(u"service-instance"_s))
        address.serviceInstance = *text;
    address.owner = parser.value(u"owner"_s);
    address.description = parser.value(u"description"_s);
    if (const int code = invocation.open())
        return code;
    const Parsed<AddressSpace> space = invocation.names().space(parser.optional(u"space"_s));
    if (!space)
        return refuse(space.error());
    address.spaceId = space.value().id;
    return createAndPrint(invocation, address, u"address add"_s, fields.value());
}

int listAddresses(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    parser.addValue(u"space"_s, u"NAME"_s);
    parser.addValue(u"subnet"_s, u"PREFIX"_s);
    if (!parser.parse(arguments, 0, 0, QString()))
        return Usage;
    if (const int code = invocation.open())
        return code;
    const Parsed<SqlCondition> condition = subnetOrSpaceCondition(invocation.names(), parser);
    if (!condition)
        return refuse(condition.error());
    invocation.printObjects(
            invocation.selectVisible<Address>(condition.value(), orderByIpAddress()));
    return Done;
}

int removeAddress(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    parser.addValue(u"space"_s, u"NAME"_s);
    parser.addValue(u"managed-by"_s, u"S"_s);
    parser.addValue(u"service-instance"_s, u"I"_s);
    if (!parser.parse(arguments, 1, 1, u"IP"_s))
        return Usage;
    if (const int code = invocation.open())
        return code;
    const Parsed<AddressSpace> space = invocation.names().space(parser.optional(u"space"_s));
    if (!space)
        return refuse(space.error());
    const Parsed<Address> address = invocation.names().address(
            space.value(), parser.operands().at(0), parser.optional(u"managed-by"_s),
            parser.optional(u"service-instance"_s));
    if (!address)
        return refuse(address.error());
    return remove(invocation, address.value(), u"address remove"_s);
}

} // namespace

QList<Command> addressCommands()
{
    return {
            {u"address"_s, u"add"_s,
             u"address add IP [--space NAME] [--mac M] [--device-name N] [--device-type T] "
             "[--assignment-type T] [--state S] [--managed-by S] [--service-instance I] "
             "[--owner O] [--description D] [--field NAME=VALUE]..."_s,
             addAddress},
            {u"address"_s, u"list"_s, u"address list [--space NAME] [--subnet PREFIX]"_s,
             listAddresses},
            {u"address"_s, u"remove"_s,
             u"address remove IP [--space NAME] [--managed-by S] [--service-instance I]"_s,
             removeAddress},
    };
}

} // namespace ipam::ctl
