#include "usage.h"

#include "commands.h"
#include "io/objectpresenter.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

#ifndef IPAM_VERSION
#    define IPAM_VERSION "0.0.0"
#endif

namespace ipam::ctl {

using namespace Qt::StringLiterals;

namespace {

// Texts are kept untranslated here (QT_TRANSLATE_NOOP) so that the manual page is English
// whatever the locale of the build; --help translates them when it prints.
struct Entry
{
    const char *term;
    const char *text;
};

const Entry GlobalOptionHelp[] = {
        {"--db URL",
         QT_TRANSLATE_NOOP("ipamctl",
                           "The store: an SQLite file or "
                           "postgresql://user@host:port/dbname (default: $IPAM_DB, "
                           "else ipam.sqlite in the user's data folder).")},
        {"--as PRINCIPAL",
         QT_TRANSLATE_NOOP("ipamctl",
                           "Act as this principal (SQLite only, for holders of IPAM "
                           "Administrator Role in Global; default: the OS user, or "
                           "on PostgreSQL the login).")},
        {"--format table|json|csv",
         QT_TRANSLATE_NOOP("ipamctl",
                           "How results are printed: table (default, for people), "
                           "json (an array of objects) or csv.")},
        {"--help", QT_TRANSLATE_NOOP("ipamctl", "Print this help and exit.")},
        {"--version", QT_TRANSLATE_NOOP("ipamctl", "Print the version and exit.")},
};

const Entry CommandDescriptions[] = {
        {"space add", QT_TRANSLATE_NOOP("ipamctl", "Add a provider or customer address space.")},
        {"space list", QT_TRANSLATE_NOOP("ipamctl", "List the address spaces.")},
        {"space remove", QT_TRANSLATE_NOOP("ipamctl", "Remove an empty address space.")},
        {"space set-scope",
         QT_TRANSLATE_NOOP("ipamctl",
                           "Put address spaces in an access scope, or let them "
                           "inherit it again.")},
        {"lnet add", QT_TRANSLATE_NOOP("ipamctl", "Add a VMM logical network.")},
        {"lnet list", QT_TRANSLATE_NOOP("ipamctl", "List the logical networks.")},
        {"lnet remove", QT_TRANSLATE_NOOP("ipamctl", "Remove a logical network.")},
        {"site add", QT_TRANSLATE_NOOP("ipamctl", "Add a network site to a logical network.")},
        {"site list", QT_TRANSLATE_NOOP("ipamctl", "List the network sites.")},
        {"site remove", QT_TRANSLATE_NOOP("ipamctl", "Remove a network site.")},
        {"subnet add", QT_TRANSLATE_NOOP("ipamctl", "Add a subnet.")},
        {"subnet list",
         QT_TRANSLATE_NOOP("ipamctl",
                           "List subnets, filtered by space, logical network, site, "
                           "address family or an address they contain.")},
        {"subnet set", QT_TRANSLATE_NOOP("ipamctl", "Change a subnet's properties.")},
        {"subnet remove", QT_TRANSLATE_NOOP("ipamctl", "Remove a subnet.")},
        {"subnet assign",
         QT_TRANSLATE_NOOP("ipamctl", "Assign subnets to a logical network (and site).")},
        {"subnet unassign",
         QT_TRANSLATE_NOOP("ipamctl", "Take subnets off their logical network.")},
        {"subnet set-scope",
         QT_TRANSLATE_NOOP("ipamctl",
                           "Put subnets in an access scope, or let them inherit it "
                           "again.")},
        {"block add", QT_TRANSLATE_NOOP("ipamctl", "Add an IP address block.")},
        {"block list", QT_TRANSLATE_NOOP("ipamctl", "List the IP address blocks.")},
        {"block remove", QT_TRANSLATE_NOOP("ipamctl", "Remove an IP address block.")},
        {"range add", QT_TRANSLATE_NOOP("ipamctl", "Add an IP address range inside a subnet.")},
        {"range list", QT_TRANSLATE_NOOP("ipamctl", "List IP address ranges.")},
        {"range remove", QT_TRANSLATE_NOOP("ipamctl", "Remove an IP address range.")},
        {"address add", QT_TRANSLATE_NOOP("ipamctl", "Record an IP address.")},
        {"address list", QT_TRANSLATE_NOOP("ipamctl", "List IP addresses.")},
        {"address remove", QT_TRANSLATE_NOOP("ipamctl", "Remove an IP address.")},
        {"find-free-subnet",
         QT_TRANSLATE_NOOP("ipamctl", "Find free subnets of a prefix length inside a prefix.")},
        {"find-free-address", QT_TRANSLATE_NOOP("ipamctl", "Find free addresses in a subnet.")},
        {"import",
         QT_TRANSLATE_NOOP("ipamctl",
                           "Import subnets, ranges or addresses from an IPAM CSV "
                           "file, all or nothing.")},
        {"export",
         QT_TRANSLATE_NOOP("ipamctl", "Export subnets, ranges or addresses as IPAM CSV.")},
        {"audit list", QT_TRANSLATE_NOOP("ipamctl", "Show the newest changes (audit log).")},
        {"scope add", QT_TRANSLATE_NOOP("ipamctl", "Add an access scope.")},
        {"scope list", QT_TRANSLATE_NOOP("ipamctl", "List the access scopes.")},
        {"scope move", QT_TRANSLATE_NOOP("ipamctl", "Move an access scope to a new parent.")},
        {"scope remove", QT_TRANSLATE_NOOP("ipamctl", "Remove an access scope.")},
        {"role list", QT_TRANSLATE_NOOP("ipamctl", "List the roles and their operations.")},
        {"role add", QT_TRANSLATE_NOOP("ipamctl", "Add a role.")},
        {"role copy", QT_TRANSLATE_NOOP("ipamctl", "Copy a role under a new name.")},
        {"role set", QT_TRANSLATE_NOOP("ipamctl", "Add operations to a role or remove them.")},
        {"role remove", QT_TRANSLATE_NOOP("ipamctl", "Remove a role.")},
        {"policy add",
         QT_TRANSLATE_NOOP("ipamctl", "Give a user or group a role in an access scope.")},
        {"policy list", QT_TRANSLATE_NOOP("ipamctl", "List the access policies.")},
        {"policy remove", QT_TRANSLATE_NOOP("ipamctl", "Remove access policies.")},
        {"whoami",
         QT_TRANSLATE_NOOP("ipamctl", "Show the acting principal, its groups and its roles.")},
        {"can",
         QT_TRANSLATE_NOOP("ipamctl",
                           "Tell whether the acting principal may perform an "
                           "operation on a subnet.")},
        {"sync",
         QT_TRANSLATE_NOOP("ipamctl",
                           "Synchronize a provider space with VMM (once, or every "
                           "--interval seconds; --stamp GUID picks the VMM server when SPF "
                           "serves several); list conflicts; resolve one.")},
        {"search",
         QT_TRANSLATE_NOOP("ipamctl",
                           "Find objects in every address space: an address or prefix "
                           "(\"contains 10.1.2.3\"), a name, a MAC, an owner.")},
        {"utilization history",
         QT_TRANSLATE_NOOP("ipamctl",
                           "Show an object's utilization over time (default: the last 30 "
                           "days, each change; --step samples at fixed steps such as 1d). "
                           "KIND is subnet, range (START-END), block, site (with --lnet), "
                           "lnet or space.")},
        {"alert list",
         QT_TRANSLATE_NOOP("ipamctl",
                           "List the utilization alerts raised now, with their Id and state "
                           "(Raised, Acknowledged, Snoozed): subnets (and ranges that set a "
                           "threshold themselves) over their effective over-utilization "
                           "threshold, forecast full within their \"full within\" days, under "
                           "the under-utilization threshold where one is set. --full-within "
                           "DAYS (0: none) and --under (everywhere) evaluate what-ifs. Exit 5 "
                           "when any is raised and neither acknowledged nor snoozed.")},
        {"alert ack",
         QT_TRANSLATE_NOOP("ipamctl", "Acknowledge a raised utilization alert (until it clears).")},
        {"alert snooze",
         QT_TRANSLATE_NOOP("ipamctl",
                           "Snooze a raised utilization alert for a while (--for 7d) or until "
                           "a date (--until 2026-02-01).")},
        {"threshold set",
         QT_TRANSLATE_NOOP("ipamctl",
                           "Set an object's own utilization thresholds (space, lnet, site, "
                           "subnet or range): over and under percent, full within days (0: no "
                           "forecast alert); inherit unsets one. What is not set is inherited: "
                           "space > lnet > site > subnet > range, then the store-wide setting.")},
        {"threshold show",
         QT_TRANSLATE_NOOP("ipamctl",
                           "Show an object's own utilization thresholds and the effective ones, "
                           "with where each comes from.")},
        {"threshold clear",
         QT_TRANSLATE_NOOP("ipamctl",
                           "Remove an object's own utilization thresholds: it inherits them "
                           "again.")},
        {"utilization forecast",
         QT_TRANSLATE_NOOP("ipamctl",
                           "Forecast when an object crosses the over-utilization threshold "
                           "and is full (least squares over the last --days days).")},
        {"field add",
         QT_TRANSLATE_NOOP("ipamctl",
                           "Define a custom field for blocks, subnets, ranges or addresses.")},
        {"field list",
         QT_TRANSLATE_NOOP("ipamctl", "List the custom fields, IPAM's built-in ones first.")},
        {"field set",
         QT_TRANSLATE_NOOP("ipamctl", "Rename a custom field or change the values it offers.")},
        {"field remove",
         QT_TRANSLATE_NOOP("ipamctl", "Remove a custom field and its values from every object.")},
        {"field associate",
         QT_TRANSLATE_NOOP("ipamctl",
                           "Where a field holds a value, let another field offer only the "
                           "given values.")},
        {"range-group add", QT_TRANSLATE_NOOP("ipamctl", "Add an IP address range group.")},
        {"range-group list", QT_TRANSLATE_NOOP("ipamctl", "List the IP address range groups.")},
        {"range-group remove", QT_TRANSLATE_NOOP("ipamctl", "Remove an IP address range group.")},
};

const Entry ExitCodes[] = {
        {"0", QT_TRANSLATE_NOOP("ipamctl", "Done.")},
        {"1",
         QT_TRANSLATE_NOOP("ipamctl",
                           "A value refused: not one of an option's choices, not an address, "
                           "an unknown name, an overlap, a bad CSV row.")},
        {"2",
         QT_TRANSLATE_NOOP("ipamctl",
                           "Usage: unknown command, object kind or option, missing or extra "
                           "operand, option or value.")},
        {"3", QT_TRANSLATE_NOOP("ipamctl", "Permission denied.")},
        {"4", QT_TRANSLATE_NOOP("ipamctl", "Conflict with a concurrent change.")},
        {"5",
         QT_TRANSLATE_NOOP("ipamctl",
                           "alert list: at least one alert is raised and neither acknowledged "
                           "nor snoozed.")},
};

const Entry Environment[] = {
        {"IPAM_DB",
         QT_TRANSLATE_NOOP("ipamctl",
                           "The store when --db is not given (file path or "
                           "postgresql:// URL).")},
        {"PGPASSWORD",
         QT_TRANSLATE_NOOP("ipamctl", "The PostgreSQL password when the URL has none.")},
        {"IPAM_VMM_TOKEN",
         QT_TRANSLATE_NOOP("ipamctl",
                           "sync: the VMM bearer token, when no --credentials-file "
                           "is given.")},
        {"IPAM_VMM_USER, IPAM_VMM_PASSWORD",
         QT_TRANSLATE_NOOP("ipamctl",
                           "sync: the VMM user and password, when neither "
                           "--credentials-file nor IPAM_VMM_TOKEN is given.")},
        {"LANG, LC_ALL, LC_MESSAGES",
         QT_TRANSLATE_NOOP("ipamctl",
                           "The language of messages and help (English and "
                           "German).")},
};

const Entry Files[] = {
        {"~/.local/share/ipam-console/ipam.sqlite",
         QT_TRANSLATE_NOOP("ipamctl",
                           "The default store, shared with ipam-console "
                           "($XDG_DATA_HOME/ipam-console/ipam.sqlite).")},
};

QString translated(const char *text)
{
    return QCoreApplication::translate("ipamctl", text);
}

QString commandKey(const QString &group, const QString &verb)
{
    return verb.isEmpty() ? group : group + u' ' + verb;
}

// Lines of the help text: "  TERM  TEXT", TEXT aligned at column `indent` (or on the next line
// when TERM is too long).
void appendEntries(QString *out, const QList<std::pair<QString, QString>> &entries, int indent)
{
    for (const auto &[term, text] : entries) {
        QString line = u"  "_s + term;
        if (line.size() + 2 > indent)
            line += u'\n' + QString(indent, u' ');
        else
            line += QString(indent - line.size(), u' ');
        *out += line + text + u'\n';
    }
}

template<size_t N>
QList<std::pair<QString, QString>> translatedEntries(const Entry (&entries)[N])
{
    QList<std::pair<QString, QString>> list;
    for (const Entry &entry : entries)
        list.append({QString::fromUtf8(entry.term), translated(entry.text)});
    return list;
}

// roff: a leading dot or quote would start a request; backslashes and hyphens are escaped so
// that man prints them as typed (and "--db" can be searched for).
QString roff(const QString &text)
{
    QString out = text;
    out.replace(u'\\', u"\\e"_s);
    out.replace(u'-', u"\\-"_s);
    if (out.startsWith(u'.') || out.startsWith(u'\''))
        out.prepend(u"\\&"_s);
    return out;
}

template<size_t N>
void appendManEntries(QString *out, const Entry (&entries)[N])
{
    for (const Entry &entry : entries)
        *out += u".TP\n.B "_s + roff(QString::fromUtf8(entry.term)) + u'\n'
                + roff(QString::fromUtf8(entry.text)) + u'\n';
}

const char *kindName(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::AddressSpace:
        return "space";
    case ObjectKind::LogicalNetwork:
        return "lnet";
    case ObjectKind::NetworkSite:
        return "site";
    case ObjectKind::VmNetwork:
        return "VM network";
    case ObjectKind::Block:
        return "block";
    case ObjectKind::Subnet:
        return "subnet";
    case ObjectKind::Range:
        return "range";
    case ObjectKind::Address:
        return "address";
    }
    return "";
}

} // namespace

