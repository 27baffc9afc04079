// utilization history | forecast: an object's utilization over time, from the history the
// write path keeps (history/utilizationtrend.h), and when it will cross the over-utilization
// threshold and be full (history/utilizationforecast.h). alert list: the utilization alerts
// raised now (history/utilizationalert.h), exit 5 when there is any, for monitoring scripts.
// threshold set | show | clear: the utilization thresholds an object sets itself, inherited
// by what it holds (alerts/utilizationthresholdstore.h).

#include "commands.h"

#include "alerts/utilizationalertmonitor.h"
#include "alerts/utilizationalertstore.h"
#include "alerts/utilizationthresholdstore.h"
#include "domain/objectproperties.h"
#include "history/utilizationalert.h"
#include "history/utilizationforecast.h"
#include "history/utilizationtrend.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

#include <cmath>
#include <optional>

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

// "15m", "6h", "1d", "2w" in milliseconds; nothing when the text is not that form. Shared by
// --step and alert snooze's --for, which word their refusals each for their own option.
std::optional<qint64> durationMs(const QString &text)
{
    static const QRegularExpression form(u"^([1-9][0-9]{0,5})([mhdw])$"_s);
    const QRegularExpressionMatch match = form.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 unit = match.captured(2) == u"m"_s ? 60'000
            : match.captured(2) == u"h"_s           ? 3'600'000
            : match.captured(2) == u"d"_s           ? msPerDay
                                                    : 7 * msPerDay;
    return match.captured(1).toLongLong() * unit;
}

// 15m, 6h, 1d, 1w.
Parsed<qint64> parseStep(const QString &text)
{
    if (const std::optional<qint64> ms = durationMs(text))
        return *ms;
    return Parsed<qint64>::failure(
            QCoreApplication::translate(
                    "ipamctl", "--step %1: expected a count and a unit, m, h, d or w (e.g. 1d)")
                    .arg(text));
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
    // Given: every object's "full within" days (0: no forecast alerts, thresholds only);
    // otherwise each object's effective one.
    std::optional<int> fullWithin;
    if (const auto within = parser.optional(u"full-within"_s)) {
        const Parsed<int> days = *within == u"0"_s
                ? Parsed<int>(0)
                : parseCount(u"full-within"_s, *within, maxFullWithinDays);
        if (!days)
            return refuse(days.error());
        fullWithin = days.value();
    }
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
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const bool overridden = fullWithin || parser.isSet(u"under"_s);
    if (!overridden) {
        // The shared state first: what holds now is raised, what no longer holds cleared (best
        // effort: a login that may not raise alerts still lists them).
        const WriteResult stored = invocation.alertMonitor().refresh(subnets, true, now);
        if (!stored.ok())
            printError(QCoreApplication::translate("ipamctl", "alert state not updated: %1")
                               .arg(stored.message));
    }
    ThresholdResolver resolver;
    QString error;
    if (!resolver.load(invocation.store(), &error))
        return refuse(error);
    // Ranges raise alerts of their own only where they set a threshold themselves.
    QList<Range> ranges;
    for (auto it = resolver.settings().cbegin(); it != resolver.settings().cend(); ++it) {
        if (ObjectKind(it.key() >> 56) != ObjectKind::Range)
            continue;
        if (std::optional<Range> range
            = invocation.store().get<Range>(ObjectId(it.key() & ((quint64(1) << 56) - 1))))
            ranges.append(*range);
    }
    AlertRules rules;
    rules.thresholds = invocation.store().thresholds();
    rules.resolver = &resolver;
    rules.under = parser.isSet(u"under"_s);
    rules.fullWithinDays = fullWithin;
    QList<UtilizationAlert> alerts;
    if (!evaluateAlerts(invocation.store().database(), subnets, rules, now, &alerts, &error,
                        ranges))
        return refuse(error);
    // Each alert with its stored state (identity: object and condition).
    QList<AlertRecord> records;
    if (!UtilizationAlertStore(invocation.writePath()).open(&records, &error))
        return refuse(error);
    QHash<quint64, AlertRecord> stored;
    for (const AlertRecord &r : std::as_const(records))
        stored.insert(alertKey(r.kind, r.objectId, r.condition), r);
    QHash<ObjectId, QString> spaceNames;
    for (const AddressSpace &space : invocation.store().select<AddressSpace>())
        spaceNames.insert(space.id, space.name);
    auto time = [](const std::optional<qint64> &ms) {
        return ms ? QVariant(isoTime(*ms)) : QVariant(QString());
    };
    RecordTable table;
    table.columns = {u"Id"_s,
                     u"Condition"_s,
                     u"Kind"_s,
                     u"Object"_s,
                     u"Subnet"_s,
                     u"AddressSpace"_s,
                     u"PercentageUtilized"_s,
                     u"Threshold"_s,
                     u"FullAt"_s,
                     u"State"_s,
                     u"RaisedAt"_s,
                     u"AcknowledgedBy"_s,
                     u"AcknowledgedAt"_s,
                     u"SnoozedUntil"_s};
    bool attention = false;
    for (const UtilizationAlert &alert : std::as_const(alerts)) {
        const auto it = stored.constFind(alertKey(alert.kind, alert.objectId, alert.condition));
        const AlertRecord *r = it == stored.cend() ? nullptr : &*it;
        // Not stored (an override's what-if, or a login that may not store it): raised.
        const AlertRecord::State state = r ? r->state(now) : AlertRecord::State::Raised;
        attention |= state == AlertRecord::State::Raised;
        table.rows.append(
                {r ? QVariant(r->id) : QVariant(QString()), toString(alert.condition),
                 toString(alert.kind), alert.name, alert.prefix, spaceNames.value(alert.spaceId),
                 QString::number(alert.percent, 'f', 2), alert.threshold, time(alert.fullAtMs),
                 toString(state), r ? time(r->raisedMs) : QVariant(QString()),
                 r ? r->acknowledgedBy : QString(), time(r ? r->acknowledgedMs : std::nullopt),
                 time(r ? r->snoozedUntilMs : std::nullopt)});
    }
    invocation.printTable(table);
    // Exit 5 only for what needs attention: acknowledged and snoozed alerts do not.
    return attention ? AlertsRaised : Done;
}

