// utilization history | forecast: an object's utilization over time, from the history the
// write path keeps (history/utilizationtrend.h), and when it will cross the over-utilization
// threshold and be full (history/utilizationforecast.h). alert list: the utilization alerts
// raised now (history/utilizationalert.h), exit 5 when there is any, for monitoring scripts.

#include "commands.h"

#include "history/utilizationalert.h"
#include "history/utilizationforecast.h"
#include "history/utilizationtrend.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace ipam::ctl {

using namespace Qt::StringLiterals;

namespace {

// KIND NAME as an admin names it: subnet PREFIX, block PREFIX, range START-END, lnet NAME,
// site NAME (with --lnet), space NAME; --space picks the address space (default: Default).
Parsed<AnyObject> resolveObject(Invocation &invocation, const CommandParser &parser)
{
    const QString kind = parser.operands().at(0);
    const QString name = parser.operands().at(1);
    // (An unknown KIND was refused as a usage error before the store was opened.)
    NameResolver &names = invocation.names();
    if (kind == u"space"_s) {
        const Parsed<AddressSpace> space = names.spaceNamed(name);
        return space ? Parsed<AnyObject>(AnyObject(space.value()))
                     : Parsed<AnyObject>::failure(space.error());
    }
    const Parsed<AddressSpace> space = names.space(parser.optional(u"space"_s));
    if (!space)
        return Parsed<AnyObject>::failure(space.error());
    auto wrap = [](const auto &parsed) {
        return parsed ? Parsed<AnyObject>(AnyObject(parsed.value()))
                      : Parsed<AnyObject>::failure(parsed.error());
    };
    if (kind == u"subnet"_s)
        return wrap(names.subnet(space.value(), name));
    if (kind == u"block"_s)
        return wrap(names.block(space.value(), name));
    if (kind == u"range"_s) {
        const QStringList bounds = name.split(u'-');
        if (bounds.size() != 2)
            return Parsed<AnyObject>::failure(
                    QCoreApplication::translate(
                            "ipamctl", "range %1: expected START-END, e.g. 10.0.0.10-10.0.0.99")
                            .arg(name));
        return wrap(names.range(space.value(), bounds.at(0), bounds.at(1)));
    }
    if (kind == u"lnet"_s)
        return wrap(names.logicalNetwork(space.value(), name));
    if (kind == u"site"_s) {
        if (!parser.isSet(u"lnet"_s))
            return Parsed<AnyObject>::failure(
                    QCoreApplication::translate("ipamctl", "site %1: missing --lnet NAME")
                            .arg(name));
        const Parsed<LogicalNetwork> network
                = names.logicalNetwork(space.value(), parser.value(u"lnet"_s));
        if (!network)
            return Parsed<AnyObject>::failure(network.error());
        return wrap(names.site(network.value(), name));
    }
    return Parsed<AnyObject>::failure(QString());
}

bool isObjectKind(const QString &kind)
{
    return QStringList{u"subnet"_s, u"range"_s, u"block"_s, u"site"_s, u"lnet"_s, u"space"_s}
            .contains(kind);
}

// A usage error (exit 2) for an unknown KIND; Done otherwise.
int checkKind(const CommandParser &parser)
{
    const QString kind = parser.operands().at(0);
    if (isObjectKind(kind))
        return Done;
    return parser.usageError(
            QCoreApplication::translate(
                    "ipamctl", "unknown object kind %1 (subnet, range, block, site, lnet or space)")
                    .arg(kind));
}

// An ISO 8601 date or date-time (UTC unless it says otherwise), or "now".
Parsed<qint64> parseWhen(const QString &option, const QString &text)
{
    if (text == u"now"_s)
        return QDateTime::currentMSecsSinceEpoch();
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid()) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (day.isValid())
            when = day.startOfDay(Qt::UTC);
    }
    if (!when.isValid())
        return Parsed<qint64>::failure(
                QCoreApplication::translate(
                        "ipamctl",
                        "--%1 %2: expected a date or time such as 2026-01-31 or "
                        "2026-01-31T08:00:00Z, or now")
                        .arg(option, text));
    if (when.timeSpec() == Qt::LocalTime && !text.contains(u'+') && !text.endsWith(u'Z'))
        when.setTimeSpec(Qt::UTC);
    return when.toMSecsSinceEpoch();
}