const char *commandDescription(const QString &group, const QString &verb)
{
    const QString key = commandKey(group, verb);
    for (const Entry &entry : CommandDescriptions) {
        if (key == QLatin1StringView(entry.term))
            return entry.text;
    }
    return "";
}

QString versionText()
{
    return u"ipamctl " IPAM_VERSION ""_s;
}

QString helpText()
{
    QString text = translated(QT_TRANSLATE_NOOP("ipamctl", "usage:"))
            + u" ipamctl [--db URL] [--as PRINCIPAL] [--format table|json|csv] COMMAND ...\n\n"_s;
    text += translated(QT_TRANSLATE_NOOP("ipamctl", "options:")) + u'\n';
    appendEntries(&text, translatedEntries(GlobalOptionHelp), 28);
    text += u'\n' + translated(QT_TRANSLATE_NOOP("ipamctl", "commands:")) + u'\n';
    for (const Command &command : allCommands()) {
        text += u"  "_s + command.synopsis + u'\n';
        if (const char *description = commandDescription(command.group, command.verb); *description)
            text += u"      "_s + translated(description) + u'\n';
    }
    text += u'\n' + translated(QT_TRANSLATE_NOOP("ipamctl", "exit codes:")) + u'\n';
    appendEntries(&text, translatedEntries(ExitCodes), 6);
    text += u'\n' + translated(QT_TRANSLATE_NOOP("ipamctl", "environment:")) + u'\n';
    appendEntries(&text, translatedEntries(Environment), 28);
    text += u'\n' + translated(QT_TRANSLATE_NOOP("ipamctl", "files:")) + u'\n';
    appendEntries(&text, translatedEntries(Files), 28);
    text += u'\n'
            + translated(QT_TRANSLATE_NOOP("ipamctl",
                                           "The JSON keys of each kind are listed in "
                                           "ipamctl(1)."))
            + u'\n';
    return text;
}

