// space add | list | remove | set-scope

#include "commands.h"

#include "storequeries.h"
#include <QCoreApplication>

namespace ipam::ctl {

using namespace Qt::StringLiterals;

namespace {

int addSpace(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    parser.addValue(u"type"_s, u"provider|customer"_s);
    parser.addValue(u"provider"_s, u"NAME"_s);
    parser.addValue(u"isolation"_s, u"NVGRE|IPRewrite"_s);
    parser.addValue(u"tenant"_s, u"T"_s);
    parser.addValue(u"vm-network"_s, u"NAME"_s);
    parser.addValue(u"owner"_s, u"O"_s);
    parser.addValue(u"description"_s, u"D"_s);
    if (!parser.parse(arguments, 1, 1, u"NAME"_s))
        return Usage;
    if (!parser.isSet(u"type"_s))
        return parser.usageError(
                QCoreApplication::translate("ipamctl", "missing --type provider|customer"));
    const std::optional<AddressSpaceType> type
            = addressSpaceTypeFromString(parser.value(u"type"_s));
    if (!type)
        return refuse(QCoreApplication::translate("ipamctl",
                                                  "--type must be provider or customer, not \"%1\"")
                              .arg(parser.value(u"type"_s)));
    std::optional<IsolationMethod> isolation;
    if (const auto text = parser.optional(u"isolation"_s)) {
        isolation = isolationMethodFromString(*text);
        if (!isolation || *isolation == IsolationMethod::None)
            return refuse(QCoreApplication::translate(
                                  "ipamctl", "--isolation must be NVGRE or IPRewrite, not \"%1\"")
                                  .arg(*text));
    }
    if (const int code = invocation.open())
        return code;

    AddressSpace space;
    space.name = parser.operands().at(0);
    space.type = *type;
    space.owner = parser.value(u"owner"_s);
    space.description = parser.value(u"description"_s);
    space.tenant = parser.value(u"tenant"_s);
    space.vmNetwork = parser.value(u"vm-network"_s);
    // A customer space belongs to one provider space: Default unless named, and isolates its
    // tenant by NVGRE unless told otherwise. For a provider space the write path refuses both.
    const std::optional<QString> providerName = parser.optional(u"provider"_s);
    if (space.type == AddressSpaceType::Customer || providerName) {
        const Parsed<AddressSpace> provider = invocation.names().space(providerName);
        if (!provider)
            return refuse(provider.error());
        space.associatedProviderSpaceId = provider.value().id;
    }
    space.isolationMethod
            = isolation.value_or(space.type == AddressSpaceType::Customer ? IsolationMethod::NVGRE
                                                                          : IsolationMethod::None);
    return createAndPrint(invocation, space, u"space add"_s);
}

int listSpaces(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments, 0, 0, QString()))
        return Usage;
    if (const int code = invocation.open())
        return code;
    invocation.printObjects(invocation.selectVisible<AddressSpace>({}, orderById()));
    return Done;
}

int removeSpace(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments, 1, 1, u"NAME"_s))
        return Usage;
    if (const int code = invocation.open())
        return code;
    const Parsed<AddressSpace> space = invocation.names().spaceNamed(parser.operands().at(0));
    if (!space)
        return refuse(space.error());
    return remove(invocation, space.value(), u"space remove"_s);
}

// set-scope: the spaces' own access scope (their objects inherit it), or back to Global's.
int setSpaceScope(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    if (!parseSetScope(parser, arguments, u"NAME"_s))
        return Usage;
    if (const int code = invocation.open())
        return code;
    QList<AddressSpace> spaces;
    for (const QString &name : parser.operands()) {
        const Parsed<AddressSpace> space = invocation.names().spaceNamed(name);
        if (!space)
            return refuse(space.error());
        spaces.append(space.value());
    }
    return setScopeAndPrint(invocation, parser, spaces);
}

} // namespace

QList<Command> spaceCommands()
{
    return {
            {u"space"_s, u"add"_s,
             u"space add NAME --type provider|customer [--provider NAME] [--isolation "
             u"NVGRE|IPRewrite] "
             "[--tenant T] [--vm-network NAME] [--owner O] [--description D]"_s,
             addSpace},
            {u"space"_s, u"list"_s, u"space list"_s, listSpaces},
            {u"space"_s, u"remove"_s, u"space remove NAME"_s, removeSpace},
            {u"space"_s, u"set-scope"_s, u"space set-scope NAME... (--scope PATH | --inherit)"_s,
             setSpaceScope},
    };
}

} // namespace ipam::ctl
