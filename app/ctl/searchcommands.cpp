// search: global search over the whole store (every address space), as the console's Ctrl+K.

#include "commands.h"

#include "search/globalsearch.h"
#include "store/store.h"

#include <QCoreApplication>

namespace ipam::ctl {

using namespace Qt::StringLiterals;

namespace {

int search(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    parser.addValue(u"limit"_s, u"N"_s);
    if (!parser.parse(arguments, 1, -1, u"TEXT"_s))
        return Usage;
    const Parsed<int> limit = parseCount(
            u"limit"_s, parser.value(u"limit"_s).isEmpty() ? u"200"_s : parser.value(u"limit"_s),
            1000000);
    if (!limit)
        return refuse(limit.error());
    // The words are one query: `ipamctl search contains 10.1.2.3`, `ipamctl search web tier`.
    const SearchText text = SearchText::parse(parser.operands().join(u' '));
    if (!text.error().isEmpty())
        return refuse(text.error());
    if (const int code = invocation.open())
        return code;

    GlobalSearch finder(invocation.store());
    finder.setLimit(limit.value());
    const SqlCondition visible = invocation.visibleObjects();
    finder.setVisibleCondition(visible.where, visible.binds);
    const SearchResults results = finder.find(text);
    if (!results.error.isEmpty())
        return refuse(results.error);

    QHash<ObjectId, QString> spaceNames;
    for (const AddressSpace &space : invocation.store().select<AddressSpace>())
        spaceNames.insert(space.id, space.name);
    RecordTable table;
    table.columns = {u"Kind"_s, u"Object"_s, u"AddressSpace"_s, u"Details"_s, u"Id"_s};
    for (const SearchHit &hit : results.hits)
        table.rows.append({toString(hit.kind()), hit.title(), spaceNames.value(hit.spaceId()),
                           hit.detail(), hit.id()});
    invocation.printTable(table);
    if (results.tooShortForObjects)
        printError(QCoreApplication::translate("ipamctl",
                                               "note: blocks, subnets, ranges and addresses are "
                                               "searched for 3 characters or more"));
    for (ObjectKind kind : results.truncated)
        printError(QCoreApplication::translate("ipamctl",
                                               "note: more %1 objects match than --limit %2 shows")
                           .arg(displayName(kind))
                           .arg(limit.value()));
    return Done;
}

} // namespace

QList<Command> searchCommands()
{
    return {
            {u"search"_s, QString(), u"search TEXT... [--limit N]"_s, search},
    };
}

} // namespace ipam::ctl