QByteArray manPage()
{
    QString page = u".TH IPAMCTL 1 \"\" \"ipamctl " IPAM_VERSION "\" \"IPAM Console\"\n"_s;
    page += u".SH NAME\nipamctl \\- manage IP address space from the command line\n"_s;
    page += u".SH SYNOPSIS\n.B ipamctl\n"_s
            u"[\\-\\-db URL] [\\-\\-as PRINCIPAL] [\\-\\-format table|json|csv] COMMAND ...\n"_s;
    page += u".SH DESCRIPTION\n"_s
            u"ipamctl manages the store of IPAM Console: address spaces, VMM logical networks "
            u"and network sites, IP address blocks, subnets, ranges and addresses, role-based "
            u"access control and the synchronization with VMM. Every change goes through the "
            u"same checks as in the console (no overlaps, access control, concurrent changes "
            u"refused). Options of the commands are long options; the global options may also "
            u"follow the command.\n"_s;
    page += u".SH OPTIONS\n"_s;
    appendManEntries(&page, GlobalOptionHelp);
    page += u".SH COMMANDS\n"_s;
    for (const Command &command : allCommands()) {
        page += u".TP\n.B "_s + roff(command.synopsis) + u'\n';
        page += roff(QString::fromUtf8(commandDescription(command.group, command.verb))) + u'\n';
    }
    page += u".SH JSON KEYS\n"_s
            u"With \\-\\-format json a list prints an array of objects and a change prints the "
            u"objects as written, with these keys (IPAM's property names, in this order):\n"_s;
    for (int k = 0; k < objectKindCount; ++k) {
        const auto kind = ObjectKind(k);
        // Invocation::printObjects adds each object's access scope to the presenter's columns.
        const QStringList keys = ObjectPresenter::columns(kind)
                + QStringList{u"AccessScopePath"_s, u"IsInheritedAccessScope"_s};
        page += u".TP\n.B "_s + roff(QString::fromUtf8(kindName(kind))) + u'\n'
                + roff(keys.join(u", "_s)) + u'\n';
    }
    // The access-control records (accessrecords.cpp).
    page += u".TP\n.B scope list\n"_s + roff(u"AccessScopePath, Name, Description"_s) + u'\n';
    page += u".TP\n.B policy list\n"_s + roff(u"UserOrGroup, IsGroup, Role, AccessScopePath"_s)
            + u'\n';
    page += u".SH EXIT STATUS\n"_s;
    appendManEntries(&page, ExitCodes);
    page += u".SH ENVIRONMENT\n"_s;
    appendManEntries(&page, Environment);
    page += u".SH FILES\n"_s;
    appendManEntries(&page, Files);
    page += u".SH SEE ALSO\n.BR ipam\\-console (1)\n"_s;
    return page.toUtf8();
}

} // namespace ipam::ctl