// 15m, 6h, 1d, 1w.
Parsed<qint64> parseStep(const QString &text)
{
    static const QRegularExpression form(u"^([1-9][0-9]{0,5})([mhdw])$"_s);
    const QRegularExpressionMatch match = form.match(text);
    if (!match.hasMatch())
        return Parsed<qint64>::failure(
                QCoreApplication::translate(
                        "ipamctl", "--step %1: expected a count and a unit, m, h, d or w (e.g. 1d)")
                        .arg(text));
    const qint64 unit = match.captured(2) == u"m"_s ? 60'000
            : match.captured(2) == u"h"_s           ? 3'600'000
            : match.captured(2) == u"d"_s           ? msPerDay
                                                    : 7 * msPerDay;
    return match.captured(1).toLongLong() * unit;
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

void addObjectOptions(CommandParser &parser)
{
    parser.addValue(u"space"_s, u"NAME"_s);
    parser.addValue(u"lnet"_s, u"NAME"_s);
}

// Resolves the object and checks the principal may see it; Done with `ref` set, or the exit
// code.
int objectOf(Invocation &invocation, const CommandParser &parser, ObjectRef *ref)
{
    const Parsed<AnyObject> object = resolveObject(invocation, parser);
    if (!object)
        return refuse(object.error());
    if (const int code = invocation.refuseUnlessVisible(object.value()))
        return code;
    *ref = {kindOf(object.value()), storedPart(object.value()).id};
    return Done;
}

int history(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    addObjectOptions(parser);
    parser.addValue(u"from"_s, u"WHEN"_s);
    parser.addValue(u"to"_s, u"WHEN"_s);
    parser.addValue(u"step"_s, u"DURATION"_s);
    if (!parser.parse(arguments, 2, 2, u"KIND NAME"_s))
        return Usage;
    if (const int code = checkKind(parser))
        return code;
    const Parsed<qint64> to = parseWhen(u"to"_s, parser.optional(u"to"_s).value_or(u"now"_s));
    if (!to)
        return refuse(to.error());
    Parsed<qint64> from = to.value() - 30 * msPerDay; // the last 30 days
    if (const auto text = parser.optional(u"from"_s))
        from = parseWhen(u"from"_s, *text);
    if (!from)
        return refuse(from.error());
    if (from.value() > to.value())
        return refuse(QCoreApplication::translate("ipamctl", "--from %1 is after --to %2")
                              .arg(isoTime(from.value()), isoTime(to.value())));
    std::optional<qint64> step;
    if (const auto text = parser.optional(u"step"_s)) {
        const Parsed<qint64> parsed = parseStep(*text);
        if (!parsed)
            return refuse(parsed.error());
        if ((to.value() - from.value()) / parsed.value() >= 100'000)
            return refuse(
                    QCoreApplication::translate(
                            "ipamctl", "--step %1: more than 100,000 steps from --from to --to")
                            .arg(*text));
        step = parsed.value();
    }
    if (const int code = invocation.open())
        return code;
    ObjectRef ref;
    if (const int code = objectOf(invocation, parser, &ref))
        return code;
    UtilizationTrendReader reader(invocation.store().database());
    UtilizationTrend trend;
    QString error;
    if (!reader.read({ref}, from.value(), to.value(), &trend, &error))
        return refuse(error);
    const UtilizationThresholds thresholds = invocation.store().thresholds();
    RecordTable table;
    table.columns = {u"Time"_s,
                     u"TotalAddresses"_s,
                     u"AssignedAddresses"_s,
                     u"UtilizedAddresses"_s,
                     u"PercentageUtilized"_s,
                     u"UtilizationStatus"_s};
    const QList<TrendPoint> points = step ? trend.sampled(*step) : trend.points;
    for (const TrendPoint &p : points) {
        const double percent = percentageUtilized(p.used, trend.total);
        table.rows.append({isoTime(p.atMs), trend.total.toString(), p.assigned.toString(), p.used,
                           QString::number(percent, 'f', 2),
                           toString(utilizationStatus(percent, thresholds))});
    }
    invocation.printTable(table);
    return Done;
}

int forecast(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    addObjectOptions(parser);
    parser.addValue(u"days"_s, u"N"_s);
    if (!parser.parse(arguments, 2, 2, u"KIND NAME"_s))
        return Usage;
    if (const int code = checkKind(parser))
        return code;
    const Parsed<int> days
            = parseCount(u"days"_s, parser.optional(u"days"_s).value_or(u"30"_s), 3650);
    if (!days)
        return refuse(days.error());
    if (days.value() < 2)
        return refuse(
                QCoreApplication::translate("ipamctl", "--days %1: a trend needs at least 2 days")
                        .arg(days.value()));
    if (const int code = invocation.open())
        return code;
    ObjectRef ref;
    if (const int code = objectOf(invocation, parser, &ref))
        return code;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    UtilizationTrendReader reader(invocation.store().database());
    UtilizationTrend trend;
    QString error;
    if (!reader.read({ref}, now - days.value() * msPerDay, now, &trend, &error))
        return refuse(error);
    const UtilizationThresholds thresholds = invocation.store().thresholds();
    const UtilizationForecast f = forecastUtilization(trend, now, thresholds.over, days.value());
    auto dateOf = [](const std::optional<qint64> &at) {
        return at ? QVariant(isoTime(*at)) : QVariant(QString());
    };
    auto daysOf = [now](const std::optional<qint64> &at) {
        return at ? QVariant(UtilizationForecast::daysUntil(at, now)) : QVariant(QString());
    };
    RecordTable table;
    table.columns = {u"TotalAddresses"_s,      u"UtilizedAddresses"_s,
                     u"UsedPerDay"_s,          u"OverThresholdAt"_s,
                     u"OverThresholdInDays"_s, u"FullAt"_s,
                     u"FullInDays"_s,          u"Method"_s};
    table.rows.append({trend.total.toString(), trend.valueAt(now).used,
                       QString::number(f.usedPerDay, 'f', 3), dateOf(f.overThresholdAtMs),
                       daysOf(f.overThresholdAtMs), dateOf(f.fullAtMs), daysOf(f.fullAtMs),
                       QCoreApplication::translate(
                               "ipamctl", "least squares over the last %1 days, daily samples")
                               .arg(days.value())});
    invocation.printTable(table);
    return Done;
}

// Exit code of `alert list` when at least one alert is raised (monitoring scripts).
constexpr int AlertsRaised = 5;

int listAlerts(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    parser.addValue(u"space"_s, u"NAME"_s);
    parser.addValue(u"full-within"_s, u"DAYS"_s);
    parser.addFlag(u"under"_s);
    if (!parser.parse(arguments, 0, 0, QString()))
        return Usage;
    // 0: no forecast alerts, thresholds only.
    const QString within = parser.optional(u"full-within"_s).value_or(u"30"_s);
    const Parsed<int> days
            = within == u"0"_s ? Parsed<int>(0) : parseCount(u"full-within"_s, within, 3650);
    if (!days)
        return refuse(days.error());
    if (const int code = invocation.open())
        return code;
    SqlCondition condition;
    if (const auto name = parser.optional(u"space"_s)) {
        const Parsed<AddressSpace> space = invocation.names().spaceNamed(*name);
        if (!space)
            return refuse(space.error());
        condition.add(u"space_id = ?"_s, {space.value().id});
    }
    // Only what the principal may see raises its alerts.
    const QList<Subnet> subnets = invocation.selectVisible<Subnet>(condition, u"id"_s);
    AlertRules rules;
    rules.thresholds = invocation.store().thresholds();
    rules.under = parser.isSet(u"under"_s);
    rules.fullWithinDays = days.value();
    QList<UtilizationAlert> alerts;
    QString error;
    if (!evaluateAlerts(invocation.store().database(), subnets, rules,
                        QDateTime::currentMSecsSinceEpoch(), &alerts, &error))
        return refuse(error);
    QHash<ObjectId, QString> spaceNames;
    for (const AddressSpace &space : invocation.store().select<AddressSpace>())
        spaceNames.insert(space.id, space.name);
    RecordTable table;
    table.columns = {u"Condition"_s, u"Subnet"_s, u"AddressSpace"_s, u"PercentageUtilized"_s,
                     u"FullAt"_s};
    for (const UtilizationAlert &alert : std::as_const(alerts))
        table.rows.append({toString(alert.condition), alert.prefix, spaceNames.value(alert.spaceId),
                           QString::number(alert.percent, 'f', 2),
                           alert.fullAtMs ? isoTime(*alert.fullAtMs) : QString()});
    invocation.printTable(table);
    return alerts.isEmpty() ? Done : AlertsRaised;
}

} // namespace

QList<Command> utilizationCommands()
{
    return {
            {u"utilization"_s, u"history"_s,
             u"utilization history KIND NAME [--space NAME] [--lnet NAME] [--from WHEN] "
             "[--to WHEN] [--step DURATION]"_s,
             history},
            {u"utilization"_s, u"forecast"_s,
             u"utilization forecast KIND NAME [--space NAME] [--lnet NAME] [--days N]"_s, forecast},
            {u"alert"_s, u"list"_s, u"alert list [--space NAME] [--full-within DAYS] [--under]"_s,
             listAlerts},
    };
}

} // namespace ipam::ctl