// ID as `alert list` prints it.
Parsed<qint64> parseAlertId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return Parsed<qint64>::failure(
                QCoreApplication::translate("ipamctl",
                                            "alert %1: expected the Id that alert list prints")
                        .arg(text));
    return id;
}

int acknowledgeAlert(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments, 1, 1, u"ID"_s))
        return Usage;
    const Parsed<qint64> id = parseAlertId(parser.operands().at(0));
    if (!id)
        return refuse(id.error());
    if (const int code = invocation.open())
        return code;
    return invocation.report(UtilizationAlertStore(invocation.writePath()).acknowledge(id.value()));
}

// 7d, 12h, 2w, 90m.
Parsed<qint64> parseSnoozeFor(const QString &text)
{
    if (const std::optional<qint64> ms = durationMs(text))
        return *ms;
    return Parsed<qint64>::failure(
            QCoreApplication::translate(
                    "ipamctl", "--for %1: expected a count and a unit, m, h, d or w (e.g. 7d)")
                    .arg(text));
}

int snoozeAlert(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    parser.addValue(u"for"_s, u"DURATION"_s);
    parser.addValue(u"until"_s, u"WHEN"_s);
    if (!parser.parse(arguments, 1, 1, u"ID"_s))
        return Usage;
    if (parser.isSet(u"for"_s) == parser.isSet(u"until"_s))
        return parser.usageError(QCoreApplication::translate(
                "ipamctl", "alert snooze: give either --for DURATION or --until WHEN"));
    const Parsed<qint64> id = parseAlertId(parser.operands().at(0));
    if (!id)
        return refuse(id.error());
    Parsed<qint64> until = 0;
    if (const auto text = parser.optional(u"for"_s)) {
        const Parsed<qint64> duration = parseSnoozeFor(*text);
        if (!duration)
            return refuse(duration.error());
        until = QDateTime::currentMSecsSinceEpoch() + duration.value();
    } else {
        until = parseWhen(u"until"_s, parser.value(u"until"_s));
        if (!until)
            return refuse(until.error());
    }
    if (const int code = invocation.open())
        return code;
    return invocation.report(
            UtilizationAlertStore(invocation.writePath()).snooze(id.value(), until.value()));
}

// What an object sets itself and what holds at it, with where each figure comes from.
int printThreshold(Invocation &invocation, const ObjectRef &ref)
{
    UtilizationThresholdStore thresholds(invocation.writePath());
    const std::optional<AnyObject> object = invocation.store().get(ref.kind, ref.id);
    QString error;
    const std::optional<ThresholdSetting> own = object ? thresholds.own(ref, &error) : std::nullopt;
    const std::optional<EffectiveThresholds> effective
            = own ? thresholds.effective(*object, &error) : std::nullopt;
    if (!effective)
        return refuse(error);
    auto source = [&invocation](const std::optional<ObjectRef> &from) -> QVariant {
        if (!from)
            return u"store-wide"_s;
        const std::optional<AnyObject> o = invocation.store().get(from->kind, from->id);
        return o ? describe(*o) : u"%1 #%2"_s.arg(toString(from->kind)).arg(from->id);
    };
    auto figure = [](const auto &value) { return value ? QVariant(*value) : QVariant(QString()); };
    RecordTable table;
    table.columns = {u"Object"_s,
                     u"OverPercent"_s,
                     u"UnderPercent"_s,
                     u"FullWithinDays"_s,
                     u"EffectiveOverPercent"_s,
                     u"OverFrom"_s,
                     u"EffectiveUnderPercent"_s,
                     u"UnderFrom"_s,
                     u"UnderAlerts"_s,
                     u"EffectiveFullWithinDays"_s,
                     u"FullWithinFrom"_s};
    table.rows.append({describe(*object), figure(own->overPercent), figure(own->underPercent),
                       figure(own->fullWithinDays), effective->thresholds.over,
                       source(effective->overFrom), effective->thresholds.under,
                       source(effective->underFrom), effective->underAlerts,
                       effective->fullWithinDays, source(effective->fullWithinFrom)});
    invocation.printTable(table);
    return Done;
}

// --over / --under: a percentage ("85", "85%", "12.5"), or "inherit" to unset it.
Parsed<std::optional<double>> parsePercent(const QString &option, const QString &text)
{
    if (text == u"inherit"_s)
        return std::optional<double>();
    QString number = text;
    if (number.endsWith(u'%'))
        number.chop(1);
    bool ok = false;
    const double value = number.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return Parsed<std::optional<double>>::failure(
                QCoreApplication::translate(
                        "ipamctl", "--%1 %2: expected a percentage such as 85 or 12.5, or inherit")
                        .arg(option, text));
    return std::optional<double>(value);
}

// --full-within: days ("14", "14d"), or "inherit".
Parsed<std::optional<int>> parseDays(const QString &text)
{
    if (text == u"inherit"_s)
        return std::optional<int>();
    QString number = text;
    if (number.endsWith(u'd'))
        number.chop(1);
    bool ok = false;
    const int value = number.toInt(&ok);
    if (!ok)
        return Parsed<std::optional<int>>::failure(
                QCoreApplication::translate(
                        "ipamctl",
                        "--full-within %1: expected a number of days such as 14 (0: no "
                        "forecast alert), or inherit")
                        .arg(text));
    return std::optional<int>(value);
}

// After parsing: the object of KIND NAME, the store opened.
int thresholdObject(Invocation &invocation, const CommandParser &parser, ObjectRef *ref)
{
    if (const int code = checkKind(parser))
        return code;
    if (const int code = invocation.open())
        return code;
    return objectOf(invocation, parser, ref);
}

int setThreshold(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    addObjectOptions(parser);
    parser.addValue(u"over"_s, u"PERCENT"_s);
    parser.addValue(u"under"_s, u"PERCENT"_s);
    parser.addValue(u"full-within"_s, u"DAYS"_s);
    if (!parser.parse(arguments, 2, 2, u"KIND NAME"_s))
        return Usage;
    if (!parser.isSet(u"over"_s) && !parser.isSet(u"under"_s) && !parser.isSet(u"full-within"_s))
        return parser.usageError(QCoreApplication::translate(
                "ipamctl", "threshold set: give --over, --under or --full-within"));
    std::optional<Parsed<std::optional<double>>> over, under;
    std::optional<Parsed<std::optional<int>>> days;
    if (const auto text = parser.optional(u"over"_s);
        text && !(over = parsePercent(u"over"_s, *text))->ok())
        return refuse(over->error());
    if (const auto text = parser.optional(u"under"_s);
        text && !(under = parsePercent(u"under"_s, *text))->ok())
        return refuse(under->error());
    if (const auto text = parser.optional(u"full-within"_s);
        text && !(days = parseDays(*text))->ok())
        return refuse(days->error());
    ObjectRef ref;
    if (const int code = thresholdObject(invocation, parser, &ref))
        return code;
    UtilizationThresholdStore thresholds(invocation.writePath());
    QString error;
    const std::optional<ThresholdSetting> current = thresholds.own(ref, &error);
    if (!current)
        return refuse(error);
    // The figures not given stay as they are.
    ThresholdSetting to = *current;
    if (over)
        to.overPercent = over->value();
    if (under)
        to.underPercent = under->value();
    if (days)
        to.fullWithinDays = days->value();
    if (const int code = invocation.report(thresholds.set(ref, to, current)))
        return code;
    return printThreshold(invocation, ref);
}

int showThreshold(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    addObjectOptions(parser);
    if (!parser.parse(arguments, 2, 2, u"KIND NAME"_s))
        return Usage;
    ObjectRef ref;
    if (const int code = thresholdObject(invocation, parser, &ref))
        return code;
    return printThreshold(invocation, ref);
}

int clearThreshold(Invocation &invocation, CommandParser &parser, const QStringList &arguments)
{
    addObjectOptions(parser);
    if (!parser.parse(arguments, 2, 2, u"KIND NAME"_s))
        return Usage;
    ObjectRef ref;
    if (const int code = thresholdObject(invocation, parser, &ref))
        return code;
    if (const int code
        = invocation.report(UtilizationThresholdStore(invocation.writePath()).clear(ref)))
        return code;
    return printThreshold(invocation, ref);
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
            {u"alert"_s, u"ack"_s, u"alert ack ID"_s, acknowledgeAlert},
            {u"alert"_s, u"snooze"_s, u"alert snooze ID (--for DURATION | --until WHEN)"_s,
             snoozeAlert},
            {u"threshold"_s, u"set"_s,
             u"threshold set KIND NAME [--space NAME] [--lnet NAME] [--over PERCENT|inherit] "
             "[--under PERCENT|inherit] [--full-within DAYS|inherit]"_s,
             setThreshold},
            {u"threshold"_s, u"show"_s, u"threshold show KIND NAME [--space NAME] [--lnet NAME]"_s,
             showThreshold},
            {u"threshold"_s, u"clear"_s,
             u"threshold clear KIND NAME [--space NAME] [--lnet NAME]"_s, clearThreshold},
    };
}

} // namespace ipam::ctl
